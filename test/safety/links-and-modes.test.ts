// Symbolic links and file modes (SPEC §5): no write ever goes through a symbolic link out of the
// journal (a linked goal file, a linked goals/ folder, a linked journal/2026/ folder): the command
// fails naming the link, and what the link points to stays byte-identical. Everything career
// creates is 0600 (files) and 0700 (folders), git's own files included, even when the person's
// umask would allow more. Everything runs the built CLI in process (the same `main` that
// bin/career.js calls), under umask 000 for the modes.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitCount, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career, inProcessFixture } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;
const ID = 'ship-three-big-things';

/** Path -> sha256 of every file under `dir`, following nothing: the outside world's state. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out[child] = e.isSymbolicLink() ? `-> ${fs.readlinkSync(path.join(dir, child))}`
        : crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, child))).digest('hex');
    }
  };
  walk('');
  return out;
}

/** A journal with one goal (with a metric) and one journal day, and an empty folder outside it. */
async function setup(): Promise<{ dir: string; env: Env; outside: string }> {
  const { dir, env } = await inProcessFixture('links', async (j) => {
    for (const args of [['goal', 'add', '--yes', '--title', 'Ship three big things', '--deadline', '2027-06-30', '--metric', 'things', '--target', '3'],
      ['journal', 'add', '--date', '2026-11-19', 'Planned the pilot'], ['checkin', '--yes', '--week', '2026-W46', '--win', 'kick-off']]) {
      const r = await career(args, j.env);
      if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    }
  });
  return { dir, env, outside: tempDir('career-outside-') };
}

/** Move `rel` out of the journal into `outside` and leave a symbolic link to it in its place. */
function linkOut(dir: string, rel: string, outside: string): string {
  const target = path.join(outside, path.basename(rel));
  fs.renameSync(path.join(dir, rel), target);
  fs.symlinkSync(target, path.join(dir, rel));
  return target;
}

/** `args` fails with exit 1 naming the link; nothing inside or outside the journal changes. */
async function refused(j: { dir: string; env: Env; outside: string }, args: string[], link: string): Promise<RunResult> {
  const inside = snapshot(j.dir);
  const out = tree(j.outside);
  const commits = commitCount(j.dir, j.env);
  const r = await career(args, j.env);
  const what = `career ${args.join(' ')}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.code, what).toBe(1);
  expect(r.stderr, what).toContain(`career: ${link} is a symbolic link; career does not write through links`);
  expect(r.stderr, what).not.toMatch(/^\s+at /m);
  expect(tree(j.outside), what).toEqual(out);
  expect(snapshot(j.dir), what).toEqual(inside);
  expect(fs.readdirSync(path.dirname(j.dir)), what).toEqual(['journal']);
  expect(commitCount(j.dir, j.env), what).toBe(commits);
  return r;
}

async function doctorNames(j: { dir: string; env: Env }, link: string): Promise<void> {
  const r = await career(['doctor'], j.env);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout).toContain(`${link}:1:1: is a symbolic link; career reads through it but will not write through it`);
}

describe('symbolic links are never written through', () => {
  it('a goal file linked to a file outside the journal', async () => {
    const j = await setup();
    const target = linkOut(j.dir, `goals/${ID}.yaml`, j.outside);
    const link = `goals/${ID}.yaml`;
    for (const args of [['goal', 'progress', ID, '2'], ['goal', 'edit', ID, '--why', 'grow', '--yes'], ['milestone', 'add', ID, 'Pilot', '--due', '2027-01-31'],
      ['goal', 'done', ID, '--yes'], ['goal', 'drop', ID, '--reason', 'x']]) {
      await refused(j, args, link);
    }
    expect(fs.lstatSync(target).isFile()).toBe(true);
    // Reading through it is fine; doctor says the writes will be refused.
    expect((await career(['goal', 'list'], j.env)).stdout).toContain(ID);
    await doctorNames(j, link);
  });

  it('a dangling goal file link is not followed to create its target', async () => {
    const j = await setup();
    const target = path.join(j.outside, 'never.yaml');
    fs.symlinkSync(target, path.join(j.dir, 'goals/ship-it-now.yaml'));
    const r = await career(['goal', 'add', '--yes', '--title', 'Ship it now', '--deadline', '2027-01-01'], j.env);
    expect(fs.existsSync(target), r.stdout + r.stderr).toBe(false);
    expect(fs.readdirSync(j.outside)).toEqual([]);
    if (r.code === 0) expect(r.stdout.trim()).not.toBe('ship-it-now');
  });

  it('a goals/ folder linked outside the journal', async () => {
    const j = await setup();
    linkOut(j.dir, 'goals', j.outside);
    for (const args of [['goal', 'add', '--yes', '--title', 'Run a public workshop', '--deadline', '2027-01-01'], ['goal', 'progress', ID, '2'],
      ['goal', 'edit', ID, '--why', 'grow', '--yes'], ['milestone', 'add', ID, 'Pilot', '--due', '2027-01-31']]) {
      await refused(j, args, 'goals');
    }
    await doctorNames(j, 'goals');
  });

  it('a journal/2026/ folder linked outside the journal', async () => {
    const j = await setup();
    linkOut(j.dir, 'journal/2026', j.outside);
    for (const args of [['journal', 'add', 'Demo went well'], ['journal', 'add', '--date', '2026-11-19', 'A second note'],
      ['journal', 'add', '--date', '2026-01-02', '--kind', 'win', 'New year']]) {
      await refused(j, args, 'journal/2026');
    }
    await doctorNames(j, 'journal/2026');
  });

  it('checkins/2026/ and reviews/2026/ folders linked outside the journal', async () => {
    const j = await setup();
    linkOut(j.dir, 'checkins/2026', j.outside);
    await refused(j, ['checkin', '--yes', '--win', 'shipped'], 'checkins/2026');
    await refused(j, ['checkin', '--yes', '--week', '2026-W46', '--win', 'again'], 'checkins/2026');
    fs.mkdirSync(path.join(j.outside, 'reviews'));
    fs.symlinkSync(path.join(j.outside, 'reviews'), path.join(j.dir, 'reviews'));
    await refused(j, ['review', 'monthly', '--yes'], 'reviews');
    await doctorNames(j, 'checkins/2026');
  });
});

/**
 * Run the built CLI in process under umask 000, as a shell with a permissive umask would start
 * it: the umask is the process's (and the git it starts inherits it), set before `main` runs.
 */
async function careerUmask000(args: string[], env: Env): Promise<RunResult> {
  const saved = process.umask(0o000);
  try {
    return await career(args, env, { cwd: tempDir() });
  } finally {
    process.umask(saved);
  }
}

/** Every entry under `dir` (git's own files included) whose mode is not 0600 / 0700 (0400 / 0500 for git's read-only ones). */
function looseModes(dir: string): string[] {
  const loose: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      const mode = fs.lstatSync(path.join(dir, child)).mode & 0o777;
      if (mode & 0o077) loose.push(`${child} ${mode.toString(8)}`);
      if (e.isDirectory()) walk(child);
    }
  };
  walk('');
  return loose;
}

describe('files 0600 and folders 0700, even with umask 000', () => {
  it('the umask really is 000 in the run and in the processes it starts', async () => {
    const saved = process.umask(0o000);
    try {
      expect(process.umask()).toBe(0);
      expect(spawnSync('/bin/sh', ['-c', 'umask'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^0+$/);
    } finally {
      process.umask(saved);
    }
  });

  it('init, goal add, checkin, journal add, review, milestone and sync create only private files', async () => {
    const base = tempDir();
    const dir = path.join(base, 'new', 'deeper', 'journal'); // init creates the missing parents too
    const env = testEnv(dir);
    const remote = path.join(tempDir(), 'remote.git');
    spawnSync('git', ['init', '-q', '--bare', remote], { env });
    const steps = [
      ['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft'],
      ['goal', 'add', '--yes', '--title', 'Ship three big things', '--deadline', '2027-06-30', '--metric', 'things', '--target', '3'],
      ['goal', 'progress', ID, '1', '--note', 'first'],
      ['milestone', 'add', ID, 'Pilot', '--due', '2027-01-31'],
      ['checkin', '--yes', '--win', 'shipped', '--progress', `${ID}=2`],
      ['checkin', '--yes', '--week', '2025-W52', '--win', 'back-filled'],
      ['journal', 'add', 'Demo went well'],
      ['journal', 'add', '--date', '2025-12-31', 'Year end'],
      ['review', 'monthly', '--yes'],
      ['review', 'annual', '--yes', '--period', '2025'],
      ['goal', 'list'], ['report'],
      ['sync', '--remote', remote],
      ['journal', 'add', 'After the first sync'],
      ['sync'],
    ];
    for (const args of steps) {
      const r = await careerUmask000(args, env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    for (const rel of ['checkins/2026', 'checkins/2025', 'journal/2026', 'journal/2025', 'reviews/2026', 'reviews/2025', '.career', '.git']) {
      expect(fs.statSync(path.join(dir, rel)).isDirectory(), rel).toBe(true);
    }
    expect(fs.existsSync(path.join(dir, '.career/cache/goals.json'))).toBe(true);
    expect(looseModes(dir)).toEqual([]);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(base, 'new')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(base, 'new', 'deeper')).mode & 0o777).toBe(0o700);
  });
});
