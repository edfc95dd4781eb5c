// Cheap, synchronous checks on a journal's repository, answered from the file system alone so
// they can run before every write without spawning git.
import fs from 'node:fs';
import path from 'node:path';

export type RepoState = 'clean' | 'merge' | 'rebase' | 'cherry-pick' | 'revert';

/**
 * True when `dir` itself holds a repository (`.git` directory, or `.git` file as in worktrees and
 * submodules). A repository further up the tree does not count: a journal kept inside someone's
 * dotfiles repository must never be committed there.
 */
export function hasRepo(dir: string): boolean {
  return fs.existsSync(path.join(dir, '.git'));
}

/**
 * The git directory of the repository at `dir`, or undefined when there is none. A `.git` file
 * (`gitdir: <path>`, path relative to `dir` when not absolute) is followed one level.
 */
export function gitDirOf(dir: string): string | undefined {
  const dotGit = path.join(dir, '.git');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dotGit);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) return dotGit;
  try {
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
    return match?.[1] ? path.resolve(dir, match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a merge, rebase, cherry-pick or revert is under way. Rebase is checked first because
 * an interrupted rebase can also leave MERGE_HEAD or CHERRY_PICK_HEAD behind, and "finish the
 * rebase" is the advice that actually helps then.
 */
export function repoState(dir: string): RepoState {
  const gitDir = gitDirOf(dir);
  if (!gitDir) return 'clean';
  const has = (name: string): boolean => fs.existsSync(path.join(gitDir, name));
  if (has('rebase-merge') || has('rebase-apply')) return 'rebase';
  if (has('MERGE_HEAD')) return 'merge';
  if (has('CHERRY_PICK_HEAD')) return 'cherry-pick';
  if (has('REVERT_HEAD')) return 'revert';
  return 'clean';
}

/**
 * Whether HEAD points at a commit rather than a branch: a checkout of a past commit, or a
 * bisect. A commit made then belongs to no branch and seems to vanish at the next checkout.
 * (A rebase detaches HEAD too; repoState reports that first.)
 */
export function detachedHead(dir: string): boolean {
  const gitDir = gitDirOf(dir);
  if (!gitDir) return false;
  try {
    return !fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').startsWith('ref:');
  } catch {
    return false; // no HEAD file: git itself will complain when committing
  }
}

/** Whether a `git bisect` is under way (it leaves HEAD detached). */
export function bisectInProgress(dir: string): boolean {
  const gitDir = gitDirOf(dir);
  return gitDir !== undefined && fs.existsSync(path.join(gitDir, 'BISECT_LOG'));
}
