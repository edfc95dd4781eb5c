// Git in every state a person's repository can be in (SPEC §5), end to end: without git, without
// an identity, with a busy index the data is saved and the person told how to fix git; during a
// merge or rebase writes are refused and nothing changes; the person's own staged and untracked
// files are never committed; GIT_* variables in the caller's environment never redirect commits.
// Each command is the built CLI in process (the same `main` bin/career.js calls) with the
// environment and working directory of the case; the git it runs is the real one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, pilotJournal, snapshot, tempDir, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const GOAL = 'ship-the-pilot-to-ten-teams';
const GOAL_FILE = `goals/${GOAL}.yaml`;
const DAY_FILE = 'journal/2026/2026-11-20.yaml';
const SUBJECT = 'journal: add note on 2026-11-20';

const fresh = pilotJournal;

const files = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => !k.startsWith('.career/')));
const status = (dir: string, env: Env) => gitIn(dir, env, ['status', '--porcelain', '--untracked-files=all']).trimEnd();
const headFiles = (dir: string, env: Env) => gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
const texts = (dir: string) => (parse(fs.readFileSync(path.join(dir, DAY_FILE), 'utf8')).entries as { text: string }[]).map((e) => e.text);
const lines = (r: RunResult) => r.stderr.trimEnd().split('\n');

/** Saved but not committed: exit 1, the file written, nothing committed, `fix` in the hint. */
async function savedNotCommitted(dir: string, env: Env, gitEnv: Env, why: RegExp, fix: RegExp): Promise<RunResult> {
  const commits = commitCount(dir, gitEnv);
  const r = await career(['journal', 'add', 'Saved whatever git says'], env);
  expect(r.code, r.stderr).toBe(1);
  expect(lines(r)).toHaveLength(2);
  expect(lines(r)[0]).toMatch(new RegExp(`^career: saved ${DAY_FILE}, but did not commit it to git: ${why.source}$`));
  expect(lines(r)[1]).toMatch(new RegExp(`^  hint: ${fix.source}`));
  expect(lines(r)[1]).toContain(`git -C ${dir} commit -m '${SUBJECT}'`);
  expect(texts(dir)).toEqual(['Saved whatever git says']);
  expect(commitCount(dir, gitEnv)).toBe(commits);
  expect(fs.existsSync(path.join(dir, '.career/lock'))).toBe(false);
  return r;
}

describe('git cannot commit: the data is saved, exit 1, and how to fix git', () => {
  it('git missing from PATH', async () => {
    const { dir, env } = fresh();
    const noGit = { ...env, PATH: tempDir('career-empty-path-') };
    await savedNotCommitted(dir, noGit, env, /git is not installed \(not found on PATH\)/, /Install git \(https:\/\/git-scm\.com\/downloads\), then run/);
    expect(status(dir, env)).toBe(`?? ${DAY_FILE}`);
  });

  it('no git identity', async () => {
    const { dir, env } = fresh();
    const gitconfig = path.join(tempDir(), 'gitconfig');
    fs.writeFileSync(gitconfig, '[user]\n\tuseConfigOnly = true\n[commit]\n\tgpgsign = false\n');
    const anon: Env = { ...env, GIT_CONFIG_GLOBAL: gitconfig };
    delete anon.EMAIL;
    await savedNotCommitted(dir, anon, env, /.*(auto-detection is disabled|Please tell me who you are).*/,
      /Run `git config --global user\.name "Your Name"` and `git config --global user\.email "you@example\.com"`, then /);
    // Once git knows who you are, the next change commits, and the saved entry with it.
    expect((await career(['journal', 'add', 'Identity fixed'], env)).code).toBe(0);
    expect(headFiles(dir, env)).toEqual([DAY_FILE]);
    expect(gitIn(dir, env, ['show', `HEAD:${DAY_FILE}`])).toContain('Saved whatever git says');
    expect(status(dir, env)).toBe('');
  });

  it('.git/index.lock present: names the lock and leaves it alone', async () => {
    const { dir, env } = fresh();
    const lock = path.join(dir, '.git', 'index.lock');
    fs.writeFileSync(lock, '');
    await savedNotCommitted(dir, env, env, new RegExp(`fatal: Unable to create '${lock}': File exists\\.`),
      new RegExp(`If no git process is running, remove the stale lock with \`rm ${lock}\`, then run`));
    expect(fs.existsSync(lock)).toBe(true);
  });
});

/** A real conflicted merge or rebase of the goal file: main and `side` both retitle the goal. */
function conflicted(op: 'merge' | 'rebase'): { dir: string; env: Env } {
  const j = fresh();
  const retitle = (title: string) => {
    const file = path.join(j.dir, GOAL_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
    gitIn(j.dir, j.env, ['commit', '-q', '-am', `retitle: ${title}`]);
  };
  gitIn(j.dir, j.env, ['checkout', '-q', '-b', 'side']);
  retitle('Ship the pilot to twelve teams');
  gitIn(j.dir, j.env, ['checkout', '-q', 'main']);
  retitle('Ship the pilot to eight teams');
  // git's own conflict report goes to a pipe, not the test's output.
  const stopped = spawnSync('git', ['-C', j.dir, op, '-q', 'side'], { env: { ...j.env, GIT_EDITOR: 'true' }, encoding: 'utf8' });
  expect(stopped.status, stopped.stderr).not.toBe(0);
  expect(gitIn(j.dir, j.env, ['diff', '--name-only', '--diff-filter=U']).trim()).toBe(GOAL_FILE);
  return j;
}

describe('a merge or rebase in progress: writes refused, every file byte-identical', () => {
  it.each(['merge', 'rebase'] as const)('a conflicted %s', async (op) => {
    const { dir, env } = conflicted(op);
    const snap = files(dir);
    const commits = commitCount(dir, env);
    const index = fs.readFileSync(path.join(dir, '.git', 'index'));
    const r = await career(['journal', 'add', 'Not now'], env);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual([
      `career: a git ${op} is in progress in ${dir}; career will not write until it is finished`,
      `  hint: finish or abort it with git (see \`git -C ${dir} status\`), then run this again`,
    ]);
    // A write to the conflicted goal itself gets the same reason: the fix is to finish the merge.
    const p = await career(['goal', 'progress', GOAL, '3'], env);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain(`career: a git ${op} is in progress in ${dir}; career will not write until it is finished`);
    // A read names the file with the conflict markers.
    const shown = await career(['goal', 'show', GOAL], env);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toMatch(new RegExp(`^${GOAL_FILE}:\\d+:1: git conflict marker: this file is in the middle of a merge$`, 'm'));
    const d = await career(['goal', 'add', '--yes', '--title', 'Another goal for later', '--deadline', '2027-01-31'], env);
    expect(d.code).toBe(1);
    expect(files(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
    expect(fs.readFileSync(path.join(dir, '.git', 'index')).equals(index)).toBe(true);
    expect(fs.existsSync(path.join(dir, '.career/lock'))).toBe(false);
  });
});

describe('a detached HEAD: a commit would be on no branch, so writes are refused', () => {
  it.each(['checkout', 'bisect'] as const)('after git %s of a past commit', async (how) => {
    const { dir, env } = fresh();
    expect((await career(['journal', 'add', 'On main'], env)).code).toBe(0);
    if (how === 'checkout') gitIn(dir, env, ['checkout', '-q', 'HEAD~1']);
    else {
      spawnSync('git', ['-C', dir, 'bisect', 'start', 'HEAD', 'HEAD~2'], { env, stdio: 'pipe' });
      expect(fs.existsSync(path.join(dir, '.git', 'BISECT_LOG'))).toBe(true);
    }
    const snap = files(dir);
    const commits = commitCount(dir, env);
    const r = await career(['goal', 'progress', GOAL, '3'], env);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(how === 'checkout' ? [
      `career: git's HEAD is detached in ${dir}: a commit now would be on no branch, so career will not write`,
      `  hint: switch back to your branch (e.g. \`git -C ${dir} switch main\`), then run this again`,
    ] : [
      `career: git's HEAD is detached in ${dir} (a git bisect is in progress): a commit now would be on no branch, so career will not write`,
      `  hint: end the bisect with \`git -C ${dir} bisect reset\`, then run this again`,
    ]);
    expect(files(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
    spawnSync('git', ['-C', dir, ...(how === 'checkout' ? ['checkout', '-q', 'main'] : ['bisect', 'reset'])], { env, stdio: 'pipe' });
    expect((await career(['goal', 'progress', GOAL, '3'], env)).code).toBe(0);
    expect(texts(dir)).toEqual(['On main']);
  });
});

describe("the person's own files", () => {
  it('staged and untracked files are never committed, and stay staged / untracked', async () => {
    const { dir, env } = fresh();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'my scratch notes\n');
    fs.writeFileSync(path.join(dir, 'plan.md'), '# my plan\n');
    fs.appendFileSync(path.join(dir, GOAL_FILE), '# a comment I am still thinking about\n');
    fs.appendFileSync(path.join(dir, 'career.yaml'), '# unstaged hand edit\n');
    gitIn(dir, env, ['add', 'plan.md', GOAL_FILE]);
    const before = status(dir, env);
    expect(before.split('\n').sort()).toEqual([`M  ${GOAL_FILE}`, ' M career.yaml', 'A  plan.md', '?? notes.txt'].sort());

    expect((await career(['journal', 'add', 'Only this is committed'], env)).code).toBe(0);
    expect(headFiles(dir, env)).toEqual([DAY_FILE]);
    expect(gitIn(dir, env, ['log', '-1', '--format=%s']).trim()).toBe(SUBJECT);
    expect(status(dir, env)).toBe(before);
    expect(gitIn(dir, env, ['diff', '--cached', '--name-only']).trim().split('\n')).toEqual([GOAL_FILE, 'plan.md']);
  });
});

describe("GIT_* variables in the caller's environment", () => {
  it('GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE and GIT_OBJECT_DIRECTORY pointing elsewhere do not redirect commits', async () => {
    const { dir, env } = fresh();
    const other = path.join(tempDir(), 'other');
    fs.mkdirSync(other);
    gitIn(other, env, ['init', '-q']);
    fs.writeFileSync(path.join(other, 'README'), 'not a journal\n');
    gitIn(other, env, ['add', 'README']);
    gitIn(other, env, ['commit', '-q', '-m', 'other: first']);
    const otherGit = path.join(other, '.git');
    const otherBefore = { head: gitIn(other, env, ['rev-parse', 'HEAD']), objects: gitIn(other, env, ['count-objects']), files: snapshot(otherGit) };
    const redirecting: Env = {
      ...env, GIT_DIR: otherGit, GIT_WORK_TREE: other, GIT_INDEX_FILE: path.join(otherGit, 'alt-index'),
      GIT_OBJECT_DIRECTORY: path.join(otherGit, 'objects'), GIT_COMMON_DIR: otherGit, GIT_NAMESPACE: 'elsewhere',
    };
    const commits = commitCount(dir, env);
    const add = await career(['journal', 'add', 'Goes to the journal'], redirecting, { cwd: other });
    expect(add.code, add.stderr).toBe(0);
    const prog = await career(['goal', 'progress', GOAL, '3'], redirecting, { cwd: other });
    expect(prog.code, prog.stderr).toBe(0);
    const log = await career(['log', '--json'], redirecting, { cwd: other });
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toContain(`goal: progress ${GOAL}`);

    expect(commitCount(dir, env)).toBe(commits + 2);
    expect(gitIn(dir, env, ['log', '-2', '--format=%s']).trim().split('\n')).toEqual([`goal: progress ${GOAL} 0 -> 3`, SUBJECT]);
    expect(status(dir, env)).toBe('');
    gitIn(dir, env, ['fsck', '--no-progress', '--no-dangling']); // every object is in the journal's own store
    expect(gitIn(other, env, ['rev-parse', 'HEAD'])).toBe(otherBefore.head);
    expect(gitIn(other, env, ['count-objects'])).toBe(otherBefore.objects);
    expect(snapshot(otherGit)).toEqual(otherBefore.files);
    expect(fs.existsSync(path.join(otherGit, 'alt-index'))).toBe(false);
  });
});
