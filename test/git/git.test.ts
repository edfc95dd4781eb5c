// Integration tests against a real git binary on temporary directories. Every call gets an
// explicit base environment (opts.env) built from scratch, so the real home config and any
// GIT_* variables of the machine running the tests never take part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitPaths } from '../../src/git/commit.js';
import { GitError, gitEnv, hasRepo, headCommitCount } from '../../src/git/git.js';
import { initRepo, logOneline, repoState, runGit } from '../../src/git/git.js';

const tmpRoots: string[] = [];
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-git-'));
  tmpRoots.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpRoots) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A base environment from scratch: PATH, an empty HOME, a throwaway global config (with an
 * identity unless `anonymous`) and no system config.
 */
function baseEnv(anonymous = false): NodeJS.ProcessEnv {
  const home = tmp();
  const config = path.join(home, 'gitconfig');
  const identity = '[user]\n\tname = Test Person\n\temail = test@example.com\n';
  fs.writeFileSync(config, `${anonymous ? '' : identity}[commit]\n\tgpgsign = false\n`);
  return { PATH: process.env.PATH, HOME: home, GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1' };
}

const env = baseEnv();
const opts = { env };

function write(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

async function git(dir: string, ...args: string[]): Promise<string> {
  return (await runGit(dir, args, opts)).stdout;
}

async function newRepo(): Promise<string> {
  const dir = tmp();
  await initRepo(dir, opts);
  return dir;
}

/** A repository with one commit containing a.yaml and b.yaml. */
async function repoWithCommit(): Promise<string> {
  const dir = await newRepo();
  write(dir, 'a.yaml', 'a: 1\n');
  write(dir, 'b.yaml', 'b: 1\n');
  const out = await commitPaths(dir, ['a.yaml', 'b.yaml'], 'init: journal', opts);
  expect(out.committed).toBe(true);
  return dir;
}

async function committedNames(dir: string): Promise<string[]> {
  return (await git(dir, 'show', '--name-only', '--format=', 'HEAD')).split('\n').filter(Boolean).sort();
}

describe('gitEnv', () => {
  it('drops redirecting GIT_* variables and keeps the allowlist', () => {
    const out = gitEnv({
      PATH: '/bin', HOME: '/h',
      GIT_DIR: '/x', GIT_WORK_TREE: '/x', GIT_INDEX_FILE: '/x', GIT_OBJECT_DIRECTORY: '/x',
      GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.worktree', GIT_CONFIG_VALUE_0: '/x',
      GIT_CEILING_DIRECTORIES: '/', GIT_CONFIG_PARAMETERS: "'core.bare'='true'",
      GIT_AUTHOR_NAME: 'A', GIT_COMMITTER_EMAIL: 'c@d', GIT_SSH_COMMAND: 'ssh -i k',
      GIT_CONFIG_GLOBAL: '/g', GIT_CONFIG_NOSYSTEM: '1',
    });
    expect(out).toEqual({
      PATH: '/bin', HOME: '/h', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'A', GIT_COMMITTER_EMAIL: 'c@d', GIT_SSH_COMMAND: 'ssh -i k',
      GIT_CONFIG_GLOBAL: '/g', GIT_CONFIG_NOSYSTEM: '1',
    });
  });

  it('keeps a GIT_TERMINAL_PROMPT the caller set, and does not mutate its input', () => {
    const input = { GIT_TERMINAL_PROMPT: '1', GIT_DIR: '/x' };
    expect(gitEnv(input).GIT_TERMINAL_PROMPT).toBe('1');
    expect(input.GIT_DIR).toBe('/x');
  });
});

describe('commitPaths', () => {
  it('initialises a repository and commits exactly the given paths', async () => {
    const dir = await newRepo();
    expect(hasRepo(dir)).toBe(true);
    write(dir, 'goals/lead-crm.yaml', 'title: x\n');
    write(dir, 'checkins/2025-W01.yaml', 'week: 1\n');
    write(dir, 'other.yaml', 'not mine\n');
    const msg = 'goal: add "lead-crm" $HOME `x`';
    const paths = ['goals/lead-crm.yaml', 'checkins/2025-W01.yaml'];
    const out = await commitPaths(dir, paths, msg, opts);
    expect(out).toEqual({ committed: true });
    expect(await committedNames(dir)).toEqual(['checkins/2025-W01.yaml', 'goals/lead-crm.yaml']);
    expect(await headCommitCount(dir, opts)).toBe(1);
    const [last] = await logOneline(dir, 5, opts);
    expect(last).toMatch(/^[0-9a-f]+ goal: add "lead-crm" \$HOME `x`$/);
    expect(await git(dir, 'symbolic-ref', '--short', 'HEAD')).toBe('main\n');
  });

  it("never commits the person's own staged or untracked files, and leaves them staged", async () => {
    const dir = await repoWithCommit();
    write(dir, 'notes.txt', 'mine\n');
    await git(dir, 'add', 'notes.txt');
    write(dir, 'scratch.txt', 'untracked\n');
    write(dir, 'a.yaml', 'a: 2\n');
    const out = await commitPaths(dir, ['a.yaml'], 'goal: update a', opts);
    expect(out.committed).toBe(true);
    expect(await committedNames(dir)).toEqual(['a.yaml']);
    expect(await git(dir, 'diff', '--cached', '--name-only')).toBe('notes.txt\n');
    expect(await git(dir, 'status', '--porcelain')).toBe('A  notes.txt\n?? scratch.txt\n');
  });

  it('commits a deleted path as a deletion', async () => {
    const dir = await repoWithCommit();
    fs.rmSync(path.join(dir, 'b.yaml'));
    const out = await commitPaths(dir, ['b.yaml'], 'goal: remove b', opts);
    expect(out.committed).toBe(true);
    expect(await git(dir, 'show', '--name-status', '--format=', 'HEAD')).toBe('D\tb.yaml\n');
  });

  it('treats file names as literal paths, not patterns', async () => {
    const dir = await repoWithCommit();
    write(dir, 'a*.yaml', 'star\n');
    write(dir, 'ab.yaml', 'not this one\n');
    expect((await commitPaths(dir, ['a*.yaml'], 'add star', opts)).committed).toBe(true);
    expect(await committedNames(dir)).toEqual(['a*.yaml']);
  });

  it('accepts absolute paths inside the journal', async () => {
    const dir = await newRepo();
    write(dir, 'vision.yaml', 'v: 1\n');
    const out = await commitPaths(dir, [path.join(dir, 'vision.yaml')], 'vision: set', opts);
    expect(out.committed).toBe(true);
    expect(await committedNames(dir)).toEqual(['vision.yaml']);
  });

  it('reports nothing-to-commit when the paths did not change', async () => {
    const dir = await repoWithCommit();
    const out = await commitPaths(dir, ['a.yaml'], 'no change', opts);
    expect(out).toMatchObject({ committed: false, reason: 'nothing-to-commit' });
    expect(await headCommitCount(dir, opts)).toBe(1);
  });

  it('reports no-identity with the commands to set one', async () => {
    const anon = { env: baseEnv(true) };
    const dir = tmp();
    await initRepo(dir, anon);
    // Without this, git would invent name@hostname and the commit would succeed.
    await runGit(dir, ['config', 'user.useConfigOnly', 'true'], anon);
    write(dir, 'a.yaml', 'a: 1\n');
    const out = await commitPaths(dir, ['a.yaml'], 'init: journal', anon);
    expect(out).toMatchObject({ committed: false, reason: 'no-identity' });
    if (out.committed) return;
    expect(out.fix).toContain('git config --global user.name "Your Name"');
    expect(out.fix).toContain('user.email');
    expect(out.fix).toContain(`git -C ${dir} add -A && git -C ${dir} commit -m 'init: journal'`);
    expect(await headCommitCount(dir, anon)).toBe(0);
  });

  it('reports index-locked and leaves the lock file alone', async () => {
    const dir = await repoWithCommit();
    const lock = path.join(dir, '.git', 'index.lock');
    fs.writeFileSync(lock, 'held by someone\n');
    write(dir, 'a.yaml', 'a: 2\n');
    const out = await commitPaths(dir, ['a.yaml'], 'goal: update a', opts);
    expect(out).toMatchObject({ committed: false, reason: 'index-locked' });
    if (!out.committed) expect(out.fix).toContain(`rm ${fs.realpathSync(lock)}`);
    expect(fs.readFileSync(lock, 'utf8')).toBe('held by someone\n');
    expect(await headCommitCount(dir, opts)).toBe(1);
  });

  it('reports no-git when git is not on PATH, with or without a repository', async () => {
    const dir = await repoWithCommit();
    const noGit = { env: { ...env, PATH: tmp() } };
    write(dir, 'a.yaml', 'a: 2\n');
    const noGitOutcome = { committed: false, reason: 'no-git' };
    expect(await commitPaths(dir, ['a.yaml'], 'x', noGit)).toMatchObject(noGitOutcome);
    expect(await commitPaths(tmp(), ['a.yaml'], 'x', noGit)).toMatchObject(noGitOutcome);
    const err = await runGit(dir, ['status'], noGit).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect(err).toMatchObject({ kind: 'missing' });
  });

  it('refuses during a merge in progress', async () => {
    const dir = await repoWithCommit();
    await git(dir, 'checkout', '-q', '-b', 'other');
    write(dir, 'a.yaml', 'a: other\n');
    await commitPaths(dir, ['a.yaml'], 'other side', opts);
    await git(dir, 'checkout', '-q', 'main');
    write(dir, 'a.yaml', 'a: main\n');
    await commitPaths(dir, ['a.yaml'], 'main side', opts);
    const merge = runGit(dir, ['merge', 'other'], opts);
    await expect(merge).rejects.toMatchObject({ kind: 'failed', exitCode: 1 });
    expect(repoState(dir)).toBe('merge');
    write(dir, 'b.yaml', 'b: 2\n');
    const out = await commitPaths(dir, ['b.yaml'], 'goal: update b', opts);
    expect(out).toMatchObject({ committed: false, reason: 'in-progress' });
    if (!out.committed) expect(out.fix).toContain('merge --abort');
    expect(await headCommitCount(dir, opts)).toBe(2);
  });

  it('ignores GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE from the caller', async () => {
    const other = await repoWithCommit();
    const dir = await newRepo();
    write(dir, 'a.yaml', 'a: 1\n');
    const hostile = {
      env: {
        ...env,
        GIT_DIR: path.join(other, '.git'),
        GIT_WORK_TREE: other,
        GIT_INDEX_FILE: path.join(other, '.git', 'index'),
      },
    };
    expect((await commitPaths(dir, ['a.yaml'], 'init: journal', hostile)).committed).toBe(true);
    expect(await headCommitCount(dir, opts)).toBe(1);
    expect(await headCommitCount(other, opts)).toBe(1);
    expect(await git(other, 'status', '--porcelain')).toBe('');
  });

  it('never commits into a repository above a journal that has no .git', async () => {
    const outer = await repoWithCommit();
    const dir = path.join(outer, 'journal');
    write(dir, 'a.yaml', 'a: 1\n');
    const out = await commitPaths(dir, ['a.yaml'], 'init: journal', opts);
    expect(out).toMatchObject({ committed: false, reason: 'no-repo' });
    if (!out.committed) expect(out.fix).toContain(`git -C ${dir} init`);
    expect(await headCommitCount(outer, opts)).toBe(1);
    expect(await git(outer, 'status', '--porcelain')).toBe('?? journal/\n');
    expect(await headCommitCount(dir, opts)).toBe(0);
    expect(await logOneline(dir, 5, opts)).toEqual([]);
  });

  it('does not fall through to an enclosing repository when .git is broken', async () => {
    const outer = await repoWithCommit();
    const dir = path.join(outer, 'journal');
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    write(dir, 'a.yaml', 'a: 1\n');
    const out = await commitPaths(dir, ['a.yaml'], 'init: journal', opts);
    expect(out).toMatchObject({ committed: false, reason: 'failed' });
    expect(await headCommitCount(outer, opts)).toBe(1);
    expect(await git(outer, 'status', '--porcelain')).toBe('?? journal/\n');
  });
});

describe('repoState', () => {
  it('is clean for a fresh repository and for a directory without one', async () => {
    expect(repoState(await newRepo())).toBe('clean');
    expect(repoState(tmp())).toBe('clean');
  });

  it('follows a .git file to a separate git directory', async () => {
    const dir = tmp();
    const gitDir = path.join(tmp(), 'store.git');
    await runGit(dir, ['init', '-q', `--separate-git-dir=${gitDir}`], opts);
    expect(fs.statSync(path.join(dir, '.git')).isFile()).toBe(true);
    expect(hasRepo(dir)).toBe(true);
    const cases = [
      ['CHERRY_PICK_HEAD', 'cherry-pick'],
      ['REVERT_HEAD', 'revert'],
      ['MERGE_HEAD', 'merge'],
      ['rebase-apply/', 'rebase'],
    ] as const;
    for (const [name, state] of cases) {
      const p = path.join(gitDir, name);
      if (name.endsWith('/')) fs.mkdirSync(p);
      else fs.writeFileSync(p, '0'.repeat(40) + '\n');
      expect(repoState(dir)).toBe(state);
      fs.rmSync(p, { recursive: true });
    }
    expect(repoState(dir)).toBe('clean');
  });
});
