// The journal's records (SPEC §2). Every file starts with `version: 1`; objects are strict so
// an unknown key (often a typo in a hand edit) is an error rather than silently dropped.
import * as z from '../vendor/zod.js';
import { isSupportedDate, isValidDate, SUPPORTED_RANGE, WEEKDAYS } from './dates.js';
import { isValidWeek, weekEnd, weekStart } from './weeks.js';
import { isValidId } from './slug.js';
import { ENTRY_KINDS, GOAL_HEALTH, GOAL_STATUSES, GOAL_TYPES, HORIZONS, REVIEW_KINDS, SCHEMA_VERSION, SKILL_KINDS } from './constants.js';

export { ENTRY_KINDS, GOAL_HEALTH, GOAL_STATUSES, GOAL_TYPES, HORIZONS, REVIEW_KINDS, SCHEMA_VERSION, SKILL_KINDS };

const version = z.literal(SCHEMA_VERSION, { error: 'must be 1 (the only schema version this career knows)' });
export const dateString = z.string()
  .refine(isValidDate, { error: 'must be a real date written YYYY-MM-DD', abort: true })
  .refine(isSupportedDate, { error: `must be a date from ${SUPPORTED_RANGE}` });
export const weekString = z.string()
  .refine(isValidWeek, { error: 'must be an ISO week written GGGG-Www, e.g. 2026-W47', abort: true })
  .refine((w) => isSupportedDate(weekStart(w)) && isSupportedDate(weekEnd(w)), { error: `must be a week within ${SUPPORTED_RANGE}` });
export const idString = z.string().refine(isValidId, {
  error: 'must be an id of lowercase letters, digits and hyphens (at most 48)',
});
const text = z.string();
const line = z.string().trim().min(1, { error: 'must not be empty' });
const list = z.array(line).default([]);

const RATING = 'must be a whole number 1-5';
const rating = z.number().int({ error: RATING }).min(1, { error: RATING }).max(5, { error: RATING });

// ---------- career.yaml ----------
export const Skill = z.strictObject({ name: line, kind: z.enum(SKILL_KINDS), rating });
export const Relationship = z.strictObject({ name: line, role: text.optional(), action: line });
export const Reflection = z.strictObject({
  year: z.number().int().optional(),
  accomplishments: list,
  challenge: text.default(''),
  handled: text.default(''),
  newSkills: list,
  outOfDepth: text.default(''),
  missedOpportunities: text.default(''),
});
export const Partner = z.strictObject({ name: line, contact: text.optional() });

export const Profile = z.strictObject({
  version,
  name: line,
  created: dateString,
  vision: text.default(''),
  values: list,
  passions: list,
  talents: list,
  strengths: list,
  weaknesses: list,
  skills: z.array(Skill).default([]),
  relationships: z.array(Relationship).default([]),
  reflection: Reflection.optional(),
  checkinDay: z.enum(WEEKDAYS).default('friday'),
  partner: Partner.nullable().default(null),
});

// ---------- goals/<id>.yaml ----------
export const Metric = z.strictObject({ name: line, unit: text.default(''), start: z.number(), target: z.number() })
  .refine((m) => m.start !== m.target, { error: 'must differ from start', path: ['target'] });
export const Milestone = z.strictObject({ id: idString, title: line, due: dateString, completed: dateString.optional() });
export const Step = z.strictObject({ text: line, done: z.boolean().default(false) });
export const Support = z.strictObject({ helpers: list, resources: list, skills: list });
export const Risk = z.strictObject({ scenario: line, contingency: line });
export const ProgressPoint = z.strictObject({
  date: dateString,
  value: z.number(),
  note: text.optional(),
  week: weekString.optional(),
});
export const Revision = z.strictObject({ date: dateString, fields: z.array(line), reason: text.default('') });
export const Closure = z.strictObject({
  date: dateString,
  reason: text.optional(),
  celebration: text.optional(),
  next: text.optional(),
});

export const Goal = z.strictObject({
  version,
  title: line,
  type: z.enum(GOAL_TYPES),
  horizon: z.enum(HORIZONS),
  status: z.enum(GOAL_STATUSES).default('active'),
  created: dateString,
  deadline: dateString,
  why: text.default(''),
  values: list,
  parent: idString.nullable().default(null),
  important: z.boolean().default(false),
  urgent: z.boolean().default(false),
  metric: Metric.nullable().default(null),
  milestones: z.array(Milestone).default([]),
  steps: z.array(Step).default([]),
  support: Support.default({ helpers: [], resources: [], skills: [] }),
  risks: z.array(Risk).default([]),
  progressLog: z.array(ProgressPoint).default([]),
  revisions: z.array(Revision).default([]),
  closed: Closure.optional(),
});

// An answer to a question from a question set (templates/): the check-in's own questions and
// every review question. Lists and 1-5 scales keep their shape.
export const Answer = z.strictObject({ id: line, question: text, answer: z.union([text, z.number(), z.array(text)]) });

// ---------- checkins/<GGGG>/<GGGG>-W<WW>.yaml ----------
export const GoalCheck = z.strictObject({
  goal: idString,
  value: z.number().optional(),
  milestones: z.array(idString).default([]),
  /** Absent: not answered (never assumed on track). */
  status: z.enum(GOAL_HEALTH).optional(),
  note: text.optional(),
});
export const Checkin = z.strictObject({
  version,
  week: weekString,
  date: dateString,
  focusDone: list,
  goals: z.array(GoalCheck).default([]),
  wins: list,
  learnings: list,
  blockers: list,
  feedback: list,
  energy: rating.optional(),
  focus: z.array(line).max(3, { error: 'at most 3 focus items' }).default([]),
  /** Answers to questions a user's own check-in template adds. */
  answers: z.array(Answer).default([]),
});

// ---------- journal/<YYYY>/<YYYY-MM-DD>.yaml ----------
export const Entry = z.strictObject({
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM' }).optional(),
  kind: z.enum(ENTRY_KINDS).default('note'),
  text: line,
  goal: idString.optional(),
  tags: list,
});
export const EntryDay = z.strictObject({ version, date: dateString, entries: z.array(Entry).default([]) });

// ---------- reviews/<YYYY>/... ----------
/** A skill re-rated in a review: the rating before it and after it (the brag document's "skills developed"). */
export const SkillRating = z.strictObject({ name: line, from: rating, to: rating });
export const Review = z.strictObject({
  version,
  kind: z.enum(REVIEW_KINDS),
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { error: 'must be YYYY-MM, YYYY-Qn or YYYY' }),
  date: dateString,
  answers: z.array(Answer).default([]),
  /** Absent until a review re-rates a skill. */
  skills: z.array(SkillRating).optional(),
});

export type Profile = z.infer<typeof Profile>;
export type Goal = z.infer<typeof Goal>;
export type Milestone = z.infer<typeof Milestone>;
export type Metric = z.infer<typeof Metric>;
export type Checkin = z.infer<typeof Checkin>;
export type EntryDay = z.infer<typeof EntryDay>;
export type Entry = z.infer<typeof Entry>;
export type Review = z.infer<typeof Review>;
export type Answer = z.infer<typeof Answer>;
export type GoalCheck = z.infer<typeof GoalCheck>;
export type Skill = z.infer<typeof Skill>;
export type SkillRating = z.infer<typeof SkillRating>;
export type Relationship = z.infer<typeof Relationship>;
export type GoalType = (typeof GOAL_TYPES)[number];
export type Horizon = (typeof HORIZONS)[number];
