// Question sets (templates/): the check-in's own questions and each review's. The shipped ones
// live in the package's templates/ folder; a journal's templates/ folder overrides them. A set is
// a journal file like any other: `version: 1` first, strict keys, positions for every problem.
import * as z from '../vendor/zod.js';
import { SCHEMA_VERSION, type Answer, type Checkin } from './schemas.js';

export const QUESTION_KINDS = ['text', 'list', 'scale', 'number', 'confirm'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A scale question is always rated 1-5 (like energy and skills). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** What an answer holds: text, a number (scale, number), a list of items; confirm gives "yes" or "no". */
export type AnswerValue = string | number | string[];

/**
 * The check-in's own fields (SPEC §1): answers to these ids go to the check-in record itself,
 * so a check-in template must ask them with the kind the record stores. Any other id a user
 * adds is kept in the check-in's `answers`.
 */
export const CHECKIN_FIELDS = {
  wins: 'list',
  learnings: 'list',
  blockers: 'list',
  feedback: 'list',
  energy: 'scale',
  focus: 'list',
} as const satisfies Record<string, QuestionKind>;
export type CheckinField = keyof typeof CHECKIN_FIELDS;
/** A check-in keeps at most this many focus items. */
export const FOCUS_MAX = 3;

export const isCheckinField = (id: string): id is CheckinField => Object.hasOwn(CHECKIN_FIELDS, id);

const line = z.string().trim().min(1, { error: 'must not be empty' });

const DEFAULT_SHAPE: Record<QuestionKind, { ok: (v: unknown) => boolean; words: string }> = {
  text: { ok: (v) => typeof v === 'string', words: 'text' },
  list: { ok: (v) => Array.isArray(v), words: 'a list of text' },
  scale: { ok: (v) => Number.isInteger(v) && (v as number) >= SCALE_MIN && (v as number) <= SCALE_MAX, words: `a whole number ${SCALE_MIN}-${SCALE_MAX}` },
  number: { ok: (v) => typeof v === 'number', words: 'a number' },
  confirm: { ok: (v) => typeof v === 'boolean', words: 'true or false' },
};

export const Question = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lowercase letters, digits and hyphens, e.g. side-projects' }),
    ask: line,
    help: z.string().optional(),
    kind: z.enum(QUESTION_KINDS),
    max: z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).optional(),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.max !== undefined && q.kind !== 'list') {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `only a list question takes max (this one is ${q.kind})` });
    }
    if (q.default === undefined) return;
    const shape = DEFAULT_SHAPE[q.kind];
    if (!shape.ok(q.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `must be ${shape.words} for a ${q.kind} question` });
    } else if (q.kind === 'list' && q.max !== undefined && (q.default as string[]).length > q.max) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `has ${(q.default as string[]).length} items but max is ${q.max}` });
    }
  });

const questions = z
  .array(Question)
  .min(1, { error: 'must have at least one question' })
  .superRefine((qs, ctx) => {
    const first = new Map<string, number>();
    qs.forEach((q, i) => {
      const seen = first.get(q.id);
      if (seen === undefined) first.set(q.id, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate question id "${q.id}" (question ${seen + 1} has it too); ids must be unique in a set`,
        });
      }
    });
  });

export const QuestionSet = z.strictObject({
  version: z.literal(SCHEMA_VERSION, { error: 'must be 1 (the only schema version this career knows)' }),
  title: line,
  intro: z.string().optional(),
  questions,
});

/**
 * A check-in set: a reserved id must be asked with the kind its check-in field stores, and
 * `focus` keeps at most 3 items (the loader gives a focus question without max a max of 3).
 */
export const CheckinQuestionSet = QuestionSet.superRefine((set, ctx) => {
  set.questions.forEach((q, i) => {
    if (!isCheckinField(q.id)) return;
    const kind = CHECKIN_FIELDS[q.id];
    if (q.kind !== kind) {
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'kind'], message: `must be ${kind}: "${q.id}" is stored in the check-in's own ${q.id} field` });
    }
    if (q.id === 'focus' && q.max !== undefined && q.max > FOCUS_MAX) {
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'max'], message: `must be at most ${FOCUS_MAX}: a check-in keeps ${FOCUS_MAX} focus items` });
    }
  });
});

export type Question = z.infer<typeof Question>;
export type QuestionSet = z.infer<typeof QuestionSet>;

/** Nothing was said: no value, empty text or an empty list. */
export const isBlank = (v: AnswerValue | undefined): v is undefined | '' | [] =>
  v === undefined || (typeof v === 'string' ? v.trim() === '' : Array.isArray(v) && v.length === 0);

/** The answers to store, in the set's order, with each question's text; blank ones are left out. */
export function toAnswers(set: QuestionSet, values: Record<string, AnswerValue>): Answer[] {
  const out: Answer[] = [];
  for (const q of set.questions) {
    const answer = Object.hasOwn(values, q.id) ? values[q.id] : undefined;
    if (!isBlank(answer)) out.push({ id: q.id, question: q.ask, answer });
  }
  return out;
}

export type CheckinParts = Pick<Checkin, 'wins' | 'learnings' | 'blockers' | 'feedback' | 'focus' | 'answers'> & { energy?: number };

const asList = (v: AnswerValue | undefined): string[] => (Array.isArray(v) ? v : typeof v === 'string' && v.trim() ? [v.trim()] : []);

/** A check-in's answers split: the reserved ids fill the check-in's own fields, the rest go to `answers`. */
export function checkinParts(set: QuestionSet, values: Record<string, AnswerValue>): CheckinParts {
  const get = (id: CheckinField) => (Object.hasOwn(values, id) ? values[id] : undefined);
  const energy = get('energy');
  const parts: CheckinParts = {
    wins: asList(get('wins')),
    learnings: asList(get('learnings')),
    blockers: asList(get('blockers')),
    feedback: asList(get('feedback')),
    focus: asList(get('focus')).slice(0, FOCUS_MAX),
    answers: toAnswers({ ...set, questions: set.questions.filter((q) => !isCheckinField(q.id)) }, values),
  };
  if (typeof energy === 'number') parts.energy = energy;
  return parts;
}
