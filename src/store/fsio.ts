// Atomic, private, link-safe writes (SPEC §5). A write goes to a temp file in the same
// directory, is fsynced, then renamed over the target, so a crash leaves the old file or the
// new one, never half of each. Nothing is written through a symbolic link.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { resolveInside } from './paths.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Turn an fs error into a sentence naming the journal path and what to do. `folder` names the
 * folder when it, not the file, refused (creating the temp file failed).
 */
export function fsError(rel: string, err: unknown, folder?: string): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC': case 'EDQUOT':
      return new UserError(`cannot write ${rel}: the disk is full`, 'free some space and run the command again; nothing was changed');
    case 'EACCES': case 'EPERM':
      return new UserError(`cannot write ${rel}: permission denied${folder ? ` in the folder ${folder}` : ''}`,
        `check the permissions of ${folder ? `the folder ${folder}` : `${rel} and its folder`}; nothing was changed`);
    case 'EROFS':
      return new UserError(`cannot write ${rel}: the file system is read-only`);
    default:
      return new UserError(`cannot write ${rel}: ${(err as Error).message}`);
  }
}

function lstatOrNull(abs: string): fs.Stats | null {
  try {
    return fs.lstatSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * No write permission for anyone: someone protected it on purpose (chmod a-w). The rename would
 * replace a read-only file, and root would write into a read-only folder, so this is checked
 * from the mode bits rather than left to the kernel.
 */
const isReadOnly = (st: fs.Stats) => (st.mode & 0o222) === 0;

/** Create `relDir` (and parents) inside root, 0700, refusing symlinked or non-directory parts. */
export function ensureDirInside(root: string, relDir: string): void {
  if (relDir === '' || relDir === '.') return;
  let current = '';
  for (const part of relDir.split('/')) {
    current = current ? `${current}/${part}` : part;
    const abs = resolveInside(root, current);
    const st = lstatOrNull(abs);
    if (st === null) {
      const parent = path.posix.dirname(current);
      const parentAbs = parent === '.' ? root : resolveInside(root, parent);
      if (isReadOnly(fs.statSync(parentAbs))) {
        throw new UserError(`cannot create ${current}: ${parent === '.' ? `the journal folder ${root}` : `the folder ${parent}`} is read-only`,
          'make it writable (chmod u+w) if career should change it; nothing was changed');
      }
      try {
        fs.mkdirSync(abs, { mode: DIR_MODE });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(current, err);
      }
    } else if (st.isSymbolicLink()) {
      throw new UserError(`${current} is a symbolic link; career does not write through links`, `replace the link with a real folder`);
    } else if (!st.isDirectory()) {
      throw new UserError(`${current} is not a folder`, `move that file out of the way`);
    }
  }
}

export function fsyncDir(abs: string): void {
  // Makes the rename itself durable. Some file systems refuse fsync on a directory; that only
  // weakens durability after a power cut, so it is not worth failing the write over.
  try {
    const fd = fs.openSync(abs, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  } catch { /* see above */ }
}

function refuseReadOnly(root: string, rel: string, existing: fs.Stats | null): void {
  const folder = path.posix.dirname(rel);
  if (isReadOnly(fs.statSync(folder === '.' ? root : resolveInside(root, folder)))) {
    const name = folder === '.' ? `the journal folder ${root}` : `the folder ${folder}`;
    throw new UserError(`cannot write ${rel}: ${name} is read-only`, `make it writable (chmod u+w) if career should change it; nothing was changed`);
  }
  if (existing && isReadOnly(existing)) {
    throw new UserError(`cannot write ${rel}: the file is read-only`, `make it writable (chmod u+w ${rel}) if career should change it; nothing was changed`);
  }
}

/** Temp files (and copies of replaced files) of ours left by a writer that died (`.name.<pid>.<hex>.tmp`). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.(tmp|bak)$/;

export function removeStaleTemps(dirAbs: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dirAbs);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || pidAlive(pid)) continue;
    try { fs.unlinkSync(path.join(dirAbs, name)); } catch { /* gone already, or not ours to remove */ }
  }
}

/** Whether a process with this pid exists on this host (EPERM: it exists, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Check that `rel` may be written: its folders exist (created 0700) and are no links, the file
 * is no link and nobody made it or its folder read-only. Returns its absolute path.
 */
export function prepareTarget(root: string, rel: string): string {
  const abs = resolveInside(root, rel);
  ensureDirInside(root, path.posix.dirname(rel));
  const existing = lstatOrNull(abs);
  if (existing?.isSymbolicLink()) {
    throw new UserError(`${rel} is a symbolic link; career does not write through links`, `replace it with a real file (cp --remove-destination)`);
  }
  refuseReadOnly(root, rel, existing);
  return abs;
}

/** Remove a file inside the journal (not through a link to elsewhere). */
export function removeFile(root: string, rel: string): void {
  const abs = resolveInside(root, rel);
  try {
    fs.unlinkSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(rel, err);
  }
}
