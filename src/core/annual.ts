// The annual review's follow-through (SPEC §1: the annual checkup covers relationships, values,
// passions, talents, goals carried forward): what the review's answers and flags change in
// career.yaml and in the goals. Pure: the command reads and writes, under the lock.
import { parseDatePhrase } from './datephrase.js';
import { UserError } from './errors.js';
import { withRevision } from './goal-edit.js';
import { findGoal } from './goal-make.js';
import type { GoalRecord } from './journal.js';
import { parseRelationship } from './profile.js';
import type { AnswerValue, QuestionSet } from './question-set.js';
import type { Goal, Profile, Relationship, SkillRating } from './schemas.js';

/**
 * The annual question set's ids that are career.yaml's own fields (as a check-in template's
 * `wins` is the check-in's): asked once, pre-filled from the profile, saved back to it.
 */
export const PROFILE_QUESTIONS = ['values', 'passions', 'talents', 'relationships'] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];
export type ProfileLists = Partial<Pick<Profile, ProfileQuestion>>;

const isProfileQuestion = (id: string): id is ProfileQuestion => (PROFILE_QUESTIONS as readonly string[]).includes(id);

/** A relationship as one list item, the form `--relationship` takes: `Dana (manager) => monthly chat`. */
export function relationshipText(r: Relationship): string {
  return `${r.name}${r.role ? ` (${r.role})` : ''} => ${r.action}`;
}

/** One list item as a relationship: `NAME (ROLE) => ACTION`, or `NAME (ROLE): ACTION`. */
export function parseRelationshipItem(text: string): Relationship {
  const arrow = text.includes('=>') ? text : text.replace(/^([^:]+?):\s*/, '$1 => ');
  try {
    return parseRelationship(arrow);
  } catch {
    throw new UserError(`relationship "${text}" has no action: write it as NAME (ROLE) => ACTION`, 'for example: Dana (manager) => ask for quarterly career conversations');
  }
}

/** The profile's answers to the set's profile questions, to start the questions from. */
export function profileDefaults(profile: Profile, set: QuestionSet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of set.questions) {
    if (!isProfileQuestion(q.id) || q.kind !== 'list') continue;
    out[q.id] = q.id === 'relationships' ? profile.relationships.map(relationshipText) : [...profile[q.id]];
  }
  return out;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the answers to the profile questions change in career.yaml: only the ids in `answered`
 * (asked in this run, or given as flags) whose list differs from the profile's.
 */
export function profileChanges(profile: Profile, set: QuestionSet, values: Record<string, AnswerValue>, answered: ReadonlySet<string>): ProfileLists {
  const out: ProfileLists = {};
  for (const q of set.questions) {
    const v = values[q.id];
    if (!isProfileQuestion(q.id) || q.kind !== 'list' || !answered.has(q.id) || !Array.isArray(v)) continue;
    if (q.id === 'relationships') {
      const next = v.map(parseRelationshipItem);
      if (!sameList(next, profile.relationships)) out.relationships = next;
    } else if (!sameList(v, profile[q.id])) out[q.id] = [...v];
  }
  return out;
}

/** The follow-through's answers: new deadlines (with reasons), a vision, skill ratings by name. */
export interface AnnualChanges {
  deadlines: Map<string, { deadline: string; reason: string }>;
  vision?: string;
  ratings: Map<string, number>;
}

export const defaultDeadlineReason = (year: string) => `timeline readjusted in the ${year} annual review`;

/** `--deadline GOAL=DATE` (any date phrase), for active goals only. */
export function parseDeadlineFlags(flags: readonly string[], goals: readonly GoalRecord[], today: string, reason: string): AnnualChanges['deadlines'] {
  const out: AnnualChanges['deadlines'] = new Map();
  for (const text of flags) {
    const at = text.indexOf('=');
    if (at <= 0) throw new UserError(`--deadline "${text}" is not GOAL=DATE`, 'for example --deadline lead-crm=2027-06-30');
    let goal: GoalRecord;
    let deadline: string;
    try {
      goal = findGoal(goals, text.slice(0, at).trim());
      deadline = parseDatePhrase(text.slice(at + 1).trim(), today);
    } catch (err) {
      throw new UserError(`--deadline: ${(err as Error).message}`, (err as UserError).hint);
    }
    if (goal.status !== 'active') throw new UserError(`--deadline: goal ${goal.id} is ${goal.status}; only active goals get a new deadline`);
    if (deadline !== goal.deadline) out.set(goal.id, { deadline, reason });
  }
  return out;
}

/** `--rate SKILL=N`: a skill of the profile by name (ignoring case), rated 1-5. */
export function parseRateFlags(flags: readonly string[], profile: Pick<Profile, 'skills'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of flags) {
    const at = text.lastIndexOf('=');
    const name = text.slice(0, Math.max(at, 0)).trim();
    const skill = profile.skills.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const names = profile.skills.map((s) => s.name).join(', ');
    if (at <= 0) throw new UserError(`--rate "${text}" is not SKILL=RATING`, 'for example --rate TypeScript=4');
    if (!skill) throw new UserError(`--rate: career.yaml has no skill "${name}"`, names ? `its skills: ${names}` : 'add skills to career.yaml first');
    const n = Number(text.slice(at + 1).trim());
    if (!Number.isInteger(n) || n < 1 || n > 5) throw new UserError(`--rate ${skill.name}="${text.slice(at + 1).trim()}" must be a whole number 1-5`);
    out.set(skill.name, n);
  }
  return out;
}

/** The goal with its new deadline and a revision saying why; unchanged when it already has it. */
export function readjustDeadline(goal: Goal, deadline: string, reason: string, today: string): Goal {
  return withRevision(goal, { ...structuredClone(goal), deadline }, reason, today).goal;
}

/** Each rating that differs from the profile's on disk, as from -> to. */
export function ratingChanges(profile: Pick<Profile, 'skills'>, ratings: ReadonlyMap<string, number>): SkillRating[] {
  const out: SkillRating[] = [];
  for (const [name, to] of ratings) {
    const from = profile.skills.find((s) => s.name === name)?.rating;
    if (from !== undefined && from !== to) out.push({ name, from, to });
  }
  return out;
}

/** career.yaml as on disk with only this run's fields set: lists, the vision, each re-rated skill's rating. */
export function applyProfile(disk: Profile, lists: ProfileLists, vision: string | undefined, rated: readonly SkillRating[]): Profile {
  const next: Profile = { ...structuredClone(disk), ...structuredClone(lists) };
  if (vision !== undefined) next.vision = vision;
  next.skills = next.skills.map((s) => {
    const r = rated.find((x) => x.name === s.name);
    return r ? { ...s, rating: r.to } : s;
  });
  return next;
}

/** What the follow-through saved, one line each, after "Saved reviews/…". */
export function annualLines(journal: { goals: readonly GoalRecord[] }, changes: AnnualChanges, lists: ProfileLists, done: { rated: readonly SkillRating[]; moved: readonly string[] }): string[] {
  const title = (id: string) => journal.goals.find((g) => g.id === id)?.title ?? id;
  const rated = done.rated;
  const lines = [...changes.deadlines].filter(([id]) => done.moved.includes(id)).map(([id, d]) => `New deadline for ${title(id)}: ${d.deadline} (${d.reason}).`);
  const fields = [...Object.keys(lists), ...(changes.vision !== undefined ? ['vision'] : [])];
  if (fields.length) lines.push(`Saved your ${fields.join(', ')} to career.yaml.`);
  if (rated.length) lines.push(`Re-rated ${rated.map((r) => `${r.name} ${r.from} → ${r.to}`).join(', ')}.`);
  return lines;
}
