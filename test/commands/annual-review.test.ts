// `career review annual` on a terminal, with the prompt modules replaced (what is asked is
// recorded): the question set starts values, passions, talents and relationships from
// career.yaml and values are asked once; the deadline offer and the vision and rating questions
// are asked only when their flags leave them open (--deadlines/--no-deadlines, --vision/--no-vision,
// --rate/--no-rate); what the answers change is saved, relationships parsed (issue 15.5).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { career, fakeTerminal, initJournal } from '../helpers/env.js';

const asked: string[] = [];
let defaults: Record<string, unknown> = {};
let answers: Record<string, unknown> = {};
vi.mock('../../src/prompts/ask.js', () => ({
  askConfirm: async (message: string) => { asked.push(message); return true; },
}));
vi.mock('../../src/prompts/questions.js', () => ({
  askQuestions: async (_set: unknown, start: Record<string, unknown>) => { defaults = start; asked.push('questions'); return { ...start, ...answers }; },
}));
vi.mock('../../src/prompts/annual.js', () => ({
  askDeadlines: async () => { asked.push('deadlines'); return new Map([['ship-the-pilot-to-ten-teams', { deadline: '2027-09-30', reason: 'the pilot moved' }]]); },
  askVision: async () => { asked.push('vision'); return undefined; },
  askRatings: async () => { asked.push('ratings'); return new Map([['TypeScript', 4]]); },
}));

const { run } = await import('../../src/commands/review.js');

const dirs: string[] = [];
fakeTerminal(beforeAll, afterAll);
afterEach(() => { asked.length = 0; answers = {}; for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function journal() {
  const { dir, env } = initJournal(['--skill', 'TypeScript:hard:3', '--relationship', 'Sam (manager) => monthly career chat', '--passions', 'teaching']);
  dirs.push(path.dirname(dir), path.dirname(env.GIT_CONFIG_GLOBAL!));
  const r = career(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2026-12-31'], env);
  if (r.code !== 0) throw new Error(r.stderr);
  return { dir, env };
}

async function quietly(env: NodeJS.ProcessEnv, fn: () => Promise<unknown>): Promise<void> {
  const saved = { env: process.env, out: process.stdout.write };
  process.env = { ...env };
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try { await fn(); } finally { process.env = saved.env; process.stdout.write = saved.out; }
}

const read = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));

describe('review annual on a terminal', () => {
  it('starts the profile questions from career.yaml, offers deadlines, asks vision and ratings, and saves them', async () => {
    const { dir, env } = journal();
    answers = { passions: ['teaching', 'writing'], relationships: ['Sam (manager) => monthly career chat', 'Dana (mentor): lunch'] };
    await quietly(env, () => run({ color: false, git: true }, 'annual', {}));
    expect(defaults).toMatchObject({ values: ['growth', 'craft', 'impact'], passions: ['teaching'], talents: [], relationships: ['Sam (manager) => monthly career chat'] });
    // Values come once, in the question set: no "Update your values?" after it.
    expect(asked).toEqual(['questions', "Readjust your goals' timelines now, goal by goal? (1 active)", 'deadlines', 'vision', 'ratings']);
    const profile = read(dir, 'career.yaml');
    expect(profile.passions).toEqual(['teaching', 'writing']);
    expect(profile.relationships).toEqual([{ name: 'Sam', role: 'manager', action: 'monthly career chat' }, { name: 'Dana', role: 'mentor', action: 'lunch' }]);
    expect(profile.skills).toEqual([{ name: 'TypeScript', kind: 'hard', rating: 4 }]);
    const goal = read(dir, 'goals/ship-the-pilot-to-ten-teams.yaml');
    expect(goal.deadline).toBe('2027-09-30');
    expect(goal.revisions.at(-1)).toMatchObject({ fields: ['deadline'], reason: 'the pilot moved' });
    expect(read(dir, 'reviews/2026/2026-annual.yaml').skills).toEqual([{ name: 'TypeScript', from: 3, to: 4 }]);
  });

  it('--no-deadlines --no-vision --no-rate: only the questions are asked', async () => {
    const { dir, env } = journal();
    await quietly(env, () => run({ color: false, git: true }, 'annual', { deadlines: false, vision: false, rate: false }));
    expect(asked).toEqual(['questions']);
    expect(read(dir, 'goals/ship-the-pilot-to-ten-teams.yaml').deadline).toBe('2026-12-31');
  });

  it('--deadlines goes goal by goal without the offer; --deadline, --vision and --rate answer their questions', async () => {
    const { env } = journal();
    await quietly(env, () => run({ color: false, git: true }, 'annual', { deadlines: true, vision: false, rate: false }));
    expect(asked).toEqual(['questions', 'deadlines']);
    asked.length = 0;
    await quietly(env, () => run({ color: false, git: true }, 'annual', { deadline: ['ship-the=2027-01-31'], vision: 'New vision', rate: ['TypeScript=5'] }));
    expect(asked).toEqual(['questions']);
  });
});
