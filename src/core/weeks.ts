// ISO 8601 weeks as `GGGG-Www` (SPEC §2): weeks start on Monday, and week 1 of a
// week-year is the week containing that year's first Thursday (equivalently, 4 January).
// The week-year GGGG differs from the calendar year near New Year: 2024-12-30 is in
// 2025-W01 and 2027-01-01 is in 2026-W53. Check-in files are keyed by this, so the
// arithmetic must be exact; it is done on day numbers from dates.ts.

import { dayNumberOf, fromDayNumber, pad, toDayNumber, weekdayOfDay, yearOfDay } from './dates.js';
import { UserError } from './errors.js';

export interface IsoWeek {
  /** ISO week-year (GGGG), not always the calendar year of every day in the week. */
  year: number;
  /** 1..52 or 1..53. */
  week: number;
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const FORM = 'GGGG-Www, an ISO 8601 week such as 2026-W07';

export function formatWeek({ year, week }: IsoWeek): string {
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The Thursday of a day's week decides its week-year: that is the ISO rule. */
function isoWeekOfDay(n: number): IsoWeek {
  const thursday = n - weekdayOfDay(n) + 4;
  const year = yearOfDay(thursday);
  const week = Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** The `GGGG-Www` week a `YYYY-MM-DD` date falls in. */
export function isoWeekOf(date: string): string {
  return formatWeek(isoWeekOfDay(toDayNumber(date)));
}

// Every week label read or walked asks this of its year, and a journal spans a handful of years.
const weekCounts = new Map<number, 52 | 53>();

/**
 * 52 or 53. 28 December is always in the last week of its week-year, so its week
 * number is the count. (53-week years start on a Thursday, or a Wednesday in leap years.)
 */
export function weeksInYear(isoYear: number): 52 | 53 {
  let weeks = weekCounts.get(isoYear);
  if (weeks === undefined) {
    weeks = isoWeekOfDay(dayNumberOf(isoYear, 12, 28)).week as 52 | 53;
    weekCounts.set(isoYear, weeks);
  }
  return weeks;
}

function parseParts(s: string): IsoWeek | undefined {
  const m = typeof s === 'string' ? WEEK_RE.exec(s) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  // Same range as dates.ts (0001–9999); 0000-01-01 would even fall in week-year −1.
  if (year < 1) return undefined;
  return { year, week };
}

/** Strictly `GGGG-Www` with a week that exists in that week-year. */
export function isValidWeek(s: string): boolean {
  const p = parseParts(s);
  return p !== undefined && p.week >= 1 && p.week <= weeksInYear(p.year);
}

/** Parses `GGGG-Www`, throwing a UserError that names the accepted form. */
export function parseWeek(s: string): IsoWeek {
  const p = parseParts(s);
  if (!p) throw new UserError(`not a valid week: "${s}"`, `use the form ${FORM}`);
  const max = weeksInYear(p.year);
  if (p.week < 1 || p.week > max) {
    throw new UserError(
      `not a valid week: "${s}" (ISO week-year ${p.year} has weeks 01 to ${max})`,
      `use the form ${FORM}`,
    );
  }
  return p;
}

/** Day number of the Monday of week 1: the Monday on or before 4 January. */
function firstMonday(isoYear: number): number {
  const jan4 = dayNumberOf(isoYear, 1, 4);
  return jan4 - (weekdayOfDay(jan4) - 1);
}

// Reports walk hundreds of weeks many times over; a journal has few distinct ones, so each
// label is parsed and validated once per process.
const startDays = new Map<string, number>();

function startDay(week: string): number {
  let day = startDays.get(week);
  if (day === undefined) {
    const { year, week: w } = parseWeek(week);
    day = firstMonday(year) + (w - 1) * 7;
    startDays.set(week, day);
  }
  return day;
}

/** The Monday of a week, `YYYY-MM-DD`. */
export function weekStart(week: string): string {
  return fromDayNumber(startDay(week));
}

/** The Sunday of a week, `YYYY-MM-DD`. */
export function weekEnd(week: string): string {
  return fromDayNumber(startDay(week) + 6);
}

/** The week n weeks later (n may be negative), across year boundaries. */
export function addWeeks(week: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addWeeks: n must be an integer, got ${n}`);
  return formatWeek(isoWeekOfDay(startDay(week) + n * 7));
}

/** b − a in weeks (positive when b is later). */
export function weeksBetween(a: string, b: string): number {
  return (startDay(b) - startDay(a)) / 7;
}

/** −1, 0 or 1; usable as an Array.sort comparator. */
export function compareWeeks(a: string, b: string): -1 | 0 | 1 {
  const d = startDay(a) - startDay(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The start (Monday) day number of a week: for walking weeks without building labels. */
export function weekStartDay(week: string): number {
  return startDay(week);
}

/** The week label of a day number. */
export function weekOfDay(n: number): string {
  return formatWeek(isoWeekOfDay(n));
}
