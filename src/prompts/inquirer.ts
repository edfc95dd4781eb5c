// The inquirer prompts the flows use, with their messages and choices wrapped at word boundaries
// to the terminal's width. inquirer itself breaks a line that is too long at the last column,
// in the middle of a word; wrapped here first, every line already fits, and continuation lines
// line up under the text (after inquirer's "? " before a message, "❯ " or "❯◯ " before a choice).
import * as inquirer from '@inquirer/prompts';
import { wrapWidth } from '../render/text.js';
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

/** A message wrapped to fit, unless the prompt styles (and wraps) its own (see questions.ts). */
function fitMessage<C extends Config>(config: C): C {
  return config.theme?.style?.message ? config : { ...config, message: fitText(config.message) };
}

/** Choices whose names wrap under themselves; once answered, the name is shown on one line. */
function fitChoices<T extends { name?: string; short?: string }>(choices: readonly (T | inquirer.Separator)[], prefix: number) {
  return choices.map((c) => (c instanceof inquirer.Separator || c.name === undefined ? c : { ...c, name: fitText(c.name, prefix), short: c.short ?? c.name }));
}

export const input: typeof inquirer.input = (config, context) => inquirer.input(fitMessage(config), context);
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
