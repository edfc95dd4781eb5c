// One writer at a time (SPEC §5): the lock in .career/, waiting, stale-lock recovery.
import { describe, it, expect, afterEach } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../src/core/errors.js';
import { withLock } from '../../src/store/lock.js';
import { ROOT, tempDir, testEnv } from '../helpers/env.js';

const LOCK_MODULE = pathToFileURL(path.join(ROOT, 'dist/store/lock.js')).href;

function journalRoot(): string {
  const root = path.join(tempDir('career-lock-'), 'journal');
  fs.mkdirSync(root);
  return root;
}

const lockPath = (root: string) => path.join(root, '.career', 'lock');

function writeLock(root: string, content: string): string {
  fs.mkdirSync(path.join(root, '.career'), { recursive: true, mode: 0o700 });
  fs.writeFileSync(lockPath(root), content);
  return lockPath(root);
}

const owner = (pid: number, host = os.hostname()) =>
  JSON.stringify({ pid, host, command: 'career goal add', since: '2026-11-20T09:00:00.000Z' });

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  expect(r.status).toBe(0);
  return r.pid!;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A process that stays alive until killed, and says so once it runs. */
async function liveProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'console.log("up"); setInterval(() => {}, 1000)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('error', reject);
  });
  return child;
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

describe('withLock', () => {
  it('runs the function, returns its value and removes the lock', async () => {
    const root = journalRoot();
    const seen: boolean[] = [];
    const value = await withLock(root, () => { seen.push(fs.existsSync(lockPath(root))); return 42; });
    expect(value).toBe(42);
    expect(seen).toEqual([true]);
    expect(fs.existsSync(lockPath(root))).toBe(false);
    expect(fs.statSync(path.join(root, '.career')).mode & 0o777).toBe(0o700);
  });

  it('names its owner in the lock file', async () => {
    const root = journalRoot();
    await withLock(root, () => {
      const o = JSON.parse(fs.readFileSync(lockPath(root), 'utf8')) as Record<string, unknown>;
      expect(o).toMatchObject({ pid: process.pid, host: os.hostname(), command: 'career journal add' });
      expect(typeof o.since).toBe('string');
    }, { command: 'career journal add' });
  });

  it('removes the lock when the function throws', async () => {
    const root = journalRoot();
    await expect(withLock(root, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(fs.existsSync(lockPath(root))).toBe(false);
  });

  it('six concurrent writers lose no update', { timeout: 30_000 }, async () => {
    expect(fs.existsSync(new URL(LOCK_MODULE)), 'run `npm run build` first').toBe(true);
    const root = journalRoot();
    const counter = path.join(root, 'counter');
    fs.writeFileSync(counter, '0');
    const script = `
      import fs from 'node:fs';
      import { withLock } from ${JSON.stringify(LOCK_MODULE)};
      const counter = process.env.COUNTER;
      await withLock(process.env.JOURNAL, async () => {
        const n = Number(fs.readFileSync(counter, 'utf8'));
        await new Promise((r) => setTimeout(r, 20));
        fs.writeFileSync(counter, String(n + 1));
      }, { timeoutMs: 20000 });`;
    const env = testEnv(root, { JOURNAL: root, COUNTER: counter });
    const results = await Promise.all(Array.from({ length: 6 }, () => run(script, env)));
    expect(results.map((r) => r.stderr)).toEqual(Array(6).fill(''));
    expect(results.map((r) => r.code)).toEqual(Array(6).fill(0));
    expect(fs.readFileSync(counter, 'utf8')).toBe('6');
    expect(fs.readdirSync(path.join(root, '.career'))).toEqual([]);
  });

  it('six writers racing to recover the same stale lock lose no update', { timeout: 30_000 }, async () => {
    const root = journalRoot();
    const counter = path.join(root, 'counter');
    fs.writeFileSync(counter, '0');
    writeLock(root, owner(deadPid()));
    const script = `
      import fs from 'node:fs';
      import { withLock } from ${JSON.stringify(LOCK_MODULE)};
      const counter = process.env.COUNTER;
      await withLock(process.env.JOURNAL, async () => {
        const n = Number(fs.readFileSync(counter, 'utf8'));
        await new Promise((r) => setTimeout(r, 20));
        fs.writeFileSync(counter, String(n + 1));
      }, { timeoutMs: 20000, notice: (m) => { if (m.startsWith('Recovered')) process.stderr.write('recovered\\n'); } });`;
    const env = testEnv(root, { JOURNAL: root, COUNTER: counter });
    const results = await Promise.all(Array.from({ length: 6 }, () => run(script, env)));
    expect(results.map((r) => r.code)).toEqual(Array(6).fill(0));
    expect(fs.readFileSync(counter, 'utf8')).toBe('6');
    expect(results.filter((r) => r.stderr === 'recovered\n')).toHaveLength(1);
    expect(fs.readdirSync(path.join(root, '.career'))).toEqual([]);
  });

  it('recovers a stale lock left by a dead process on this host, and says so', async () => {
    const root = journalRoot();
    const pid = deadPid();
    writeLock(root, owner(pid));
    const notices: string[] = [];
    const ran = await withLock(root, () => JSON.parse(fs.readFileSync(lockPath(root), 'utf8')).pid as number, { notice: (m) => notices.push(m), timeoutMs: 2_000 });
    expect(ran).toBe(process.pid);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`stale lock .*pid ${pid}\\b`));
    expect(notices[0]).toContain('no longer running');
    expect(fs.readdirSync(path.join(root, '.career'))).toEqual([]);
  });

  it('while another process is recovering a stale lock, waits instead of recovering it too', async () => {
    const root = journalRoot();
    const pid = deadPid();
    const file = writeLock(root, owner(pid));
    fs.writeFileSync(`${file}.recover`, '');
    const err = await withLock(root, () => undefined, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(`pid ${pid}`);
    expect(fs.readFileSync(file, 'utf8')).toBe(owner(pid));
  });

  it('a recovery left unfinished by a crash (an old lock.recover) does not block recovery for good', async () => {
    const root = journalRoot();
    const file = writeLock(root, owner(deadPid()));
    fs.writeFileSync(`${file}.recover`, '');
    const old = (Date.now() - 10_000) / 1000;
    fs.utimesSync(`${file}.recover`, old, old);
    await expect(withLock(root, () => 'ran', { timeoutMs: 2_000 })).resolves.toBe('ran');
    expect(fs.readdirSync(path.join(root, '.career'))).toEqual([]);
  });

  it('times out on a live lock held by another process, naming its pid; the lock stays', async () => {
    const root = journalRoot();
    const holder = await liveProcess();
    const file = writeLock(root, owner(holder.pid!));
    const before = fs.readFileSync(file);
    const notices: string[] = [];
    let ran = false;
    const started = Date.now();
    const err = await withLock(root, () => { ran = true; }, { timeoutMs: 300, notice: (m) => notices.push(m) }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(ran).toBe(false);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`the journal is locked by pid ${holder.pid} on ${os.hostname()} (career goal add, since 2026-11-20T09:00:00.000Z)`);
    expect((err as UserError).hint).toMatch(/\.career\/lock/);
    expect(notices).toEqual([`Waiting for pid ${holder.pid} on ${os.hostname()} (career goal add, since 2026-11-20T09:00:00.000Z) to finish…`]);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('CAREER_LOCK_TIMEOUT_MS sets the wait when no timeout is given', async () => {
    const root = journalRoot();
    writeLock(root, owner(process.pid)); // held by a live process (this one, as far as the lock knows)
    const old = process.env.CAREER_LOCK_TIMEOUT_MS;
    process.env.CAREER_LOCK_TIMEOUT_MS = '100';
    try {
      await expect(withLock(root, () => undefined)).rejects.toThrow(`locked by pid ${process.pid}`);
    } finally {
      if (old === undefined) delete process.env.CAREER_LOCK_TIMEOUT_MS;
      else process.env.CAREER_LOCK_TIMEOUT_MS = old;
    }
  });

  it('waits for a live holder that finishes, then runs', async () => {
    const root = journalRoot();
    const holder = await liveProcess();
    writeLock(root, owner(holder.pid!));
    setTimeout(() => fs.rmSync(lockPath(root)), 150);
    const notices: string[] = [];
    await expect(withLock(root, () => 'done', { timeoutMs: 5_000, notice: (m) => notices.push(m) })).resolves.toBe('done');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Waiting for pid \d+/);
  });

  it('does not recover a lock from another host, even if that pid is not running here', async () => {
    const root = journalRoot();
    const file = writeLock(root, owner(deadPid(), 'some-other-laptop'));
    const err = await withLock(root, () => undefined, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/on some-other-laptop/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('recovers an empty lock file older than 2 s (its writer crashed while creating it)', async () => {
    const root = journalRoot();
    const file = writeLock(root, '');
    const old = (Date.now() - 10_000) / 1000;
    fs.utimesSync(file, old, old);
    const notices: string[] = [];
    await expect(withLock(root, () => 'ran', { timeoutMs: 1_000, notice: (m) => notices.push(m) })).resolves.toBe('ran');
    expect(notices).toEqual(['Recovered a stale lock left by another career process, which is no longer running.']);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a fresh empty lock file is someone creating it: wait, do not recover', async () => {
    const root = journalRoot();
    const file = writeLock(root, '');
    const err = await withLock(root, () => undefined, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('the journal is locked by another career process');
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });

  it('a lock caught before its owner is named is waited for without naming "another career process"', async () => {
    const root = journalRoot();
    const file = writeLock(root, '');
    const notices: string[] = [];
    // The creator names itself a moment later, as a process between open and write does.
    setTimeout(() => fs.writeFileSync(file, owner(process.pid)), 20);
    setTimeout(() => fs.rmSync(file), 200);
    await expect(withLock(root, () => 'ran', { timeoutMs: 5_000, notice: (m) => notices.push(m) })).resolves.toBe('ran');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Waiting for pid ${process.pid} on .+ to finish…$`));
  });

  it('a lock that stays nameless is then said to be another career process\'s', async () => {
    const root = journalRoot();
    const file = writeLock(root, '');
    const notices: string[] = [];
    setTimeout(() => fs.rmSync(file), 300);
    await expect(withLock(root, () => 'ran', { timeoutMs: 5_000, notice: (m) => notices.push(m) })).resolves.toBe('ran');
    expect(notices).toEqual(['Waiting for another career process to finish…']);
  });

  it('recovers an old lock file holding garbage', async () => {
    const root = journalRoot();
    const file = writeLock(root, '{"pid": "not a number"');
    const old = (Date.now() - 5_000) / 1000;
    fs.utimesSync(file, old, old);
    await expect(withLock(root, () => 'ran', { timeoutMs: 1_000 })).resolves.toBe('ran');
  });
});
