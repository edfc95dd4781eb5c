// The stable JSON shape of a goal (SPEC §3), shared by `goal list --json`, `goal show --json`
// and `report --json`. Keys may be added but never renamed, so this is the one place that
// builds it: the commands must not assemble their own variants.

import { horizonRank } from './constants.js';
import type { GoalRecord } from './journal.js';
import { expectedProgress, forecastDate, goalPace, goalProgress, latestValue, type Pace } from './progress.js';
import type { Goal, GoalType, Horizon } from './schemas.js';
import { smartCheck, type SmartKey } from './smart.js';
import { byCodeUnit } from './text.js';
import type { CheckinStatus } from './checkin-status.js';

/** Long before mid before short, then by deadline and id: the order goals are worked backward in. */
export function byHierarchy(a: GoalRecord, b: GoalRecord): number {
  return horizonRank(b.horizon) - horizonRank(a.horizon) || byCodeUnit(a.deadline, b.deadline) || byCodeUnit(a.id, b.id);
}

export interface GoalMetricView {
  name: string;
  unit: string;
  start: number;
  target: number;
  /** The latest recorded value, or the start when nothing is recorded yet. */
  current: number;
}

export interface MilestoneView {
  id: string;
  title: string;
  due: string;
  done: boolean;
}

export interface GoalView {
  id: string;
  title: string;
  type: GoalType;
  horizon: Horizon;
  status: Goal['status'];
  parent: string | null;
  deadline: string;
  created: string;
  important: boolean;
  urgent: boolean;
  metric: GoalMetricView | null;
  /** In [0, 1], 4 decimals. */
  progress: number;
  /** In [0, 1], 4 decimals. */
  expected: number;
  pace: Pace;
  forecast: string | null;
  /** The person's own flag from the latest check-in, never merged into `pace` (null: not said). */
  checkinStatus: CheckinStatus | null;
  milestones: MilestoneView[];
  smart: Record<SmartKey, boolean>;
}

// Four decimals: enough for any percentage a script would show, and no 0.30000000000000004.
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function metricView(goal: GoalRecord): GoalMetricView | null {
  const m = goal.metric;
  if (!m) return null;
  return { name: m.name, unit: m.unit, start: m.start, target: m.target, current: latestValue(goal) ?? m.start };
}

export function goalView(goal: GoalRecord, profileValues: string[], today: string, checkinStatus: CheckinStatus | null = null): GoalView {
  const smart = smartCheck(goal, profileValues);
  return {
    id: goal.id,
    title: goal.title,
    type: goal.type,
    horizon: goal.horizon,
    status: goal.status,
    parent: goal.parent,
    deadline: goal.deadline,
    created: goal.created,
    important: goal.important,
    urgent: goal.urgent,
    metric: metricView(goal),
    progress: round4(goalProgress(goal)),
    expected: round4(expectedProgress(goal, today)),
    pace: goalPace(goal, today),
    forecast: forecastDate(goal),
    checkinStatus,
    milestones: goal.milestones.map((m) => ({ id: m.id, title: m.title, due: m.due, done: m.completed !== undefined })),
    smart: {
      specific: smart.specific.pass,
      measurable: smart.measurable.pass,
      achievable: smart.achievable.pass,
      relevant: smart.relevant.pass,
      timeBound: smart.timeBound.pass,
    },
  };
}
