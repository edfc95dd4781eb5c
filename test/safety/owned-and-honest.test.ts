// On the built CLI, in process (the same `main` bin/career.js calls) (SPEC §5): nothing the person owns is overwritten by `init`; errors tell
// the truth in one sentence before anything is saved; private stays private (--out files 0600,
// git's fsmonitor never run by career, a world-writable .git tightened by sync).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { career as careerBin, commitCount, gitIn, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const mode = (p: string) => fs.statSync(p).mode & 0o777;
const noStack = (r: RunResult) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |unexpected error/);

/** Exit 1 with one sentence matching `message`, and nothing in the journal changed. */
async function refuses(j: { dir: string; env: Env }, args: string[], message: RegExp, extra: Env = {}): Promise<RunResult> {
  const before = snapshot(j.dir);
  const commits = commitCount(j.dir, j.env);
  const r = await career(args, { ...j.env, ...extra });
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(1);
  expect(r.stderr).toMatch(message);
  noStack(r);
  expect(snapshot(j.dir)).toEqual(before);
  expect(commitCount(j.dir, j.env)).toBe(commits);
  return r;
}

describe('career init keeps what the person owns', () => {
  it('merges its line into an existing, uncommitted .gitignore', async () => {
    const dir = path.join(tempDir(), 'journal');
    fs.mkdirSync(dir);
    execFileSync('git', ['init', '-q', dir]);
    const mine = '# my own\n*.log\nsecrets/\n';
    fs.writeFileSync(path.join(dir, '.gitignore'), mine);
    const r = await career(['init', '--yes', '--name', 'T'], testEnv(dir));
    expect(r.code, r.stderr).toBe(0);
    const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    expect(text.startsWith(mine)).toBe(true);
    expect(text).toMatch(/^\.career\/$/m);
    // Files it ignored stay ignored.
    fs.writeFileSync(path.join(dir, 'debug.log'), 'x');
    expect(gitIn(dir, testEnv(dir), ['status', '--porcelain']).trim()).toBe('');
    // A second run of the merge never adds the line twice (an init that already ignores .career/).
    const again = path.join(tempDir(), 'again');
    fs.mkdirSync(again);
    fs.writeFileSync(path.join(again, '.gitignore'), '.career/\n');
    expect((await career(['init', '--yes', '--name', 'T'], testEnv(again))).code).toBe(0);
    expect(fs.readFileSync(path.join(again, '.gitignore'), 'utf8')).toBe('.career/\n');
  });

  it.each([
    ['/', () => '/', /\/ is the root of the file system/],
    ['the home folder', (env: Env) => env.HOME!, /is your home folder/],
    ['a folder of other files', () => { const d = tempDir(); fs.writeFileSync(path.join(d, 'thesis.tex'), 'mine'); return d; }, /already holds files career did not make \(thesis\.tex\)/],
  ])('refuses %s without --force, naming the reason; nothing is created', (_name, where, message) => {
    const env = testEnv(path.join(tempDir(), 'unused'));
    const dir = where(env);
    const before = fs.readdirSync(dir).sort();
    // The real binary: the home folder is the process's own (os.homedir() reads the process's
    // environment, which an in-process run cannot give it).
    const r = careerBin(['--dir', dir, 'init', '--yes', '--name', 'T'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--force');
    noStack(r);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('--force starts a journal among other files, and commits only its own', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'thesis.tex'), 'mine');
    const env = testEnv(dir);
    const r = await career(['init', '--yes', '--force', '--name', 'T'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(gitIn(dir, env, ['ls-files']).trim().split('\n').sort()).toEqual(['.gitignore', 'career.yaml']);
    expect(fs.readFileSync(path.join(dir, 'thesis.tex'), 'utf8')).toBe('mine');
  });
});

describe('honest errors, checked before anything is saved', () => {
  it('CAREER_TODAY at the end of the calendar: one sentence, for writes and reads alike', async () => {
    const j = initJournal();
    for (const args of [['journal', 'add', 'hello'], ['checkin', '--yes'], ['report'], ['share']]) {
      await refuses(j, args, /CAREER_TODAY 9999-12-31 is outside the dates career supports \(0002-01-01 to 9998-12-31\)/, { CAREER_TODAY: '9999-12-31' });
    }
  });

  it('dates outside the supported range in flags, and in a check-in week', async () => {
    const j = initJournal();
    await refuses(j, ['goal', 'add', '--yes', '--title', 'Learn the violin properly', '--deadline', '9999-12-31'], /--deadline: cannot read the date "9999-12-31": it is outside the dates career supports/);
    await refuses(j, ['journal', 'add', '--date', '0001-01-01', 'old'], /--date: cannot read the date "0001-01-01": it is outside the dates career supports/);
    await refuses(j, ['checkin', '--yes', '--week', '0001-W01'], /cannot check in for 0001-W01: it is outside the dates career supports/);
  });

  it('a hand-written date at the end of the calendar is a problem doctor names, not an export crash', async () => {
    const j = initJournal();
    expect((await career(['goal', 'add', '--yes', '--title', 'Learn the violin properly', '--deadline', '2027-01-31'], j.env)).code).toBe(0);
    const file = path.join(j.dir, 'goals/learn-the-violin-properly.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('deadline: "2027-01-31"', 'deadline: "9999-12-31"'));
    const doctor = await career(['doctor'], j.env);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/goals\/learn-the-violin-properly\.yaml:\d+:\d+: deadline: must be a date from 0002-01-01 to 9998-12-31/);
    const ics = await career(['export', 'ics'], j.env);
    expect(ics.code).toBe(1);
    noStack(ics);
  });

  it('.career/lock as a folder: one sentence naming it, nothing written', async () => {
    const j = initJournal();
    fs.mkdirSync(path.join(j.dir, '.career', 'lock'), { recursive: true });
    await refuses(j, ['journal', 'add', 'hello'], /\.career\/lock in the journal is a folder, not career's lock file/, { CAREER_LOCK_TIMEOUT_MS: '0' });
    expect(fs.statSync(path.join(j.dir, '.career', 'lock')).isDirectory()).toBe(true);
  });

  it('a change that would pass the 2 MiB limit says so, and how much career accepts', async () => {
    const j = initJournal();
    const day = path.join(j.dir, 'journal/2026/2026-11-20.yaml');
    fs.mkdirSync(path.dirname(day), { recursive: true });
    // A day just under the limit, committed, then one more entry that would cross it.
    const text = 'x'.repeat(100_000);
    const entries = Array.from({ length: 20 }, () => `  - kind: note\n    text: ${text}\n    tags: []\n`).join('');
    fs.writeFileSync(day, `version: 1\ndate: "2026-11-20"\nentries:\n${entries}`, { mode: 0o600 });
    expect(fs.statSync(day).size).toBeLessThan(2 * 1024 * 1024);
    gitIn(j.dir, j.env, ['add', '-A']);
    gitIn(j.dir, j.env, ['commit', '-qm', 'big day']);
    await refuses(j, ['journal', 'add', 'y'.repeat(100_000)],
      /this change would make journal\/2026\/2026-11-20\.yaml \d+ KiB, but career accepts files of at most 2 MiB \(2048 KiB\); nothing was saved/);
  });
});

describe('private stays private', () => {
  it('export --out and share --out create files 0600 whatever the umask', async () => {
    const j = initJournal();
    const out = tempDir();
    for (const [args, name] of [[['export', 'json'], 'plan.json'], [['export', 'ics'], 'plan.ics'], [['export', 'markdown'], 'plan.md'], [['share'], 'status.md']] as const) {
      const file = path.join(out, name);
      const r = await career([...args, '--out', file], j.env);
      expect(r.code, r.stderr).toBe(0);
      expect(mode(file), name).toBe(0o600);
    }
  });

  it('a core.fsmonitor program in the journal\'s .git/config is never run by career', async () => {
    const j = initJournal();
    const marker = path.join(tempDir(), 'fsmonitor-ran');
    const hook = path.join(tempDir(), 'fsmonitor.sh');
    fs.writeFileSync(hook, `#!/bin/sh\necho ran >> '${marker}'\nexit 1\n`, { mode: 0o700 });
    gitIn(j.dir, j.env, ['config', 'core.fsmonitor', hook]);
    for (const args of [['journal', 'add', 'hello'], ['goal', 'add', '--yes', '--title', 'Learn the violin properly', '--deadline', '2027-01-31'], ['log']]) {
      const r = await career(args, j.env);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    expect(fs.existsSync(marker)).toBe(false);
    expect(commitCount(j.dir, j.env)).toBe(3);
  });

  it('sync tightens a .git that a umask of 000 left world-writable', async () => {
    const j = initJournal();
    const remote = path.join(tempDir(), 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const gitDir = path.join(j.dir, '.git');
    const loosen = (p: string) => {
      fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o777 : 0o666);
      if (fs.statSync(p).isDirectory()) for (const n of fs.readdirSync(p)) loosen(path.join(p, n));
    };
    loosen(gitDir);
    const r = await career(['sync', '--remote', remote], j.env);
    expect(r.code, r.stderr).toBe(0);
    const loose: string[] = [];
    const walk = (p: string) => {
      const st = fs.lstatSync(p);
      if ((st.mode & 0o077) !== 0) loose.push(path.relative(gitDir, p));
      if (st.isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
    };
    walk(gitDir);
    expect(loose).toEqual([]);
  });
});
