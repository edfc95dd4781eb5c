// Small question shapes shared by the flows.
import { input } from './inquirer.js';

/** Ask for items one at a time until an empty answer. */
export async function askItems(first: string, next: string): Promise<string[]> {
  const items: string[] = [];
  for (;;) {
    const answer = (await input({ message: items.length ? next : first })).trim();
    if (!answer) return items;
    items.push(answer);
  }
}
