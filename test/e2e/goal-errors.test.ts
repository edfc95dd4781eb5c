// Every invalid value given to the goal and milestone commands (SPEC §3 exit codes): exit 1 with
// one sentence naming the flag (exit 2 for usage mistakes), no stack trace, and the journal
// untouched: every file byte-identical and no new commit. Run on the built CLI in process (not
// a terminal, so no prompts); the binary itself is exercised by cli.test and the safety suite.
import { beforeAll, describe, expect, it } from 'vitest';
import { initJournal, snapshot, type RunResult, commitCount, gitIn } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const git = gitIn;
const hasStack = (text: string) => /^\s+at .+:\d+:\d+\)?$/m.test(text);

const LONG = 'become-an-engineering-director';
const MID = 'manage-a-team-of-five';
const PLAIN = 'build-a-mentoring-network'; // milestones, no metric
const DONE = 'finish-the-aws-certification';

let dir: string;
let env: Env;

async function setup(args: string[]): Promise<void> {
  const r = await career(args, env);
  if (r.code !== 0) throw new Error(`setup failed: career ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(async () => {
  ({ dir, env } = initJournal());
  await setup(['goal', 'add', '--yes', '--title', 'Become an engineering director', '--horizon', 'long', '--why', 'lead', '--deadline', '2033-12-31']);
  await setup(['goal', 'add', '--yes', '--title', 'Manage a team of five', '--horizon', 'mid', '--parent', LONG, '--deadline', 'in 3 years']);
  await setup(['goal', 'add', '--yes', '--title', 'Build a mentoring network', '--horizon', 'short', '--deadline', '2027-06-30',
    '--milestone', 'Pilot call@2027-01-15', '--milestone', 'Pilot review@2027-02-15', '--milestone', 'Join a community@2027-03-01']);
  await setup(['goal', 'add', '--yes', '--title', 'Finish the AWS certification', '--deadline', '2027-03-01', '--metric', 'modules', '--target', '10']);
  await setup(['goal', 'done', DONE, '--celebrate', 'cake']);
});

/**
 * Run `args` and check the outcome: the exit code, stderr matching each of `expected`, no
 * stack trace, stdout empty, and the journal and its history exactly as they were.
 */
async function fails(args: string[], code: 1 | 2, ...expected: (string | RegExp)[]): Promise<RunResult> {
  const before = snapshot(dir);
  const commits = commitCount(dir, env);
  const r = await career(args, env);
  const what = `career ${args.join(' ')}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.code, what).toBe(code);
  for (const e of expected) {
    if (typeof e === 'string') expect(r.stderr, what).toContain(e);
    else expect(r.stderr, what).toMatch(e);
  }
  expect(r.stdout, what).toBe('');
  expect(hasStack(r.stderr), what).toBe(false);
  expect(snapshot(dir), what).toEqual(before);
  expect(commitCount(dir, env), what).toBe(commits);
  return r;
}

const ADD = ['goal', 'add', '--yes', '--title', 'Give three conference talks', '--deadline', '2027-10-01'];

describe('goal add: bad values exit 1, name the flag and change nothing', () => {
  it('--type and --horizon must be one of the choices, with a did-you-mean', async () => {
    const r = await fails([...ADD, '--type', 'foo'], 1, '--type "foo"', 'development, position, networking, balance, entrepreneurial, other');
    expect(r.stderr.split('\n')[0]).toMatch(/^career: --type "foo" is not one of /);
    await fails([...ADD, '--type', 'devlopment'], 1, '--type "devlopment"', 'did you mean development?');
    await fails([...ADD, '--type', 'positon'], 1, 'did you mean position?');
    await fails([...ADD, '--horizon', 'x'], 1, '--horizon "x"', 'short, mid, long');
    await fails([...ADD, '--horizon', 'lng'], 1, '--horizon', 'did you mean long?');
  });

  it('dates must be readable and real', async () => {
    await fails(['goal', 'add', '--yes', '--title', 'a b c', '--deadline', 'someday'], 1, '--deadline', 'cannot read the date "someday"', 'end of Q2');
    await fails(['goal', 'add', '--yes', '--title', 'a b c', '--deadline', '2027-02-30'], 1, '--deadline', '"2027-02-30"', 'no such day');
    await fails(['goal', 'add', '--yes', '--title', 'a b c', '--deadline', '2027-13'], 1, '--deadline');
    await fails([...ADD, '--milestone', 'Pilot@2027-02-30'], 1, '--milestone', 'no such day');
  });

  it('the metric needs a number target that differs from its start', async () => {
    await fails([...ADD, '--metric', 'talks', '--target', 'abc'], 1, '--target "abc" is not a number');
    await fails([...ADD, '--metric', 'talks', '--target', '3', '--start', 'three'], 1, '--start "three" is not a number');
    await fails([...ADD, '--metric', 'x'], 1, '--metric', '--target');
    await fails([...ADD, '--target', '5'], 1, '--metric', '--target');
    await fails([...ADD, '--metric', 'talks', '--start', '5', '--target', '5'], 1, '--target 5 must differ from --start 5');
    await fails([...ADD, '--metric', '  ', '--target', '5'], 1, '--metric');
  });

  it('--milestone and --risk must have their shape', async () => {
    await fails([...ADD, '--milestone', 'nodate'], 1, '--milestone "nodate" is not "TITLE@DATE"', 'for example');
    await fails([...ADD, '--milestone', 'Pilot@'], 1, '--milestone "Pilot@"');
    await fails([...ADD, '--milestone', '@2027-01-01'], 1, '--milestone "@2027-01-01"');
    await fails([...ADD, '--risk', 'no arrow'], 1, '--risk "no arrow" is not "SCENARIO => CONTINGENCY"');
    await fails([...ADD, '--risk', 'a => b => c'], 1, '--risk');
    await fails([...ADD, '--risk', '=> only a plan'], 1, '--risk');
  });

  it('--parent must exist and have a longer horizon, checked before anything else is said', async () => {
    const nope = await fails([...ADD, '--parent', 'nope'], 1, '--parent "nope": no such goal');
    expect(nope.stderr).not.toContain('SMART check'); // fails before the check is shown
    await fails([...ADD, '--parent', 'manage-a-team-of-fiv'], 1, '--parent', 'did you mean manage-a-team-of-five?');
    await fails([...ADD, '--parent', '../../etc'], 1, '--parent "../../etc" is not a goal id');
    const shorter = await fails([...ADD, '--horizon', 'long', '--parent', MID], 1, `--parent "${MID}" is a mid-term goal`, 'longer horizon');
    expect(shorter.stderr).not.toContain('SMART check');
    await fails([...ADD, '--horizon', 'mid', '--parent', MID], 1, `--parent "${MID}"`);
    // Without --horizon the deadline decides (here: in 4 years, mid-term), and is checked too.
    await fails(['goal', 'add', '--yes', '--title', 'Lead a department', '--deadline', 'in 4 years', '--parent', MID], 1, `--parent "${MID}" is a mid-term goal`);
    // A short-term goal can be nobody's parent.
    await fails([...ADD, '--parent', PLAIN], 1, `--parent "${PLAIN}" is a short-term goal`);
  });

  it('missing --title (or --deadline) without a terminal names the flag', async () => {
    await fails(['goal', 'add', '--deadline', '2027-01-01'], 1, 'career goal add needs --title');
    await fails(['goal', 'add', '--yes', '--title', 'a b c'], 1, '--deadline');
    await fails(['goal', 'add'], 1, '--title and --deadline');
    await fails(['goal', 'add', '--yes', '--title', '   ', '--deadline', '2027-01-01'], 1, '--title');
  });

  it('usage mistakes exit 2', async () => {
    await fails([...ADD, '--bogus'], 2, "unknown option '--bogus'");
    await fails(['goal', 'add', '--title'], 2, "option '--title <text>' argument missing");
    await fails(['goal', 'show'], 2, "missing required argument 'id'");
    await fails(['goal', 'progress', LONG], 2, "missing required argument 'value'");
    await fails(['milestone', 'done', PLAIN], 2, "missing required argument 'milestone'");
    await fails(['goal', 'frobnicate'], 2, "unknown command 'frobnicate'");
  });
});

describe('goal show, progress, done, drop, edit and milestones: errors change nothing', () => {
  it('an unknown goal gets a did-you-mean', async () => {
    await fails(['goal', 'show', 'nope'], 1, 'no goal "nope"');
    await fails(['goal', 'show', 'manage-a-tem-of-five'], 1, 'no goal "manage-a-tem-of-five"', `did you mean ${MID}?`);
    await fails(['goal', 'show', '../../career'], 1, 'no goal');
    await fails(['goal', 'progress', 'nope', '3'], 1, 'no goal "nope"');
    await fails(['milestone', 'done', 'nope', 'x'], 1, 'no goal "nope"');
  });

  it('goal progress needs a number and a metric, on an active goal', async () => {
    await fails(['goal', 'progress', LONG, 'abc'], 1, '"abc" is not a number');
    await fails(['goal', 'progress', LONG, ''], 1, 'is not a number');
    await fails(['goal', 'progress', PLAIN, '3'], 1, `goal ${PLAIN} has no metric`, 'career milestone done');
    await fails(['goal', 'progress', DONE, '3'], 1, `goal ${DONE} is done`);
  });

  it('milestone done with an ambiguous title lists the matches', async () => {
    await fails(['milestone', 'done', PLAIN, 'pilot'], 1, '"pilot" matches 2 milestones', 'pilot-call (Pilot call)', 'pilot-review (Pilot review)', 'name it by id');
    await fails(['milestone', 'done', PLAIN, 'pilot-cll'], 1, `goal ${PLAIN} has no milestone "pilot-cll"`, 'did you mean pilot-call?');
    // Never a substring: "call" is in "Pilot call" but names nothing; nor does an empty name.
    await fails(['milestone', 'done', PLAIN, 'call'], 1, `goal ${PLAIN} has no milestone "call"`);
    await fails(['milestone', 'done', PLAIN, ''], 1, 'the milestone reference is empty');
    await fails(['milestone', 'done', PLAIN, 'pi'], 1, `goal ${PLAIN} has no milestone "pi"`);
    await fails(['milestone', 'add', PLAIN, 'Demo day'], 1, '--due');
    await fails(['milestone', 'add', PLAIN, 'Demo day', '--due', 'someday'], 1, '--due', 'cannot read the date "someday"');
    await fails(['milestone', 'add', PLAIN, '  ', '--due', '2027-01-01'], 1, 'needs a title');
  });

  it('a milestone cannot be done twice', async () => {
    const first = await career(['milestone', 'done', PLAIN, 'join-a-community'], env);
    expect(first.code, first.stderr).toBe(0);
    await fails(['milestone', 'done', PLAIN, 'join-a-community'], 1, 'already done on 2026-11-20');
  });

  it('goal drop needs --reason; goal done and drop refuse a closed goal', async () => {
    await fails(['goal', 'drop', LONG], 1, 'career goal drop needs --reason');
    await fails(['goal', 'drop', LONG, '--reason', '   '], 1, '--reason');
    await fails(['goal', 'done', DONE], 1, `goal ${DONE} is already done`);
    await fails(['goal', 'done', DONE, '--celebrate', 'again'], 1, 'already done');
    await fails(['goal', 'drop', DONE, '--reason', 'x'], 1, `goal ${DONE} is done`);
  });

  it('goal edit checks every value like goal add, and needs a flag without a terminal', async () => {
    await fails(['goal', 'edit', MID], 1, 'needs a field flag');
    await fails(['goal', 'edit', MID, '--type', 'foo'], 1, '--type "foo"');
    await fails(['goal', 'edit', MID, '--deadline', '2027-02-30'], 1, '--deadline', 'no such day');
    await fails(['goal', 'edit', MID, '--horizon', 'long'], 1, `--parent "${LONG}" is a long-term goal`);
    await fails(['goal', 'edit', MID, '--parent', MID], 1, 'its own parent');
    await fails(['goal', 'edit', LONG, '--horizon', 'short'], 1, '--horizon short', MID);
    await fails(['goal', 'edit', MID, '--metric', 'reports'], 1, '--metric', '--target');
    await fails(['goal', 'edit', DONE, '--target', '10'], 1, 'nothing to change');
    await fails(['goal', 'edit', DONE, '--target', '0'], 1, '--target 0 must differ');
    await fails(['goal', 'edit', MID, '--title', ''], 1, '--title must not be empty');
    await fails(['goal', 'edit', MID, '--risk', 'no arrow'], 1, '--risk "no arrow"');
  });
});
