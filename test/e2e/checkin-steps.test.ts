// The check-in asks about open steps (issue 15.1), here through its flag on the built CLI in
// process: `--step-done GOAL=STEP` (number or text) saves the step done in the goal, as a revision
// saying which check-in did it, in the check-in's one commit; a bad or done step changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, initJournal, snapshot, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const GOAL = 'ship-the-pilot-to-ten-teams';
const readGoal = (dir: string) => parse(fs.readFileSync(path.join(dir, 'goals', `${GOAL}.yaml`), 'utf8'));

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

async function journal() {
  const { dir, env } = initJournal();
  await ok(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30',
    '--step', 'Book the demo room', '--step', 'Write the pilot plan', '--step', 'Ask Dana for two teams'], env);
  return { dir, env };
}

describe('checkin --step-done', () => {
  it('ticks steps by number and by text, each a revision, in the check-in\'s commit', async () => {
    const { dir, env } = await journal();
    const before = commitCount(dir, env);
    const r = await ok(['checkin', '--yes', '--step-done', 'ship-the=2', '--step-done', `${GOAL}=ask dana for two teams`, '--win', 'Plan written'], env);
    expect(r.stdout).toContain('Steps done in Ship the pilot to ten teams: Write the pilot plan; Ask Dana for two teams.');
    expect(commitCount(dir, env)).toBe(before + 1);
    expect(gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual(['checkins/2026/2026-W47.yaml', `goals/${GOAL}.yaml`]);
    const goal = readGoal(dir);
    expect(goal.steps).toEqual([
      { text: 'Book the demo room', done: false }, { text: 'Write the pilot plan', done: true }, { text: 'Ask Dana for two teams', done: true },
    ]);
    expect(goal.revisions.slice(-2)).toEqual([
      { date: '2026-11-20', fields: ['steps[2].done'], reason: 'done in the 2026-W47 check-in' },
      { date: '2026-11-20', fields: ['steps[3].done'], reason: 'done in the 2026-W47 check-in' },
    ]);
    // The week's file keeps its own fields only: steps live in the goal.
    expect(fs.readFileSync(path.join(dir, 'checkins/2026/2026-W47.yaml'), 'utf8')).not.toContain('step');
    expect((await career(['doctor'], env)).code).toBe(0);
  });

  it('--json says which steps it saved done', async () => {
    const { env } = await journal();
    const r = await ok(['checkin', '--yes', '--json', '--step-done', 'ship-the=1'], env);
    expect(JSON.parse(r.stdout).stepsDone).toEqual([{ goal: GOAL, done: ['Book the demo room'] }]);
  });

  it.each([
    [['--step-done', 'ship-the=9'], `--step-done: goal ${GOAL} has no step 9 (it has 3)`],
    [['--step-done', 'ship-the=Order pizza'], `--step-done: goal ${GOAL} has no step "Order pizza"`],
    [['--step-done', 'nope=1'], '--step-done: no goal "nope"'],
    [['--step-done', 'ship-the'], '--step-done "ship-the" is not GOAL=VALUE'],
  ])('%j is refused and changes nothing', async (flags, message) => {
    const { dir, env } = await journal();
    const snap = snapshot(dir);
    const r = await career(['checkin', '--yes', ...flags], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('a step already done is refused, and nothing changes', async () => {
    const { dir, env } = await journal();
    await ok(['goal', 'step', GOAL, 'done', '1'], env);
    const snap = snapshot(dir);
    const commits = commitCount(dir, env);
    const r = await career(['checkin', '--yes', '--step-done', 'ship-the=1', '--win', 'x'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--step-done: step "Book the demo room" of ${GOAL} is already done`);
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
  });
});
