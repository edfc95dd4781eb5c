// One writer at a time (SPEC §5), end to end: many `career` processes writing the same files at
// once lose nothing and make one commit each; a lock left by a killed process is recovered with
// a message naming its pid; a live holder makes a writer wait, then name it, while reads go on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, career, commitCount, gitIn, pilotJournal, snapshot, startCareer, type RunResult } from '../helpers/env.js';

type Env = NodeJS.ProcessEnv;
type Run = RunResult;

const GOAL = 'ship-the-pilot-to-ten-teams';
const GOAL_FILE = `goals/${GOAL}.yaml`;
const DAY_FILE = 'journal/2026/2026-11-20.yaml';
// Twelve processes start at once on two cores: give the last one time to get its turn, so a slow
// machine does not turn into a timeout. The 10 s default itself is tested in test/store/lock.test.ts.
const PATIENT = { CAREER_LOCK_TIMEOUT_MS: '60000' };

const start = startCareer;

const fresh = pilotJournal;

const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
const texts = (dir: string) => (readYaml(dir, DAY_FILE).entries as { text: string }[]).map((e) => e.text);
const status = (dir: string, env: Env) => gitIn(dir, env, ['status', '--porcelain', '--untracked-files=all']).trim();
/** Stderr holds nothing but the notice that it waited for another writer. */
const onlyWaited = (stderr: string) => stderr.split('\n').filter(Boolean).every((l) => /^Waiting for pid \d+ on .+ to finish…$/.test(l));

describe('concurrent writers', () => {
  it('8 journal adds to one day and 4 progress records on one goal at once: everything kept, one commit each', async () => {
    const { dir, env } = fresh();
    const before = commitCount(dir, env);
    const adds = Array.from({ length: 8 }, (_, i) => start(['journal', 'add', '--kind', i % 2 ? 'win' : 'note', `Entry number ${i + 1}`], { ...env, ...PATIENT }));
    const progress = [1, 2, 3, 4].map((v) => start(['goal', 'progress', GOAL, String(v), '--note', `run ${v}`], { ...env, ...PATIENT, CAREER_TODAY: `2026-11-2${v}` }));
    const runs = await Promise.all([...adds, ...progress]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(onlyWaited(r.stderr), r.stderr).toBe(true);
    }

    expect(texts(dir).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Entry number ${i + 1}`).sort());
    expect(readYaml(dir, GOAL_FILE).progressLog).toEqual([1, 2, 3, 4].map((v) => ({ date: `2026-11-2${v}`, value: v, note: `run ${v}` })));

    // One commit per change, each touching only its own file; nothing left over.
    expect(commitCount(dir, env)).toBe(before + 12);
    const log = gitIn(dir, env, ['log', `-12`, '--format=%H %s']).trim().split('\n').reverse();
    for (const line of log) {
      const [hash, ...subject] = line.split(' ');
      const file = subject.join(' ').startsWith('journal:') ? DAY_FILE : GOAL_FILE;
      expect(subject.join(' ')).toMatch(file === DAY_FILE ? /^journal: add (note|win) on 2026-11-20$/ : new RegExp(`^goal: progress ${GOAL} \\S+ -> [1-4]$`));
      expect(gitIn(dir, env, ['show', '--name-only', '--format=', hash!]).trim()).toBe(file);
    }
    expect(log.filter((l) => / journal: /.test(l))).toHaveLength(8);
    // History is consistent: each commit adds exactly one entry to what the one before had.
    const counts = (rel: string, key: string) => gitIn(dir, env, ['log', '--reverse', '--format=%H', '--', rel]).trim().split('\n')
      .map((h) => ((parse(gitIn(dir, env, ['show', `${h}:${rel}`])) as Record<string, unknown[]>)[key] ?? []).length);
    expect(counts(DAY_FILE, 'entries')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(counts(GOAL_FILE, 'progressLog')).toEqual([0, 1, 2, 3, 4]);
    expect(status(dir, env)).toBe('');
    gitIn(dir, env, ['fsck', '--no-progress', '--no-dangling']);
    expect(fs.existsSync(path.join(dir, '.career/lock'))).toBe(false);
  });

  it('a lock held by a killed process is recovered once, with a message naming its pid', async () => {
    const { dir, env } = fresh();
    const before = commitCount(dir, env);
    // SIGKILLed while it holds the lock (between its temp write and the rename).
    const killed = spawnSync(process.execPath, [BIN, 'journal', 'add', 'Never saved'], { env: { ...env, CAREER_FAILPOINT: 'before-rename' }, encoding: 'utf8' });
    expect(killed.signal).toBe('SIGKILL');
    const lock = JSON.parse(fs.readFileSync(path.join(dir, '.career/lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: killed.pid, host: os.hostname(), command: 'career journal add' });

    const runs = await Promise.all([1, 2, 3].map((i) => start(['journal', 'add', `After the crash ${i}`], { ...env, ...PATIENT })));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const notices = runs.flatMap((r) => r.stderr.split('\n').filter((l) => l.startsWith('Recovered')));
    expect(notices).toEqual([`Recovered a stale lock left by pid ${killed.pid} on ${os.hostname()} (career journal add, since ${lock.since}), which is no longer running.`]);
    expect(texts(dir).sort()).toEqual(['After the crash 1', 'After the crash 2', 'After the crash 3']);
    expect(commitCount(dir, env)).toBe(before + 3);
    expect(status(dir, env)).toBe('');
    expect(fs.existsSync(path.join(dir, '.career/lock'))).toBe(false);
  });

  it('a live holder: the writer waits, then names it (exit 1, nothing changed); reads do not wait', () => {
    const { dir, env } = fresh();
    // This test process is alive on this host: its lock is not stale.
    const owner = { pid: process.pid, host: os.hostname(), command: 'career checkin', since: '2026-11-20T09:00:00.000Z' };
    const lockFile = path.join(dir, '.career/lock');
    fs.writeFileSync(lockFile, JSON.stringify(owner));
    const snap = snapshot(dir);
    const before = commitCount(dir, env);
    const t0 = Date.now();
    const r = career(['goal', 'progress', GOAL, '3'], { ...env, CAREER_LOCK_TIMEOUT_MS: '400' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Waiting for pid ${process.pid} on ${os.hostname()} (career checkin, since 2026-11-20T09:00:00.000Z) to finish…\n` +
      `career: the journal is locked by pid ${process.pid} on ${os.hostname()} (career checkin, since 2026-11-20T09:00:00.000Z)\n` +
      '  hint: wait for it to finish; if that process is gone, delete .career/lock in the journal\n');
    expect(commitCount(dir, env)).toBe(before);
    const after = snapshot(dir);
    // The read before the lock may refresh the cache (.career/ is not in snapshots anyway).
    for (const k of [...after.keys(), ...snap.keys()]) if (k.startsWith('.career/')) { after.delete(k); snap.delete(k); }
    expect(after).toEqual(snap);

    const read = career(['goal', 'list', '--json'], { ...env, CAREER_LOCK_TIMEOUT_MS: '60000' });
    expect(read.code, read.stderr).toBe(0);
    expect(read.stderr).toBe('');
    expect(JSON.parse(read.stdout).map((g: { id: string }) => g.id)).toEqual([GOAL]);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(JSON.stringify(owner));
  });
});
