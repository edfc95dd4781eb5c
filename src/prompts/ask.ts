// One-question prompts for the commands that ask a single thing (a reason, a confirmation, a
// choice). Commands import this only on a terminal, so inquirer loads only when it is used.
import { confirm, input, select } from './inquirer.js';

export async function askText(message: string, required = false): Promise<string> {
  return (await input({ message, required })).trim();
}

export async function askConfirm(message: string, fallback: boolean): Promise<boolean> {
  return confirm({ message, default: fallback });
}

export async function askChoice<T extends string>(message: string, choices: readonly { value: T; name: string }[], fallback: T): Promise<T> {
  return select({ message, choices: [...choices], default: fallback });
}
