// Periods by name (SPEC §3 "Periods everywhere"): `week|month|quarter|year` (the current one),
// `last-week|last-month|last-quarter|last-year` (the one before), `2026`, `2026-Q4`, `2026-11`,
// `2026-W47` and a single day `YYYY-MM-DD`. Pure: "today" is a parameter.
import { isValidDate, monthOf, pad, quarterOf } from './dates.js';
import { periodLabel, periodRange } from './periods.js';
import { addWeeks, isoWeekOf, isValidWeek, weekEnd, weekStart } from './weeks.js';

export interface NamedPeriod {
  since: string;
  until: string;
  /** How the report titles it: "Q4 2026", "week 2026-W47", "2026". */
  label: string;
  /** A whole calendar year: the Markdown report reads as that year's brag document. */
  year: boolean;
}

function week(w: string): NamedPeriod {
  return { since: weekStart(w), until: weekEnd(w), label: `week ${w}`, year: false };
}
function month(m: string): NamedPeriod {
  return { ...periodRange('monthly', m), label: periodLabel('monthly', m), year: false };
}
function quarter(q: string): NamedPeriod {
  return { ...periodRange('quarterly', q), label: periodLabel('quarterly', q), year: false };
}
function year(y: string): NamedPeriod {
  return { ...periodRange('annual', y), label: y, year: true };
}

/** The month, quarter or year before the one `today` is in. */
function previous(kind: 'month' | 'quarter' | 'year', today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (kind === 'year') return pad(y - 1, 4);
  if (kind === 'month') return m === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(m - 1, 2)}`;
  const q = Math.ceil(m / 3);
  return q === 1 ? `${pad(y - 1, 4)}-Q4` : `${pad(y, 4)}-Q${q - 1}`;
}

/** The period `text` names, or null when it is no period name (a date phrase, a range). */
export function namedPeriod(text: string, today: string): NamedPeriod | null {
  const t = text.trim().toLowerCase();
  switch (t) {
    case 'week': case 'this-week': return week(isoWeekOf(today));
    case 'month': case 'this-month': return month(monthOf(today));
    case 'quarter': case 'this-quarter': return quarter(quarterOf(today));
    case 'year': case 'this-year': return year(today.slice(0, 4));
    case 'last-week': return week(addWeeks(isoWeekOf(today), -1));
    case 'last-month': return month(previous('month', today));
    case 'last-quarter': return quarter(previous('quarter', today));
    case 'last-year': return year(previous('year', today));
  }
  const u = t.toUpperCase();
  if (/^\d{4}$/.test(u) && Number(u) >= 1) return year(u);
  if (/^\d{4}-Q[1-4]$/.test(u) && Number(u.slice(0, 4)) >= 1) return quarter(u);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(u) && Number(u.slice(0, 4)) >= 1) return month(u);
  if (/^\d{4}-W\d{2}$/.test(u) && isValidWeek(u)) return week(u);
  if (/^\d{4}-\d{2}-\d{2}$/.test(u) && isValidDate(u)) return { since: u, until: u, label: u, year: false };
  return null;
}

/** For `--since`: a period's first day; for `--until`: its last. Null when `text` is no period. */
export function periodEdge(text: string, edge: 'since' | 'until', today: string): string | null {
  const p = namedPeriod(text, today);
  return p ? p[edge] : null;
}

/**
 * `month`, `last-month`, `quarter`, `last-quarter`, `year`, `last-year` as the period they name
 * (`2026-11`, `2026-Q3`, `2025`), so `review --period last-quarter` works; anything else as given.
 */
export function reviewPeriodName(text: string, today: string): string {
  switch (text.trim().toLowerCase()) {
    case 'month': case 'this-month': return monthOf(today);
    case 'quarter': case 'this-quarter': return quarterOf(today);
    case 'year': case 'this-year': return today.slice(0, 4);
    case 'last-month': return previous('month', today);
    case 'last-quarter': return previous('quarter', today);
    case 'last-year': return previous('year', today);
    default: return text;
  }
}
