// Calendar dates as plain `YYYY-MM-DD` strings (SPEC §2).
//
// Dates are days, not instants: a check-in on 2026-03-29 must stay on that day whatever
// the machine's time zone or a DST change does. So all arithmetic here is on integer
// day numbers (days since 1970-01-01, proleptic Gregorian) and never goes through a
// local-time Date. The only place a clock enters is dateFromClock, which callers use
// once to decide what "today" is.

import { UserError } from './errors.js';

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The months, lower case like WEEKDAYS: phrases match them; labels capitalise (monthName). */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** `November` for month 11 (1-12); `Nov` with `short`. */
export function monthName(month: number, short = false): string {
  const name = MONTHS[month - 1] ?? '';
  const word = short ? name.slice(0, 3) : name;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** ISO weekday number: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// Years 0001–9999 only: four digits on disk, and every date in that range has an ISO
// week whose year is also four digits (0001-01-01 is a Monday, 9999-12-31 a Friday).
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const MONTH_RE = /^(\d{4})-(\d{2})$/;

interface Civil {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Parsed by char codes rather than a regex: reports turn thousands of dates into day numbers.
// Exactly ten characters, ASCII digits only (no other digit scripts), no whitespace or suffix
// ("2024-02-01\n" is rejected).
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

function parseCivil(s: string): Civil | undefined {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return undefined; // NaN fails too
  if (!(month >= 1 && month <= 12)) return undefined;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return { year, month, day };
}

/** Strictly `YYYY-MM-DD` and a real day (no time part, no padding, no whitespace). */
export function isValidDate(s: string): boolean {
  return typeof s === 'string' && parseCivil(s) !== undefined;
}

// The days career works with: a year inside the calendar's edges on each side, so every
// "a week later", "the next 30 days" or "the day after a deadline" (a calendar event's end)
// stays a real date. Today, flags and files are held to it before anything is saved.
export const FIRST_SUPPORTED = '0002-01-01';
export const LAST_SUPPORTED = '9998-12-31';
export const SUPPORTED_RANGE = `${FIRST_SUPPORTED} to ${LAST_SUPPORTED}`;

/** A valid date inside the supported range (string order is date order for YYYY-MM-DD). */
export function isSupportedDate(s: string): boolean {
  return isValidDate(s) && s >= FIRST_SUPPORTED && s <= LAST_SUPPORTED;
}

function requireCivil(s: string): Civil {
  const c = parseCivil(s);
  if (!c) throw new UserError(`not a valid date YYYY-MM-DD: "${s}"`);
  return c;
}

/** `n` with leading zeros to `width` digits: the one zero-padder for dates, weeks and periods. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date, no time zone.
// Shifting the year to start in March puts the leap day at the end of the "year".
function daysFromCivil({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function formatCivil({ year, month, day }: Civil): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day number of a year, month (1-12) and day; the caller guarantees a real day. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return daysFromCivil({ year, month, day });
}

/** The calendar year a day number falls in. */
export function yearOfDay(n: number): number {
  return civilFromDays(n).year;
}

/** ISO weekday of a day number, Monday = 1 … Sunday = 7 (day 0, 1970-01-01, was a Thursday). */
export function weekdayOfDay(n: number): IsoWeekday {
  return (((((n + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Days since 1970-01-01 (negative before). Throws UserError for an invalid date. */
export function toDayNumber(date: string): number {
  return daysFromCivil(requireCivil(date));
}

/** The date of a day number. Throws RangeError outside years 0001–9999 (a bug, not input). */
export function fromDayNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`day number must be an integer, got ${n}`);
  const c = civilFromDays(n);
  if (c.year < MIN_YEAR || c.year > MAX_YEAR) {
    throw new RangeError(`day number ${n} is outside years ${MIN_YEAR}-${MAX_YEAR}`);
  }
  return formatCivil(c);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** −1, 0 or 1; usable as an Array.sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const d = daysBetween(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * The local calendar date of a JS Date: what "today" is for the person at the keyboard.
 * Local on purpose — at 00:30 in Berlin the user's today is not UTC's yesterday.
 */
export function dateFromClock(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('dateFromClock: invalid Date');
  return formatCivil({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/**
 * "Today": CAREER_TODAY when set (back-filling, tests), else the local clock date.
 * An empty CAREER_TODAY counts as unset, as `CAREER_TODAY= career …` is how shells unset
 * a variable for one command. Anything else must be a valid date: silently falling back
 * to the clock would file entries under the wrong day.
 */
export function resolveToday(envValue: string | undefined, now: Date): string {
  if (envValue === undefined || envValue === '') return dateFromClock(now);
  if (!isValidDate(envValue)) {
    throw new UserError(
      `CAREER_TODAY must be a date YYYY-MM-DD, got "${envValue}"`,
      'set it to a real day such as 2026-03-02, or unset it to use the system clock',
    );
  }
  if (!isSupportedDate(envValue)) {
    throw new UserError(
      `CAREER_TODAY ${envValue} is outside the dates career supports (${SUPPORTED_RANGE})`,
      'set it to a day in that range, or unset it to use the system clock',
    );
  }
  return envValue;
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdayOf(date: string): IsoWeekday {
  return weekdayOfDay(toDayNumber(date));
}

/** The weekday's name, e.g. for the check-in day setting. */
export function weekdayName(date: string): Weekday {
  return WEEKDAYS[weekdayOf(date) - 1] as Weekday;
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  const c = requireCivil(date);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}`;
}

/** `YYYY-Qn` of a date (Q1 = January–March). */
export function quarterOf(date: string): string {
  const c = requireCivil(date);
  return `${pad(c.year, 4)}-Q${Math.ceil(c.month / 3)}`;
}

export function isValidMonth(s: string): boolean {
  const m = typeof s === 'string' ? MONTH_RE.exec(s) : null;
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

/** Last day of a `YYYY-MM` month. */
export function endOfMonth(month: string): string {
  if (!isValidMonth(month)) {
    throw new UserError(`not a valid month YYYY-MM: "${month}"`);
  }
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return formatCivil({ year, month: m, day: daysInMonth(year, m) });
}
