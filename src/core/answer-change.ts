// Answers to a question set (a review, a check-in's own questions) as a change: the answers this
// run gave or changed, and those it took back. Applied to the answers as saved at that moment,
// so a review started before another write keeps what that write saved.
import type { Answer } from './schemas.js';

export interface AnswersChange {
  set: Answer[];
  /** Ids of answers taken back (left blank this time). */
  remove: string[];
}

const same = (a: Answer['answer'], b: Answer['answer']) => JSON.stringify(a) === JSON.stringify(b);

/** What `after` changes against `before` (what was saved when the run started). */
export function diffAnswerList(before: readonly Answer[], after: readonly Answer[]): AnswersChange {
  return {
    set: after.filter((a) => { const was = before.find((b) => b.id === a.id); return !was || !same(was.answer, a.answer); }),
    remove: before.filter((b) => !after.some((a) => a.id === b.id)).map((b) => b.id),
  };
}

/**
 * `saved` (the answers on disk now) with the change applied, and a notice for each answer that
 * someone else changed meanwhile and this change replaces. `base` is what this run started from.
 * A new answer goes where the question set puts it (`order`), else at the end.
 */
export function applyAnswerList(saved: readonly Answer[], base: readonly Answer[], change: AnswersChange, order: readonly string[] = []): { answers: Answer[]; notices: string[] } {
  const notices: string[] = [];
  const out = saved.filter((a) => !change.remove.includes(a.id)).map((a) => ({ ...a }));
  for (const a of change.set) {
    const at = out.findIndex((x) => x.id === a.id);
    const was = base.find((x) => x.id === a.id);
    if (at >= 0 && (!was || !same(was.answer, out[at]!.answer)) && !same(out[at]!.answer, a.answer)) {
      notices.push(`${a.id}: another run saved an answer meanwhile; kept yours`);
    }
    if (at >= 0) out[at] = { ...a };
    else out.push({ ...a });
  }
  const rank = (id: string) => { const i = order.indexOf(id); return i < 0 ? order.length : i; };
  if (order.length) out.sort((x, y) => rank(x.id) - rank(y.id)); // stable: unknown ids keep their order
  return { answers: out, notices };
}
