// The file modes git leaves behind: it writes with the umask, so what a pull or a clone
// created, and the .git folder itself, may be readable (or writable) by others. These make them
// the owner's alone again. Symbolic links are never followed.
import fs from 'node:fs';
import path from 'node:path';
import { runGit, type GitOptions } from './git.js';

/** Every file git tracks in the journal, relative, as git spells them. */
export async function trackedFiles(dir: string, opts: GitOptions = {}): Promise<string[]> {
  const { stdout } = await runGit(dir, ['ls-files', '-z'], opts);
  return stdout.split('\0').filter(Boolean);
}

/**
 * Tracked files 0600 and the folders holding them 0700 (the journal folder itself is left as
 * it is). Git writes with the umask, so files a pull or a clone created are usually 0644.
 * Symbolic links are never followed: they are skipped.
 */
export async function makeTrackedPrivate(dir: string, opts: GitOptions = {}): Promise<void> {
  const dirs = new Set<string>();
  for (const rel of await trackedFiles(dir, opts)) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    chmodIf(path.join(dir, ...parts), 'file', 0o600);
  }
  for (const rel of dirs) chmodIf(path.join(dir, ...rel.split('/')), 'dir', 0o700);
}

function chmodIf(abs: string, kind: 'file' | 'dir', mode: number): void {
  try {
    const st = fs.lstatSync(abs);
    const right = kind === 'file' ? st.isFile() : st.isDirectory();
    if (right && (st.mode & 0o777) !== mode) fs.chmodSync(abs, mode);
  } catch {
    // gone (a deletion not yet checked out) or not ours to change: nothing to tighten
  }
}

/**
 * Takes group and world access off the journal's git directory and everything in it (a clone
 * made under a umask of 000 leaves it 0777: anyone on the machine could read the whole history,
 * or write a hook). Symbolic links are not followed; a worktree's shared git dir is left alone.
 */
export function tightenGitDir(dir: string): void {
  const dotGit = path.join(dir, '.git');
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dotGit);
  } catch {
    return;
  }
  if (!st.isDirectory()) return;
  const walk = (abs: string, stat: fs.Stats) => {
    if ((stat.mode & 0o077) !== 0) {
      try { fs.chmodSync(abs, stat.mode & 0o700); } catch { /* not ours: leave it */ }
    }
    if (!stat.isDirectory()) return;
    let names: string[];
    try { names = fs.readdirSync(abs); } catch { return; }
    for (const name of names) {
      const child = path.join(abs, name);
      try {
        const cs = fs.lstatSync(child);
        if (cs.isFile() || cs.isDirectory()) walk(child, cs);
      } catch { /* vanished meanwhile */ }
    }
  };
  walk(dotGit, st);
}
