// Rewriting the commits that only this machine has, before they are put on top of the remote's:
// used by `career sync` when both sides added a goal file with the same id, so the local goal
// takes a new id in every one of its commits (and the rebase then has nothing to merge them
// into). Runs under the journal's lock on a clean working tree; on any failure the branch is
// put back exactly where it was.
import fs from 'node:fs';
import path from 'node:path';
import { runGit, type GitOptions } from './git.js';

/** Paths added (absent at `base`, present at `tip`), relative, as git spells them. */
export async function addedSince(dir: string, base: string, tip: string, under: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout } = await runGit(dir, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=A', base, tip, '--', under], opts);
  return stdout.split('\0').filter(Boolean);
}

export interface Replay {
  /** Old path -> new path, applied in every replayed commit. */
  moves: Map<string, string>;
  /** A changed file's text (after the moves), e.g. references to a renamed id. */
  rewrite: (rel: string, text: string) => string;
  subject: (subject: string) => string;
}

/**
 * Replays base..HEAD (linear history only) with `replay` applied to each commit's tree, keeping
 * each commit's author, date and message (its subject through `replay.subject`). Returns false,
 * changing nothing, when the local history has merges.
 */
export async function replayLocal(dir: string, base: string, replay: Replay, opts: GitOptions = {}): Promise<boolean> {
  const merges = (await runGit(dir, ['rev-list', '--merges', `${base}..HEAD`], opts)).stdout.trim();
  if (merges) return false;
  const commits = (await runGit(dir, ['rev-list', '--reverse', `${base}..HEAD`], opts)).stdout.split('\n').filter(Boolean);
  const orig = (await runGit(dir, ['rev-parse', 'HEAD'], opts)).stdout.trim();
  try {
    await runGit(dir, ['reset', '--quiet', '--hard', base], opts);
    for (const c of commits) await replayOne(dir, base, c, replay, opts);
    return true;
  } catch (err) {
    await runGit(dir, ['reset', '--quiet', '--hard', orig], opts);
    throw err;
  }
}

async function replayOne(dir: string, base: string, commit: string, replay: Replay, opts: GitOptions): Promise<void> {
  // The index and the working tree become exactly the commit's tree.
  await runGit(dir, ['read-tree', '--reset', '-u', commit], opts);
  const changed = (await runGit(dir, ['diff', '--name-only', '-z', '--no-renames', base, commit, '--'], opts)).stdout.split('\0').filter(Boolean);
  const touched = new Set<string>();
  for (const [from, to] of replay.moves) {
    const src = path.join(dir, ...from.split('/'));
    if (!fs.existsSync(src)) continue;
    fs.renameSync(src, path.join(dir, ...to.split('/')));
    touched.add(from).add(to);
  }
  for (const rel of changed.map((r) => replay.moves.get(r) ?? r)) {
    const abs = path.join(dir, ...rel.split('/'));
    if (!rel.endsWith('.yaml') || !fs.existsSync(abs)) continue;
    const text = fs.readFileSync(abs, 'utf8');
    const next = replay.rewrite(rel, text);
    if (next !== text) {
      fs.writeFileSync(abs, next);
      touched.add(rel);
    }
  }
  if (touched.size) await runGit(dir, ['--literal-pathspecs', 'add', '-A', '--', ...touched], opts);
  const { stdout } = await runGit(dir, ['log', '-1', '--format=%an%x00%ae%x00%aI%x00%B', commit], opts);
  const [name, email, date, ...body] = stdout.split('\0');
  const message = body.join('\0').replace(/\n+$/, '');
  const [subject = '', ...rest] = message.split('\n');
  // --no-verify: these commits already passed the person's hooks once, when they were made.
  await runGit(dir, ['commit', '--quiet', '--no-verify', '--allow-empty', '--author', `${name} <${email}>`, '--date', date!,
    '-m', [replay.subject(subject), ...rest].join('\n')], opts);
}

/** The commit `a` and `b` last shared. */
export async function mergeBase(dir: string, a: string, b: string, opts: GitOptions = {}): Promise<string> {
  return (await runGit(dir, ['merge-base', a, b], opts)).stdout.trim();
}

/** File names under `folder` in commit `ref`. */
export async function namesAt(dir: string, ref: string, folder: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout } = await runGit(dir, ['ls-tree', '--name-only', '-z', `${ref}:${folder}`], opts).catch(() => ({ stdout: '' }));
  return stdout.split('\0').filter(Boolean);
}
