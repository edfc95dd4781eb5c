// The short summary that ends `career checkin` (SPEC §3): what is overdue, what is behind
// pace, what is due soon, and the streak. Data first (checkinSummary) so the command can
// print it as JSON too; summaryLines turns it into plain text and leaves colour to render/.

import { DUE_SOON_DAYS } from './constants.js';
import { addDays } from './dates.js';
import type { Journal } from './journal.js';
import { expectedProgress, goalPace, goalProgress, type Pace } from './progress.js';
import { checkinStreak, missedWeeks } from './streak.js';

/** How far ahead the summary looks for milestones: two weeks is what a weekly plan can act on. */

export interface BehindGoal {
  id: string;
  title: string;
  pace: Pace;
  /** In [0, 1], 4 decimals, as in the goal JSON. */
  progress: number;
  expected: number;
}

export interface OverdueGoal {
  id: string;
  title: string;
  deadline: string;
}

export interface MilestoneDue {
  goal: string;
  goalTitle: string;
  milestone: string;
  title: string;
  due: string;
}

/** A goal the person marked at-risk, off-track or blocked in this week's check-in. */
export interface FlaggedGoal {
  id: string;
  title: string;
  status: 'at-risk' | 'off-track' | 'blocked';
}

export interface CheckinSummary {
  flagged: FlaggedGoal[];
  behind: BehindGoal[];
  overdue: OverdueGoal[];
  dueSoon: MilestoneDue[];
  overdueMilestones: MilestoneDue[];
  streak: number;
  missed: string[];
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

// Validated dates are fixed-width YYYY-MM-DD, so string order is date order.
const byDue = (a: MilestoneDue, b: MilestoneDue): number =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : a.goal < b.goal ? -1 : a.goal > b.goal ? 1 : 0;

/**
 * The summary after checking in for `week`. The week counts as checked in even when the
 * caller has not put the new record into `journal.checkins` yet: the summary is shown
 * right after it is saved and must not call the week just done "missed".
 */
export function checkinSummary(journal: Journal, week: string, today: string): CheckinSummary {
  const active = journal.goals.filter((g) => g.status === 'active');
  const behind: BehindGoal[] = [];
  const overdue: OverdueGoal[] = [];
  const dueSoon: MilestoneDue[] = [];
  const overdueMilestones: MilestoneDue[] = [];
  const horizon = addDays(today, DUE_SOON_DAYS);

  for (const goal of active) {
    const pace = goalPace(goal, today);
    if (pace === 'overdue') overdue.push({ id: goal.id, title: goal.title, deadline: goal.deadline });
    if (pace === 'behind') {
      behind.push({
        id: goal.id,
        title: goal.title,
        pace,
        progress: round4(goalProgress(goal)),
        expected: round4(expectedProgress(goal, today)),
      });
    }
    for (const m of goal.milestones) {
      if (m.completed !== undefined) continue;
      const item = { goal: goal.id, goalTitle: goal.title, milestone: m.id, title: m.title, due: m.due };
      if (m.due < today) overdueMilestones.push(item);
      else if (m.due <= horizon) dueSoon.push(item);
    }
  }

  overdue.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  dueSoon.sort(byDue);
  overdueMilestones.sort(byDue);
  const weeks = [...journal.checkins.map((c) => c.week), week];
  return {
    flagged: flaggedGoals(journal, week),
    behind,
    overdue,
    dueSoon,
    overdueMilestones,
    streak: checkinStreak(weeks, today),
    missed: missedWeeks(weeks, journal.profile.created, today),
  };
}

/** What the week's check-in (if saved) says is not on track, for goals still active, in its order. */
function flaggedGoals(journal: Journal, week: string): FlaggedGoal[] {
  const checkin = journal.checkins.find((c) => c.week === week);
  const out: FlaggedGoal[] = [];
  for (const check of checkin?.goals ?? []) {
    const goal = journal.goals.find((g) => g.id === check.goal && g.status === 'active');
    if (goal && check.status && check.status !== 'on-track') out.push({ id: goal.id, title: goal.title, status: check.status });
  }
  return out;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** One item on the label's line; several under it, indented, so no line runs on and on. */
function group(label: string, items: string[]): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [`${label}: ${items[0]}`];
  return [`${label}:`, ...items.map((i) => `  ${i}`)];
}

const milestoneText = (m: MilestoneDue): string => `${m.due} ${m.title} (${m.goal})`;

// A long absence would make one very long line; the latest weeks are the ones worth back-filling.
const MISSED_SHOWN = 5;

function missedLine(missed: string[]): string[] {
  const latest = missed[missed.length - 1];
  if (latest === undefined) return [];
  const shown =
    missed.length <= MISSED_SHOWN
      ? missed.join(', ')
      : `${missed.length} weeks, latest ${missed.slice(-MISSED_SHOWN).join(', ')}`;
  return [`Missed: ${shown} — back-fill with career checkin --week ${latest}`];
}

/** What is overdue (goals, then milestones), each group under its heading: shown before the questions. */
export function overdueLines(s: CheckinSummary): string[] {
  return [
    // Goals by their titles, as the person named them (the ids are in --json and `goal list`).
    ...group('Overdue', s.overdue.map((g) => `${g.title} (deadline ${g.deadline})`)),
    ...group('Overdue milestones', s.overdueMilestones.map(milestoneText)),
  ];
}

/** Plain text lines, worst news first, ending with the streak (the bit that keeps people going). */
export function summaryLines(s: CheckinSummary): string[] {
  const lines = [
    ...group('You flagged', s.flagged.map((g) => `${g.title} (${g.status.replace('-', ' ')})`)),
    ...overdueLines(s),
    ...group('Behind pace', s.behind.map((g) => `${g.title} (${percent(g.progress)} done, ${percent(g.expected)} expected)`)),
  ];
  if (lines.length === 0) lines.push('Everything is on pace.');
  lines.push(...group(`Due in the next ${DUE_SOON_DAYS} days`, s.dueSoon.map(milestoneText)));
  lines.push(`Streak: ${s.streak} ${s.streak === 1 ? 'week' : 'weeks'}`);
  lines.push(...missedLine(s.missed));
  return lines;
}
