// `career` with no arguments: what to do now (SPEC §3). Pure: the journal and today in, a short
// list of things out, each with the command that does it. The renderer keeps it under a screen.
import { checkinStatuses, type CheckinStatus } from './checkin-status.js';
import { previousCheckin } from './checkin.js';
import { pad, WEEKDAYS, weekdayOf } from './dates.js';
import type { Journal } from './journal.js';
import { defaultReviewPeriod, periodRange, type ReviewKind } from './periods.js';
import { goalPace, type Pace } from './progress.js';
import { missedWeeks } from './streak.js';
import { byCodeUnit } from './text.js';
import { isoWeekOf, weekEnd } from './weeks.js';

export interface NowMilestone { goal: string; id: string; title: string; due: string; command: string }
export interface NowGoal { id: string; title: string; pace: Pace; checkinStatus: CheckinStatus | null; command: string }

export interface NowView {
  today: string;
  week: string;
  /** This week's check-in: done, due (the check-in day has come), or coming on `day`. */
  checkin: { state: 'done' | 'due' | 'upcoming'; day: string; command: string };
  /** Past weeks without a check-in, most recent first (at most MISSED_SHOWN), and how many in all. */
  missed: { weeks: string[]; total: number; command: string | null };
  milestones: { overdue: NowMilestone[]; thisWeek: NowMilestone[] };
  /** Last check-in's focus items for this week, not yet ticked off. */
  focus: { week: string | null; items: string[] };
  /** Active goals behind pace, overdue, or flagged at risk, off track or blocked. */
  goals: NowGoal[];
  reviews: { kind: ReviewKind; period: string; command: string }[];
}

export const MISSED_SHOWN = 3;
const FLAGS: readonly (CheckinStatus | null)[] = ['at-risk', 'off-track', 'blocked'];

function checkinState(journal: Journal, week: string, today: string): NowView['checkin'] {
  const day = journal.profile.checkinDay;
  const done = journal.checkins.some((c) => c.week === week);
  const due = weekdayOf(today) >= WEEKDAYS.indexOf(day) + 1;
  return { state: done ? 'done' : due ? 'due' : 'upcoming', day, command: 'career checkin' };
}

function milestones(journal: Journal, today: string): NowView['milestones'] {
  const end = weekEnd(isoWeekOf(today));
  const overdue: NowMilestone[] = [];
  const thisWeek: NowMilestone[] = [];
  for (const g of journal.goals) {
    if (g.status !== 'active') continue;
    for (const m of g.milestones) {
      if (m.completed !== undefined || m.due > end) continue;
      const item = { goal: g.id, id: m.id, title: m.title, due: m.due, command: `career milestone done ${g.id} ${m.id}` };
      (m.due < today ? overdue : thisWeek).push(item);
    }
  }
  const byDue = (a: NowMilestone, b: NowMilestone) => byCodeUnit(a.due, b.due) || byCodeUnit(a.goal, b.goal);
  return { overdue: overdue.sort(byDue), thisWeek: thisWeek.sort(byDue) };
}

function focus(journal: Journal, week: string): NowView['focus'] {
  const last = previousCheckin(journal.checkins, week);
  if (!last) return { week: null, items: [] };
  const done = new Set((journal.checkins.find((c) => c.week === week)?.focusDone ?? []).map((f) => f.toLowerCase()));
  return { week: last.week, items: last.focus.filter((f) => !done.has(f.toLowerCase())) };
}

function goals(journal: Journal, today: string): NowGoal[] {
  const said = checkinStatuses(journal.checkins, today);
  return journal.goals.filter((g) => g.status === 'active').flatMap((g) => {
    const pace = goalPace(g, today);
    const status = said.get(g.id) ?? null;
    if (pace !== 'behind' && pace !== 'overdue' && !FLAGS.includes(status)) return [];
    const command = g.metric ? `career goal progress ${g.id} <value>` : `career goal show ${g.id}`;
    return [{ id: g.id, title: g.title, pace, checkinStatus: status, command }];
  }).sort((a, b) => byCodeUnit(a.id, b.id));
}

/** The most recent period of each kind that has ended: a review of it is due until it is written. */
function lastEnded(kind: ReviewKind, today: string): string {
  const p = defaultReviewPeriod(kind, today);
  return periodRange(kind, p).until < today ? p : previousPeriodOf(kind, p);
}

function previousPeriodOf(kind: ReviewKind, p: string): string {
  const y = Number(p.slice(0, 4));
  if (kind === 'annual') return pad(y - 1, 4);
  if (kind === 'quarterly') { const q = Number(p.slice(6)); return q === 1 ? `${pad(y - 1, 4)}-Q4` : `${pad(y, 4)}-Q${q - 1}`; }
  const m = Number(p.slice(5, 7));
  return m === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(m - 1, 2)}`;
}

function reviews(journal: Journal, today: string): NowView['reviews'] {
  const kinds: ReviewKind[] = ['annual', 'quarterly', 'monthly'];
  return kinds.flatMap((kind) => {
    const period = lastEnded(kind, today);
    const written = journal.reviews.some((r) => r.kind === kind && r.period === period);
    // A period that ended before the journal began has nothing to review.
    const began = periodRange(kind, period).until >= journal.profile.created;
    return began && !written ? [{ kind, period, command: `career review ${kind} --period ${period}` }] : [];
  });
}

export function nowView(journal: Journal, today: string): NowView {
  const week = isoWeekOf(today);
  const missed = missedWeeks(journal.checkins.map((c) => c.week), journal.profile.created, today).reverse();
  return {
    today,
    week,
    checkin: checkinState(journal, week, today),
    missed: { weeks: missed.slice(0, MISSED_SHOWN), total: missed.length, command: missed.length ? `career checkin --week ${missed[0]}` : null },
    milestones: milestones(journal, today),
    focus: focus(journal, week),
    goals: goals(journal, today),
    reviews: reviews(journal, today),
  };
}

/** Nothing to do: everything above is empty or done. */
export function nothingToDo(v: NowView): boolean {
  return v.checkin.state !== 'due' && v.missed.total === 0 && !v.milestones.overdue.length && !v.milestones.thisWeek.length
    && !v.focus.items.length && !v.goals.length && !v.reviews.length;
}
