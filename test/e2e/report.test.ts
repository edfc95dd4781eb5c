// `career report` on the built CLI, in process (SPEC §3, §4): the shipped demo journal with no
// set-up, periods, formats, --goal, errors, colour only on a terminal that wants it (that check
// spawns the binary: chalk's colour level is global to a process), and a report that never
// writes to the journal or commits.
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { career as careerBinary, commitCount, ROOT, snapshot as snapshotAll, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const CRM = 'roll-out-the-crm-to-ten-teams';
const GO = 'learn-go-for-the-platform-team';
const TALKS = 'give-two-talks-about-platform-work';
const DEMO = path.join(ROOT, 'templates', 'demo');
const ESC = '\u001b';

const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
/** The journal's files, without .career/ (SPEC §2: not versioned; a read may refresh its cache). */
const snapshot = (dir: string) => new Map([...snapshotAll(dir)].filter(([rel]) => !rel.startsWith('.career/')));
// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;
const without = (env: Env, ...keys: string[]): Env => Object.fromEntries(Object.entries(env).filter(([k]) => !keys.includes(k)));

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** `ok` on the spawned binary, for the colour checks. */
function okBinary(args: string[], env: Env): RunResult {
  const r = careerBinary(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

async function fails(args: string[], env: Env, message: string | RegExp, code = 1): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(code);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r;
}

function keysOf(report: any): void {
  for (const k of ['period', 'today', 'goals', 'milestones', 'checkins', 'journal', 'finished']) expect(report).toHaveProperty(k);
  expect(Object.keys(report.period).sort()).toEqual(['since', 'until']);
  expect(Object.keys(report.milestones).sort()).toEqual(['overdue', 'upcoming']);
  expect(Object.keys(report.checkins).sort()).toEqual(['count', 'energy', 'missed', 'streak']);
  expect(Object.keys(report.journal).sort()).toEqual(['blockers', 'feedback', 'learnings', 'wins']);
  for (const m of [...report.milestones.overdue, ...report.milestones.upcoming]) {
    for (const k of ['goal', 'id', 'title', 'due']) expect(m).toHaveProperty(k);
  }
  for (const list of Object.values(report.journal) as any[][]) {
    for (const item of list) {
      expect(Object.keys(item).sort()).toEqual(['date', 'goal', 'source', 'text']);
      expect(['checkin', 'journal']).toContain(item.source);
    }
  }
  for (const g of [...report.goals, ...report.finished]) {
    for (const k of ['id', 'title', 'type', 'horizon', 'status', 'parent', 'deadline', 'created', 'important', 'urgent', 'metric',
      'progress', 'expected', 'pace', 'forecast', 'milestones', 'smart']) expect(g).toHaveProperty(k);
  }
}

describe('career report --demo', () => {
  let env: Env;
  let empty: string;
  beforeAll(() => {
    empty = tempDir('career-empty-');
    env = testEnv(empty);
  });

  it('works with no journal at all (CAREER_HOME an empty directory), and writes nothing', async () => {
    const demoBefore = snapshotAll(DEMO);
    const r = await ok(['report', '--demo'], env);
    expect(r.stdout).toContain('Maya Chen');
    expect(r.stdout).toContain('Become a staff engineer on the platform team');
    expect(r.stdout).toContain('Lead the checkout migration off the monolith');
    expect(r.stdout).toContain('sample journal');
    expect(r.stdout).toContain('Q4 2026');
    for (const h of ['GOALS', 'MILESTONES', 'PRIORITIES', 'RHYTHM', 'THIS PERIOD']) expect(r.stdout).toContain(h);
    expect(r.stderr).toBe('');
    expect(fs.readdirSync(empty)).toEqual([]);
    // Not even a cache in the shipped package: it may be read-only, and it is published as is.
    expect(snapshotAll(DEMO)).toEqual(demoBefore);
    expect(fs.existsSync(path.join(DEMO, '.career'))).toBe(false);
  });

  it('works without CAREER_HOME or XDG_DATA_HOME, with an empty home', async () => {
    const r = await ok(['report', '--demo'], without(env, 'CAREER_HOME', 'XDG_DATA_HOME'));
    expect(r.stdout).toContain('Maya Chen');
    expect(r.stdout).toContain('sample journal');
  });

  it('uses the demo\'s own today, not CAREER_TODAY', async () => {
    const r = json(await ok(['report', '--demo', '--json'], at(env, '2030-01-01')));
    expect(r.today).toBe('2026-11-20');
  });

  it('--json parses and has the SPEC keys', async () => {
    const r = json(await ok(['report', '--demo', '--json'], env));
    keysOf(r);
    expect(r.period).toEqual({ since: '2026-10-01', until: '2026-12-31' });
    expect(r.today).toBe('2026-11-20');
    expect(r.goals.length).toBeGreaterThan(3);
    expect(r.goals[0].horizon).toBe('long');
    expect(r.journal.wins.length).toBeGreaterThan(0);
    expect(r.checkins.energy.length).toBeGreaterThan(0);
    // --format json is the same.
    expect((await ok(['report', '--demo', '--format', 'json'], env)).stdout).toBe((await ok(['report', '--demo', '--json'], env)).stdout);
  });

  it('--format markdown --period year is a brag document', async () => {
    const r = await ok(['report', '--demo', '--format', 'markdown', '--period', 'year'], env);
    expect(r.stdout.startsWith('# Brag document 2026: Maya Chen\n')).toBe(true);
    expect(r.stdout).toContain('## Goals achieved');
    expect(r.stdout).not.toContain(ESC);
  });

  it('--format markdown for the quarter is a report', async () => {
    const r = await ok(['report', '--demo', '--format', 'markdown'], env);
    expect(r.stdout.startsWith('# Career report Q4 2026: Maya Chen\n')).toBe(true);
  });
});

/**
 * A journal begun on 2026-01-05 (with one entry back-filled before that), as of 2026-11-20: a
 * long goal with a short one under it, a goal finished in May, check-ins, and journal entries.
 */
async function journal() {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2026-01-05' });
  await ok(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft,impact', '--vision', 'Lead a platform team'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Learn Go for the platform team', '--horizon', 'long', '--why', 'the platform is Go',
    '--deadline', '2030-12-31', '--important'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to ten teams', '--why', 'team lead', '--deadline', '2026-12-31',
    '--metric', 'teams', '--unit', 'teams', '--target', '10', '--parent', GO, '--important', '--urgent',
    '--milestone', 'Pilot live@2026-11-18', '--milestone', 'Training day@2026-11-27'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Give two talks about platform work', '--deadline', '2026-09-30'], env);
  await ok(['goal', 'progress', CRM, '2'], at(env, '2026-03-02'));
  await ok(['journal', 'add', '--kind', 'win', '--goal', CRM, 'Spring pilot plan approved'], at(env, '2026-03-03'));
  await ok(['goal', 'done', TALKS, '--yes', '--celebrate', 'dinner', '--next', 'a third talk'], at(env, '2026-05-20'));
  await ok(['checkin', '--yes', '--week', '2026-W45', '--win', 'Team 3 live', '--energy', '3'], at(env, '2026-11-20'));
  await ok(['journal', 'add', '--kind', 'frustration', '--date', '2026-11-12', 'Staging was down'], at(env, '2026-11-20'));
  await ok(['journal', 'add', '--kind', 'win', '--date', '2025-12-01', 'Before the journal began'], at(env, '2026-11-20'));
  await ok(['checkin', '--yes', '--progress', `${CRM}=5`, '--milestone', `${CRM}=pilot-live`, '--win', 'Pilot went live',
    '--feedback', 'Dana: great demo', '--learning', 'Demo first', '--blocker', 'Waiting on legal', '--energy', '4'], at(env, '2026-11-20'));
  return { dir, env: at(env, '2026-11-20') };
}

describe('career report on a journal', () => {
  let dir: string;
  let env: Env;
  beforeAll(async () => {
    ({ dir, env } = await journal());
  }, 60_000);

  it('--json defaults to this quarter', async () => {
    const r = json(await ok(['report', '--json'], env));
    keysOf(r);
    expect(r.period).toEqual({ since: '2026-10-01', until: '2026-12-31' });
    expect(r.today).toBe('2026-11-20');
    expect(r.goals.map((g: any) => g.id)).toEqual([GO, CRM]);
    expect(r.depth).toEqual({ [GO]: 0, [CRM]: 1 });
    const crm = r.goals[1];
    expect(crm).toMatchObject({ progress: 0.5, pace: 'behind', metric: { name: 'teams', unit: 'teams', start: 0, target: 10, current: 5 } });
    expect(crm.forecast).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(r.milestones).toEqual({ overdue: [], upcoming: [{ goal: CRM, id: 'training-day', title: 'Training day', due: '2026-11-27', done: false }] });
    expect(r.checkins).toMatchObject({ count: 2, streak: 1, energy: [{ week: '2026-W45', energy: 3 }, { week: '2026-W47', energy: 4 }] });
    expect(r.checkins.missed).toEqual(['2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W46']);
    expect(r.journal.wins).toEqual([
      { date: '2026-11-20', text: 'Pilot went live', goal: null, source: 'checkin' },
      { date: '2026-11-08', text: 'Team 3 live', goal: null, source: 'checkin' },
    ]);
    expect(r.journal.blockers).toEqual([
      { date: '2026-11-20', text: 'Waiting on legal', goal: null, source: 'checkin' },
      { date: '2026-11-12', text: 'Staging was down', goal: null, source: 'journal' },
    ]);
    expect(r.journal.feedback).toEqual([{ date: '2026-11-20', text: 'Dana: great demo', goal: null, source: 'checkin' }]);
    expect(r.journal.learnings).toEqual([{ date: '2026-11-20', text: 'Demo first', goal: null, source: 'checkin' }]);
    expect(r.finished).toEqual([]);
    expect(r.milestonesHit).toEqual([{ goal: CRM, id: 'pilot-live', title: 'Pilot live', due: '2026-11-18', completed: '2026-11-20' }]);
    expect(r.eisenhower).toEqual({ do: [CRM], schedule: [GO], delegate: [], drop: [] });
  });

  it('--period all covers everything, back-filled entries included', async () => {
    const r = json(await ok(['report', '--json', '--period', 'all'], env));
    expect(r.period).toEqual({ since: '2025-12-01', until: '2026-11-20' });
    expect(r.finished.map((g: any) => g.id)).toEqual([TALKS]);
    expect(r.journal.wins.map((w: any) => w.text)).toEqual(['Pilot went live', 'Team 3 live', 'Spring pilot plan approved', 'Before the journal began']);
    // Missed weeks count from the week of init, however far back the entries go.
    expect(r.checkins.missed[0]).toBe('2026-W02');
    expect(r.checkins.count).toBe(2);
  });

  it('--period SINCE..UNTIL takes exactly that range', async () => {
    const r = json(await ok(['report', '--json', '--period', '2026-01-01..2026-06-30'], env));
    expect(r.period).toEqual({ since: '2026-01-01', until: '2026-06-30' });
    expect(r.finished.map((g: any) => g.id)).toEqual([TALKS]);
    expect(r.journal.wins).toEqual([{ date: '2026-03-03', text: 'Spring pilot plan approved', goal: CRM, source: 'journal' }]);
    expect(r.journal.blockers).toEqual([]);
    expect(r.checkins.count).toBe(0);
    const text = (await ok(['report', '--period', '2026-01-01..2026-06-30'], env)).stdout;
    expect(text.split('\n')[0]).toBe('Test Person · 2026-01-01 to 2026-06-30');
  });

  it('--period week, month and year', async () => {
    expect(json(await ok(['report', '--json', '--period', 'week'], env)).period).toEqual({ since: '2026-11-16', until: '2026-11-22' });
    expect(json(await ok(['report', '--json', '--period', 'month'], env)).period).toEqual({ since: '2026-11-01', until: '2026-11-30' });
    expect(json(await ok(['report', '--json', '--period', 'year'], env)).period).toEqual({ since: '2026-01-01', until: '2026-12-31' });
    expect((await ok(['report', '--period', 'month'], env)).stdout).toContain('November 2026');
    expect((await ok(['report', '--period', 'week'], env)).stdout).toContain('week 2026-W47');
  });

  it('--goal keeps that goal and the goals under it', async () => {
    const sub = json(await ok(['report', '--json', '--goal', CRM], env));
    expect(sub.goals.map((g: any) => g.id)).toEqual([CRM]);
    const all = json(await ok(['report', '--json', '--goal', GO, '--period', 'all'], env));
    expect(all.goals.map((g: any) => g.id)).toEqual([GO, CRM]);
    // Only the entries about those goals.
    expect(all.journal.wins.map((w: any) => w.text)).toEqual(['Spring pilot plan approved']);
    const text = (await ok(['report', '--goal', CRM], env)).stdout;
    expect(text).toContain('Roll out the CRM to ten teams');
    expect(text).not.toContain('Learn Go');
  });

  it('takes any period by name: last year\'s brag document in January, a quarter, a month, a week', async () => {
    const january = { ...env, CAREER_TODAY: '2027-01-05' };
    const last = JSON.parse((await ok(['report', '--period', 'last-year', '--json'], january)).stdout);
    expect(last.period).toEqual({ since: '2026-01-01', until: '2026-12-31' });
    const brag = (await ok(['report', '--period', 'last-year', '--format', 'markdown'], january)).stdout;
    expect(brag).toMatch(/^# Brag document 2026: /);
    expect((await ok(['report', '--period', '2026', '--format', 'markdown'], january)).stdout).toBe(brag);
    for (const [period, since, until, title] of [['2026-Q4', '2026-10-01', '2026-12-31', 'Q4 2026'], ['2026-11', '2026-11-01', '2026-11-30', 'November 2026'],
      ['2026-W47', '2026-11-16', '2026-11-22', 'week 2026-W47'], ['last-quarter', '2026-10-01', '2026-12-31', 'Q4 2026']] as const) {
      expect(JSON.parse((await ok(['report', '--period', period, '--json'], january)).stdout).period, period).toEqual({ since, until });
      expect((await ok(['report', '--period', period, '--format', 'markdown'], january)).stdout, period).toContain(`# Career report ${title}: `);
    }
  });

  it('refuses a bad --period or --format with exit 1', async () => {
    await fails(['report', '--period', 'fortnight'], env, '--period "fortnight" is not a period');
    expect((await career(['report', '--period', 'fortnight'], env)).stderr).toContain('last-year, 2026, 2026-Q4, 2026-11, 2026-W47');
    await fails(['report', '--period', '2026-06-30..2026-01-01'], env, 'the start is after the end');
    await fails(['report', '--period', '2026-02-30..2026-06-30'], env, /--period/);
    await fails(['report', '--format', 'pdf'], env, '--format "pdf" is not terminal, markdown, json or html');
  });

  it('refuses an unknown --goal with exit 1 and a did-you-mean', async () => {
    const r = await fails(['report', '--goal', 'roll-out-the-crn-to-ten-teams'], env, 'no goal "roll-out-the-crn-to-ten-teams"');
    expect(r.stderr).toContain(`did you mean ${CRM}`);
    expect(r.stdout).toBe('');
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    expect((await career(['report', '--bogus'], env)).code).toBe(2);
  });

  it('has no colour with NO_COLOR, with --no-color, or when piped; colour only when forced', () => {
    const piped = without(env, 'NO_COLOR', 'FORCE_COLOR');
    expect(okBinary(['report'], env).stdout).not.toContain(ESC); // NO_COLOR=1
    expect(okBinary(['report'], piped).stdout).not.toContain(ESC); // not a terminal
    expect(okBinary(['report', '--no-color'], { ...piped, FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(okBinary(['report'], { ...env, FORCE_COLOR: '1' }).stdout).not.toContain(ESC); // NO_COLOR wins
    // The check is real: forced colour does colour.
    const forced = okBinary(['report'], { ...piped, FORCE_COLOR: '1' }).stdout;
    expect(forced).toContain(ESC);
    expect(forced.replace(/\u001b\[[0-9;]*m/g, '')).toBe(okBinary(['report'], piped).stdout);
    // Markdown and JSON never carry colour.
    expect(okBinary(['report', '--format', 'markdown'], { ...piped, FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(okBinary(['report', '--json'], { ...piped, FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });

  it('lays the piped report out in 80 columns', async () => {
    const text = (await ok(['report', '--period', 'all'], env)).stdout;
    for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(text).toContain('GOALS');
    expect(text).toContain('  Learn Go for the platform team');
    expect(text).toContain('└ Roll out the CRM to ten teams');
    expect(text).toContain('✓ Give two talks about platform work');
  });

  it('is read-only: nothing written, nothing committed', async () => {
    const snap = snapshot(dir);
    const commits = commitCount(dir, env);
    for (const args of [['report'], ['report', '--json', '--period', 'all'], ['report', '--format', 'markdown', '--period', 'year'], ['report', '--goal', CRM]]) await ok(args, env);
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('needs a journal unless --demo', async () => {
    const none = testEnv(path.join(tempDir(), 'nothing-here'));
    const r = await career(['report'], none);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/career init/);
  });
});
