// Progress you can trust (SPEC §4 "Check-in values", §5 "Writes are transactions"), on the built
// CLI (in process, the same `main` bin/career.js calls; concurrent and killed writers are real
// processes of the binary): a re-run check-in never writes an old number back, a back-fill records what the
// person said for that week and nothing else, concurrent check-ins of one week merge, a multi-file
// change is all or nothing, a write never takes its record from the cache, and a writer killed
// before its commit is finished and committed by the next one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { career as careerBin, commitCount, gitIn, pilotJournal, snapshot, startCareer, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;
type Run = RunResult;

const GOAL = 'ship-the-pilot-to-ten-teams';
const GOAL_FILE = `goals/${GOAL}.yaml`;
const WEEK = '2026-W47'; // CAREER_TODAY is 2026-11-20, a Friday in it
const WEEK_FILE = `checkins/2026/${WEEK}.yaml`;
const PATIENT = { CAREER_LOCK_TIMEOUT_MS: '60000' };

const dirs: string[] = [];
function journal(): { dir: string; env: Env } {
  const j = pilotJournal();
  dirs.push(path.dirname(j.dir), path.dirname(j.env.GIT_CONFIG_GLOBAL!));
  return j;
}
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

const start = startCareer;

const ok = (r: Run) => { expect(r.code, r.stderr).toBe(0); return r; };
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
const log = (dir: string) => readYaml(dir, GOAL_FILE).progressLog as { date: string; value: number; note?: string; week?: string }[];
const clean = (dir: string, env: Env) => gitIn(dir, env, ['status', '--porcelain', '--untracked-files=all']).trim();

describe('check-in values mean what the person said', () => {
  it('a re-run check-in does not revert a later `goal progress`', async () => {
    const { dir, env } = journal();
    ok(await career(['checkin', '--yes', '--progress', `${GOAL}=1`], env));
    ok(await career(['goal', 'progress', GOAL, '3'], env));
    ok(await career(['checkin', '--yes', '--win', 'Pilot call went well'], env));
    const entries = log(dir);
    expect(entries.map((p) => p.value)).toEqual([3]); // one value for the day: the latest
    expect(new Set(entries.map((p) => p.date)).size).toBe(entries.length);
    const show = JSON.parse(ok(await career(['goal', 'show', GOAL, '--json'], env)).stdout) as { metric: { current: number } };
    expect(show.metric.current).toBe(3);
  });

  it('a back-filled week records nothing it was not told: no value, no energy, no status', async () => {
    const { dir, env } = journal();
    ok(await career(['goal', 'progress', GOAL, '4'], env));
    ok(await career(['checkin', '--yes', '--week', '2026-W45', '--win', 'Back-filled win'], env));
    const week = readYaml(dir, 'checkins/2026/2026-W45.yaml') as Record<string, unknown>;
    expect(week.wins).toEqual(['Back-filled win']);
    expect(week.energy).toBeUndefined();
    expect(week.goals).toEqual([]);
    expect(log(dir).map((p) => p.value)).toEqual([4]);
  });

  it('a value given for a back-filled week is dated within that week', async () => {
    const { dir, env } = journal();
    ok(await career(['goal', 'progress', GOAL, '4'], env));
    ok(await career(['checkin', '--yes', '--week', '2026-W45', '--progress', `${GOAL}=2`], env));
    expect(log(dir)).toEqual([{ date: '2026-11-08', value: 2, week: '2026-W45' }, { date: '2026-11-20', value: 4 }]);
  });

  it('a second `goal progress` on one day replaces the value, keeps both notes and says so', async () => {
    const { dir, env } = journal();
    ok(await career(['goal', 'progress', GOAL, '2', '--note', 'first team live'], env));
    const r = ok(await career(['goal', 'progress', GOAL, '3', '--note', 'second team live'], env));
    expect(r.stdout).toContain("Replaced today's earlier value 2");
    expect(log(dir)).toEqual([{ date: '2026-11-20', value: 3, note: 'first team live; second team live' }]);
  });
});

describe('concurrent writers merge, never overwrite', () => {
  it('check-ins of one week with different flags, launched together, all keep their fields', async () => {
    const { dir, env } = journal();
    const runs = await Promise.all([
      start(['checkin', '--yes', '--win', 'Win A'], { ...env, ...PATIENT }),
      start(['checkin', '--yes', '--learning', 'Learning B'], { ...env, ...PATIENT }),
      start(['checkin', '--yes', '--progress', `${GOAL}=5`], { ...env, ...PATIENT }),
      start(['checkin', '--yes', '--energy', '4'], { ...env, ...PATIENT }),
      start(['checkin', '--yes', '--focus', 'Pilot with team 3'], { ...env, ...PATIENT }),
      start(['goal', 'progress', GOAL, '6', '--note', 'from goal progress'], { ...env, ...PATIENT, CAREER_TODAY: '2026-11-19' }),
    ]);
    for (const r of runs) ok(r);
    const week = readYaml(dir, WEEK_FILE) as Record<string, unknown>;
    expect(week.wins).toEqual(['Win A']);
    expect(week.learnings).toEqual(['Learning B']);
    expect(week.energy).toBe(4);
    expect(week.focus).toEqual(['Pilot with team 3']);
    expect(week.goals).toEqual([{ goal: GOAL, value: 5, milestones: [] }]);
    expect(log(dir)).toEqual([{ date: '2026-11-19', value: 6, note: 'from goal progress' }, { date: '2026-11-20', value: 5, week: WEEK }]);
    expect(clean(dir, env)).toBe('');
  });

  // 32 processes on two cores: minutes when the machine is busy, so this one waits longer.
  it('16 mixed writers for two rounds: every write that exited 0 is there, git is clean, doctor passes', { timeout: 400_000 }, async () => {
    const { dir, env } = journal();
    ok(await career(['milestone', 'add', GOAL, 'Pilot plan agreed', '--due', '2027-01-15'], env));
    const before = commitCount(dir, env);
    let writes = 0;
    for (let round = 1; round <= 2; round++) {
      const runs = await Promise.all(Array.from({ length: 16 }, (_, i) => {
        const e = { ...env, ...PATIENT };
        switch (i % 6) {
          case 0: return start(['checkin', '--yes', '--win', `Win ${round}.${i}`], e);
          case 1: return start(['checkin', '--yes', '--learning', `Learning ${round}.${i}`], e);
          case 2: return start(['goal', 'progress', GOAL, String(round * 10 + i), '--note', `n${round}.${i}`], { ...e, CAREER_TODAY: `2026-10-${String(round * 5 + (i % 5)).padStart(2, '0')}` });
          case 3: return start(['journal', 'add', `Entry ${round}.${i}`], e);
          case 4: return start(['goal', 'edit', GOAL, '--step', `Step ${round}.${i}`, '--reason', 'storm'], e);
          default: return start(['milestone', 'done', GOAL, 'pilot-plan-agreed'], e);
        }
      }));
      for (const [i, r] of runs.entries()) {
        if (i % 6 === 5) { writes += r.code === 0 ? 1 : 0; continue; } // done once, then "already done"
        ok(r);
        writes++;
      }
    }
    const week = readYaml(dir, WEEK_FILE) as { wins: string[]; learnings: string[] };
    const wanted = (k: number) => [1, 2].flatMap((round) => Array.from({ length: 16 }, (_, i) => i).filter((i) => i % 6 === k).map((i) => `${round}.${i}`));
    expect(week.wins.sort()).toEqual(wanted(0).map((s) => `Win ${s}`).sort());
    expect(week.learnings.sort()).toEqual(wanted(1).map((s) => `Learning ${s}`).sort());
    const day = readYaml(dir, 'journal/2026/2026-11-20.yaml') as { entries: { text: string }[] };
    expect(day.entries.map((e) => e.text).sort()).toEqual(wanted(3).map((s) => `Entry ${s}`).sort());
    const goal = readYaml(dir, GOAL_FILE) as { steps: { text: string }[]; milestones: { completed?: string }[] };
    expect(goal.steps.map((s) => s.text).sort()).toEqual(wanted(4).map((s) => `Step ${s}`).sort());
    expect(goal.milestones[0]!.completed).toBe('2026-11-20');
    expect(log(dir).map((p) => p.value).sort((a, b) => a - b)).toEqual(wanted(2).map((s) => { const [r, i] = s.split('.').map(Number); return r! * 10 + i!; }).sort((a, b) => a - b));
    expect(commitCount(dir, env)).toBe(before + writes);
    expect(clean(dir, env)).toBe('');
    ok(await career(['doctor'], env));
  });
});

describe('writes are transactions', () => {
  it('a failed second rename leaves the journal exactly as before, and says nothing was changed', async () => {
    const { dir, env } = journal();
    ok(await career(['goal', 'progress', GOAL, '2'], { ...env, CAREER_TODAY: '2026-11-16' }));
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const r = await career(['checkin', '--yes', '--progress', `${GOAL}=5`, '--win', 'Never saved'], { ...env, CAREER_FAILPOINT: 'rename-2' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^career: cannot write .+: the disk is full\n  hint: free some space and run the command again; nothing was changed/m);
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
    expect(fs.readdirSync(path.join(dir, 'goals')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a writer killed between its files is finished by the next writer and committed with its own message', async () => {
    const { dir, env } = journal();
    const killed = careerBin(['--dir', dir, 'checkin', '--yes', '--progress', `${GOAL}=5`, '--win', 'Half way'], { ...env, CAREER_FAILPOINT: 'kill-rename-2' });
    expect(killed.code).toBeNull(); // SIGKILL
    // The lock it left names the command, not its global options (what a waiting writer is told).
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.career', 'lock'), 'utf8')).command).toBe('career checkin');
    const next = ok(await career(['journal', 'add', 'Next write'], env));
    expect(next.stderr).toContain('committing it now: checkin: 2026-W47');
    expect((readYaml(dir, WEEK_FILE) as { wins: string[] }).wins).toEqual(['Half way']);
    expect(log(dir).map((p) => p.value)).toEqual([5]);
    const subjects = gitIn(dir, env, ['log', '-2', '--format=%s']).trim().split('\n');
    expect(subjects).toEqual(['journal: add note on 2026-11-20', 'checkin: 2026-W47']);
    expect(clean(dir, env)).toBe('');
  });

  it('a writer killed before its commit: the next write commits it with its own message, not as a hand edit', async () => {
    const { dir, env } = journal();
    expect(careerBin(['goal', 'progress', GOAL, '4'], { ...env, CAREER_FAILPOINT: 'before-commit' }).code).toBeNull();
    expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe(`M ${GOAL_FILE}`);
    const next = ok(await career(['journal', 'add', 'Next write'], env));
    expect(next.stderr).toContain(`committing it now: goal: progress ${GOAL}`);
    expect(gitIn(dir, env, ['log', '-2', '--format=%s']).trim().split('\n')).toEqual(['journal: add note on 2026-11-20', `goal: progress ${GOAL} 0 -> 4`]);
    expect(clean(dir, env)).toBe('');
  });

  it('a tampered cache never reaches a file: the write reads from disk', async () => {
    const { dir, env } = journal();
    ok(await career(['checkin', '--yes', '--win', 'Real win'], env));
    ok(await career(['report'], env)); // the cache now holds the week
    // Every record cache file (one per folder) and kept answer says something else now.
    const cacheDir = path.join(dir, '.career');
    let tampered = 0;
    for (const rel of fs.readdirSync(cacheDir, { recursive: true }) as string[]) {
      const file = path.join(cacheDir, rel);
      if (!fs.statSync(file).isFile()) continue;
      const text = fs.readFileSync(file, 'latin1');
      if (!text.includes('Real win')) continue;
      fs.writeFileSync(file, text.replaceAll('Real win', 'Fake win'), 'latin1');
      tampered++;
    }
    expect(tampered).toBeGreaterThan(0);
    ok(await career(['checkin', '--yes', '--learning', 'A learning'], env));
    const week = readYaml(dir, WEEK_FILE) as { wins: string[]; learnings: string[] };
    expect(week.wins).toEqual(['Real win']);
    expect(week.learnings).toEqual(['A learning']);
    ok(await career(['doctor'], env));
  });

  it('a hand edit made between two check-ins is kept', async () => {
    const { dir, env } = journal();
    ok(await career(['checkin', '--yes', '--win', 'First'], env));
    const file = path.join(dir, WEEK_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- First', '- First # written by hand\n  - Hand-added win'));
    ok(await career(['checkin', '--yes', '--blocker', 'Waiting on legal'], env));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# written by hand');
    expect((parse(text) as { wins: string[]; blockers: string[] }).wins).toEqual(['First', 'Hand-added win']);
    expect((parse(text) as { blockers: string[] }).blockers).toEqual(['Waiting on legal']);
  });
});
