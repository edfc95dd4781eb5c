// An interactive check-in or review that was open while another write landed (another terminal,
// a `career sync` pull) applies only its own answers on top of the file as it is at save time.
// The prompts module is replaced: while "the person" is answering, another career process writes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { BIN, fakeTerminal, pilotJournal } from '../helpers/env.js';
import type { CheckinPromptInput } from '../../src/prompts/checkin.js';

const GOAL = 'ship-the-pilot-to-ten-teams';
let other: () => void = () => {};

vi.mock('../../src/prompts/checkin.js', () => ({
  askCheckin: async (p: CheckinPromptInput) => {
    other(); // another process writes while the questions are open
    return {
      ...p.start,
      goals: p.goals.map((g) => ({ goal: g.id, value: p.defaultValue(g.id), milestones: [] })), // Enter on the value: kept
      learnings: [...p.start.learnings, 'Asked before deciding'],
      energy: 4,
    };
  },
}));
vi.mock('../../src/prompts/questions.js', () => ({
  askQuestions: async (_set: unknown, defaults: Record<string, unknown>) => {
    other();
    return { ...defaults, successes: ['Shipped the pilot'] };
  },
}));
vi.mock('@inquirer/prompts', () => ({ confirm: async () => false }));

const { run: checkin } = await import('../../src/commands/checkin.js');
const { run: review } = await import('../../src/commands/review.js');

const dirs: string[] = [];
fakeTerminal(beforeAll, afterAll);
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function journal() {
  const j = pilotJournal();
  dirs.push(path.dirname(j.dir), path.dirname(j.env.GIT_CONFIG_GLOBAL!));
  return j;
}

function career(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** Run a command module in this process with the journal's environment and a quiet stdout. */
async function inJournal(env: NodeJS.ProcessEnv, fn: () => Promise<unknown>): Promise<string> {
  const saved = process.env;
  const write = process.stdout.write;
  const errWrite = process.stderr.write;
  let said = '';
  process.env = { ...env };
  process.stdout.write = ((c: string) => { said += c; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => { said += c; return true; }) as typeof process.stderr.write;
  try {
    await fn();
  } finally {
    process.env = saved;
    process.stdout.write = write;
    process.stderr.write = errWrite;
  }
  return said;
}

const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));

describe('writes that land while the questions are open', () => {
  it('a check-in keeps what another check-in of the week saved meanwhile, and adds only its own answers', async () => {
    const { dir, env } = journal();
    other = () => career(['checkin', '--yes', '--win', 'From the other terminal', '--progress', `${GOAL}=7`, '--energy', '2'], env);
    const said = await inJournal(env, () => checkin({ color: false, git: true }, {}));
    const week = readYaml(dir, 'checkins/2026/2026-W47.yaml');
    expect(week.wins).toEqual(['From the other terminal']);
    expect(week.learnings).toEqual(['Asked before deciding']);
    expect(week.energy).toBe(4); // set by both: the later one, and it says so
    expect(said).toContain('energy: another check-in saved 2 meanwhile; kept yours (4)');
    // The value the other terminal gave stands: this run kept its default and recorded nothing.
    expect(readYaml(dir, `goals/${GOAL}.yaml`).progressLog).toEqual([{ date: '2026-11-20', value: 7, week: '2026-W47' }]);
  });

  it('a review keeps an answer another run saved meanwhile', async () => {
    const { dir, env } = journal();
    other = () => career(['review', 'monthly', '--period', '2026-11', '--yes', '--answer', 'problems=Staging was slow'], env);
    await inJournal(env, () => review({ color: false, git: true }, 'monthly', { period: '2026-11' }));
    const answers = readYaml(dir, 'reviews/2026/2026-11.yaml').answers as { id: string; answer: unknown }[];
    expect(answers.map((a) => [a.id, a.answer])).toEqual([['successes', ['Shipped the pilot']], ['problems', ['Staging was slow']]]);
  });
});
