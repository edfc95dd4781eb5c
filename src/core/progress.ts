// The numbers the reports show for a goal (SPEC §4): progress, expected progress, pace and a
// forecast. Pure functions: "today" is always a parameter so reports can be back-dated and
// tested without a clock.

import { daysBetween, fromDayNumber, monthName, toDayNumber } from './dates.js';
import type { Goal } from './schemas.js';
import { valueAsOf } from './progress-log.js';
import { plural } from './text.js';

export type Pace = 'done' | 'overdue' | 'behind' | 'ahead' | 'on-track';

/** How far progress may stray from expected before the pace changes (SPEC §4). */
const PACE_BAND = 0.1;
// In floating point 0.4 − 0.1 = 0.30000000000000004, so progress 0.3 against expected 0.4 would
// be called behind although it sits exactly on the boundary, which the spec means as on-track.
const EPSILON = 1e-9;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The unit to write after a metric's numbers when its name comes first ("teams onboarded: 3 of
 * 8 teams"): none when there is none, or when it is the name itself ("talks: 1 of 2", not "talks:
 * 1 of 2 talks", as the goal wizard makes "Give 2 talks" into).
 */
export function unitAfterName(metric: { name: string; unit?: string }): string {
  return metric.unit && metric.unit !== metric.name ? metric.unit : '';
}

/** The latest recorded metric value by date (ties: the later entry in the list). */
export function latestValue(goal: Pick<Goal, 'progressLog'>): number | null {
  return valueAsOf(goal);
}

/** Share of the way from start to target that `value` has come; negative or above 1 when off the ends. */
function normalized(metric: NonNullable<Goal['metric']>, value: number): number {
  const span = metric.target - metric.start;
  // The schema refuses start == target; a hand-built record gets "reached or not".
  if (span === 0) return value === metric.target ? 1 : 0;
  return (value - metric.start) / span;
}

/** Progress in [0, 1]: the metric if there is one, else milestones done, else 0. */
export function goalProgress(goal: Goal): number {
  if (goal.status === 'done') return 1;
  if (goal.metric) {
    const current = latestValue(goal) ?? goal.metric.start;
    return clamp01(normalized(goal.metric, current));
  }
  if (goal.milestones.length > 0) {
    const done = goal.milestones.filter((m) => m.completed !== undefined).length;
    return done / goal.milestones.length;
  }
  return 0;
}

/** Where progress would be today if it went in a straight line from creation to deadline. */
export function expectedProgress(goal: Pick<Goal, 'created' | 'deadline'>, today: string): number {
  const span = daysBetween(goal.created, goal.deadline);
  const elapsed = daysBetween(goal.created, today);
  // A zero-length (or inverted) window: all of it is expected once the deadline has come.
  if (span <= 0) return daysBetween(goal.deadline, today) >= 0 ? 1 : 0;
  return clamp01(elapsed / span);
}

/** The pace word, checked in the spec's order of precedence. */
export function goalPace(goal: Goal, today: string): Pace {
  if (goal.status === 'done') return 'done';
  const progress = goalProgress(goal);
  if (daysBetween(goal.deadline, today) > 0 && progress < 1) return 'overdue';
  const expected = expectedProgress(goal, today);
  if (progress < expected - PACE_BAND - EPSILON) return 'behind';
  if (progress > expected + PACE_BAND + EPSILON) return 'ahead';
  return 'on-track';
}

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * The date a least-squares line through the progress log reaches the target, or null when
 * there is no metric, fewer than two points on distinct days, or the line does not head
 * toward the target. Fitting normalized progress rather than raw values means a metric that
 * should go down (weight, bugs, hours of overtime) forecasts just like one that goes up.
 */
export function forecastDate(goal: Goal): string | null {
  const metric = goal.metric;
  if (!metric || goal.progressLog.length < 2) return null;
  // Day numbers relative to the first point keep the sums small and exact.
  const origin = toDayNumber(goal.progressLog[0]!.date);
  const xs = goal.progressLog.map((p) => toDayNumber(p.date) - origin);
  const ys = goal.progressLog.map((p) => normalized(metric, p.value));
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (ys[i]! - meanY);
  });
  if (sxx === 0) return null; // every point on the same day: no trend to speak of
  const slope = sxy / sxx;
  if (!(slope > EPSILON)) return null;
  // y = meanY + slope (x − meanX) = 1  ⇒  x = meanX + (1 − meanY) / slope.
  const x = meanX + (1 - meanY) / slope;
  // Rounded up: the target is reached during that day, not before it. The epsilon keeps
  // an exact line (x = 20.000000000000004) from being pushed a day late.
  const day = origin + Math.ceil(x - EPSILON);
  // A nearly flat line reaches the target centuries from now (or, past the target already,
  // centuries ago): that is no forecast.
  if (!Number.isSafeInteger(day) || day > LAST_DAY || day < FIRST_DAY) return null;
  return fromDayNumber(day);
}

/** `May 12`: short and friendly; the year is obvious within a few days of a known deadline. */
export function shortDate(date: string): string {
  return `${monthName(Number(date.slice(5, 7)), true)} ${Number(date.slice(8, 10))}`;
}

/** Days rounded to the coarsest unit that still reads honestly. */
function roughly(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days <= 60) return plural(Math.round(days / 7), 'week');
  // Average Gregorian month: 365.2425 / 12.
  return plural(Math.round(days / 30.436875), 'month');
}

/** The forecast in words against the deadline: `~3 weeks late`, `on track for May 12`. */
export function forecastText(forecast: string | null, deadline: string): string {
  if (forecast === null) return 'no forecast yet';
  const late = daysBetween(deadline, forecast);
  // A few days either way is noise in a straight-line fit.
  if (Math.abs(late) <= 3) return `on track for ${shortDate(forecast)}`;
  return late > 0 ? `~${roughly(late)} late` : `~${roughly(-late)} early`;
}
