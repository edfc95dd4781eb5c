// The data behind the HTML report's pictures (issue 16.7): each metric goal's recorded values
// against its ideal line and forecast, the weekly energy, a calendar of the days with a check-in
// or journal entries, and the milestones on a time line. The report model carries the numbers;
// this adds the dated series it leaves out. Pure: the journal and the report (with its today) in.
import { addDays, daysBetween } from './dates.js';
import { forecastDate } from './progress.js';
import type { GoalRecord, Journal } from './journal.js';
import type { Report } from './report.js';
import { byCodeUnit } from './text.js';

export interface DatedValue {
  date: string;
  value: number;
}

export interface GoalChart {
  id: string;
  title: string;
  metric: string;
  unit: string;
  /** The recorded values, oldest first. */
  points: DatedValue[];
  /** The straight line from the start value on the day the goal was made to the target on its deadline. */
  ideal: [DatedValue, DatedValue];
  /** From the latest value to the target on the day the trend reaches it; null without a trend. */
  forecast: [DatedValue, DatedValue] | null;
}

export interface HeatDay {
  date: string;
  checkins: number;
  entries: number;
}

export interface Heatmap {
  since: string;
  until: string;
  /** Only the days with anything on them, oldest first. */
  days: HeatDay[];
}

export interface TimelineMilestone {
  title: string;
  due: string;
  completed: string | null;
  /** Open and due before today. */
  overdue: boolean;
}

export interface Timeline {
  since: string;
  until: string;
  today: string;
  rows: { goal: string; title: string; milestones: TimelineMilestone[] }[];
}

export interface ReportCharts {
  goals: GoalChart[];
  energy: { week: string; energy: number }[];
  heatmap: Heatmap;
  timeline: Timeline;
}

/** A calendar wider than a year stops being readable on a page: the last 53 weeks are shown. */
export const HEATMAP_MAX_DAYS = 53 * 7;

function goalChart(g: GoalRecord): GoalChart | null {
  const m = g.metric;
  if (!m) return null;
  const points = [...g.progressLog].sort((a, b) => byCodeUnit(a.date, b.date)).map((p) => ({ date: p.date, value: p.value }));
  const when = forecastDate(g);
  const last = points[points.length - 1];
  return {
    id: g.id, title: g.title, metric: m.name, unit: m.unit, points,
    ideal: [{ date: g.created, value: m.start }, { date: g.deadline, value: m.target }],
    forecast: when && last ? [last, { date: when, value: m.target }] : null,
  };
}

/** The days of the period up to today (a calendar of the future is empty), at most a year of weeks. */
function heatmap(j: Journal, r: Report): Heatmap {
  const until = r.period.until < r.today ? r.period.until : r.today;
  let since = r.period.since > until ? until : r.period.since;
  if (daysBetween(since, until) >= HEATMAP_MAX_DAYS) since = addDays(until, -(HEATMAP_MAX_DAYS - 1));
  const days = new Map<string, HeatDay>();
  const day = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, checkins: 0, entries: 0 }));
    return d;
  };
  const inRange = (d: string) => d >= since && d <= until;
  for (const c of j.checkins) if (inRange(c.date)) day(c.date).checkins += 1;
  for (const d of j.days) if (inRange(d.date) && d.entries.length) day(d.date).entries += d.entries.length;
  return { since, until, days: [...days.values()].sort((a, b) => byCodeUnit(a.date, b.date)) };
}

/** Every milestone of the report's goals, each goal a row; the axis spans them and today. */
function timeline(goals: readonly GoalRecord[], today: string): Timeline {
  let since = today;
  let until = today;
  const rows = goals.filter((g) => g.milestones.length).map((g) => ({
    goal: g.id,
    title: g.title,
    milestones: [...g.milestones].sort((a, b) => byCodeUnit(a.due, b.due)).map((m) => {
      for (const d of [m.due, m.completed]) {
        if (d === undefined) continue;
        if (d < since) since = d;
        if (d > until) until = d;
      }
      return { title: m.title, due: m.due, completed: m.completed ?? null, overdue: m.completed === undefined && m.due < today };
    }),
  }));
  return { since, until, today, rows };
}

export function reportCharts(journal: Journal, report: Report): ReportCharts {
  const byId = new Map(journal.goals.map((g) => [g.id, g]));
  const goals = report.goals.map((v) => byId.get(v.id)).filter((g): g is GoalRecord => g !== undefined);
  return {
    goals: goals.map(goalChart).filter((c): c is GoalChart => c !== null),
    energy: report.checkins.energy,
    heatmap: heatmap(journal, report),
    timeline: timeline(goals, report.today),
  };
}
