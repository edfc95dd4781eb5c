// `--answer id=text` flags for question sets (reviews, and a check-in's own added questions):
// each value is checked against its question's kind before anything is asked or written.
import { UserError } from './errors.js';
import { SCALE_MAX, SCALE_MIN, type AnswerValue, type QuestionSet } from './question-set.js';
import { closest } from './text.js';

/** `--answer id=text`, repeatable; a list question collects every answer given for its id. */
export function answersFromFlags(set: QuestionSet, flags: readonly string[], what = 'this review'): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const text of flags) {
    const at = text.indexOf('=');
    const id = text.slice(0, Math.max(at, 0)).trim();
    const q = set.questions.find((x) => x.id === id);
    if (at <= 0 || !q) {
      const near = closest(id, set.questions.map((x) => x.id));
      throw new UserError(`--answer "${text}" does not name a question of ${what}`, near ? `did you mean ${near}?` : `its ids: ${set.questions.map((x) => x.id).join(', ')}`);
    }
    const value = text.slice(at + 1).trim();
    // An empty `--answer id=` clears the answer (on a re-run); it never adds an empty item.
    if (q.kind === 'list') out[id] = [...((out[id] as string[] | undefined) ?? []), ...(value ? [value] : [])];
    else if (q.kind === 'scale' || q.kind === 'number') {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n)) throw new UserError(`--answer ${id}="${value}" must be a number`);
      if (q.kind === 'scale' && !(Number.isInteger(n) && n >= SCALE_MIN && n <= SCALE_MAX)) {
        throw new UserError(`--answer ${id}="${value}" must be a whole number ${SCALE_MIN}-${SCALE_MAX}`);
      }
      out[id] = n;
    } else if (q.kind === 'confirm') {
      const yes = /^(y|yes|true)$/i.test(value);
      if (!yes && !/^(n|no|false)$/i.test(value)) throw new UserError(`--answer ${id}="${value}" must be yes or no`);
      out[id] = yes ? 'yes' : 'no';
    } else out[id] = value;
  }
  return out;
}
