// The weekly accountability status (SPEC §1: people who send one to a partner are far more
// likely to reach their goals): Progress, Plans, Problems, from the week's check-in, journal
// and goals. Pure: the command renders it as Markdown.
import { DUE_SOON_DAYS } from './constants.js';
import { addDays } from './dates.js';
import { periodItems, type PeriodItem } from './entries.js';
import type { Journal } from './journal.js';
import { expectedProgress, goalPace, goalProgress } from './progress.js';
import { weekEnd, weekStart } from './weeks.js';
import { byCodeUnit } from './text.js';

export interface MetricMove {
  goal: string;
  title: string;
  metric: string;
  unit: string;
  from: number;
  to: number;
  target: number;
  progress: number;
  note?: string;
}

export interface ShareModel {
  week: string;
  name: string;
  partner: { name: string; contact?: string } | null;
  hasCheckin: boolean;
  progress: { moved: MetricMove[]; milestonesDone: { goal: string; title: string }[]; wins: PeriodItem[]; statusNotes: { goal: string; status: string | null; note?: string }[] };
  plans: { focus: string[]; dueSoon: { goal: string; title: string; due: string }[] };
  problems: { blockers: PeriodItem[]; behind: { goal: string; title: string; progress: number; expected: number }[]; overdue: { goal: string; title: string; deadline: string }[]; atRisk: { goal: string; title: string; status: string }[] };
}

/**
 * The latest log entry dated within [from, to], by date (a hand-edited log may be out of
 * order); on the same date the later entry in the list wins, as in latestValue.
 */
function latestIn<P extends { date: string }>(log: readonly P[], from: string, to: string): P | undefined {
  let best: P | undefined;
  for (const p of log) if (p.date >= from && p.date <= to && (best === undefined || p.date >= best.date)) best = p;
  return best;
}

/** The value a goal's metric had before `since`: the latest log entry dated earlier, or its start. */
function valueBefore(log: readonly { date: string; value: number }[], since: string, start: number): number {
  return latestIn(log, '0000-01-01', addDays(since, -1))?.value ?? start;
}

/** How far `value` has come from start to target, in [0, 1]. */
function progressAt(metric: { start: number; target: number }, value: number): number {
  const span = metric.target - metric.start;
  if (span === 0) return value === metric.target ? 1 : 0;
  return Math.min(1, Math.max(0, (value - metric.start) / span));
}

export function shareModel(journal: Journal, week: string, today: string): ShareModel {
  const since = weekStart(week);
  const until = weekEnd(week);
  const checkin = journal.checkins.find((c) => c.week === week);
  const titles = new Map(journal.goals.map((g) => [g.id, g.title]));
  const active = journal.goals.filter((g) => g.status === 'active');
  const items = periodItems(journal, since, until);
  const moved: MetricMove[] = [];
  for (const g of journal.goals) {
    if (!g.metric) continue;
    const last = latestIn(g.progressLog, since, until);
    if (!last) continue;
    // Progress as of the week's last value, not today's: an earlier week's status says where it stood then.
    moved.push({
      goal: g.id, title: g.title, metric: g.metric.name, unit: g.metric.unit, from: valueBefore(g.progressLog, since, g.metric.start),
      to: last.value, target: g.metric.target, progress: progressAt(g.metric, last.value), ...(last.note ? { note: last.note } : {}),
    });
  }
  const milestonesDone = journal.goals.flatMap((g) => g.milestones.filter((m) => m.completed && m.completed >= since && m.completed <= until).map((m) => ({ goal: g.title, title: m.title })));
  // This week: what is due from today on (the rest of this week included); an earlier week:
  // what was due in the two weeks after it and still open when it ended.
  const current = today <= until;
  const soon = addDays(current ? today : until, DUE_SOON_DAYS);
  const openThen = (m: { completed?: string }) => m.completed === undefined || (!current && m.completed > until);
  const dueFrom = (due: string) => (current ? due >= today : due > until);
  return {
    week,
    name: journal.profile.name,
    partner: journal.profile.partner,
    hasCheckin: Boolean(checkin),
    progress: {
      moved, milestonesDone, wins: items.wins,
      statusNotes: (checkin?.goals ?? []).filter((c) => c.note).map((c) => ({ goal: titles.get(c.goal) ?? c.goal, status: c.status ?? null, ...(c.note ? { note: c.note } : {}) })),
    },
    plans: {
      focus: checkin?.focus ?? [],
      dueSoon: active.flatMap((g) => g.milestones.filter((m) => openThen(m) && dueFrom(m.due) && m.due <= soon).map((m) => ({ goal: g.title, title: m.title, due: m.due }))).sort((a, b) => byCodeUnit(a.due, b.due)),
    },
    problems: {
      blockers: items.blockers,
      behind: active.filter((g) => goalPace(g, today) === 'behind').map((g) => ({ goal: g.id, title: g.title, progress: goalProgress(g), expected: expectedProgress(g, today) })),
      overdue: active.filter((g) => goalPace(g, today) === 'overdue').map((g) => ({ goal: g.id, title: g.title, deadline: g.deadline })),
      atRisk: (checkin?.goals ?? []).flatMap((c) => (c.status && c.status !== 'on-track' ? [{ goal: c.goal, title: titles.get(c.goal) ?? c.goal, status: c.status }] : [])),
    },
  };
}
