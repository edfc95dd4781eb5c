// Check-in streak and missed weeks (SPEC §4), and which month or quarter a week belongs to.
// Pure functions on `GGGG-Www` strings: "today" is always a parameter, so back-filled and
// test journals give the same answers as live ones.

import { addDays, monthOf, pad, quarterOf, toDayNumber } from './dates.js';
import { compareWeeks, isoWeekOf, weekOfDay, weekStart, weekStartDay } from './weeks.js';

export type PeriodKind = 'month' | 'quarter';

/**
 * Consecutive ISO weeks with a check-in, ending at this week — or at last week when this
 * week has none yet, because a week that is not over has not broken the streak. Weeks
 * after this week (a back-fill typed into the future) are never reached by the walk back,
 * so they are ignored.
 */
export function checkinStreak(weeks: readonly string[], today: string): number {
  // Walked on Monday day numbers: a journal kept for years can have a streak of hundreds of
  // weeks, and building a label for each one costs a report more than the rest of the walk.
  const have = new Set(weeks.map(weekStartDay));
  const thisWeek = weekStartDay(isoWeekOf(today));
  let day = have.has(thisWeek) ? thisWeek : thisWeek - 7;
  let streak = 0;
  while (have.has(day)) {
    streak += 1;
    day -= 7;
  }
  return streak;
}

/**
 * Weeks from the journal's creation (`since`) up to last week without a check-in, ascending.
 * The current week is never missed: it is not over yet.
 */
export function missedWeeks(weeks: readonly string[], since: string, today: string): string[] {
  return missedWeeksWithin(weeks, since, weekStart(isoWeekOf(since)), undefined, today);
}

/**
 * The weeks without a check-in that start on or after `from`, end on or before `until` (none:
 * no end), fall in or after the journal's first week (`created`) and are over by `today`.
 */
export function missedWeeksWithin(weeks: readonly string[], created: string, from: string, until: string | undefined, today: string): string[] {
  // Walked on Monday day numbers: a ten-year journal has hundreds of weeks, and only the missed
  // ones need their label built (weekOfDay keeps 53-week years and year ends exact).
  const have = new Set(weeks.map(weekStartDay));
  const thisWeek = weekStartDay(isoWeekOf(today));
  let day = weekStartDay(isoWeekOf(from));
  if (day < toDayNumber(from)) day += 7;
  day = Math.max(day, weekStartDay(isoWeekOf(created)));
  const last = until === undefined ? Infinity : toDayNumber(until);
  const missed: string[] = [];
  for (; day + 6 <= last && day < thisWeek; day += 7) {
    if (!have.has(day)) missed.push(weekOfDay(day));
  }
  return missed;
}

/** The Thursday decides, as it does for the week-year: a week belongs where most of its days are. */
function thursdayOf(week: string): string {
  return addDays(weekStart(week), 3);
}

/** `YYYY-MM` of the month a week belongs to (by its Thursday). */
export function weekMonth(week: string): string {
  return monthOf(thursdayOf(week));
}

/** `YYYY-Qn` of the quarter a week belongs to (by its Thursday). */
export function weekQuarter(week: string): string {
  return quarterOf(thursdayOf(week));
}

function periodOf(kind: PeriodKind, week: string): string {
  return kind === 'month' ? weekMonth(week) : weekQuarter(week);
}

/**
 * True when no other check-in week in `weeks` falls in the same month (or quarter) before
 * `week`: the first check-in of a period is the moment to offer the review of the one that
 * just ended. `week` itself may or may not be in `weeks` (a re-run or a new check-in).
 */
export function isFirstOfPeriod(kind: PeriodKind, week: string, weeks: readonly string[]): boolean {
  const period = periodOf(kind, week);
  return !weeks.some((w) => w !== week && compareWeeks(w, week) < 0 && periodOf(kind, w) === period);
}

/** The month (`YYYY-MM`) or quarter (`YYYY-Qn`) just before the one the week belongs to. */
export function previousPeriod(kind: PeriodKind, week: string): string {
  const period = periodOf(kind, week);
  const year = Number(period.slice(0, 4));
  if (kind === 'month') {
    const month = Number(period.slice(5, 7));
    return month === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(month - 1, 2)}`;
  }
  const quarter = Number(period.slice(6));
  return quarter === 1 ? `${pad(year - 1, 4)}-Q4` : `${pad(year, 4)}-Q${quarter - 1}`;
}
