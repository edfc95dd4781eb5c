// The annual review's follow-through: goal deadlines readjusted goal by goal (each a revision
// with its reason), the vision and skill ratings updated, and the question set's values,
// passions, talents and relationships saved to career.yaml. Every question has its flag.
import { applyProfile, defaultDeadlineReason, parseDeadlineFlags, parseRateFlags, ratingChanges, readjustDeadline, type AnnualChanges, type ProfileLists } from '../core/annual.js';
import { UsageError } from '../core/errors.js';
import type { Journal } from '../core/journal.js';
import { Goal, Profile, type SkillRating } from '../core/schemas.js';
import { goalPath, PROFILE_FILE } from '../store/index.js';
import type { Context } from './context.js';
import { offer } from './offer.js';
import type { Tx } from './persist.js';

export interface AnnualFlags {
  /** `GOAL=DATE`, repeatable: a new deadline without asking. */
  deadline?: string[];
  /** --deadlines: readjust goal by goal without the offer; --no-deadlines: leave them. */
  deadlines?: boolean;
  reason?: string;
  /** A new vision; false (--no-vision): keep it without asking. */
  vision?: string | false;
  /** `SKILL=N`, repeatable; false (--no-rate): keep the ratings without asking. */
  rate?: string[] | false;
}

/** What the flags answer, and what is left to ask on a terminal. */
export interface AnnualStart {
  changes: AnnualChanges;
  ask: { deadlines: boolean; vision: boolean; ratings: boolean };
  offerDeadlines?: boolean;
}

const FLAG_NAMES: [keyof AnnualFlags, string][] = [['deadline', '--deadline'], ['deadlines', '--deadlines/--no-deadlines'], ['reason', '--reason'], ['vision', '--vision/--no-vision'], ['rate', '--rate/--no-rate']];

/** The annual flags on another kind of review are a usage error: nothing is asked or saved. */
export function refuseAnnualFlags(flags: AnnualFlags, kind: string): void {
  const used = FLAG_NAMES.filter(([k]) => flags[k] !== undefined).map(([, n]) => n);
  if (used.length) throw new UsageError(`${used.join(', ')} belong${used.length === 1 ? 's' : ''} to the annual review, not the ${kind} one`, 'use `career review annual`');
}

/** Every flag checked (goals, dates, skills) before anything is shown or asked. */
export function annualFromFlags(flags: AnnualFlags, journal: Journal, year: string, today: string): AnnualStart {
  const reason = flags.reason?.trim() || defaultDeadlineReason(year);
  const deadlines = parseDeadlineFlags(flags.deadline ?? [], journal.goals, today, reason);
  const ratings = flags.rate ? parseRateFlags(flags.rate, journal.profile) : new Map<string, number>();
  const changes: AnnualChanges = { deadlines, ratings, ...(typeof flags.vision === 'string' ? { vision: flags.vision.trim() } : {}) };
  return {
    changes,
    ask: { deadlines: !flags.deadline?.length && flags.deadlines !== false, vision: flags.vision === undefined, ratings: flags.rate === undefined },
    offerDeadlines: flags.deadlines,
  };
}

/** On a terminal: ask what the flags left open. */
export async function askAnnual(ctx: Context, journal: Journal, year: string, start: AnnualStart): Promise<AnnualChanges> {
  const { askDeadlines, askRatings, askVision } = await import('../prompts/annual.js');
  const changes = start.changes;
  const active = journal.goals.filter((g) => g.status === 'active').length;
  if (start.ask.deadlines && active && (await offer(ctx, start.offerDeadlines, `Readjust your goals' timelines now, goal by goal? (${active} active)`, true))) {
    changes.deadlines = await askDeadlines(journal.goals, year, ctx.today, ctx.out);
  }
  if (start.ask.vision) {
    const vision = await askVision(journal.profile);
    if (vision !== undefined) changes.vision = vision;
  }
  if (start.ask.ratings) changes.ratings = await askRatings(journal.profile);
  return changes;
}

/**
 * The change to the files as they are on disk under the lock: each goal's new deadline (a goal
 * removed or closed meanwhile is left alone), career.yaml's fields this run set. Returns the
 * skills re-rated, from -> to, for the review to keep, and the goals given a new deadline.
 */
export function applyAnnual(tx: Tx, changes: AnnualChanges, lists: ProfileLists, today: string): { rated: SkillRating[]; moved: string[] } {
  const moved: string[] = [];
  for (const [id, { deadline, reason }] of changes.deadlines) {
    const current = tx.read(goalPath(id), Goal);
    if (!current || current.status !== 'active' || current.deadline === deadline) continue;
    tx.put(goalPath(id), readjustDeadline(current, deadline, reason, today));
    moved.push(id);
  }
  const disk = tx.require(PROFILE_FILE, Profile);
  const rated = ratingChanges(disk, changes.ratings);
  if (Object.keys(lists).length || changes.vision !== undefined || rated.length) {
    tx.put(PROFILE_FILE, applyProfile(disk, lists, changes.vision, rated));
  }
  return { rated, moved };
}
