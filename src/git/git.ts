// A thin wrapper over the git binary: execFile (never a shell), a scrubbed environment, and a
// commit that touches only the tool's own paths. Expected failures come back as values with a
// one-sentence fix, because the data is already saved and the person only needs to repair git.
import { sh } from '../core/text.js';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bisectInProgress, detachedHead, gitDirOf, hasRepo, repoState, type RepoState } from './state.js';

export { bisectInProgress, detachedHead, gitDirOf, hasRepo, repoState, type RepoState };

/** `env` is the base environment (default `process.env`); it is always passed through gitEnv. */
export interface GitOptions {
  env?: NodeJS.ProcessEnv;
}

export interface RunOptions extends GitOptions {
  input?: string;
}

export type CommitOutcome =
  | { committed: true }
  | {
      committed: false;
      reason:
        | 'no-git' | 'no-repo' | 'no-identity' | 'index-locked'
        | 'nothing-to-commit' | 'in-progress' | 'failed';
      detail: string;
      fix: string;
    };
type NotCommitted = Extract<CommitOutcome, { committed: false }>;

// GIT_* variables that choose who, how to authenticate, or which user config to read — none of
// them can point a commit at another repository, index, object store or work tree.
const ALLOWED_GIT_VARS = new Set([
  'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE',
  'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'GIT_TERMINAL_PROMPT',
  'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM',
]);

/** A copy of `env` safe to hand to git: no redirecting GIT_* variables, C locale, no prompts. */
export function gitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    // Upper-cased because Windows environment names are case-insensitive.
    const upper = key.toUpperCase();
    if (upper.startsWith('GIT_') && !ALLOWED_GIT_VARS.has(upper)) continue;
    out[key] = value;
  }
  out.LC_ALL = 'C'; // messages are matched below, so they must be in English
  out.GIT_TERMINAL_PROMPT ??= '0'; // a hidden credential prompt would hang the command
  return out;
}

export class GitError extends Error {
  constructor(
    readonly kind: 'missing' | 'failed',
    message: string,
    readonly stderr: string,
    readonly exitCode: number | null,
    readonly stdout = '',
  ) {
    super(message);
    this.name = 'GitError';
  }
}

// Stop repository discovery at `dir`: if `dir/.git` is broken, git must fail rather than walk up
// and find an enclosing repository.
function ceilingFor(dir: string): string {
  let real = path.resolve(dir);
  try {
    real = fs.realpathSync(real);
  } catch {
    // a missing directory is reported by the spawn itself
  }
  return path.dirname(real);
}

/** Runs `git <args>` in `dir`. Rejects with GitError: kind 'missing' when git is not installed. */
export function runGit(
  dir: string,
  args: string[],
  opts: RunOptions = {},
): Promise<{ stdout: string; stderr: string }> {
  const env = gitEnv(opts.env);
  env.GIT_CEILING_DIRECTORIES = ceilingFor(dir);
  return new Promise((resolve, reject) => {
    const options = { cwd: dir, env, encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024 };
    // core.fsmonitor names a program git would run on every status, add and commit: a cloned or
    // hand-edited .git/config must not make career's writes run it (hooks are documented instead).
    const child = execFile('git', ['-c', 'core.fsmonitor=false', ...args], options, (err, stdout, stderr) => {
      if (!err) return resolve({ stdout, stderr });
      const code = err.code;
      // A missing cwd also surfaces as ENOENT; only a missing binary means "install git".
      if (code === 'ENOENT' && fs.existsSync(dir)) {
        return reject(new GitError('missing', 'git is not installed (not found on PATH)', '', null));
      }
      const exitCode = typeof code === 'number' ? code : null;
      const text = stderr.trim() || err.message;
      reject(new GitError('failed', `git ${args[0] ?? ''} failed: ${text}`, stderr, exitCode, stdout));
    });
    // When the spawn fails, writing stdin errors too; the callback above already reports it.
    child.stdin?.on('error', () => {});
    child.stdin?.end(opts.input ?? '');
  });
}

/** Creates a repository on branch main. Falls back for git older than 2.28 (no `-b`). */
export async function initRepo(dir: string, opts: GitOptions = {}): Promise<void> {
  try {
    await runGit(dir, ['init', '-q', '-b', 'main'], opts);
  } catch (err) {
    if (!(err instanceof GitError) || !/unknown switch|unknown option/.test(err.stderr)) throw err;
    await runGit(dir, ['init', '-q'], opts);
    await runGit(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main'], opts);
  }
}

/** True when a git binary can be run. Probed from the temp dir: no repository is involved. */
export async function gitAvailable(opts: GitOptions = {}): Promise<boolean> {
  try {
    await runGit(os.tmpdir(), ['--version'], opts);
    return true;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'missing') return false;
    throw err;
  }
}

export interface CommitOptions extends GitOptions {
  /**
   * The paths among `paths` that git may not know yet (files this change created). Given, only
   * those are added first and a change to known files is one `git commit`; absent, all are added.
   */
  added?: readonly string[];
}

/**
 * Git's own housekeeping (`maintenance run --auto`, which every commit starts) is left to one
 * write in this many, chosen by chance: it costs a process per write and has work to do only
 * after thousands of objects. `career sync` runs it every time.
 */
const MAINTENANCE_EVERY = 64;

/**
 * Stages and commits exactly `paths` (relative to `dir`, deletions included). `commit -- <paths>`
 * commits only those paths, so whatever the person staged or left untracked stays as it was.
 */
export async function commitPaths(
  dir: string,
  paths: string[],
  message: string,
  opts: CommitOptions = {},
): Promise<CommitOutcome> {
  if (!hasRepo(dir)) {
    // Without git, "run git init" would be the wrong advice.
    return notCommitted((await gitAvailable(opts)) ? 'no-repo' : 'no-git', dir, message);
  }
  if (repoState(dir) !== 'clean') return notCommitted('in-progress', dir, message);
  const rel = paths.map((p) => (path.isAbsolute(p) ? path.relative(dir, p) : p));
  if (rel.length === 0) return notCommitted('nothing-to-commit', dir, message);
  const toAdd = opts.added === undefined ? rel : opts.added.map((p) => (path.isAbsolute(p) ? path.relative(dir, p) : p));
  // --literal-pathspecs: a file name containing `*` or `:(` is a name, not a pattern.
  try {
    if (toAdd.length) await runGit(dir, ['--literal-pathspecs', 'add', '-A', '--', ...toAdd], opts);
    const commit = ['-c', 'maintenance.auto=false', '--literal-pathspecs', 'commit', '-q', '-m', message, '--', ...rel];
    try {
      await runGit(dir, commit, opts);
    } catch (err) {
      // A file that was there but never committed (put in by hand, or left by a failed commit).
      if (!(err instanceof GitError) || !/did not match any file\(s\) known to git/.test(err.stderr) || toAdd.length === rel.length) throw err;
      await runGit(dir, ['--literal-pathspecs', 'add', '-A', '--', ...rel], opts);
      await runGit(dir, commit, opts);
    }
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return classify(err, dir, message);
  }
  if (Math.random() * MAINTENANCE_EVERY < 1) await runMaintenance(dir, opts);
  return { committed: true };
}

/** Git's housekeeping when it has some to do (packs loose objects); never fails a write. */
export async function runMaintenance(dir: string, opts: GitOptions = {}): Promise<void> {
  try {
    await runGit(dir, ['maintenance', 'run', '--auto', '--quiet'], opts);
  } catch { /* housekeeping only */ }
}

const IDENTITY_PROBLEM = new RegExp(
  'Please tell me who you are|identity unknown|auto-detection is disabled|' +
    'empty ident name|unable to auto-detect email',
  'i',
);

// Git's own wording (LC_ALL=C) is the only signal for these; exit codes are 1 or 128 for all.
function classify(err: GitError, dir: string, message: string): NotCommitted {
  if (err.kind === 'missing') return notCommitted('no-git', dir, message);
  const text = `${err.stdout}\n${err.stderr}`;
  const detail = gitMessage(text);
  const lock = /Unable to create '(.+?index\.lock)': File exists/.exec(text);
  if (lock) return notCommitted('index-locked', dir, message, detail, lock[1]);
  if (IDENTITY_PROBLEM.test(text)) return notCommitted('no-identity', dir, message, detail);
  if (/nothing to commit|nothing added to commit|no changes added to commit/.test(text)) {
    return notCommitted('nothing-to-commit', dir, message, detail);
  }
  // A merge or rebase started between our state check and the commit.
  if (repoState(dir) !== 'clean') return notCommitted('in-progress', dir, message, detail);
  return notCommitted('failed', dir, message, detail);
}

function gitMessage(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'git failed';
}

function notCommitted(
  reason: NotCommitted['reason'],
  dir: string,
  message: string,
  gitDetail?: string,
  lockPath?: string,
): NotCommitted {
  const [detail, fix] = explain(reason, dir, message, lockPath);
  return { committed: false, reason, detail: gitDetail ?? detail, fix };
}

/** [default detail, one-sentence fix] for each reason; the fix ends with the manual commit. */
function explain(
  reason: NotCommitted['reason'],
  dir: string,
  message: string,
  lockPath?: string,
): [string, string] {
  const d = sh(dir);
  const manual = `\`git -C ${d} add -A && git -C ${d} commit -m ${sh(message)}\``;
  switch (reason) {
    case 'no-git':
      return ['git is not installed (not found on PATH)',
        `Install git (https://git-scm.com/downloads), then run ${manual}.`];
    case 'no-repo':
      return [`${dir} is not a git repository`,
        `Run \`git -C ${d} init\` to keep a history of the journal, or pass --no-git to stop this message.`];
    case 'no-identity':
      return ['git does not know who you are',
        'Run `git config --global user.name "Your Name"` and ' +
          `\`git config --global user.email "you@example.com"\`, then ${manual}.`];
    case 'index-locked': {
      const lock = lockPath ?? path.join(gitDirOf(dir) ?? path.join(dir, '.git'), 'index.lock');
      return [`${lock} exists`,
        `If no git process is running, remove the stale lock with \`rm ${sh(lock)}\`, then run ${manual}.`];
    }
    case 'nothing-to-commit':
      return ['the files already match the last commit', 'No action is needed.'];
    case 'in-progress': {
      const state = repoState(dir);
      const op = state === 'clean' ? 'merge' : state;
      return [`a ${op} is in progress in ${dir}`,
        `Finish the ${op} (resolve conflicts, then \`git -C ${d} ${op} --continue\`) or abort it with ` +
          `\`git -C ${d} ${op} --abort\`, then run ${manual}.`];
    }
    case 'failed':
      return ['git failed', `Run \`git -C ${d} status\` to see what git needs, fix it, then run ${manual}.`];
  }
}

/** Number of commits reachable from HEAD; 0 when there is no repository or no commit yet. */
export async function headCommitCount(dir: string, opts: GitOptions = {}): Promise<number> {
  if (!hasRepo(dir)) return 0;
  try {
    const { stdout } = await runGit(dir, ['rev-list', '--count', 'HEAD'], opts);
    return Number(stdout.trim());
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return 0;
    throw err;
  }
}

/** The last `n` commits as `<short hash> <subject>`, newest first; [] when there are none. */
export async function logOneline(dir: string, n: number, opts: GitOptions = {}): Promise<string[]> {
  if (!hasRepo(dir)) return [];
  try {
    // --format rather than --oneline: a user's log.decorate setting must not change the output.
    const { stdout } = await runGit(dir, ['log', `-n${n}`, '--format=%h %s'], opts);
    return stdout.split('\n').filter(Boolean);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return [];
    throw err;
  }
}

/**
 * The person's name as git knows it (`user.name` from their global or system config), for the
 * name `init` offers; null when git is missing or has none. Read outside any repository.
 */
export async function gitUserName(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  try {
    const { stdout } = await runGit(os.tmpdir(), ['config', '--get', 'user.name'], { env });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}
