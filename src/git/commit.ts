// Committing exactly career's own paths, and what to say when git cannot: expected failures come
// back as values with a one-sentence fix (the data is already saved; only git needs repairing).
import path from 'node:path';
import { sh } from '../core/text.js';
import { GitError, gitAvailable, gitDirOf, gitMessage, hasRepo, repoState, runGit, type GitOptions } from './git.js';

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
 * after thousands of objects.
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
async function runMaintenance(dir: string, opts: GitOptions = {}): Promise<void> {
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
