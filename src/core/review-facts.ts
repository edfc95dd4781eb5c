// What happened in a review's period, shown before its questions (SPEC §3 `career review`):
// goals finished and dropped, milestones hit and missed, check-ins done and missed, and the
// period's wins, feedback, learnings and blockers. Pure: "today" is a parameter.
import { periodItems, type PeriodItem } from './entries.js';
import type { Journal } from './journal.js';
import { parseReviewPeriod, type ReviewKind } from './periods.js';
import { shortDate } from './progress.js';
import { SCHEMA_VERSION } from './constants.js';
import type { Answer, Review } from './schemas.js';
import { missedWeeksWithin } from './streak.js';
import { compareWeeks } from './weeks.js';

export interface ReviewFacts {
  goalsFinished: { id: string; title: string; date: string }[];
  goalsDropped: { id: string; title: string; date: string; reason: string }[];
  /** Completed within the range. */
  milestonesHit: { goal: string; id: string; title: string; due: string; completed: string }[];
  /** Due within the range and before today, and not completed by the due date. */
  milestonesMissed: { goal: string; id: string; title: string; due: string }[];
  checkins: {
    /** Weeks of the check-ins dated within the range, oldest first. */
    done: string[];
    /** Whole weeks within the range, before this week and from the journal's first week on, without a check-in. */
    missed: string[];
  };
  wins: PeriodItem[];
  feedback: PeriodItem[];
  learnings: PeriodItem[];
  blockers: PeriodItem[];
  /** Oldest first, for a sparkline. */
  energy: { week: string; energy: number }[];
}

const newestFirst = <T>(key: (x: T) => string) => (a: T, b: T): number =>
  key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0;

export function reviewFacts(journal: Journal, since: string, until: string, today: string): ReviewFacts {
  const inRange = (d: string | undefined): d is string => d !== undefined && d >= since && d <= until;
  const f: ReviewFacts = {
    goalsFinished: [], goalsDropped: [], milestonesHit: [], milestonesMissed: [],
    checkins: { done: [], missed: missedWeeksWithin(journal.checkins.map((c) => c.week), journal.profile.created, since, until, today) },
    ...periodItems(journal, since, until),
    energy: [],
  };
  for (const g of journal.goals) {
    const closed = g.closed?.date;
    if (g.status === 'done' && inRange(closed)) f.goalsFinished.push({ id: g.id, title: g.title, date: closed });
    if (g.status === 'dropped' && inRange(closed)) {
      f.goalsDropped.push({ id: g.id, title: g.title, date: closed, reason: g.closed?.reason ?? '' });
    }
    for (const m of g.milestones) {
      if (inRange(m.completed)) {
        f.milestonesHit.push({ goal: g.id, id: m.id, title: m.title, due: m.due, completed: m.completed });
      }
      // A goal closed on or before the due date released its milestones: nothing was missed.
      const released = g.status !== 'active' && closed !== undefined && closed <= m.due;
      const late = m.completed === undefined || m.completed > m.due;
      if (inRange(m.due) && m.due < today && late && !released) {
        f.milestonesMissed.push({ goal: g.id, id: m.id, title: m.title, due: m.due });
      }
    }
  }
  f.goalsFinished.sort(newestFirst((x) => x.date));
  f.goalsDropped.sort(newestFirst((x) => x.date));
  f.milestonesHit.sort(newestFirst((x) => x.completed));
  f.milestonesMissed.sort(newestFirst((x) => x.due));
  const checkins = journal.checkins.filter((c) => inRange(c.date)).sort((a, b) => compareWeeks(a.week, b.week));
  f.checkins.done = [...new Set(checkins.map((c) => c.week))];
  for (const c of checkins) if (c.energy !== undefined) f.energy.push({ week: c.week, energy: c.energy });
  return f;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function listOf<T>(title: string, items: readonly T[], line: (x: T) => string, max = 5): string[] {
  if (items.length === 0) return [];
  const more = items.length - max;
  return [`${title}:`, ...items.slice(0, max).map((x) => `  ${line(x)}`), ...(more > 0 ? [`  … and ${more} more`] : [])];
}

function checkinPart(c: ReviewFacts['checkins']): string {
  const total = c.done.length + c.missed.length;
  if (c.missed.length === 0) return count(c.done.length, 'check-in', 'check-ins');
  const shown = c.missed.slice(0, 3).join(', ');
  const rest = c.missed.length > 3 ? ` and ${c.missed.length - 3} more` : '';
  return `${c.done.length} of ${count(total, 'check-in', 'check-ins')} (missed ${shown}${rest})`;
}

/**
 * The facts as plain lines: one summary sentence, then short lists (the latest wins and feedback
 * with dates, goals finished and dropped, milestones missed).
 */
export function factLines(f: ReviewFacts, label: string): string[] {
  const parts = [`${count(f.goalsFinished.length, 'goal', 'goals')} finished`];
  if (f.goalsDropped.length > 0) parts.push(`${f.goalsDropped.length} dropped`);
  parts.push(
    `${count(f.milestonesHit.length, 'milestone', 'milestones')} hit`,
    `${f.milestonesMissed.length} missed`,
    checkinPart(f.checkins),
    count(f.wins.length, 'win', 'wins'),
    count(f.feedback.length, 'piece of feedback', 'pieces of feedback'),
  );
  const item = (x: PeriodItem): string => `${shortDate(x.date)}  ${x.text}`;
  return [
    `In ${label}: ${parts.join(', ')}`,
    ...listOf('Wins', f.wins, item),
    ...listOf('Feedback', f.feedback, item),
    ...listOf('Goals finished', f.goalsFinished, (g) => `${shortDate(g.date)}  ${g.title} (${g.id})`, Infinity),
    ...listOf('Goals dropped', f.goalsDropped, (g) => `${shortDate(g.date)}  ${g.title} (${g.id})${g.reason ? `: ${g.reason}` : ''}`, Infinity),
    ...listOf('Milestones missed', f.milestonesMissed, (m) => `due ${shortDate(m.due)}  ${m.title} (${m.goal})`, Infinity),
  ];
}

/** A review record, ready to save under reviews/. The period is checked against the kind. */
export function makeReview(kind: ReviewKind, period: string, date: string, answers: readonly Answer[]): Review {
  return { version: SCHEMA_VERSION, kind, period: parseReviewPeriod(kind, period), date, answers: answers.map((a) => ({ ...a })) };
}
