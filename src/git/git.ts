// A thin wrapper over the git binary: execFile (never a shell), a scrubbed environment, the
// repository's state, and small reads of its history. Commits are in commit.ts.
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

/** The most telling line of git's output: the first `fatal:`/`error:` line, else the first. */
export function gitMessage(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'git failed';
}
