// `career` with no arguments (SPEC §3): inside a journal, what to do now, each with its command;
// `--json` for scripts; outside a journal, how to start; exit 0 and nothing written. Plus one
// real terminal (tmux) that runs it on a journal whose check-in is due and reads the screen.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, career as spawnCareer, initJournal, snapshot, tempDir, testEnv } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

type Env = NodeJS.ProcessEnv;
const G = 'roll-out-the-crm-to-8-sales-teams';

/** Begun 2026-10-26 (W44), one goal with a milestone, W44's check-in with two focus items and a flag. */
async function journal(): Promise<{ dir: string; env: Env }> {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2026-10-26' });
  for (const [args, today] of [
    [['init', '--yes', '--name', 'Test Person'], '2026-10-26'],
    [['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '8',
      '--milestone', 'Pilot team live@2026-11-18', '--milestone', 'Training day@2026-11-22'], '2026-10-26'],
    [['checkin', '--yes', '--status', `${G}=at-risk`, '--focus', 'Book the demo', '--focus', 'Write the rollout plan'], '2026-10-30'],
  ] as const) {
    const r = await career([...args], { ...env, CAREER_TODAY: today });
    if (r.code !== 0) throw new Error(r.stderr);
  }
  return { dir, env: { ...env, CAREER_TODAY: '2026-11-20' } };
}

const sessions: TmuxSession[] = [];
afterEach(() => { for (const s of sessions.splice(0)) s.kill(); });

describe('career (no arguments)', () => {
  it('says what to do now, each with its command, exit 0, writing nothing', async () => {
    const { dir, env } = await journal();
    const before = snapshot(dir);
    // Wide enough for one line a thing (wrapping at 60 and 80 columns: wrap.test.ts).
    const r = await career([], { ...env, COLUMNS: '200' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Test Person · 2026-11-20 · week 2026-W47');
    expect(r.stdout).toContain('• This week\'s check-in is due.  career checkin');
    expect(r.stdout).toContain('• 2 missed weeks to back-fill: 2026-W46, 2026-W45.  career checkin --week 2026-W46');
    expect(r.stdout).toContain(`    2026-11-18  Pilot team live (${G})  career milestone done ${G} pilot-team-live`);
    expect(r.stdout).toContain('• Milestones due this week:');
    expect(r.stdout).toContain('• Your focus from 2026-W44:\n    Book the demo\n    Write the rollout plan');
    expect(r.stdout).toContain(`    Roll out the CRM to 8 sales teams (behind, you said at risk)  career goal progress ${G} <value>`);
    expect(r.stdout).toContain('• Your monthly review of 2026-10 is due.  career review monthly --period 2026-10'); // October ended, not reviewed
    expect(r.stdout.split('\n').length).toBeLessThan(24);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--json has the same things for scripts and status bars', async () => {
    const { env } = await journal();
    const v = JSON.parse((await career(['--json'], env)).stdout);
    expect(Object.keys(v)).toEqual(['today', 'week', 'checkin', 'missed', 'milestones', 'focus', 'goals', 'reviews']);
    expect(v.checkin.state).toBe('due');
    expect(v.missed.total).toBe(2);
    expect(v.goals[0]).toMatchObject({ id: G, pace: 'behind', checkinStatus: 'at-risk' });
  });

  it('outside a journal says how to start; --help still shows help; an unknown command is still exit 2', async () => {
    const env = testEnv(path.join(tempDir(), 'nothing-here'));
    const r = await career([], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Start one with:  career init');
    expect(JSON.parse((await career(['--json'], env)).stdout)).toMatchObject({ journal: null, start: 'career init' });
    const help = spawnCareer(['--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: career [options] [command]');
    expect(help.stdout).not.toContain('now '); // the hidden command stays hidden
    expect(spawnCareer(['frobnicate'], env).code).toBe(2);
    // --json after a command is still that command's.
    const { env: j } = await journal();
    expect(Array.isArray(JSON.parse((await career(['goal', 'list', '--json'], j)).stdout))).toBe(true);
  });

  it.skipIf(!tmuxAvailable())('in a real terminal: the screen shows the due check-in and its command', async () => {
    const { env } = await journal();
    const t = new TmuxSession(env);
    sessions.push(t);
    t.start([process.execPath, BIN], { width: 100, height: 30 });
    expect(await t.waitExit()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('This week\'s check-in is due.  career checkin');
    expect(screen).toContain('career checkin --week 2026-W46');
    expect(screen).toContain('More: career report');
  });
});
