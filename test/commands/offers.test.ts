// Every offer has a flag (ARCHITECTURE: "every prompt and every offer has a flag"): with the flag
// the question is not asked and the flag's answer is taken; without it, on a terminal, it is asked.
// The prompts module is replaced, so what was asked is recorded instead of shown.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { career, fakeTerminal, pilotJournal } from '../helpers/env.js';

const asked: string[] = [];
vi.mock('../../src/prompts/ask.js', () => ({
  askConfirm: async (message: string) => { asked.push(message); return false; },
  askText: async (message: string) => { asked.push(message); return ''; },
  askChoice: async (message: string, _c: unknown, fallback: string) => { asked.push(message); return fallback; },
}));

const { done } = await import('../../src/commands/goal-change.js');
const { offer } = await import('../../src/commands/offer.js');
const { makeContext } = await import('../../src/commands/context.js');

const GOAL = 'ship-the-pilot-to-ten-teams';
const dirs: string[] = [];
fakeTerminal(beforeAll, afterAll);
afterEach(() => { asked.length = 0; for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

async function quietly(env: NodeJS.ProcessEnv, fn: () => Promise<unknown>): Promise<void> {
  const saved = { env: process.env, out: process.stdout.write };
  process.env = { ...env };
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try { await fn(); } finally { process.env = saved.env; process.stdout.write = saved.out; }
}

describe('offers answered by their flags', () => {
  it.each([
    [true, true, []],
    [false, false, []],
    [undefined, false, ['Review 2026-10 now?']],
  ] as [boolean | undefined, boolean, string[]][])('offer(%s) gives %s and asks %j', async (given, want, questions) => {
    const ctx = makeContext({ color: false, git: false }, { CAREER_HOME: '/nonexistent', CAREER_TODAY: '2026-11-20' });
    expect(await offer(ctx, given, 'Review 2026-10 now?', true)).toBe(want);
    expect(asked).toEqual(questions);
  });

  it('never asks without a terminal or with --yes: the offer is declined', async () => {
    const ctx = makeContext({ color: false, git: false }, { CAREER_HOME: '/nonexistent', CAREER_TODAY: '2026-11-20' });
    expect(await offer(ctx, undefined, 'Back-fill 2026-W46 now?', true, true)).toBe(false);
    expect(asked).toEqual([]);
  });

  it('goal done --no-next-goal on a terminal: celebrated, and the next-goal offer is not made', async () => {
    const { dir, env } = pilotJournal();
    dirs.push(path.dirname(dir), path.dirname(env.GIT_CONFIG_GLOBAL!));
    await quietly(env, () => done({ color: false, git: true }, GOAL, { celebrate: 'Dinner out', next: 'Pilot in EMEA', nextGoal: false }));
    expect(asked).toEqual([]);
    expect(career(['goal', 'show', GOAL, '--json'], env).stdout).toContain('"status": "done"');
  });
});
