// `career clone <url>` end to end on the built CLI, in process (issue 16.8): the second-machine
// step. A bare remote made with git's old default branch (HEAD at master, while career pushes
// main: a plain `git clone` checks nothing out) still gives a working journal on main, tracking
// origin, every file 0600, checked, and in step with `career sync` both ways. A target that is
// not empty, a remote that cannot be read, an empty remote and a repository that is no journal:
// one sentence, exit 1, nothing left behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitIn, initJournal, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** A bare repository as `git init --bare` makes it where the default branch is still master. */
function masterBare(env: Env): string {
  const dir = path.join(tempDir(), 'remote.git');
  execFileSync('git', ['-c', 'init.defaultBranch=master', 'init', '-q', '--bare', dir], { env });
  return dir;
}

let first: { dir: string; env: Env };
let remote: string;

beforeAll(async () => {
  first = initJournal();
  await ok(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30'], first.env);
  remote = masterBare(first.env);
  await ok(['sync', '--remote', remote], first.env);
});

describe('career clone', () => {
  it('checks out main from a remote whose HEAD is master, private, checked, and syncs both ways', async () => {
    // What the README's old step did: git's own clone of this remote checks out nothing.
    const plain = path.join(tempDir(), 'plain');
    execFileSync('git', ['clone', '-q', remote, plain], { env: first.env, stdio: 'ignore' });
    expect(fs.existsSync(path.join(plain, 'career.yaml'))).toBe(false);

    const target = path.join(tempDir(), 'second', 'career');
    const env = { ...testEnv(target), COLUMNS: '200' }; // wide: the message is checked whole
    const r = await ok(['clone', remote], env);
    expect(r.stdout).toContain(`Cloned ${remote} (main) into ${target}; its files are private (0600).`);
    expect(r.stdout).toContain('1 goal, 0 check-ins, 0 journal days.');
    expect(gitIn(target, env, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
    expect(gitIn(target, env, ['rev-parse', '--abbrev-ref', 'main@{upstream}']).trim()).toBe('origin/main');
    expect(mode(path.join(target, 'career.yaml'))).toBe(0o600);
    expect(mode(path.join(target, 'goals'))).toBe(0o700);
    for (const f of fs.readdirSync(path.join(target, 'goals'))) expect(mode(path.join(target, 'goals', f))).toBe(0o600);
    expect(mode(path.join(target, '.git')) & 0o077).toBe(0);

    // The clone is a journal like the first: a write there reaches the first machine through sync.
    await ok(['journal', 'add', '--kind', 'win', 'Cloned and working'], env);
    expect((await ok(['sync'], env)).stdout).toContain('Pushed 1 commit to origin/main');
    await ok(['sync'], first.env);
    expect((await ok(['journal', 'list', '--json'], first.env)).stdout).toContain('Cloned and working');
  });

  it('--dir names the folder to clone into', async () => {
    const target = path.join(tempDir(), 'elsewhere');
    await ok(['--dir', target, 'clone', remote], testEnv(path.join(tempDir(), 'unused')));
    expect(fs.existsSync(path.join(target, 'career.yaml'))).toBe(true);
  });

  it('refuses a folder that is not empty, changing nothing in it', async () => {
    const target = tempDir();
    fs.writeFileSync(path.join(target, 'notes.txt'), 'mine');
    const r = await career(['clone', remote], testEnv(target));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^career: cannot clone into ${target}: it already exists and is not empty\\n`));
    expect(fs.readdirSync(target)).toEqual(['notes.txt']);
    // A journal already there: sync is the way to bring it up to date.
    const again = await career(['clone', remote], first.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('`career sync` brings it up to date');
  });

  it('a remote it cannot read, an empty one, or one that holds no journal: one sentence, nothing left', async () => {
    const parent = tempDir();
    const target = path.join(parent, 'career');
    const env = testEnv(target);

    const missing = await career(['clone', path.join(parent, 'no-such-remote.git')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^career: could not clone .*no-such-remote\.git: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const empty = await career(['clone', masterBare(env)], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('has no commits yet: nothing to clone');

    const other = path.join(tempDir(), 'other');
    execFileSync('git', ['init', '-q', other], { env });
    fs.writeFileSync(path.join(other, 'README'), 'not a journal\n');
    execFileSync('git', ['-C', other, 'add', '-A'], { env });
    execFileSync('git', ['-C', other, 'commit', '-q', '-m', 'readme'], { env });
    const notJournal = await career(['clone', other], env);
    expect(notJournal.code).toBe(1);
    expect(notJournal.stderr).toContain('holds no career journal');

    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
