// The git side of `career sync`: the remote, the branch, what is uncommitted, fetch + rebase
// (what `git pull --rebase` does, in two steps so the remote's commits can be counted before
// they are applied and a conflict can be undone), push, and the file modes git leaves behind.
// Every call goes through runGit: execFile, never a shell, with a scrubbed environment.
import fs from 'node:fs';
import path from 'node:path';
import { GITIGNORE_FILE, PROFILE_FILE, RECORD_DIRS } from '../store/paths.js';
import { GitError, gitMessage, repoState, runGit, type GitOptions } from './git.js';

export { gitMessage };
import { makeTrackedPrivate, tightenGitDir, trackedFiles } from './modes.js';

export { makeTrackedPrivate, tightenGitDir, trackedFiles };

export const REMOTE = 'origin';

/** Every journal folder career writes records or question sets into. */
const CAREER_DIRS = [...RECORD_DIRS, 'templates'] as const;

/** A remote given as a path that exists here, absolute, so it works from any directory. */
export function localRemotePath(url: string, cwd: string): string | undefined {
  const abs = path.resolve(cwd, url);
  return fs.existsSync(abs) ? abs : undefined;
}

/** The branch HEAD is on, or null when HEAD is detached. */
export async function currentBranch(dir: string, opts: GitOptions = {}): Promise<string | null> {
  try {
    const { stdout } = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD'], opts);
    return stdout.trim() || null;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed' && err.exitCode === 1) return null;
    throw err;
  }
}

/** The commit HEAD points at, or null before the first commit. */
export async function headHash(dir: string, opts: GitOptions = {}): Promise<string | null> {
  return revParse(dir, 'HEAD', opts);
}

/** The commit `ref` names, or null when it does not exist. */
export async function revParse(dir: string, ref: string, opts: GitOptions = {}): Promise<string | null> {
  try {
    const { stdout } = await runGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], opts);
    return stdout.trim() || null;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return null;
    throw err;
  }
}

/** The URL of remote `name`, or null when there is no such remote. */
export async function remoteUrl(dir: string, name = REMOTE, opts: GitOptions = {}): Promise<string | null> {
  try {
    const { stdout } = await runGit(dir, ['config', '--get', `remote.${name}.url`], opts);
    return stdout.trim() || null;
  } catch (err) {
    // `config --get` exits 1 when the key is not set.
    if (err instanceof GitError && err.kind === 'failed' && err.exitCode === 1) return null;
    throw err;
  }
}

/** Adds remote `name`, or points it at `url` if it exists. Says which it did. */
export async function setRemote(
  dir: string,
  url: string,
  name = REMOTE,
  opts: GitOptions = {},
): Promise<'added' | 'updated' | 'unchanged'> {
  if (url === '' || url.startsWith('-')) throw new Error(`not a remote URL: "${url}"`);
  const current = await remoteUrl(dir, name, opts);
  if (current === url) return 'unchanged';
  // `git remote add` also writes the default fetch refspec (refs/remotes/<name>/*).
  await runGit(dir, current === null ? ['remote', 'add', name, url] : ['remote', 'set-url', name, url], opts);
  return current === null ? 'added' : 'updated';
}

/** The remote-tracking ref that holds the remote's version of `branch`. */
export const trackingRef = (branch: string, remote = REMOTE) => `refs/remotes/${remote}/${branch}`;

export type FetchOutcome = { found: true; hash: string } | { found: false };

/**
 * Fetches `branch` from `remote` into refs/remotes/<remote>/<branch> (forced, whatever the
 * remote's configured refspec says, so "the remote's version is in origin/<branch>" always
 * holds). `found: false` when the remote has no such branch yet (an empty repository).
 */
export async function fetchBranch(dir: string, branch: string, remote = REMOTE, opts: GitOptions = {}): Promise<FetchOutcome> {
  const ref = trackingRef(branch, remote);
  try {
    await runGit(dir, ['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${ref}`], opts);
  } catch (err) {
    if (err instanceof GitError && /couldn't find remote ref/i.test(err.stderr)) return { found: false };
    throw err;
  }
  const hash = await revParse(dir, ref, opts);
  if (hash === null) throw new GitError('failed', `git fetch did not update ${ref}`, '', null);
  return { found: true, hash };
}

/** Commits only in `a` (ahead) and only in `b` (behind): `git rev-list --left-right --count a...b`. */
export async function aheadBehind(dir: string, a: string, b: string, opts: GitOptions = {}): Promise<{ ahead: number; behind: number }> {
  const { stdout } = await runGit(dir, ['rev-list', '--left-right', '--count', `${a}...${b}`], opts);
  const [ahead = 0, behind = 0] = stdout.trim().split(/\s+/).map(Number);
  return { ahead, behind };
}

/** Number of commits in `range` (e.g. `origin/main..HEAD`, or `HEAD` for all). */
export async function countCommits(dir: string, range: string, opts: GitOptions = {}): Promise<number> {
  const { stdout } = await runGit(dir, ['rev-list', '--count', range, '--'], opts);
  return Number(stdout.trim());
}

/** Subjects of the commits in `range`, oldest first. */
export async function subjects(dir: string, range: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout } = await runGit(dir, ['log', '--reverse', '--no-show-signature', '--format=%s', range, '--'], opts);
  return stdout.split('\n').filter(Boolean);
}

/** Which sides of a conflicted file have it: during a rebase, git's "ours" is the remote's. */
export interface ConflictSides {
  remote: boolean;
  yours: boolean;
}

export type RebaseOutcome =
  | { ok: true }
  | { ok: false; conflicts: string[]; sides: Record<string, ConflictSides>; detail: string };

/**
 * `git rebase <onto>`: replays the local commits on top of the remote's (the second half of
 * `git pull --rebase`). When it stops, the conflicting files are read, then the rebase is
 * aborted, so the journal is exactly as it was before (the remote's commits stay in `onto`).
 */
export async function rebaseOnto(dir: string, onto: string, opts: GitOptions = {}): Promise<RebaseOutcome> {
  try {
    // --no-autostash: a user's rebase.autoStash must not tuck changes away behind our back.
    await runGit(dir, ['rebase', '--quiet', '--no-autostash', onto], opts);
    return { ok: true };
  } catch (err) {
    if (!(err instanceof GitError) || err.kind !== 'failed') throw err;
    const detail = gitMessage(`${err.stdout}\n${err.stderr}`);
    if (repoState(dir) !== 'rebase') throw err; // refused to start: nothing to undo
    const conflicts = await conflictedFiles(dir, opts);
    const sides = await conflictSides(dir, opts);
    await abortRebase(dir, opts);
    return { ok: false, conflicts, sides, detail };
  }
}

/** Pull --rebase in one call: fetch `branch`, then rebase onto it. */
export async function pullRebase(dir: string, branch: string, remote = REMOTE, opts: GitOptions = {}): Promise<RebaseOutcome & { found: boolean }> {
  const fetched = await fetchBranch(dir, branch, remote, opts);
  if (!fetched.found) return { ok: true, found: false };
  return { ...(await rebaseOnto(dir, fetched.hash, opts)), found: true };
}

/** Files changed both since the merge base of `a` and `b` on `a`'s side and on `b`'s. */
export async function changedOnBothSides(dir: string, a: string, b: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout: base } = await runGit(dir, ['merge-base', a, b], opts);
  const changed = async (tip: string) => (await runGit(dir, ['diff', '--name-only', '-z', '--no-renames', base.trim(), tip, '--'], opts)).stdout.split('\0').filter(Boolean);
  const theirs = new Set(await changed(b));
  return (await changed(a)).filter((f) => theirs.has(f)).sort();
}

/** Paths with unresolved conflicts (`git diff --name-only --diff-filter=U`). */
export async function conflictedFiles(dir: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout } = await runGit(dir, ['diff', '--name-only', '-z', '--diff-filter=U'], opts);
  return [...new Set(stdout.split('\0').filter(Boolean))].sort();
}

/**
 * For each unmerged path, whether stage 2 (ours: during a rebase, the commit being built on,
 * the remote's side) and stage 3 (theirs: your commit being replayed) exist. A side without the
 * file deleted it, so "keep that side" means `git rm`, not a checkout.
 */
export async function conflictSides(dir: string, opts: GitOptions = {}): Promise<Record<string, ConflictSides>> {
  const { stdout } = await runGit(dir, ['ls-files', '-u', '-z'], opts);
  const out: Record<string, ConflictSides> = {};
  for (const entry of stdout.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const stage = entry.slice(0, tab).split(' ')[2];
    const rel = entry.slice(tab + 1);
    const sides = (out[rel] ??= { remote: false, yours: false });
    if (stage === '2') sides.remote = true;
    if (stage === '3') sides.yours = true;
  }
  return out;
}

export async function abortRebase(dir: string, opts: GitOptions = {}): Promise<void> {
  await runGit(dir, ['rebase', '--abort'], opts);
}

export type PushOutcome = { ok: true } | { ok: false; reason: 'rejected' | 'failed'; detail: string };

/** `git push -u <remote> <branch>`; a rejection (the remote moved meanwhile) is a value. */
export async function push(dir: string, branch: string, remote = REMOTE, opts: GitOptions = {}): Promise<PushOutcome> {
  try {
    await runGit(dir, ['push', '--quiet', '--porcelain', '-u', remote, `refs/heads/${branch}:refs/heads/${branch}`], opts);
    return { ok: true };
  } catch (err) {
    if (!(err instanceof GitError) || err.kind !== 'failed') throw err;
    const text = `${err.stdout}\n${err.stderr}`;
    const rejected = /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first/.test(text);
    return { ok: false, reason: rejected ? 'rejected' : 'failed', detail: gitMessage(text) };
  }
}

/** Whether `rel` is one of career's own paths (the profile, .gitignore, or in a journal folder). */
export function isCareerPath(rel: string): boolean {
  return rel === PROFILE_FILE || rel === GITIGNORE_FILE || CAREER_DIRS.some((d) => rel.startsWith(`${d}/`));
}

/** A new file career would have written: career.yaml or a .yaml file in a journal folder. */
function isNewCareerFile(dir: string, rel: string): boolean {
  if (rel !== 'career.yaml' && !(isCareerPath(rel) && rel.endsWith('.yaml'))) return false;
  if (path.posix.basename(rel).startsWith('.')) return false; // editor and temp files
  try {
    return fs.lstatSync(path.join(dir, ...rel.split('/'))).isFile();
  } catch {
    return false;
  }
}

export interface WorkingTree {
  /** Career's files with uncommitted changes (hand edits), deletions included. */
  career: string[];
  /** Other tracked files with uncommitted (staged or unstaged) changes. */
  other: string[];
}

/** What is uncommitted, split into career's own files and everything else that git tracks. */
export async function uncommitted(dir: string, opts: GitOptions = {}): Promise<WorkingTree> {
  const { stdout } = await runGit(
    dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=none'], opts,
  );
  const career: string[] = [];
  const other: string[] = [];
  for (const entry of stdout.split('\0')) {
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    const rel = entry.slice(3);
    if (code === '??') {
      if (isNewCareerFile(dir, rel)) career.push(rel);
    } else if (isCareerPath(rel)) {
      career.push(rel);
    } else {
      other.push(rel);
    }
  }
  return { career: career.sort(), other: other.sort() };
}
