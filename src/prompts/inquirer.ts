// The inquirer prompts the flows use, with their messages and choices wrapped at word boundaries
// to the terminal's width. inquirer itself breaks a line that is too long at the last column,
// in the middle of a word; wrapped here first, every line already fits, and continuation lines
// line up under the text (after inquirer's "? " before a message, "❯ " or "❯◯ " before a choice).
import { styleText } from 'node:util';
import * as inquirer from '@inquirer/prompts';
import { width, wrapWidth } from '../render/text.js';
import { wrapLines, wrapStyled } from '../render/wrap.js';

/** The width inquirer puts before a message ("? ", "✔ "). */
const MESSAGE_PREFIX = 2;

/** `text` wrapped to fit after `prefix` columns, its later lines indented by as many. */
export function fitText(text: string, prefix = MESSAGE_PREFIX, cols = wrapWidth()): string {
  return text.split('\n').map((line) => wrapStyled([[line]], cols - prefix).join(`\n${' '.repeat(prefix)}`)).join('\n');
}

interface Config {
  message: string;
  theme?: { style?: { message?: unknown } };
}

/** The message as inquirer shows it once answered: the prompt's own style of it, or the fitted text. */
function doneMessage(config: Config): string {
  const style = config.theme?.style?.message;
  return typeof style === 'function' ? (style as (t: string, s: 'done') => string)(config.message, 'done') : fitText(config.message);
}

/**
 * An answer as shown once given (in inquirer's cyan): after the question when it fits on its
 * line, else on lines of its own under it, wrapped and indented two columns. inquirer would put
 * it after the question whatever its length, broken at the last column in the middle of a word.
 */
export function finalAnswer(message: string, answer: string, cols = wrapWidth()): string {
  const cyan = (t: string) => styleText('cyan', t);
  const last = message.split('\n').at(-1) ?? '';
  if (MESSAGE_PREFIX + width(last) + 1 + width(answer) <= cols) return cyan(answer);
  return `\n  ${wrapStyled([[answer]], cols - MESSAGE_PREFIX).map(cyan).join('\n  ')}`;
}

/** A message wrapped to fit, unless the prompt styles (and wraps) its own (see questions.ts). */
function fitMessage<C extends Config>(config: C): C {
  return config.theme?.style?.message ? config : { ...config, message: fitText(config.message) };
}

/** Choices whose names wrap under themselves; once answered, the name is shown on one line. */
function fitChoices<T extends { name?: string; short?: string }>(choices: readonly (T | inquirer.Separator)[], prefix: number) {
  return choices.map((c) => (c instanceof inquirer.Separator || c.name === undefined ? c : { ...c, name: fitText(c.name, prefix), short: c.short ?? c.name }));
}

export const input: typeof inquirer.input = (config, context) => {
  if (config.transformer) return inquirer.input(fitMessage(config), context);
  const done = doneMessage(config);
  return inquirer.input({ ...fitMessage(config), transformer: (value, { isFinal }) => (isFinal ? finalAnswer(done, value) : value) }, context);
};
export const number = ((config, context) => inquirer.number(fitMessage(config), context)) as typeof inquirer.number;
export const confirm: typeof inquirer.confirm = (config, context) => inquirer.confirm(fitMessage(config), context);
export const select = ((config: Parameters<typeof inquirer.select>[0], context?: Parameters<typeof inquirer.select>[1]) =>
  inquirer.select({ ...fitMessage(config), choices: fitChoices(config.choices as never, 2) } as never, context)) as typeof inquirer.select;
export const checkbox = ((config: Parameters<typeof inquirer.checkbox>[0], context?: Parameters<typeof inquirer.checkbox>[1]) =>
  inquirer.checkbox({ ...fitMessage(config), choices: fitChoices(config.choices as never, 3) } as never, context)) as typeof inquirer.checkbox;

/** A flow's `say` whose lines wrap to the terminal, each under its own text ("  ✓ Label: text"). */
export function fitSay(say: (text: string) => void): (text: string) => void {
  return (text) => say(wrapLines(text.split('\n'), wrapWidth()).join('\n'));
}
