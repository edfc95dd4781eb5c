// Goals as living documents on the built CLI (SPEC §1, §3): milestones rescheduled, renamed,
// undone and removed, steps added and ticked, `goal done` settling open milestones — each a
// revision with its reason and one commit; bad input says one sentence and changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, snapshot, type RunResult } from '../helpers/env.js';
import { career, inProcessFixture } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;
const G = 'ship-the-design-system';

// Wide (COLUMNS): each message is checked whole, on one line; wrapping has its own tests (wrap.test.ts).
const journal = async () => wide(await inProcessFixture('milestone-life', async (j) => {
  const r = await career(['goal', 'add', '--yes', '--title', 'Ship the design system', '--deadline', '2027-06-30', '--why', 'consistency',
    '--milestone', 'Design review@2027-01-15', '--milestone', 'Design tokens@2027-02-15', '--milestone', 'Go live@2027-06-01',
    '--step', 'Book the review room'], j.env);
  if (r.code !== 0) throw new Error(r.stderr);
}));
const wide = (j: { dir: string; env: Env }) => ({ ...j, env: { ...j.env, COLUMNS: '200' } });

const readGoal = (dir: string) => parse(fs.readFileSync(path.join(dir, 'goals', `${G}.yaml`), 'utf8'));
const subject = (dir: string, env: Env) => gitIn(dir, env, ['log', '-1', '--format=%s']).trim();

async function ok(dir: string, env: Env, args: string[], commit: string): Promise<RunResult> {
  const before = commitCount(dir, env);
  const r = await career(args, env);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  expect(commitCount(dir, env)).toBe(before + 1);
  expect(subject(dir, env)).toBe(commit);
  return r;
}

async function refused(dir: string, env: Env, args: string[], code: 1 | 2, message: string | RegExp): Promise<void> {
  const before = snapshot(dir);
  const commits = commitCount(dir, env);
  const r = await career(args, env);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(code);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(snapshot(dir)).toEqual(before);
  expect(commitCount(dir, env)).toBe(commits);
}

describe('career milestone edit|undo|rm', () => {
  it('reschedules, renames, undoes and removes, each a revision with its reason', async () => {
    const { dir, env } = await journal();
    const moved = await ok(dir, env, ['milestone', 'edit', G, 'design-review', '--due', '2027-02-01', '--reason', 'the review slipped'],
      `milestone: edit ${G}/design-review (due)`);
    expect(moved.stdout).toBe(`Milestone design-review of ${G}: due 2027-01-15 -> 2027-02-01.\n`);
    const renamed = await ok(dir, env, ['milestone', 'edit', G, 'Design Review', '--title', 'Design sign-off'], `milestone: edit ${G}/design-review (title)`);
    expect(renamed.stdout).toContain('renamed "Design review" to "Design sign-off"');
    await ok(dir, env, ['milestone', 'done', G, 'design-t'], `milestone: done ${G}/design-tokens`);
    const undone = await ok(dir, env, ['milestone', 'undo', G, 'design-tokens', '--reason', 'ticked the wrong one'], `milestone: undo ${G}/design-tokens`);
    expect(undone.stdout).toContain('is open again (it had been marked done on 2026-11-20)');
    const removed = await ok(dir, env, ['milestone', 'rm', G, 'go live', '--reason', 'part of the sign-off now'], `milestone: rm ${G}/go-live`);
    expect(removed.stdout).toContain('Removed milestone go-live ("Go live")');
    const file = readGoal(dir);
    expect(file.milestones).toEqual([
      { id: 'design-review', title: 'Design sign-off', due: '2027-02-01' },
      { id: 'design-tokens', title: 'Design tokens', due: '2027-02-15' },
    ]);
    expect(file.revisions).toEqual([
      { date: '2026-11-20', fields: ['milestones.design-review.due'], reason: 'the review slipped' },
      { date: '2026-11-20', fields: ['milestones.design-review.title'], reason: '' },
      { date: '2026-11-20', fields: ['milestones.design-tokens.completed'], reason: 'ticked the wrong one' },
      { date: '2026-11-20', fields: ['milestones.go-live'], reason: 'removed "Go live" (due 2027-06-01): part of the sign-off now' },
    ]);
    const show = await career(['goal', 'show', G], env);
    expect(show.stdout).toContain('milestones.go-live: removed "Go live"');
  });

  it('warns when a rescheduled milestone falls after the goal\'s deadline', async () => {
    const { dir, env } = await journal();
    const r = await ok(dir, env, ['milestone', 'edit', G, 'go-live', '--due', '2027-08-01'], `milestone: edit ${G}/go-live (due)`);
    expect(r.stderr).toContain('after the goal\'s deadline (2027-06-30)');
  });

  it('refuses bad input with one sentence and changes nothing', async () => {
    const { dir, env } = await journal();
    await refused(dir, env, ['milestone', 'edit', G, 'design-review'], 1, 'needs --due <date> or --title <text>');
    await refused(dir, env, ['milestone', 'edit', G, 'design-review', '--due', '2027-01-15'], 1, 'nothing to change');
    await refused(dir, env, ['milestone', 'edit', G, 'design-review', '--due', 'someday'], 1, '--due');
    await refused(dir, env, ['milestone', 'edit', G, 'design-review', '--title', 'GO LIVE'], 1, 'already a milestone "Go live" (go-live)');
    await refused(dir, env, ['milestone', 'edit', G, 'design', '--due', '2027-03-01'], 1, '"design" matches 2 milestones');
    await refused(dir, env, ['milestone', 'undo', G, 'go-live'], 1, 'milestone go-live is not done');
    await refused(dir, env, ['milestone', 'rm', G, 'review'], 1, `goal ${G} has no milestone "review"`);
    await refused(dir, env, ['milestone', 'rm', 'nope', 'go-live'], 1, 'no goal "nope"');
    await refused(dir, env, ['milestone', 'undo', G], 2, "missing required argument 'milestone'");
  });

  it('goal edit --milestone with a title the goal already has points at milestone edit', async () => {
    const { dir, env } = await journal();
    await refused(dir, env, ['goal', 'edit', G, '--milestone', 'go live@2027-05-01', '--yes'], 1, 'career milestone edit <goal> go-live');
  });
});

describe('career goal step', () => {
  it('adds and ticks steps, by number or whole text', async () => {
    const { dir, env } = await journal();
    const added = await ok(dir, env, ['goal', 'step', G, 'add', 'Invite', 'the', 'team', 'leads'], `step: add ${G} #2`);
    expect(added.stdout).toContain(`Added step 2 to ${G}: Invite the team leads. Tick it off with \`career goal step ${G} done 2\`.`);
    const done = await ok(dir, env, ['goal', 'step', G, 'done', '2'], `step: done ${G} #2`);
    expect(done.stdout).toBe(`Step 2 of ${G} done: Invite the team leads. 1 step open.\n`);
    await ok(dir, env, ['goal', 'step', G, 'done', 'book the review room', '--reason', 'booked'], `step: done ${G} #1`);
    expect(readGoal(dir).steps).toEqual([{ text: 'Book the review room', done: true }, { text: 'Invite the team leads', done: true }]);
    expect(readGoal(dir).revisions.map((r: { fields: string[] }) => r.fields)).toEqual([['steps'], ['steps[2].done'], ['steps[1].done']]);
  });

  it('refuses bad input and changes nothing', async () => {
    const { dir, env } = await journal();
    await refused(dir, env, ['goal', 'step', G, 'done', '5'], 1, `goal ${G} has no step 5 (it has 1)`);
    await refused(dir, env, ['goal', 'step', G, 'done', 'review'], 1, `goal ${G} has no step "review"`);
    await refused(dir, env, ['goal', 'step', G, 'add', 'book the review room'], 1, 'already has the step');
    await refused(dir, env, ['goal', 'step', G, 'tick', '1'], 2, 'unknown step action "tick"');
  });
});

describe('goal done with open milestones', () => {
  it.each<[string, string[], (string | undefined)[], string]>([
    ['done', ['design-review', 'design-tokens', 'go-live'], ['2026-11-20', '2026-11-20', '2026-11-20'], '3 open milestones marked done today.'],
    ['drop', [], [], '3 open milestones dropped'],
    ['keep', ['design-review', 'design-tokens', 'go-live'], [undefined, undefined, undefined], '3 open milestones kept open'],
  ])('--open-milestones %s', async (choice, ids, completed, said) => {
    const { dir, env } = await journal();
    const r = await career(['goal', 'done', G, '--open-milestones', choice, '--yes'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(said);
    const file = readGoal(dir);
    expect(file.status).toBe('done');
    expect(file.milestones.map((m: { id: string }) => m.id)).toEqual(ids);
    expect(file.milestones.map((m: { completed?: string }) => m.completed)).toEqual(completed);
  });

  it('an unknown choice changes nothing', async () => {
    const { dir, env } = await journal();
    await refused(dir, env, ['goal', 'done', G, '--open-milestones', 'later'], 1, '--open-milestones "later" is not one of done, drop, keep');
  });
});
