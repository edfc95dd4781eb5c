// End-to-end tests of the goal and milestone commands on the built CLI, in process (SPEC §3, §4,
// §5): adding goals with flags, the JSON shapes and the numbers in them for a fixed CAREER_TODAY,
// the life of a goal (progress, milestones, done, drop), `goal lint`, edits that keep the
// person's comments, one commit per change, safe ids for hostile titles, and the terminal views.
// The binary itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initJournal, snapshot, type RunResult, commitCount, gitIn } from '../helpers/env.js';
import { career, inProcessFixture } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const GOAL_KEYS = ['id', 'title', 'type', 'horizon', 'status', 'parent', 'deadline', 'created', 'important', 'urgent',
  'metric', 'progress', 'expected', 'pace', 'forecast', 'checkinStatus', 'milestones', 'smart'].sort();
const METRIC_KEYS = ['name', 'unit', 'start', 'target', 'current'].sort();
const MILESTONE_KEYS = ['id', 'title', 'due', 'done'].sort();
const SMART_KEYS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'].sort();
const ID_RE = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

const git = gitIn;
const lastSubject = (dir: string, env: Env) => git(dir, env, ['log', '-1', '--format=%s']).trim();
const lastFiles = (dir: string, env: Env) => git(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').filter(Boolean);
const status = (dir: string, env: Env) => git(dir, env, ['status', '--porcelain']).trim();

/** Run and insist on exit 0, showing stderr when it is not. */
async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/**
 * Run a command that changes the journal: exit 0, exactly one new commit with `subject`
 * (a string or a pattern), the commit holds only `files`, and nothing is left uncommitted.
 */
async function change(dir: string, env: Env, args: string[], subject: string | RegExp, files?: string[]): Promise<RunResult> {
  const before = commitCount(dir, env);
  const r = await ok(args, env);
  expect(commitCount(dir, env), `one commit for career ${args.join(' ')}`).toBe(before + 1);
  if (typeof subject === 'string') expect(lastSubject(dir, env)).toBe(subject);
  else expect(lastSubject(dir, env)).toMatch(subject);
  if (files) expect(lastFiles(dir, env).sort()).toEqual([...files].sort());
  expect(status(dir, env)).toBe('');
  return r;
}

const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;
const readGoal = (dir: string, id: string) => parse(fs.readFileSync(path.join(dir, 'goals', `${id}.yaml`), 'utf8'));

/** Whole days from a to b (UTC dates), for computing SPEC §4's numbers independently. */
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The least-squares forecast of SPEC §4, computed here from scratch. */
function forecast(start: number, target: number, points: [string, number][]): string | null {
  if (points.length < 2) return null;
  const xs = points.map(([d]) => days(points[0]![0], d));
  const ys = points.map(([, v]) => (v - start) / (target - start));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxx = 0, sxy = 0;
  xs.forEach((x, i) => { sxx += (x - mx) ** 2; sxy += (x - mx) * (ys[i]! - my); });
  const slope = sxy / sxx;
  if (!(slope > 0)) return null;
  return addDays(points[0]![0], Math.ceil(mx + (1 - my) / slope - 1e-9));
}

function expectGoalShape(g: Record<string, unknown>): void {
  expect(Object.keys(g).sort()).toEqual(GOAL_KEYS);
  if (g.metric !== null) expect(Object.keys(g.metric as object).sort()).toEqual(METRIC_KEYS);
  for (const m of g.milestones as object[]) expect(Object.keys(m).sort()).toEqual(MILESTONE_KEYS);
  expect(Object.keys(g.smart as object).sort()).toEqual(SMART_KEYS);
  for (const v of Object.values(g.smart as object)) expect(typeof v).toBe('boolean');
  for (const k of ['progress', 'expected'] as const) {
    expect(typeof g[k]).toBe('number');
    expect(g[k] as number).toBeGreaterThanOrEqual(0);
    expect(g[k] as number).toBeLessThanOrEqual(1);
  }
}

const LONG = 'become-an-engineering-director';
const SHORT = 'roll-out-the-crm-to-8-sales-teams';

/** The two `goal add` runs: arguments, commit subject and committed files. */
type Added = [args: string[], subject: string, files: string[]];
const ADD_LONG: Added = [['goal', 'add', '--yes', '--title', 'Become an engineering director', '--type', 'position',
  '--horizon', 'long', '--why', 'lead people at scale', '--deadline', '2033-12-31', '--step', 'Ask my VP what it takes',
  '--milestone', 'Lead a team@2029-12-31'],
  `goal: add ${LONG}`, [`goals/${LONG}.yaml`]];
const ADD_SHORT: Added = [['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--type', 'development',
  '--horizon', 'short', '--parent', LONG, '--why', 'the step to team lead', '--deadline', '2027-06-30',
  '--metric', 'teams onboarded', '--unit', 'teams', '--start', '0', '--target', '8',
  '--milestone', 'Pilot team live@2027-01-31', '--milestone', 'Half the teams@end of Q1',
  '--step', 'Book a demo with sales', '--helper', 'Dana, my manager', '--resource', 'CRM trial licence',
  '--habit', 'weekly demos', '--risk', 'Sales changes priorities => keep the pilot small', '--urgent'],
  `goal: add ${SHORT}`, [`goals/${SHORT}.yaml`]];

/** A journal with a long-term goal and a short-term child of it, both added with --yes. */
async function journalWithGoals() {
  const { dir, env } = initJournal();
  const long = await change(dir, env, ...ADD_LONG);
  const short = await change(dir, env, ...ADD_SHORT);
  return { dir, env, long, short };
}

/** The same journal, made once per test file and copied: for tests that only start from it. */
function copyOfJournalWithGoals() {
  return inProcessFixture('two-goals', async ({ dir, env }) => {
    await change(dir, env, ...ADD_LONG);
    await change(dir, env, ...ADD_SHORT);
  });
}

describe('career goal add', () => {
  it('prints only the id on stdout; the SMART check goes to stderr', async () => {
    const { dir, long, short } = await journalWithGoals();
    expect(long.stdout).toBe(`${LONG}\n`);
    expect(short.stdout).toBe(`${SHORT}\n`);
    expect(short.stderr).toContain('SMART check for "Roll out the CRM to 8 sales teams"');
    for (const label of ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']) {
      expect(short.stderr).toMatch(new RegExp(`✓ ${label}`));
    }
    const file = readGoal(dir, SHORT);
    expect(file).toMatchObject({
      version: 1, title: 'Roll out the CRM to 8 sales teams', type: 'development', horizon: 'short', status: 'active',
      created: '2026-11-20', deadline: '2027-06-30', parent: LONG, important: true, urgent: true,
      metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8 },
      milestones: [{ id: 'pilot-team-live', title: 'Pilot team live', due: '2027-01-31' }, { id: 'half-the-teams', title: 'Half the teams', due: '2027-03-31' }],
      steps: [{ text: 'Book a demo with sales', done: false }],
      support: { helpers: ['Dana, my manager'], resources: ['CRM trial licence'], skills: ['weekly demos'] },
      risks: [{ scenario: 'Sales changes priorities', contingency: 'keep the pilot small' }],
      progressLog: [], revisions: [],
    });
    // Dates and ids are quoted so YAML 1.1 readers cannot misread them.
    const text = fs.readFileSync(path.join(dir, 'goals', `${SHORT}.yaml`), 'utf8');
    // The editor's schema line, then `version: 1`, the first key.
    expect(text).toMatch(/^# yaml-language-server: \$schema=[./]+\.career\/schemas\/goal\.schema\.json\nversion: 1\n/);
    expect(text).toContain('deadline: "2027-06-30"');
    expect((fs.statSync(path.join(dir, 'goals', `${SHORT}.yaml`)).mode & 0o777)).toBe(0o600);
  });

  it('reports a failing SMART check on stderr but still saves (lint is where it fails)', async () => {
    const { dir, env } = initJournal();
    const r = await change(dir, env, ['goal', 'add', '--yes', '--title', 'Speak', '--deadline', 'end of year'], 'goal: add speak');
    expect(r.stdout).toBe('speak\n');
    expect(r.stderr).toMatch(/✗ Specific/);
    expect(r.stderr).toMatch(/✗ Measurable/);
    expect(readGoal(dir, 'speak')).toMatchObject({ deadline: '2026-12-31', horizon: 'short', type: 'other' });
  });

  it('gives a colliding title a -2 suffix, never an overwrite', async () => {
    const { dir, env } = initJournal();
    await change(dir, env, ['goal', 'add', '--yes', '--title', 'Give a conference talk', '--deadline', '2027-05-01'], 'goal: add give-a-conference-talk');
    const first = fs.readFileSync(path.join(dir, 'goals', 'give-a-conference-talk.yaml'));
    const r = await change(dir, env, ['goal', 'add', '--yes', '--title', 'Give a Conference Talk!', '--deadline', '2027-09-01'],
      'goal: add give-a-conference-talk-2', ['goals/give-a-conference-talk-2.yaml']);
    expect(r.stdout).toBe('give-a-conference-talk-2\n');
    expect(fs.readFileSync(path.join(dir, 'goals', 'give-a-conference-talk.yaml')).equals(first)).toBe(true);
    expect(readGoal(dir, 'give-a-conference-talk-2').deadline).toBe('2027-09-01');
    expect((await change(dir, env, ['goal', 'add', '--yes', '--title', 'give a conference talk', '--deadline', '2027-09-01'],
      'goal: add give-a-conference-talk-3')).stdout).toBe('give-a-conference-talk-3\n');
  });

  it('turns hostile titles into safe ids whose file is inside goals/', async () => {
    const { dir, env } = initJournal();
    const titles = ['../../x', '../../x', 'CON', 'w'.repeat(40) + ' ' + 'long '.repeat(52).trim(), '🚀🎯🔥', '成为工程总监', '/etc/passwd', '-rf --help', 'a\u001b[31mred\u001b[0m title'];
    const ids: string[] = [];
    for (const title of titles) {
      const before = snapshot(dir);
      const r = await ok(['goal', 'add', '--yes', '--title', title, '--deadline', '2027-03-01'], env);
      const id = r.stdout.trim();
      expect(id, title).toMatch(ID_RE);
      expect(id.length).toBeLessThanOrEqual(48);
      expect(ids).not.toContain(id);
      ids.push(id);
      const file = path.resolve(dir, 'goals', `${id}.yaml`);
      expect(path.dirname(file)).toBe(path.join(dir, 'goals'));
      // The only new file is the goal's own.
      const after = snapshot(dir);
      expect([...after.keys()].filter((k) => !before.has(k))).toEqual([`goals/${id}.yaml`]);
      expect(lastSubject(dir, env)).toBe(`goal: add ${id}`);
      expect(readGoal(dir, id).title).toBe(title);
      expect(json(await ok(['goal', 'show', id, '--json'], env)).title).toBe(title);
    }
    expect(ids[0]).toBe('x');
    expect(ids[1]).toBe('x-2');
    expect(ids[2]).toBe('con-goal');
    expect(ids[4]).toMatch(/^g-[a-z0-9]{6}$/);
    expect(ids[5]).toMatch(/^g-[a-z0-9]{6}$/);
    expect(fs.existsSync(path.join(path.dirname(dir), 'x.yaml'))).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['.career', '.git', '.gitignore', 'career.yaml', 'goals']);
    // The escape sequence never reaches the terminal raw.
    const list = (await ok(['goal', 'list'], env)).stdout + (await ok(['goal', 'show', ids[8]!], env)).stdout;
    expect(list).not.toContain('\u001b');
  });
});

describe('goal list and goal show --json (SPEC §3 shapes, §4 numbers)', () => {
  it('has exactly the SPEC keys and the §4 values for a fixed today', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    const list = json<Record<string, unknown>[]>(await ok(['goal', 'list', '--json'], env));
    expect(list.map((g) => g.id)).toEqual([LONG, SHORT]); // long before short
    for (const g of list) expectGoalShape(g);
    const [long, short] = list as [Record<string, any>, Record<string, any>];
    expect(long).toMatchObject({ horizon: 'long', parent: null, metric: null, progress: 0, expected: 0, pace: 'on-track', forecast: null,
      milestones: [{ id: 'lead-a-team', title: 'Lead a team', due: '2029-12-31', done: false }] });
    expect(short).toEqual({
      id: SHORT, title: 'Roll out the CRM to 8 sales teams', type: 'development', horizon: 'short', status: 'active',
      parent: LONG, deadline: '2027-06-30', created: '2026-11-20', important: true, urgent: true, checkinStatus: null,
      metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8, current: 0 },
      progress: 0, expected: 0, pace: 'on-track', forecast: null,
      milestones: [
        { id: 'pilot-team-live', title: 'Pilot team live', due: '2027-01-31', done: false },
        { id: 'half-the-teams', title: 'Half the teams', due: '2027-03-31', done: false },
      ],
      smart: { specific: true, measurable: true, achievable: true, relevant: true, timeBound: true },
    });

    // Two values on different days: progress, expected, pace and the least-squares forecast.
    await change(dir, at(env, '2026-12-10'), ['goal', 'progress', SHORT, '3', '--note', 'pilot and two more'], `goal: progress ${SHORT} 0 -> 3`, [`goals/${SHORT}.yaml`]);
    await change(dir, at(env, '2027-01-09'), ['goal', 'progress', SHORT, '5'], `goal: progress ${SHORT} 3 -> 5`);
    const today = '2027-01-09';
    const shown = json(await ok(['goal', 'show', SHORT, '--json'], at(env, today)));
    expect(Object.keys(shown).sort()).toEqual([...GOAL_KEYS, 'progressLog', 'revisions'].sort());
    const { progressLog, revisions, ...view } = shown;
    expectGoalShape(view);
    expect(progressLog).toEqual([{ date: '2026-12-10', value: 3, note: 'pilot and two more' }, { date: '2027-01-09', value: 5 }]);
    expect(revisions).toEqual([]);
    const progress = clamp01((5 - 0) / (8 - 0));
    const expected = clamp01(days('2026-11-20', today) / days('2026-11-20', '2027-06-30'));
    expect(view.metric.current).toBe(5);
    expect(view.progress).toBe(round4(progress));
    expect(view.progress).toBe(0.625);
    expect(view.expected).toBe(round4(expected));
    expect(view.expected).toBe(0.2252); // 50 of 222 days
    expect(view.pace).toBe('ahead'); // 0.625 > 0.2252 + 0.10
    expect(view.forecast).toBe(forecast(0, 8, [['2026-12-10', 3], ['2027-01-09', 5]]));
    expect(view.forecast).toBe('2027-02-23');
    // The same goal from `goal list --json` is the same view.
    const listed = json<Record<string, unknown>[]>(await ok(['goal', 'list', '--json'], at(env, today))).find((g) => g.id === SHORT);
    expect(listed).toEqual(view);

    // Later, without more progress: behind, then overdue once the deadline has passed.
    const later = json(await ok(['goal', 'show', SHORT, '--json'], at(env, '2027-05-15')));
    expect(later.expected).toBe(round4(days('2026-11-20', '2027-05-15') / 222));
    expect(later.pace).toBe('behind'); // 0.625 < 176/222 - 0.10
    const late = json(await ok(['goal', 'show', SHORT, '--json'], at(env, '2027-07-01')));
    expect(late).toMatchObject({ expected: 1, pace: 'overdue', progress: 0.625 });
  });

  it('measures a goal without a metric by its milestones', async () => {
    const { dir, env } = initJournal();
    await change(dir, env, ['goal', 'add', '--yes', '--title', 'Build a mentoring network', '--type', 'networking', '--why', 'learn faster',
      '--deadline', '2027-11-20', '--milestone', 'Find a mentor@2027-01-31', '--milestone', 'First mentor call@2027-02-28',
      '--milestone', 'Join a community@2027-04-30', '--milestone', 'Speak at a meetup@2027-09-30', '--helper', 'Sam'], 'goal: add build-a-mentoring-network');
    const id = 'build-a-mentoring-network';
    await change(dir, env, ['milestone', 'done', id, 'find-a-mentor'], `milestone: done ${id}/find-a-mentor`);
    const g = json(await ok(['goal', 'show', id, '--json'], at(env, '2027-05-21')));
    expect(g.metric).toBeNull();
    expect(g.progress).toBe(0.25);
    expect(g.expected).toBe(round4(days('2026-11-20', '2027-05-21') / 365));
    expect(g.pace).toBe('behind');
    expect(g.forecast).toBeNull();
    expect(g.milestones.map((m: { done: boolean }) => m.done)).toEqual([true, false, false, false]);
  });
});

describe('the life of a goal', () => {
  it('progress, milestone add, milestone done by title and by id, goal done', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    await change(dir, env, ['goal', 'progress', SHORT, '2'], `goal: progress ${SHORT} 0 -> 2`);
    // A second value the same day replaces the first.
    await change(dir, env, ['goal', 'progress', SHORT, '3', '--note', 'corrected'], `goal: progress ${SHORT} 2 -> 3`);
    expect(readGoal(dir, SHORT).progressLog).toEqual([{ date: '2026-11-20', value: 3, note: 'corrected' }]);

    const added = await change(dir, env, ['milestone', 'add', SHORT, 'Pilot review', '--due', 'end of Q2'],
      `milestone: add ${SHORT}/pilot-review`, [`goals/${SHORT}.yaml`]);
    expect(added.stdout).toContain('pilot-review');
    expect(readGoal(dir, SHORT).milestones.at(-1)).toEqual({ id: 'pilot-review', title: 'Pilot review', due: '2027-06-30' });

    const byTitle = await change(dir, env, ['milestone', 'done', SHORT, 'Pilot team live'], `milestone: done ${SHORT}/pilot-team-live`);
    expect(byTitle.stdout).toContain('Milestone done: Pilot team live');
    await change(dir, env, ['milestone', 'done', SHORT, 'half-the-teams'], `milestone: done ${SHORT}/half-the-teams`);
    // The whole title ignoring case, or a unique id prefix, names a milestone; a part of a title does not.
    expect((await career(['milestone', 'done', SHORT, 'REVIEW'], env)).code).toBe(1);
    await change(dir, env, ['milestone', 'done', SHORT, 'PILOT REVIEW'], `milestone: done ${SHORT}/pilot-review`);
    const ms = json(await ok(['goal', 'show', SHORT, '--json'], env)).milestones;
    expect(ms.map((m: { id: string; done: boolean }) => [m.id, m.done])).toEqual([['pilot-team-live', true], ['half-the-teams', true], ['pilot-review', true]]);
    expect(readGoal(dir, SHORT).milestones[0].completed).toBe('2026-11-20');

    const done = await change(dir, env, ['goal', 'done', SHORT, '--celebrate', 'dinner with the team', '--next', 'lead the support rollout'],
      `goal: done ${SHORT}`, [`goals/${SHORT}.yaml`]);
    expect(done.stdout).toContain('dinner with the team');
    const file = readGoal(dir, SHORT);
    expect(file.status).toBe('done');
    expect(file.closed).toEqual({ date: '2026-11-20', celebration: 'dinner with the team', next: 'lead the support rollout' });
    const g = json(await ok(['goal', 'show', SHORT, '--json'], env));
    expect(g).toMatchObject({ status: 'done', progress: 1, pace: 'done' });

    expect(json<{ id: string }[]>(await ok(['goal', 'list', '--json'], env)).map((x) => x.id)).toEqual([LONG]);
    expect((await ok(['goal', 'list'], env)).stdout).not.toContain(SHORT);
    const all = json<{ id: string; status: string }[]>(await ok(['goal', 'list', '--all', '--json'], env));
    expect(all.map((x) => [x.id, x.status])).toEqual([[LONG, 'active'], [SHORT, 'done']]);
    expect((await ok(['goal', 'list', '--all'], env)).stdout).toContain(`✓ ${SHORT}`);
  });

  it('goal drop keeps the reason', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    const r = await change(dir, env, ['goal', 'drop', SHORT, '--reason', 'the CRM project was cancelled'],
      `goal: drop ${SHORT} (the CRM project was cancelled)`, [`goals/${SHORT}.yaml`]);
    expect(r.stdout).toContain(`Dropped ${SHORT}`);
    expect(readGoal(dir, SHORT)).toMatchObject({ status: 'dropped', closed: { date: '2026-11-20', reason: 'the CRM project was cancelled' } });
    expect(json<{ id: string }[]>(await ok(['goal', 'list', '--json'], env)).map((x) => x.id)).toEqual([LONG]);
    const dropped = json(await ok(['goal', 'show', SHORT, '--json'], env));
    expect(dropped.status).toBe('dropped');
    expect(dropped.pace).not.toBe('done');
  });

  it('goal lint exits 1 when a goal fails the SMART check and 0 when all pass', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    const pass = await career(['goal', 'lint'], env);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('All 2 goals are SMART and work backward.');
    await change(dir, env, ['goal', 'add', '--yes', '--title', 'Write more', '--deadline', '2027-02-01'], 'goal: add write-more');
    const fail = await career(['goal', 'lint'], env);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('✗ write-more');
    expect(fail.stdout).toContain('--metric'); // the hint names the flag that fixes it
    expect(fail.stdout).toContain('1 of 3 goals fail the SMART or working-backward check.');
    const one = await career(['goal', 'lint', SHORT, '--json'], env);
    expect(one.code).toBe(0);
    expect(json(one)).toEqual([expect.objectContaining({ id: SHORT, pass: true })]);
    expect((await career(['goal', 'lint', 'write-more'], env)).code).toBe(1);
    // Fixing the goal makes lint pass again; dropped goals are not linted.
    await change(dir, env, ['goal', 'edit', 'write-more', '--title', 'Write twelve blog posts', '--why', 'visibility', '--metric', 'posts',
      '--target', '12', '--step', 'pick topics', '--reason', 'lint'], /^goal: edit write-more \(/);
    expect((await career(['goal', 'lint'], env)).code).toBe(0);
    await change(dir, env, ['goal', 'add', '--yes', '--title', 'Later', '--deadline', '2027-02-01'], 'goal: add later');
    expect((await career(['goal', 'lint'], env)).code).toBe(1);
    await change(dir, env, ['goal', 'drop', 'later', '--reason', 'not now'], 'goal: drop later (not now)');
    expect((await career(['goal', 'lint'], env)).code).toBe(0);
  });
});

describe('goal edit with flags', () => {
  it('appends a revision and keeps the comments and lines written by hand', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    const file = path.join(dir, 'goals', `${SHORT}.yaml`);
    const original = fs.readFileSync(file, 'utf8');
    const edited = original
      .replace('why: the step to team lead\n', 'why: the step to team lead # said in my review\n')
      .replace('metric:\n', '# my note\n# second line of my note\nmetric:\n');
    expect(edited).not.toBe(original);
    fs.writeFileSync(file, edited);
    git(dir, env, ['commit', '-qam', 'hand edit']);

    const commits = commitCount(dir, env);
    const r = await ok(['goal', 'edit', SHORT, '--deadline', '2027-09-30', '--reason', 'the pilot slipped a quarter'], env);
    expect(r.stdout).toContain('deadline');
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(lastSubject(dir, env)).toBe(`goal: edit ${SHORT} (deadline)`);
    expect(status(dir, env)).toBe('');

    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain('# my note\n# second line of my note\nmetric:\n');
    expect(after).toContain('why: the step to team lead # said in my review\n');
    expect(after).toContain('deadline: "2027-09-30"\n');
    // Every line the edit did not reach is byte-identical, in the same order.
    const untouched = (text: string) => {
      const lines = text.split('\n');
      const rev = lines.findIndex((l) => l.startsWith('revisions:'));
      return lines.slice(0, rev).filter((l) => !l.startsWith('deadline:'));
    };
    expect(untouched(after)).toEqual(untouched(edited));
    expect(after.split('\n').filter((l, i, all) => l.startsWith('deadline:') && all.indexOf(l) === i)).toHaveLength(1);

    const data = readGoal(dir, SHORT);
    expect(data.deadline).toBe('2027-09-30');
    expect(data.revisions).toEqual([{ date: '2026-11-20', fields: ['deadline'], reason: 'the pilot slipped a quarter' }]);
    expect((await ok(['doctor'], env)).code).toBe(0);

    // A second edit on another day appends; lists append.
    await change(dir, at(env, '2026-12-01'), ['goal', 'edit', SHORT, '--step', 'Train champions', '--helper', 'Lee', '--why', 'visibility',
      '--reason', 'more help'], `goal: edit ${SHORT} (why, steps, support)`);
    const again = readGoal(dir, SHORT);
    expect(again.steps.map((s: { text: string }) => s.text)).toEqual(['Book a demo with sales', 'Train champions']);
    expect(again.support.helpers).toEqual(['Dana, my manager', 'Lee']);
    expect(again.revisions).toEqual([
      { date: '2026-11-20', fields: ['deadline'], reason: 'the pilot slipped a quarter' },
      { date: '2026-12-01', fields: ['why', 'steps', 'support'], reason: 'more help' },
    ]);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# my note\n# second line of my note\nmetric:\n');
    expect(text).toContain('why: visibility');
    const shown = json(await ok(['goal', 'show', SHORT, '--json'], env));
    expect(shown.revisions).toHaveLength(2);
  });

  it('can clear a parent while moving the goal up the ladder, and guards its children', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    // The short goal becomes long-term with no parent: allowed in one edit.
    await change(dir, env, ['goal', 'edit', SHORT, '--parent', 'none', '--horizon', 'long', '--reason', 'bigger than I thought'],
      `goal: edit ${SHORT} (horizon, parent)`);
    expect(readGoal(dir, SHORT)).toMatchObject({ horizon: 'long', parent: null });
    // A mid-term child of LONG; LONG may not then become mid or short.
    await change(dir, env, ['goal', 'add', '--yes', '--title', 'Manage a team of five', '--horizon', 'mid', '--parent', LONG,
      '--deadline', 'in 3 years'], 'goal: add manage-a-team-of-five');
    const before = snapshot(dir);
    const r = await career(['goal', 'edit', LONG, '--horizon', 'mid', '--reason', 'x'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--horizon');
    expect(r.stderr).toContain('manage-a-team-of-five');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('terminal views', () => {
  it('goal list fits 80 columns, and goal show renders the chart', async () => {
    const { dir, env } = await copyOfJournalWithGoals();
    await ok(['goal', 'progress', SHORT, '3'], env);
    await ok(['goal', 'done', LONG, '--celebrate', 'x', '--next', 'y'], env);
    const fits = (out: string) => {
      const lines = out.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(80);
      return lines;
    };
    // Ids up to 32 characters: every column.
    for (const args of [['goal', 'list'], ['goal', 'list', '--all']]) {
      const lines = fits((await ok(args, env)).stdout);
      expect(lines[0]).toMatch(/^ID\s+HORIZON\s+DEADLINE\s+PROGRESS\s+PACE$/);
      expect(lines.join('\n')).toMatch(new RegExp(`^${SHORT}\\s+short\\s+2027-06-30\\s+[█▏▎▍▌▋▊▉░]{4,10}\\s+38%\\s+ahead$`, 'm'));
    }
    expect((await ok(['goal', 'list', '--all'], env)).stdout).toMatch(/^✓ become-an-engineering-director\s+long\s+2033-12-31\s+█{4,10}\s+100%\s+done$/m);

    // The longest id (48 characters) and a wide Chinese title: still 80 columns, ids whole.
    const longId = (await change(dir, env, ['goal', 'add', '--yes', '--title', 'Present the quarterly engineering roadmap to the whole company every quarter',
      '--deadline', '2027-03-01'], /^goal: add present-the-quarterly-engineering-roadmap/)).stdout.trim();
    expect(longId.length).toBeGreaterThan(40);
    await ok(['goal', 'add', '--yes', '--title', '成为工程总监并带领一个二十人的团队完成年度目标', '--deadline', '2027-03-01'], env);
    for (const args of [['goal', 'list'], ['goal', 'list', '--all']]) {
      const lines = fits((await ok(args, env)).stdout);
      expect(lines.some((l) => l.startsWith(`${longId} `))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${SHORT} `) && l.includes('2027-06-30') && l.includes('38%') && l.endsWith('ahead'))).toBe(true);
    }

    await ok(['goal', 'progress', SHORT, '5'], at(env, '2026-12-20'));
    const page = (await ok(['goal', 'show', SHORT], at(env, '2026-12-20'))).stdout;
    expect(page).toContain('Roll out the CRM to 8 sales teams');
    expect(page).toMatch(/Forecast: \d{4}-\d{2}-\d{2}, /);
    for (const part of ['SMART', 'Milestones', 'Pilot team live', 'Steps', 'Support', 'Risks', 'Progress']) expect(page).toContain(part);
    // The chart: a y axis from 0 to 8, an x axis, recorded points and the ideal line.
    const chart = page.split('\n');
    const axis = chart.filter((l) => l.includes('┤'));
    expect(axis).toHaveLength(8);
    expect(axis[0]).toMatch(/^\s+8 ┤/);
    expect(axis.at(-1)).toMatch(/^\s+0 ┤/);
    expect(chart.some((l) => /└─+$/.test(l))).toBe(true);
    expect(page.match(/●/g)!.length).toBeGreaterThanOrEqual(3); // two values and the legend
    expect(page).toContain('·');
    expect(page).toMatch(/2026-11-20\s+2027-06-30/);
    expect(page).toContain('ideal pace to 8 by 2027-06-30');
    for (const line of chart.filter((l) => l.includes('┤') || l.includes('└'))) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});
