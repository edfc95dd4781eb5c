// `career share` on the built CLI, in process (SPEC §1, §3): this week's status for the
// accountability partner as Markdown (Progress, Plans, Problems, with numbers), an earlier week,
// --out, and a week with no check-in. Read-only: nothing in the journal changes. The binary
// itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitCount, snapshot as snapshotAll, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const CRM = 'roll-out-the-crm-to-ten-teams';
const GO = 'learn-go-for-the-platform-team';

const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
/** The journal's files, without .career/ (SPEC §2: not versioned; a read may refresh its cache). */
const snapshot = (dir: string) => new Map([...snapshotAll(dir)].filter(([rel]) => !rel.startsWith('.career/')));

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** Sections of the status by heading: the bullet lines under each. */
function sections(md: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current = '';
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) out[(current = line.slice(3))] = [];
    else if (current && line.startsWith('- ')) out[current]!.push(line.slice(2));
  }
  return out;
}

/**
 * A journal begun 2026-01-05, as of Friday 2026-11-20 (2026-W47): the CRM goal at 3 teams last
 * week (W46's check-in) and 5 this week, a milestone done this week and one due next week, wins,
 * focus and blockers in this week's check-in, a goal marked at risk, and an overdue goal.
 */
async function journal() {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2026-01-05' });
  await ok(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to ten teams', '--why', 'team lead', '--deadline', '2026-12-31',
    '--metric', 'teams', '--unit', 'teams', '--target', '10', '--milestone', 'Pilot live@2026-11-18', '--milestone', 'Training day@2026-11-27'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Learn Go for the platform team', '--horizon', 'mid', '--deadline', '2027-12-31'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Finish the Kubernetes course', '--deadline', '2026-10-31'], env);
  await ok(['goal', 'progress', CRM, '1'], at(env, '2026-06-01'));
  await ok(['checkin', '--yes', '--progress', `${CRM}=3`, '--win', 'Team 3 onboarded', '--focus', 'Pilot launch', '--blocker', 'Slow approvals'], at(env, '2026-11-13'));
  await ok(['checkin', '--yes', '--progress', `${CRM}=5`, '--milestone', `${CRM}=pilot-live`, '--win', 'Pilot went live',
    '--focus', 'Train team 6', '--focus', 'Draft the # rollout | plan *now*', '--blocker', 'Waiting on legal',
    '--status', `${GO}=at-risk`, '--note', `${GO}=no time for it`, '--energy', '4'], at(env, '2026-11-20'));
  await ok(['journal', 'add', '--kind', 'win', 'Paired with Jo on the migration'], at(env, '2026-11-19'));
  return { dir, env: at(env, '2026-11-20') };
}

describe('career share', () => {
  let dir: string;
  let env: Env;
  beforeAll(async () => {
    ({ dir, env } = await journal());
  }, 60_000);

  it('writes this week\'s Progress, Plans and Problems with numbers, and changes nothing', async () => {
    const snap = snapshot(dir);
    const commits = commitCount(dir, env);
    const r = await ok(['share'], env);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('# Weekly status 2026-W47: Test Person\n')).toBe(true);
    const s = sections(r.stdout);
    expect(Object.keys(s)).toEqual(['Progress', 'Plans', 'Problems']);
    expect(s.Progress).toEqual([
      '**Roll out the CRM to ten teams**: 3 → 5 of 10 teams (50%)',
      'Milestone done: Pilot live (Roll out the CRM to ten teams)',
      'Win: Pilot went live',
      'Win: Paired with Jo on the migration',
      'Learn Go for the platform team (at-risk): no time for it',
    ]);
    expect(s.Plans).toEqual([
      'Train team 6',
      'Draft the \\# rollout \\| plan \\*now\\*',
      'Due 2026-11-27: Training day (Roll out the CRM to ten teams)',
    ]);
    expect(s.Problems).toContain('Waiting on legal');
    expect(s.Problems).toContain('Overdue since 2026-10-31: Finish the Kubernetes course');
    expect(s.Problems).toContain('Behind pace: Roll out the CRM to ten teams (50% done, 89% expected by now)');
    expect(s.Problems!.some((p) => p.startsWith('Behind pace: Learn Go') || p === 'Learn Go for the platform team is at-risk')).toBe(true);
    expect(s.Problems).not.toContain('Slow approvals'); // last week's
    expect(r.stdout).not.toContain('\u001b');
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('--week shows an earlier week as it was', async () => {
    const r = await ok(['share', '--week', '2026-W46'], env);
    expect(r.stdout.startsWith('# Weekly status 2026-W46: Test Person\n')).toBe(true);
    const s = sections(r.stdout);
    expect(s.Progress).toEqual(['**Roll out the CRM to ten teams**: 1 → 3 of 10 teams (30%)', 'Win: Team 3 onboarded']);
    expect(s.Plans).toContain('Pilot launch');
    expect(s.Plans).toContain('Due 2026-11-18: Pilot live (Roll out the CRM to ten teams)');
    expect(s.Problems).toContain('Slow approvals');
    expect(s.Problems).not.toContain('Waiting on legal');
  });

  it('--out writes the same text to a file, and says so on stderr', async () => {
    const out = path.join(tempDir('career-share-'), 'status.md');
    const r = await ok(['share', '--out', out], env);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Wrote ${out}.`);
    expect(fs.readFileSync(out, 'utf8')).toBe((await ok(['share'], env)).stdout);
    // Again over the old file: replaced whole.
    await ok(['share', '--week', '2026-W46', '--out', out], env);
    expect(fs.readFileSync(out, 'utf8')).toBe((await ok(['share', '--week', '2026-W46'], env)).stdout);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['status.md']);
  });

  it('refuses a week that has not started, or a malformed one, with exit 1', async () => {
    const future = await career(['share', '--week', '2026-W48'], env);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('--week 2026-W48 has not started yet');
    expect(future.stdout).toBe('');
    const bad = await career(['share', '--week', '2026-47'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not a valid week');
  });

  it('works for a week without a check-in and says so on stderr', async () => {
    const r = await ok(['share', '--week', '2026-W45'], env);
    expect(r.stderr).toContain('No check-in for 2026-W45');
    const s = sections(r.stdout);
    expect(Object.keys(s)).toEqual(['Progress', 'Plans', 'Problems']);
    expect(s.Progress).toEqual(['No progress recorded this week.']);
    expect(s.Plans).toEqual(['Due 2026-11-18: Pilot live (Roll out the CRM to ten teams)']);
    expect(s.Problems).toContain('Overdue since 2026-10-31: Finish the Kubernetes course');
  });

  it('works this week before the check-in, from the goals and journal', async () => {
    const r = await ok(['share'], at(env, '2026-11-24'));
    expect(r.stderr).toContain('No check-in for 2026-W48');
    expect(r.stdout.startsWith('# Weekly status 2026-W48: Test Person\n')).toBe(true);
    expect(sections(r.stdout).Plans).toEqual(['Due 2026-11-27: Training day (Roll out the CRM to ten teams)']);
  });
});
