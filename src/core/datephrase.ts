// Deadlines and due dates as people say them: "end of Q2", "in 6 months", "next friday".
// Everything resolves against an explicit `today` to a plain YYYY-MM-DD, so the file on disk
// always holds a real date and the phrase is never stored.

import {
  WEEKDAYS,
  addDays,
  daysInMonth,
  endOfMonth,
  isSupportedDate,
  isValidDate,
  isValidMonth,
  MONTHS,
  pad,
  SUPPORTED_RANGE,
  toDayNumber,
  weekdayOf,
} from './dates.js';
import { UserError } from './errors.js';

export const DATE_FORMS_HINT =
  'write it like 2027-03-31, 2027-03 (end of month), in 6 months, next friday, end of Q2, end of year';

const MONTH_NAMES: readonly string[] = MONTHS;

interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

// `today` has been validated by the caller's toDayNumber, so slicing is safe.
const ymd = (date: string): Ymd => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) });

function cannotRead(text: string, why = ''): UserError {
  return new UserError(`cannot read the date "${text}"${why}`, DATE_FORMS_HINT);
}

function checkYear(y: number, text: string): number {
  if (y < 1 || y > 9999) throw cannotRead(text, ': it is outside the years 0001-9999');
  return y;
}

/** n months later, the day clamped to that month's length (Jan 31 + 1 month = Feb 28). */
function addMonths(date: string, n: number, text: string): string {
  const { y, m, d } = ymd(date);
  const total = y * 12 + (m - 1) + n;
  const year = checkYear(Math.floor(total / 12), text);
  const month = (total % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

const monthEnd = (year: number, month: number): string => endOfMonth(`${pad(year, 4)}-${pad(month, 2)}`);

/** This year's date, or next year's when this year's has already gone by. */
function upcoming(today: string, make: (year: number) => string): string {
  const thisYear = make(ymd(today).y);
  return thisYear >= today ? thisYear : make(ymd(today).y + 1);
}

/** Full names and any unambiguous prefix of at least 3 letters ("sep", "sept", "wed"). */
function lookup(word: string, names: readonly string[]): number {
  if (word.length < 3) return -1;
  return names.findIndex((name) => name.startsWith(word));
}

/** The next such weekday strictly after today: on a Friday, "friday" means a week later. */
function nextWeekday(today: string, isoDay: number): string {
  const ahead = (isoDay - weekdayOf(today) + 7) % 7;
  return addDays(today, ahead === 0 ? 7 : ahead);
}

function inAmount(today: string, amount: number, unit: string, text: string): string {
  if (unit === 'day') return addDays(today, amount);
  if (unit === 'week') return addDays(today, amount * 7);
  if (unit === 'month') return addMonths(today, amount, text);
  return addMonths(today, amount * 12, text);
}

function endOf(today: string, what: string, text: string): string | undefined {
  const { y, m } = ymd(today);
  if (what === 'week') return addDays(today, 7 - weekdayOf(today)); // ISO weeks end on Sunday
  if (what === 'month') return monthEnd(y, m);
  if (what === 'quarter') return monthEnd(y, Math.ceil(m / 3) * 3);
  if (what === 'year') return `${pad(y, 4)}-12-31`;
  const quarter = /^q([1-4])(?: (\d{4}))?$/.exec(what);
  if (quarter) {
    const q = Number(quarter[1]);
    if (quarter[2] !== undefined) return monthEnd(checkYear(Number(quarter[2]), text), q * 3);
    return upcoming(today, (year) => monthEnd(year, q * 3));
  }
  if (/^\d{4}$/.test(what)) return `${pad(checkYear(Number(what), text), 4)}-12-31`;
  const named = /^([a-z]+)(?: (\d{4}))?$/.exec(what);
  const month = named ? lookup(named[1]!, MONTH_NAMES) + 1 : 0;
  if (named && month > 0) {
    if (named[2] !== undefined) return monthEnd(checkYear(Number(named[2]), text), month);
    return upcoming(today, (year) => monthEnd(year, month));
  }
  return undefined;
}

function resolve(phrase: string, today: string, text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(phrase)) {
    if (!isValidDate(phrase)) throw cannotRead(text, ': there is no such day');
    return phrase;
  }
  if (/^\d{4}-\d{2}$/.test(phrase)) return isValidMonth(phrase) ? endOfMonth(phrase) : undefined;
  if (phrase === 'today') return today;
  if (phrase === 'tomorrow') return addDays(today, 1);
  const inN = /^in (\d{1,6}|an?) (day|week|month|year)s?$/.exec(phrase);
  if (inN) return inAmount(today, /^\d/.test(inN[1]!) ? Number(inN[1]) : 1, inN[2]!, text);
  if (phrase === 'next week') return addDays(today, 7);
  if (phrase === 'next month') return addMonths(today, 1, text);
  if (phrase === 'next year') return addMonths(today, 12, text);
  const day = /^(?:next )?([a-z]+)$/.exec(phrase);
  const weekday = day ? lookup(day[1]!, WEEKDAYS) : -1;
  if (weekday >= 0) return nextWeekday(today, weekday + 1);
  const end = /^end of (.+)$/.exec(phrase);
  if (end) return endOf(today, end[1]!, text);
  return undefined;
}

/**
 * A date phrase as YYYY-MM-DD, relative to `today`. Throws a UserError naming the accepted
 * forms for anything it cannot read, rather than guessing a date the person did not mean.
 */
export function parseDatePhrase(text: string, today: string): string {
  toDayNumber(today); // a bad `today` is the caller's bug; fail loudly before any arithmetic
  const phrase = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  let result: string | undefined;
  try {
    result = resolve(phrase, today, text);
  } catch (err) {
    // addDays beyond year 9999 throws RangeError: to the person it is just an unreadable date.
    if (err instanceof RangeError) throw cannotRead(text, ': it is outside the years 0001-9999');
    throw err;
  }
  if (result === undefined) throw cannotRead(text);
  if (!isSupportedDate(result)) throw cannotRead(text, `: it is outside the dates career supports (${SUPPORTED_RANGE})`);
  return result;
}
