// Driving inquirer prompt flows with @inquirer/testing's screen. Import this before the module
// under test, so that its prompts are the instrumented ones.
import { expect } from 'vitest';
import { screen } from '@inquirer/testing/vitest';

export { screen };

/** Wait (bounded) until the active prompt shows `expected`. */
export async function waitFor(expected: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!screen.getScreen().includes(expected) && Date.now() < deadline) {
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  }
  expect(screen.getScreen()).toContain(expected);
}

/**
 * Answer the prompt showing `expected`: optional keys (arrows, space), the text, Enter. Then
 * wait (bounded) for the next render, so a question asked again ("Next step") is not answered
 * twice from its old screen.
 */
export async function answer(expected: string, text: string, keys: string[] = []): Promise<void> {
  await waitFor(expected);
  expect(screen.getScreen().startsWith('?'), `"${expected}" is the active prompt`).toBe(true);
  for (const k of keys) screen.keypress(k);
  if (text) screen.type(text);
  screen.keypress('enter');
  await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 500))]);
}
