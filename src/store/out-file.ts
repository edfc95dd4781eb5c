// `--out <file>` (export, share): a file the person chose, outside the journal. Written whole or
// not at all (a temp file beside it, fsynced, then a rename), so a reader — a calendar subscribed
// to the file, say — sees the old text or the new, never half.
import fs from 'node:fs';
import path from 'node:path';
import { uniqueTag } from './random.js';
import { UserError } from '../core/errors.js';

function outError(file: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return new UserError(`cannot write ${file}: its folder does not exist`, 'create the folder first, or choose another --out');
    case 'ENOTDIR': return new UserError(`cannot write ${file}: part of the path is not a folder`);
    case 'EISDIR': return new UserError(`cannot write ${file}: it is a folder`, 'give a file name, e.g. --out plan.md');
    case 'EACCES': case 'EPERM': return new UserError(`cannot write ${file}: permission denied`);
    case 'ENOSPC': case 'EDQUOT': return new UserError(`cannot write ${file}: the disk is full`);
    case 'EROFS': return new UserError(`cannot write ${file}: the file system is read-only`);
    default: return new UserError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/**
 * Write `--out` atomically: a temp file beside the target, then a rename, so a reader (a
 * calendar subscribed to the file, say) sees the old export or the new one, never half. A
 * symbolic link is written through to the file it names, as a person linking it expects; an
 * existing file keeps its mode, a new one is 0600 like the journal (an export is the whole plan).
 */
export function writeOutFile(file: string, text: string): void {
  let target = path.resolve(file);
  let keep: number | null = null;
  try {
    const st = fs.lstatSync(target);
    if (st.isSymbolicLink()) {
      try { target = fs.realpathSync(target); } catch { /* a dangling link is replaced */ }
    }
    const real = fs.statSync(target, { throwIfNoEntry: false });
    if (real?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (real?.isFile()) keep = real.mode & 0o777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw outError(file, err);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${uniqueTag()}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), keep ?? 0o600);
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    // An existing file keeps its mode even where the umask would have narrowed it.
    if (keep !== null) fs.chmodSync(tmp, keep);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== null) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw outError(file, err);
  }
}
