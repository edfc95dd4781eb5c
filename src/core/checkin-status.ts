// The person's own word on each goal (SPEC §4 "Status vs pace"): the status the latest
// check-in gave it, kept apart from the computed pace. A status left unanswered is null.
import type { GOAL_HEALTH } from './constants.js';
import { isoWeekOf } from './weeks.js';

export type CheckinStatus = (typeof GOAL_HEALTH)[number];

/** Only what is read here; a status may be absent (not answered). */
type CheckinLike = { week: string; goals: readonly { goal: string; status?: CheckinStatus | undefined }[] };

/**
 * Each goal's status in the latest check-in (up to the week of `asOf`) that mentions it. A week
 * after `asOf` (a report on last year) is not yet said.
 */
export function checkinStatuses(checkins: readonly CheckinLike[], asOf: string): Map<string, CheckinStatus | null> {
  const last = isoWeekOf(asOf);
  const out = new Map<string, CheckinStatus | null>();
  const weeks = checkins.filter((c) => c.week <= last).sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  for (const c of weeks) for (const g of c.goals) out.set(g.goal, g.status ?? null);
  return out;
}

/** How the flag reads in reports: null and on-track say nothing beyond the pace. */
export const STATUS_WORDS: Record<CheckinStatus, string> = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', blocked: 'blocked' };
