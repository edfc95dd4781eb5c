// The weekly accountability status (SPEC §1: people who send one to a partner are far more
// likely to reach their goals): Progress, Plans, Problems, from the week's check-in, journal
// and goals. Pure: the command renders it as Markdown.
import { addDays } from './dates.js';
import { periodItems, type PeriodItem } from './entries.js';
import type { Journal } from './journal.js';
import { expectedProgress, goalPace, goalProgress } from './progress.js';
import { weekEnd, weekStart } from './weeks.js';

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
  progress: { moved: MetricMove[]; milestonesDone: { goal: string; title: string }[]; wins: PeriodItem[]; statusNotes: { goal: string; status: string; note?: string }[] };
  plans: { focus: string[]; dueSoon: { goal: string; title: string; due: string }[] };
  problems: { blockers: PeriodItem[]; behind: { goal: string; title: string; progress: number; expected: number }[]; overdue: { goal: string; title: string; deadline: string }[]; atRisk: { goal: string; title: string; status: string }[] };
}

const DUE_SOON_DAYS = 14;

/** The value a goal's metric had before `since`: the last log entry dated earlier, or its start. */
function valueBefore(log: readonly { date: string; value: number }[], since: string, start: number): number {
  let v = start;
  for (const p of log) if (p.date < since) v = p.value;
  return v;
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
    const inWeek = g.progressLog.filter((p) => p.date >= since && p.date <= until);
    const last = inWeek[inWeek.length - 1];
    if (!last) continue;
    moved.push({
      goal: g.id, title: g.title, metric: g.metric.name, unit: g.metric.unit, from: valueBefore(g.progressLog, since, g.metric.start),
      to: last.value, target: g.metric.target, progress: goalProgress(g), ...(last.note ? { note: last.note } : {}),
    });
  }
  const milestonesDone = journal.goals.flatMap((g) => g.milestones.filter((m) => m.completed && m.completed >= since && m.completed <= until).map((m) => ({ goal: g.title, title: m.title })));
  const soon = addDays(today > until ? until : today, DUE_SOON_DAYS);
  return {
    week,
    name: journal.profile.name,
    partner: journal.profile.partner,
    hasCheckin: Boolean(checkin),
    progress: {
      moved, milestonesDone, wins: items.wins,
      statusNotes: (checkin?.goals ?? []).filter((c) => c.note).map((c) => ({ goal: titles.get(c.goal) ?? c.goal, status: c.status, ...(c.note ? { note: c.note } : {}) })),
    },
    plans: {
      focus: checkin?.focus ?? [],
      dueSoon: active.flatMap((g) => g.milestones.filter((m) => !m.completed && m.due > until && m.due <= soon).map((m) => ({ goal: g.title, title: m.title, due: m.due }))).sort((a, b) => a.due.localeCompare(b.due)),
    },
    problems: {
      blockers: items.blockers,
      behind: active.filter((g) => goalPace(g, today) === 'behind').map((g) => ({ goal: g.id, title: g.title, progress: goalProgress(g), expected: expectedProgress(g, today) })),
      overdue: active.filter((g) => goalPace(g, today) === 'overdue').map((g) => ({ goal: g.id, title: g.title, deadline: g.deadline })),
      atRisk: (checkin?.goals ?? []).filter((c) => c.status !== 'on-track').map((c) => ({ goal: c.goal, title: titles.get(c.goal) ?? c.goal, status: c.status })),
    },
  };
}
