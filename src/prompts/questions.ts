// Asking a question set (templates/): each question by its kind, prefilled from what was said
// before (a re-run of a check-in or review keeps every answer on Enter). Returns the answers by
// question id; writes nothing. The caller prints the set's title and intro.
import { styleText } from 'node:util';
import { checkbox, confirm, input, number, select } from './inquirer.js';
import { SCALE_MAX, SCALE_MIN, toAnswers, type AnswerValue, type Question, type QuestionSet } from '../core/question-set.js';
import { safeText } from '../render/safe.js';
import { wrapWidth } from '../render/text.js';
import { wrapStyled } from '../render/wrap.js';

export { toAnswers };
export type AnswerValues = Record<string, AnswerValue>;

type Status = string;

/**
 * The question as the prompt's message, with its help (an example) dimmed after it while it is
 * asked; once answered, only the question stays on screen.
 */
function asked(text: string, help?: string) {
  const hint = help?.trim() ? safeText(help.trim()) : '';
  return {
    message: safeText(text),
    theme: {
      style: {
        // Wrapped here, with the hint, to fit after inquirer's "? " (see inquirer.ts).
        message: (t: string, status: Status) => {
          const bold = (x: string) => styleText('bold', x);
          const dim = (x: string) => styleText('dim', x);
          return wrapStyled(hint && status !== 'done' ? [[t, bold], [`(${hint})`, dim]] : [[t, bold]], wrapWidth() - 2).join('\n  ');
        },
      },
    },
  };
}

/** The earlier answer if it has this kind's shape, else the template's default, else nothing. */
function defaultFor(q: Question, given: AnswerValue | undefined): AnswerValue | boolean | undefined {
  const fits = (v: unknown): boolean => {
    switch (q.kind) {
      case 'text': return typeof v === 'string';
      case 'list': return Array.isArray(v) && v.every((x) => typeof x === 'string');
      case 'scale': return Number.isInteger(v) && (v as number) >= SCALE_MIN && (v as number) <= SCALE_MAX;
      case 'number': return typeof v === 'number' && Number.isFinite(v);
      case 'confirm': return typeof v === 'boolean' || v === 'yes' || v === 'no';
    }
  };
  if (given !== undefined && fits(given)) return given;
  return q.default !== undefined && fits(q.default) ? q.default : undefined;
}

async function askText(q: Question, def: string | undefined): Promise<string> {
  const answer = await input({ ...asked(q.ask, q.help), default: def || undefined, prefill: 'editable' });
  return answer.trim();
}

/** Earlier items first (keep them all on Enter, or untick some), then new ones until an empty answer. */
async function askList(q: Question, def: string[], check?: ItemCheck): Promise<string[]> {
  const max = q.max ?? Number.POSITIVE_INFINITY;
  let items: string[] = [];
  if (def.length) {
    const tooMany = `keep at most ${q.max}: untick ${def.length - (q.max ?? 0)} with <space>`;
    items = await checkbox({
      ...asked(`${q.ask} Keep these?`, q.help),
      choices: def.map((d, i) => ({ name: safeText(d), value: i, checked: true })),
      validate: (chosen) => chosen.length <= max || tooMany,
    }).then((kept) => kept.map((i) => def[i]!));
  }
  while (items.length < max) {
    const room = Number.isFinite(max) ? `, ${max - items.length} more at most` : '';
    const message = items.length ? `Another (Enter to finish${room})` : `${q.ask}`;
    const help = items.length ? undefined : [q.help, 'Enter on an empty line to skip'].filter(Boolean).join('; ');
    const answer = (await input({ ...asked(message, help), validate: (v) => !check || !v.trim() || check(v.trim()) })).trim();
    if (!answer) break;
    items.push(answer);
  }
  return items;
}

/** A rating, or none: skipping stores no answer rather than an invented middle value. */
async function askScale(q: Question, def: number | undefined): Promise<number | undefined> {
  const choices: { name: string; value: number }[] = [{ name: 'skip (no answer)', value: 0 }];
  for (let n = SCALE_MIN; n <= SCALE_MAX; n++) choices.push({ name: String(n), value: n });
  const n = await select({ ...asked(q.ask, q.help), choices, default: def ?? 0 });
  return n === 0 ? undefined : n;
}

/** A new list item's check (the annual review's relationships need an action): true, or what is wrong. */
export type ItemCheck = (item: string) => true | string;

async function askOne(q: Question, def: AnswerValue | boolean | undefined, check?: ItemCheck): Promise<AnswerValue | undefined> {
  switch (q.kind) {
    case 'text':
      return askText(q, typeof def === 'string' ? def : undefined);
    case 'list':
      return askList(q, Array.isArray(def) ? def : [], check);
    case 'scale':
      return askScale(q, typeof def === 'number' ? def : undefined);
    case 'number':
      return number({ ...asked(q.ask, q.help), default: typeof def === 'number' ? def : undefined, step: 'any' });
    case 'confirm': {
      const yes = await confirm({ ...asked(q.ask, q.help), default: def === undefined ? undefined : def === true || def === 'yes' });
      return yes ? 'yes' : 'no';
    }
  }
}

/**
 * Ask every question of `set` in order. `defaults` (by question id) are earlier answers: text is
 * prefilled, list items are offered to keep, a scale or number starts there, confirm takes
 * "yes"/"no". A number left empty or a skipped scale is left out of the result; everything else
 * is always there.
 */
export async function askQuestions(set: QuestionSet, defaults: AnswerValues, checks: Record<string, ItemCheck> = {}): Promise<AnswerValues> {
  const out: AnswerValues = {};
  for (const q of set.questions) {
    const given = Object.hasOwn(defaults, q.id) ? defaults[q.id] : undefined;
    const value = await askOne(q, defaultFor(q, given), Object.hasOwn(checks, q.id) ? checks[q.id] : undefined);
    if (value !== undefined) out[q.id] = value;
  }
  return out;
}
