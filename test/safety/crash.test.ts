// Crash safety end to end (SPEC §5), on the built binary: a process killed between the temp
// write and the rename, a full disk, and read-only files and folders. Each case checks the exit
// code, a message naming the path, and that every file that should not change is byte-identical.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, commitCount, gitIn, initJournal, snapshot, tempDir, testEnv } from '../helpers/env.js';

type Env = NodeJS.ProcessEnv;
interface Run { code: number | null; signal: NodeJS.Signals | null; pid: number; stdout: string; stderr: string }

const GOAL = 'ship-the-pilot-to-ten-teams';
const GOAL_FILE = `goals/${GOAL}.yaml`;
const DAY_FILE = 'journal/2026/2026-11-20.yaml';
const IS_ROOT = process.getuid?.() === 0;

function run(args: string[], env: Env): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, signal: r.signal, pid: r.pid ?? 0, stdout: r.stdout, stderr: r.stderr };
}

function ok(args: string[], env: Env): Run {
  const r = run(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

let base: string;
beforeAll(() => {
  const j = initJournal();
  ok(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], j.env);
  ok(['journal', 'add', 'The first entry of the day'], j.env);
  base = j.dir;
});

/** A copy of the base journal (goal, one journal entry, all committed) in `parent`. */
function fresh(parent = tempDir()): { dir: string; env: Env } {
  const dir = path.join(parent, 'journal');
  execFileSync('cp', ['-a', base, dir]);
  return { dir, env: testEnv(dir) };
}

/** The journal's files, without career's private cache and lock. */
const files = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => !k.startsWith('.career/')));
const tmpFiles = (dir: string) => [...snapshot(dir).keys()].filter((k) => k.endsWith('.tmp'));
const status = (dir: string, env: Env) => gitIn(dir, env, ['status', '--porcelain', '--untracked-files=all']).trim();
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
const texts = (dir: string) => (readYaml(dir, DAY_FILE).entries as { text: string }[]).map((e) => e.text);

/** Exit 1, `message` on stderr, every file byte-identical, nothing committed, no lock or temp left. */
function refused(dir: string, env: Env, args: string[], message: RegExp): Run {
  const snap = files(dir);
  const commits = commitCount(dir, env);
  const r = run(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(files(dir)).toEqual(snap);
  expect(commitCount(dir, env)).toBe(commits);
  expect(fs.existsSync(path.join(dir, '.career/lock'))).toBe(false);
  expect(tmpFiles(dir)).toEqual([]);
  return r;
}

describe('killed between writing the temp file and the rename (CAREER_FAILPOINT=before-rename)', () => {
  it.each([
    { name: 'goal progress', args: ['goal', 'progress', GOAL, '3'], file: GOAL_FILE, retry: ['goal', 'progress', GOAL, '4'] },
    { name: 'journal add', args: ['journal', 'add', 'Lost in the crash'], file: DAY_FILE, retry: ['journal', 'add', 'Written after the crash'] },
  ])('$name: old file intact, no temp file committed, the next command recovers the lock and works', ({ args, file, retry }) => {
    const { dir, env } = fresh();
    const snap = files(dir);
    const commits = commitCount(dir, env);
    const crashed = run(args, { ...env, CAREER_FAILPOINT: 'before-rename' });
    expect(crashed.signal).toBe('SIGKILL');
    // It died where intended: the temp file is written in the target's folder, the lock still held.
    const left = tmpFiles(dir);
    expect(left).toEqual([expect.stringMatching(new RegExp(`^${path.posix.dirname(file)}/\\.${path.posix.basename(file)}\\.${crashed.pid}\\.[0-9a-f]{8}\\.tmp$`))]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.career/lock'), 'utf8')).pid).toBe(crashed.pid);
    for (const [rel, bytes] of snap) expect(files(dir).get(rel), rel).toBe(bytes);
    expect(commitCount(dir, env)).toBe(commits);
    expect(gitIn(dir, env, ['ls-files']).split('\n').filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(status(dir, env)).not.toMatch(/^[AM]/m); // nothing staged

    const next = ok(retry, env);
    expect(next.stderr).toContain(`Recovered a stale lock left by pid ${crashed.pid} `);
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(file);
    // The crashed writer's temp file is cleared by the next write in its folder.
    expect(tmpFiles(dir)).toEqual([]);
    expect(status(dir, env)).toBe('');
    if (file === DAY_FILE) expect(texts(dir)).toEqual(['The first entry of the day', 'Written after the crash']);
    else expect(readYaml(dir, GOAL_FILE).progressLog).toEqual([{ date: '2026-11-20', value: 4 }]);
  });
});

/** A tmpfs of `size` mounted at a new folder, or null when mounting is not allowed here. */
function tinyTmpfs(size: string): string | null {
  if (!IS_ROOT) return null;
  const mp = tempDir('career-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', mp], { stdio: 'pipe' });
    return mp;
  } catch {
    return null;
  }
}

/** Write to `file` until the file system refuses with ENOSPC. */
function fill(file: string): void {
  const fd = fs.openSync(file, 'a');
  try {
    for (const chunk of [Buffer.alloc(64 * 1024, 1), Buffer.alloc(1024, 1), Buffer.alloc(1, 1)]) {
      for (;;) {
        try { fs.writeSync(fd, chunk); } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw err;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

describe('a full disk', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const mp of mounts) try { execFileSync('umount', [mp], { stdio: 'pipe' }); } catch { /* already gone */ }
  });

  // A real full disk when this process may mount a tmpfs (root, mount allowed); otherwise the
  // write fails with an injected ENOSPC (CAREER_FAILPOINT=enospc). The test name says which.
  const mp = tinyTmpfs('1m');
  if (mp) mounts.push(mp);
  it(`fails with "the disk is full", changes nothing, and works once there is space (${mp ? 'real tmpfs' : 'injected ENOSPC'})`, () => {
    const { dir, env } = fresh(mp ?? undefined);
    const filler = path.join(mp ?? dir, 'filler');
    const big = `A long entry ${'x'.repeat(64 * 1024)}`;
    if (mp) {
      fs.rmSync(path.join(dir, '.git/hooks'), { recursive: true, force: true }); // samples only
      fill(filler);
      // Completely full: even the lock cannot be written; it must not be left behind empty.
      refused(dir, env, ['journal', 'add', 'No room at all'], /^career: cannot write \.career\/lock: the disk is full\n {2}hint: free some space/m);
      fs.truncateSync(filler, fs.statSync(filler).size - 16 * 1024); // room for the lock, not the entry
      refused(dir, env, ['journal', 'add', big], new RegExp(`^career: cannot write ${DAY_FILE}: the disk is full\\n  hint: free some space and run the command again; nothing was changed`, 'm'));
      refused(dir, env, ['goal', 'progress', GOAL, '3', '--note', big], new RegExp(`^career: cannot write ${GOAL_FILE}: the disk is full`, 'm'));
      fs.rmSync(filler);
    } else {
      const full = { ...env, CAREER_FAILPOINT: 'enospc' };
      refused(dir, full, ['journal', 'add', big], new RegExp(`^career: cannot write ${DAY_FILE}: the disk is full\\n  hint: free some space and run the command again; nothing was changed`, 'm'));
      refused(dir, full, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: the disk is full`, 'm'));
    }
    ok(['journal', 'add', big], env);
    expect(texts(dir)).toEqual(['The first entry of the day', big]);
    expect(status(dir, env)).toBe('');
  });
});

describe('read-only files and folders', () => {
  // chmod a-w is honoured by career itself (the mode bits), so these hold as root too, where the
  // kernel would let the write through.
  it('a read-only goal (chmod 0400): refused, naming the file', () => {
    const { dir, env } = fresh();
    fs.chmodSync(path.join(dir, GOAL_FILE), 0o400);
    refused(dir, env, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: the file is read-only\\n  hint: make it writable \\(chmod u\\+w ${GOAL_FILE}\\)`, 'm'));
    expect(fs.statSync(path.join(dir, GOAL_FILE)).mode & 0o777).toBe(0o400);
  });

  it('a read-only goals/ (chmod 0500) and journal/ (chmod 0500): refused, naming the folder', () => {
    const { dir, env } = fresh();
    fs.chmodSync(path.join(dir, 'goals'), 0o500);
    fs.chmodSync(path.join(dir, 'journal'), 0o500);
    refused(dir, env, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: the folder goals is read-only`, 'm'));
    refused(dir, env, ['goal', 'add', '--yes', '--title', 'A second goal here', '--deadline', '2027-01-31'], /^career: cannot write goals\/a-second-goal-here\.yaml: the folder goals is read-only/m);
    // A new year's folder is not created inside a read-only journal/ either.
    refused(dir, env, ['journal', 'add', '--date', '2025-12-31', 'Back-dated'], /^career: cannot create journal\/2025: the folder journal is read-only/m);
    fs.chmodSync(path.join(dir, 'goals'), 0o700);
    fs.chmodSync(path.join(dir, 'journal'), 0o700);
  });

  // The kernel's own refusal (EACCES/EPERM) rather than career's mode check: as root, through
  // `chattr +i` (immutable: even root may not write); without root or chattr, an injected EACCES.
  const chattr = IS_ROOT && (() => {
    const probe = path.join(tempDir(), 'probe');
    fs.writeFileSync(probe, '');
    try {
      execFileSync('chattr', ['+i', probe], { stdio: 'pipe' });
      execFileSync('chattr', ['-i', probe], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  })();
  it(`a folder the kernel will not write in: refused, naming the folder (${chattr ? 'chattr +i as root' : 'injected EACCES'})`, () => {
    const { dir, env } = fresh();
    const goals = path.join(dir, 'goals');
    const target = path.join(dir, GOAL_FILE);
    if (chattr) {
      execFileSync('chattr', ['+i', goals]);
      try {
        refused(dir, env, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: permission denied in the folder goals\\n  hint: check the permissions of the folder goals`, 'm'));
      } finally {
        execFileSync('chattr', ['-i', goals]);
      }
      execFileSync('chattr', ['+i', target]); // the file itself: the rename over it fails
      try {
        refused(dir, env, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: permission denied\\n  hint: check the permissions of ${GOAL_FILE} and its folder`, 'm'));
      } finally {
        execFileSync('chattr', ['-i', target]);
      }
    } else {
      refused(dir, { ...env, CAREER_FAILPOINT: 'eacces' }, ['goal', 'progress', GOAL, '3'], new RegExp(`^career: cannot write ${GOAL_FILE}: permission denied in the folder goals`, 'm'));
    }
    ok(['goal', 'progress', GOAL, '3'], env);
  });
});

describe('never a file career cannot read back', () => {
  // A plain `why:` edited to text whose first line is a YAML indicator (`?`) used to be written
  // as an unreadable file. Whatever the writer does, the file must stay readable: either the
  // edit is saved and reads back, or it is refused before anything is written.
  it('goal edit --why "?\\nmore" on a hand-written plain why: saved and readable, or refused with nothing written', () => {
    const { dir, env } = fresh();
    const file = path.join(dir, GOAL_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^why: .*$/m, 'why: plain words'));
    gitIn(dir, env, ['commit', '-q', '-am', 'hand edit']);
    const snap = files(dir);
    const r = run(['goal', 'edit', GOAL, '--why', '?\nmore', '--reason', 'test'], env);
    if (r.code === 0) {
      expect(readYaml(dir, GOAL_FILE).why).toBe('?\nmore');
    } else {
      expect(r.stderr).toMatch(new RegExp(`^career: career made ${GOAL_FILE} in a form it cannot read back \\(line \\d+: .+\\); nothing was saved\\n  hint: this is a bug in career`, 'm'));
      expect(files(dir)).toEqual(snap);
    }
    expect(run(['doctor'], env).code).toBe(0);
    expect(status(dir, env)).toBe('');
  });
});
