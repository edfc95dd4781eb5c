// A goal's metric history (SPEC §4): at most one value per day, and at most one check-in value
// per week. Every writer of a value goes through putValue, so the rules hold whatever the order
// of check-ins, back-fills and `goal progress`.
import type { Goal } from './schemas.js';

export type ProgressPoint = Goal['progressLog'][number];

export interface PutResult {
  log: ProgressPoint[];
  /** The entries the new one replaced (same day, or the same week's earlier check-in value). */
  replaced: ProgressPoint[];
}

/** Notes of the replaced entries and the new one, each once, in order. */
function joinNotes(notes: (string | undefined)[]): string | undefined {
  const kept = [...new Set(notes.map((n) => n?.trim()).filter((n): n is string => Boolean(n)))];
  return kept.length ? kept.join('; ') : undefined;
}

/**
 * The log with `point` in it. An entry on the same day is replaced, and so is an entry tagged
 * with the same week (a re-run check-in); their notes are kept with the new one. The log is not
 * re-sorted as a whole — a hand-edited file keeps its order — the new entry goes after every entry
 * dated on or before it, or where the replaced one was when that is on the same day.
 */
export function putValue(log: readonly ProgressPoint[], point: ProgressPoint): PutResult {
  const replaces = (p: ProgressPoint) => p.date === point.date || (point.week !== undefined && p.week === point.week);
  const replaced = log.filter(replaces);
  const sameDayAt = log.findIndex((p) => p.date === point.date);
  const note = joinNotes([...replaced.map((p) => p.note), point.note]);
  const week = point.week ?? replaced.find((p) => p.date === point.date)?.week;
  const entry: ProgressPoint = { date: point.date, value: point.value, ...(note !== undefined ? { note } : {}), ...(week !== undefined ? { week } : {}) };
  const rest = log.filter((p) => !replaces(p));
  let at: number;
  if (sameDayAt >= 0) {
    at = log.slice(0, sameDayAt).filter((p) => !replaces(p)).length;
  } else {
    // Validated dates are fixed-width YYYY-MM-DD, so string order is date order.
    at = rest.length;
    while (at > 0 && rest[at - 1]!.date > point.date) at -= 1;
  }
  rest.splice(at, 0, entry);
  return { log: rest, replaced };
}

/**
 * The metric's value as of the end of `date` (no date: the latest of all): the latest entry dated
 * on or before it. Ties go to the later entry in the list: a hand edit that left two values on one
 * day means the second.
 */
export function valueAsOf(goal: Pick<Goal, 'progressLog'>, date?: string): number | null {
  let best: ProgressPoint | null = null;
  // Validated dates are fixed-width YYYY-MM-DD, so string order is date order.
  for (const p of goal.progressLog) if ((date === undefined || p.date <= date) && (best === null || p.date >= best.date)) best = p;
  return best === null ? null : best.value;
}
