// Atomic, private, link-safe writes (SPEC §5). A write goes to a temp file in the same
// directory, is fsynced, then renamed over the target, so a crash leaves the old file or the
// new one, never half of each. Nothing is written through a symbolic link.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../core/errors.js';
import { resolveInside } from './paths.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Turn an fs error into a sentence naming the journal path and what to do. */
export function fsError(rel: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC': case 'EDQUOT':
      return new UserError(`cannot write ${rel}: the disk is full`, 'free some space and run the command again; nothing was changed');
    case 'EACCES': case 'EPERM':
      return new UserError(`cannot write ${rel}: permission denied`, `check the permissions of ${rel} and its folder`);
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

/** Create `relDir` (and parents) inside root, 0700, refusing symlinked or non-directory parts. */
export function ensureDirInside(root: string, relDir: string): void {
  if (relDir === '' || relDir === '.') return;
  let current = '';
  for (const part of relDir.split('/')) {
    current = current ? `${current}/${part}` : part;
    const abs = resolveInside(root, current);
    const st = lstatOrNull(abs);
    if (st === null) {
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

function fsyncDir(abs: string): void {
  // Makes the rename itself durable. Some file systems refuse fsync on a directory; that only
  // weakens durability after a power cut, so it is not worth failing the write over.
  try {
    const fd = fs.openSync(abs, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  } catch { /* see above */ }
}

/** Write `content` to `rel` inside `root` atomically, mode 0600. */
export function writeFileAtomic(root: string, rel: string, content: string | Uint8Array): void {
  const abs = resolveInside(root, rel);
  ensureDirInside(root, path.posix.dirname(rel));
  const existing = lstatOrNull(abs);
  if (existing?.isSymbolicLink()) {
    throw new UserError(`${rel} is a symbolic link; career does not write through links`, `replace it with a real file (cp --remove-destination)`);
  }
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), FILE_MODE);
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    failpoint('before-rename');
    fs.renameSync(tmp, abs);
  } catch (err) {
    if (fd !== null) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw err instanceof UserError ? err : fsError(rel, err);
  }
  fsyncDir(path.dirname(abs));
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

/**
 * Test hook for the crash-safety suite: CAREER_FAILPOINT=before-rename makes the process die
 * at that point, as a power cut would. Unset in normal use, and costs one env lookup.
 */
function failpoint(name: string): void {
  if (process.env.CAREER_FAILPOINT === name) process.kill(process.pid, 'SIGKILL');
}
