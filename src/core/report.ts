// The report model (SPEC §3 `report --json`, §4): one structure that the terminal, markdown and
// JSON renderers all draw from. Pure: the journal, the period and today in; data out.
import { UPCOMING_DAYS } from './constants.js';
import { addDays } from './dates.js';
import { countedItems, groupsToRead, REPORT_SHOWN, type DayGroup, type ListName } from './day-counts.js';
import type { PeriodItem } from './entries.js';
import { UserError } from './errors.js';
import { byHierarchy, goalView, type GoalView } from './goal-view.js';
import type { GoalRecord, Journal } from './journal.js';
import { parseDatePhrase } from './datephrase.js';
import { namedPeriod, periodEdge } from './period-names.js';
import { reviewFacts } from './review-facts.js';
import { checkinStreak } from './streak.js';
import { byCodeUnit } from './text.js';
import { checkinStatuses } from './checkin-status.js';
import { reflectionFor, type Reflection } from './reflection.js';
import { skillsRated, type SkillRated } from './skill-ratings.js';

export interface MilestoneRef {
  goal: string;
  id: string;
  title: string;
  due: string;
  done: boolean;
}

export type Quadrant = 'do' | 'schedule' | 'delegate' | 'drop';

export interface Report {
  period: { since: string; until: string };
  today: string;
  /** Active goals, long before mid before short, each followed by its children. */
  goals: GoalView[];
  milestones: { overdue: MilestoneRef[]; upcoming: MilestoneRef[] };
  checkins: { count: number; streak: number; missed: string[]; energy: { week: string; energy: number }[] };
  journal: {
    wins: PeriodItem[]; learnings: PeriodItem[]; blockers: PeriodItem[]; feedback: PeriodItem[];
    /** Items of the period counted but not listed (journal.countedDays): each list's total is its length plus this. */
    counted?: Record<ListName, number>;
  };
  finished: GoalView[];
  // Added keys (SPEC: more keys may be added): what the renderers need besides the above.
  name: string;
  vision: string;
  /** Each active goal's id by Eisenhower quadrant: do (important, urgent), schedule, delegate, drop. */
  eisenhower: Record<Quadrant, string[]>;
  /** How deep each goal sits under its parents (0 = top), for the hierarchy. */
  depth: Record<string, number>;
  /** Milestones completed within the period. */
  milestonesHit: { goal: string; id: string; title: string; due: string; completed: string }[];
  /** Skills re-rated in the reviews of the period (from -> to): the skills developed. */
  skillsRated: SkillRated[];
  /** The reflection written at `init` about the year this period is, when it is one whole calendar year. */
  reflection: Reflection | null;
}

/** The calendar year `period` is exactly, or null. */
function wholeYear(period: { since: string; until: string }): number | null {
  const y = period.since.slice(0, 4);
  return period.since === `${y}-01-01` && period.until === `${y}-12-31` ? Number(y) : null;
}

export { UPCOMING_DAYS };

/** The period's name in the report's heading: `all time`, `Q4 2026`, or its first and last day. */
export function reportLabel(period: string | undefined, today: string, range: { since: string; until: string }): string {
  const t = (period ?? 'quarter').trim().toLowerCase();
  if (t === 'all') return 'all time';
  return namedPeriod(t, today)?.label ?? `${range.since} to ${range.until}`;
}

/**
 * The first day anything in the journal is dated: usually the day of `init`, earlier when a
 * goal, check-in or entry was back-filled. "All time" and an open-ended `..UNTIL` start here.
 */
export function journalStart(j: Journal): string {
  let first = j.profile.created;
  const see = (d: string) => { if (d < first) first = d; };
  for (const g of j.goals) {
    see(g.created);
    for (const p of g.progressLog) see(p.date);
    for (const m of g.milestones) if (m.completed !== undefined) see(m.completed);
    if (g.closed) see(g.closed.date);
  }
  for (const c of j.checkins) see(c.date);
  for (const d of j.days) see(d.date);
  for (const d of j.countedDays ?? []) see(d.date);
  return first;
}

/**
 * `all`, a named period (`quarter`, `last-year`, `2026`, `2026-Q4`, `2026-11`, `2026-W47`, a
 * day), or `<since>..<until>` whose sides are period names (the first day of one, the last of the
 * other) or date phrases; an empty side is the journal's start or today.
 */
export function reportPeriod(text: string | undefined, today: string, journalStart: string): { since: string; until: string } {
  const t = (text ?? 'quarter').trim().toLowerCase();
  if (t === 'all') return { since: journalStart < today ? journalStart : today, until: today };
  const named = namedPeriod(t, today);
  if (named) return { since: named.since, until: named.until };
  const m = /^(.*)\.\.(.*)$/.exec(t);
  if (!m) {
    throw new UserError(`--period "${text}" is not a period`,
      'use week, month, quarter, year, all, last-week, last-month, last-quarter, last-year, 2026, 2026-Q4, 2026-11, 2026-W47, a day, or SINCE..UNTIL');
  }
  const side = (s: string, edge: 'since' | 'until', fallback: string) => {
    if (!s.trim()) return fallback;
    const p = periodEdge(s, edge, today);
    if (p) return p;
    try {
      return parseDatePhrase(s.trim(), today);
    } catch (err) {
      throw new UserError(`--period: ${(err as Error).message}`, (err as UserError).hint);
    }
  };
  const range = { since: side(m[1]!, 'since', journalStart), until: side(m[2]!, 'until', today) };
  if (range.since > range.until) throw new UserError(`--period "${text}": the start is after the end`);
  return range;
}

/**
 * For the terminal report of `periodText`: given a journal whose years are only counted, the
 * years to read in full so that it lists what a journal read whole would (see day-counts.ts).
 */
export function terminalDaysToRead(periodText: string | undefined, today: string): (read: Journal, years: DayGroup[]) => string[] {
  return (read, years) => {
    const period = reportPeriod(periodText, today, journalStart(read));
    return groupsToRead(read.days, years, period.since, period.until, REPORT_SHOWN);
  };
}

/** Goals in hierarchy order: each goal followed by its children; roots long -> short, then deadline. */
function hierarchy(goals: readonly GoalRecord[]): { ordered: GoalRecord[]; depth: Record<string, number> } {
  const ids = new Set(goals.map((g) => g.id));
  // Children by parent id, each list in order; roots (no parent, or one not in `goals`) under null.
  const kids = new Map<string | null, GoalRecord[]>();
  for (const g of [...goals].sort(byHierarchy)) {
    const parent = g.parent !== null && ids.has(g.parent) ? g.parent : null;
    const list = kids.get(parent);
    if (list) list.push(g);
    else kids.set(parent, [g]);
  }
  const children = (id: string | null) => kids.get(id) ?? [];
  const ordered: GoalRecord[] = [];
  const depth: Record<string, number> = {};
  const visit = (g: GoalRecord, d: number) => {
    if (g.id in depth) return; // a parent loop written by hand must not hang the report
    depth[g.id] = d;
    ordered.push(g);
    for (const c of children(g.id)) visit(c, d + 1);
  };
  for (const root of children(null)) visit(root, 0);
  for (const g of goals) if (!(g.id in depth)) visit(g, 0);
  return { ordered, depth };
}

function quadrant(g: GoalRecord): Quadrant {
  if (g.important) return g.urgent ? 'do' : 'schedule';
  return g.urgent ? 'delegate' : 'drop';
}

/** The goal and everything under it, for `--goal`. */
function subtree(goals: readonly GoalRecord[], id: string): GoalRecord[] {
  const keep = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const g of goals) if (g.parent && keep.has(g.parent) && !keep.has(g.id)) { keep.add(g.id); grew = true; }
  }
  return goals.filter((g) => keep.has(g.id));
}

export function buildReport(journal: Journal, period: { since: string; until: string }, today: string, goalId?: string): Report {
  // Counts say nothing of the goal an item belongs to.
  if (goalId !== undefined && journal.countedDays) throw new Error('buildReport: a report for one goal needs every journal day read in full');
  const scope = goalId ? subtree(journal.goals, goalId) : journal.goals;
  const values = journal.profile.values;
  const { ordered, depth } = hierarchy(scope.filter((g) => g.status === 'active'));
  const facts = reviewFacts(journal, period.since, period.until, today);
  const said = checkinStatuses(journal.checkins, period.until < today ? period.until : today);
  const view = (g: GoalRecord) => goalView(g, values, today, said.get(g.id) ?? null);
  const horizon = addDays(today, UPCOMING_DAYS);
  const overdue: MilestoneRef[] = [];
  const upcoming: MilestoneRef[] = [];
  for (const g of ordered) {
    for (const m of g.milestones) {
      if (m.completed) continue;
      const ref = { goal: g.id, id: m.id, title: m.title, due: m.due, done: false };
      if (m.due < today) overdue.push(ref);
      else if (m.due <= horizon) upcoming.push(ref);
    }
  }
  const byDue = (a: MilestoneRef, b: MilestoneRef) => byCodeUnit(a.due, b.due);
  const eisenhower: Record<Quadrant, string[]> = { do: [], schedule: [], delegate: [], drop: [] };
  for (const g of ordered) eisenhower[quadrant(g)].push(g.id);
  const inScope = new Set(scope.map((g) => g.id));
  const finishedIds = new Set(facts.goalsFinished.map((f) => f.id).filter((id) => inScope.has(id)));
  const goalItems = (items: PeriodItem[]) => (goalId ? items.filter((i) => i.goal !== null && inScope.has(i.goal)) : items);
  return {
    period,
    today,
    goals: ordered.map(view),
    milestones: { overdue: overdue.sort(byDue), upcoming: upcoming.sort(byDue) },
    checkins: { count: facts.checkins.done.length, streak: checkinStreak(journal.checkins.map((c) => c.week), today), missed: facts.checkins.missed, energy: facts.energy },
    journal: {
      wins: goalItems(facts.wins), learnings: goalItems(facts.learnings), blockers: goalItems(facts.blockers), feedback: goalItems(facts.feedback),
      ...(journal.countedDays ? { counted: countedItems(journal.countedDays, period.since, period.until) } : {}),
    },
    finished: journal.goals.filter((g) => finishedIds.has(g.id)).map(view),
    name: journal.profile.name,
    vision: journal.profile.vision,
    eisenhower,
    depth,
    milestonesHit: facts.milestonesHit.filter((m) => inScope.has(m.goal)),
    // Both are about the person, not a goal: a report narrowed to one goal leaves them out.
    skillsRated: goalId ? [] : skillsRated(journal.reviews, period.since, period.until),
    reflection: goalId || wholeYear(period) === null ? null : reflectionFor(journal.profile, wholeYear(period)!),
  };
}
