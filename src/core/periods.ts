// The periods a review covers (SPEC §3 `career review`): a month `2026-11`, a quarter `2026-Q4`
// or a year `2026`. Pure: "today" is always a parameter.
import { endOfMonth, monthName, pad, toDayNumber } from './dates.js';
import { UserError } from './errors.js';
import type { REVIEW_KINDS } from './schemas.js';

export type ReviewKind = (typeof REVIEW_KINDS)[number];

const FORMS: Record<ReviewKind, { re: RegExp; what: string; form: string; example: string }> = {
  monthly: { re: /^(\d{4})-(0[1-9]|1[0-2])$/, what: 'a month', form: 'YYYY-MM', example: '2026-11' },
  quarterly: { re: /^(\d{4})-Q([1-4])$/, what: 'a quarter', form: 'YYYY-Qn', example: '2026-Q4' },
  annual: { re: /^(\d{4})$/, what: 'a year', form: 'YYYY', example: '2026' },
};

const KINDS = Object.keys(FORMS) as ReviewKind[];

function match(kind: ReviewKind, text: string): RegExpExecArray | null {
  const m = FORMS[kind].re.exec(text);
  return m && Number(m[1]) >= 1 ? m : null;
}

/**
 * The `--period` value for a review of this kind, normalised (`2026-q4` → `2026-Q4`). A period
 * of another kind is named as such, with the command that would take it.
 */
export function parseReviewPeriod(kind: ReviewKind, text: string): string {
  const t = text.trim().toUpperCase();
  if (match(kind, t)) return t;
  const { what, form, example } = FORMS[kind];
  const other = KINDS.find((k) => k !== kind && match(k, t));
  const problem = other
    ? `--period ${t} is ${FORMS[other].what}, but ${kind === 'annual' ? 'an' : 'a'} ${kind} review needs ${what} ${form}`
    : `--period "${text}" is not ${what} ${form}`;
  const hint = other
    ? `use --period ${example}, or run \`career review ${other} --period ${t}\``
    : `use --period ${example}`;
  throw new UserError(problem, hint);
}

function civil(today: string): { year: number; month: number; day: number } {
  toDayNumber(today); // a UserError for anything but a real YYYY-MM-DD
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)), day: Number(today.slice(8, 10)) };
}

/**
 * The period a review is about when none is given: the current one, except just after a period
 * ends, when the one that ended is what needs reviewing — the previous month during the first
 * 7 days of a month, the previous quarter during the first 14 days of a quarter, the previous
 * year during January.
 */
export function defaultReviewPeriod(kind: ReviewKind, today: string): string {
  const { year, month, day } = civil(today);
  if (kind === 'monthly') {
    if (day > 7) return `${pad(year, 4)}-${pad(month, 2)}`;
    return month === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(month - 1, 2)}`;
  }
  if (kind === 'quarterly') {
    const q = Math.ceil(month / 3);
    const early = month === q * 3 - 2 && day <= 14;
    if (!early) return `${pad(year, 4)}-Q${q}`;
    return q === 1 ? `${pad(year - 1, 4)}-Q4` : `${pad(year, 4)}-Q${q - 1}`;
  }
  return pad(month === 1 ? year - 1 : year, 4);
}

/** First and last day of the period, both inclusive. */
export function periodRange(kind: ReviewKind, period: string): { since: string; until: string } {
  const p = parseReviewPeriod(kind, period);
  const year = p.slice(0, 4);
  if (kind === 'monthly') return { since: `${p}-01`, until: endOfMonth(p) };
  if (kind === 'quarterly') {
    const q = Number(p.slice(6));
    const first = q * 3 - 2;
    return { since: `${year}-${pad(first, 2)}-01`, until: endOfMonth(`${year}-${pad(first + 2, 2)}`) };
  }
  return { since: `${year}-01-01`, until: `${year}-12-31` };
}

/** "November 2026", "Q4 2026", "2026". */
export function periodLabel(kind: ReviewKind, period: string): string {
  const p = parseReviewPeriod(kind, period);
  const year = p.slice(0, 4);
  if (kind === 'monthly') return `${monthName(Number(p.slice(5, 7)))} ${year}`;
  if (kind === 'quarterly') return `${p.slice(5)} ${year}`;
  return year;
}
