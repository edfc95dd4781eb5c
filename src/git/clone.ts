// Cloning a journal onto a second machine. A bare remote made with git's old default keeps its
// HEAD at master while career pushes main, so a plain `git clone` checks nothing out; here the
// journal's branch is found among the remote's and checked out by name.
import path from 'node:path';
import { runGit, type GitOptions } from './git.js';

/** The branch to check out: main if the remote has it, else the remote's HEAD, else its only one. */
export function journalBranch(branches: readonly string[], head: string | null): string | null {
  if (branches.includes('main')) return 'main';
  if (head && branches.includes(head)) return head;
  return branches.length === 1 ? branches[0]! : null;
}

/**
 * Clone `url` into `target` (a folder that does not exist yet) and check out the journal's
 * branch. Returns the branch, or null when the remote has no branch to check out (empty).
 */
export async function cloneJournal(url: string, target: string, opts: GitOptions = {}): Promise<string | null> {
  await runGit(path.dirname(target), ['clone', '--quiet', '--no-checkout', '--origin', 'origin', '--', url, target], opts);
  const { stdout } = await runGit(target, ['for-each-ref', '--format=%(refname:lstrip=3)', 'refs/remotes/origin'], opts);
  const branches = stdout.split('\n').filter((b) => b && b !== 'HEAD');
  let head: string | null = null;
  try {
    head = (await runGit(target, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], opts)).stdout.trim().replace(/^origin\//, '') || null;
  } catch { /* the remote's HEAD names no branch it has */ }
  const branch = journalBranch(branches, head);
  if (branch === null) return null;
  // By name: git makes the local branch and has it track origin's.
  await runGit(target, ['checkout', '--quiet', branch], opts);
  return branch;
}
