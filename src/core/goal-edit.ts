// Changing a goal keeps its history: every edit appends a revision (date, fields, reason);
// progress, completion and dropping are recorded as data, never by deleting anything.
import { UserError } from './errors.js';
import type { Goal, GoalType, Horizon, Metric } from './schemas.js';
import { makeMilestone } from './goal-make.js';
import { latestValue } from './progress.js';
import { putValue } from './progress-log.js';

export interface GoalChanges {
  title?: string;
  type?: GoalType;
  horizon?: Horizon;
  why?: string;
  deadline?: string;
  parent?: string | null;
  important?: boolean;
  urgent?: boolean;
  metric?: Partial<Metric>;
  values?: string[];
  milestones?: { title: string; due: string }[];
  steps?: string[];
  helpers?: string[];
  resources?: string[];
  skills?: string[];
  risks?: { scenario: string; contingency: string }[];
}

function mergeMetric(current: Metric | null, change: Partial<Metric>): Metric {
  const name = change.name ?? current?.name;
  const target = change.target ?? current?.target;
  if (!name || target === undefined) {
    throw new UserError('a new metric needs both --metric <name> and --target <number>');
  }
  const metric: Metric = { name, unit: change.unit ?? current?.unit ?? '', start: change.start ?? current?.start ?? 0, target };
  if (metric.start === metric.target) throw new UserError(`--target ${target} must differ from the metric's start (${metric.start})`);
  return metric;
}

/** The top-level fields whose values differ, in the goal's own key order. */
export function changedFields(before: Goal, after: Goal): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'revisions' && JSON.stringify(before[k as keyof Goal]) !== JSON.stringify(after[k as keyof Goal]));
}

/** Apply flag-style changes (lists append) and record the revision. */
export function applyGoalChanges(goal: Goal, c: GoalChanges, reason: string, today: string): { goal: Goal; fields: string[] } {
  const next: Goal = structuredClone(goal);
  for (const key of ['title', 'type', 'horizon', 'why', 'deadline', 'parent', 'important', 'urgent', 'values'] as const) {
    if (c[key] !== undefined) (next as Record<string, unknown>)[key] = c[key];
  }
  if (c.metric) next.metric = mergeMetric(goal.metric, c.metric);
  for (const m of c.milestones ?? []) next.milestones.push(makeMilestone(m.title, m.due, next.milestones));
  next.steps.push(...(c.steps ?? []).map((text) => ({ text, done: false })));
  next.support.helpers.push(...(c.helpers ?? []));
  next.support.resources.push(...(c.resources ?? []));
  next.support.skills.push(...(c.skills ?? []));
  next.risks.push(...(c.risks ?? []));
  return withRevision(goal, next, reason, today);
}

/** Append a revision naming what changed between `before` and `after` (nothing if unchanged). */
export function withRevision(before: Goal, after: Goal, reason: string, today: string): { goal: Goal; fields: string[] } {
  const fields = changedFields(before, after);
  if (fields.length) after.revisions = [...after.revisions, { date: today, fields, reason }];
  return { goal: after, fields };
}

function requireActive(goal: Goal, id: string, what: string): void {
  if (goal.status !== 'active') throw new UserError(`goal ${id} is ${goal.status}; cannot ${what}`, 'reopen it by setting status: active in its file');
}

/**
 * Record a metric value for today. A second value on the same day replaces the first and keeps
 * both notes; `replaced` says what it replaced.
 */
export function recordProgress(goal: Goal, id: string, value: number, note: string | undefined, today: string): { goal: Goal; from: number; replaced: number | null } {
  if (!goal.metric) {
    throw new UserError(`goal ${id} has no metric to record progress on`,
      'complete its milestones with `career milestone done`, or add a metric with `career goal edit --metric NAME --target N`');
  }
  requireActive(goal, id, 'record progress');
  const from = latestValue(goal) ?? goal.metric.start;
  const next = structuredClone(goal);
  const put = putValue(next.progressLog, note ? { date: today, value, note } : { date: today, value });
  next.progressLog = put.log;
  return { goal: next, from, replaced: put.replaced[0]?.value ?? null };
}

export function completeGoal(goal: Goal, id: string, how: { celebration?: string; next?: string }, today: string): Goal {
  requireActive(goal, id, 'complete it');
  const next = structuredClone(goal);
  next.status = 'done';
  next.closed = { date: today, ...(how.celebration ? { celebration: how.celebration } : {}), ...(how.next ? { next: how.next } : {}) };
  return next;
}

export function dropGoal(goal: Goal, id: string, reason: string, today: string): Goal {
  requireActive(goal, id, 'drop it');
  if (!reason.trim()) throw new UserError('dropping a goal needs --reason: the why is what you learn from it');
  const next = structuredClone(goal);
  next.status = 'dropped';
  next.closed = { date: today, reason: reason.trim() };
  return next;
}

export function addMilestone(goal: Goal, title: string, due: string): { goal: Goal; milestoneId: string } {
  const next = structuredClone(goal);
  const m = makeMilestone(title, due, next.milestones);
  next.milestones.push(m);
  return { goal: next, milestoneId: m.id };
}

export function completeMilestone(goal: Goal, milestoneId: string, today: string): Goal {
  const next = structuredClone(goal);
  const m = next.milestones.find((x) => x.id === milestoneId);
  if (!m) throw new UserError(`no milestone ${milestoneId}`);
  if (m.completed) throw new UserError(`milestone ${milestoneId} was already done on ${m.completed}`);
  m.completed = today;
  return next;
}
