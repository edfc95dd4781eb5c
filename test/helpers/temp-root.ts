// vitest's globalSetup: the run gets a temporary folder of its own (TMPDIR, which the workers,
// the spawned binaries and git inherit), so what the tests leave behind can be counted without
// counting other runs on the machine. At the end anything left in it fails the run, named, and
// the folder is removed either way; folders of runs killed before their end go at the next run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Memory filesystems to try first, where one is mounted. */
const MEMORY_DIRS = ['/dev/shm'];
/** Room a run needs: the ten-year bench journal and its clones take a few hundred MB. */
const NEEDED_BYTES = 2 * 1024 ** 3;

/**
 * Where the run's folder goes: $CAREER_TEST_TMPDIR when set, else $TMPDIR when the machine sets
 * one (a CI's scratch volume is its choice), else a memory filesystem that has
 * room and runs programs (tests write small scripts for editors, pagers and git), else the
 * system's temporary folder. On the 2-core reference machine a file made on the disk took about
 * 0.8 ms and one made in /dev/shm 20 µs, and the suite makes tens of thousands: on the disk it
 * took a fifth longer, all of it system time.
 */
function outerDir(): string {
  if (process.env.CAREER_TEST_TMPDIR) return process.env.CAREER_TEST_TMPDIR;
  if (process.env.TMPDIR) return os.tmpdir();
  for (const dir of MEMORY_DIRS) {
    let probe: string | undefined;
    try {
      const { bavail, bsize } = fs.statfsSync(dir);
      if (bavail * bsize < NEEDED_BYTES) continue;
      probe = fs.mkdtempSync(path.join(dir, 'career-probe-'));
      const script = path.join(probe, 'runs');
      fs.writeFileSync(script, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      execFileSync(script, { stdio: 'ignore' });
      return dir;
    } catch {
      // Not there, full, read-only or mounted noexec: try the next.
    } finally {
      if (probe) fs.rmSync(probe, { recursive: true, force: true });
    }
  }
  return os.tmpdir();
}

/** Whether process `pid` is running (another user's counts: it cannot be signalled, but it is there). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A live run adds folders to its own every few seconds; one untouched this long is not in use. */
const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Remove the folders of earlier runs that were killed before their teardown: in a memory
 * filesystem they would hold memory until the next boot. Only one whose process is gone and
 * that nothing has touched for ten minutes: a run in another container sharing the folder has a
 * process this one cannot see, but it keeps its folder fresh.
 */
function removeAbandoned(outer: string): void {
  let names: string[] = [];
  try { names = fs.readdirSync(outer); } catch { return; }
  for (const name of names) {
    const pid = Number(/^career-vitest-(\d{1,9})-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || running(pid)) continue;
    const dir = path.join(outer, name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs < ABANDONED_MS) continue;
      fs.rmSync(dir, { recursive: true, force: true });
    } catch { /* another user's, or going already */ }
  }
}

export default function setup(): () => void {
  const outer = outerDir();
  removeAbandoned(outer);
  const root = fs.mkdtempSync(path.join(outer, `career-vitest-${process.pid}-`));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    const left = fs.readdirSync(root).sort();
    fs.rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      const shown = left.slice(0, 20).join(', ') + (left.length > 20 ? `, … (${left.length - 20} more)` : '');
      // vitest prints a teardown's error but keeps its exit status: set it too.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} temporary folder(s) behind (tempDir() removes its own after each test): ${shown}`);
    }
  };
}
