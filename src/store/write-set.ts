// Writing the files of one change as a set (SPEC §5): every temp file is written and fsynced
// first; only then are they renamed into place. If a rename fails, the files already renamed are
// put back as they were (from a hard link to the old file taken just before), so the journal is
// as before; if even that fails, the error names exactly which files were saved.
import fs from 'node:fs';
import path from 'node:path';
import { uniqueTag } from './random.js';
import { UserError } from '../core/errors.js';
import { fsError, prepareTarget, FILE_MODE, fsyncDir, removeStaleTemps } from './fsio.js';

export interface FileWrite {
  rel: string;
  content: string | Uint8Array;
}

/** A file of a set whose temp file is written and fsynced: `tmp` is relative to the journal. */
export interface StagedFile {
  rel: string;
  tmp: string;
}

/**
 * Settle a set whose writer died: every temp file still there was complete (fsynced before the
 * first rename). When none was renamed yet, the change never happened and the temp files are
 * removed; when some were, the rest are moved into place. Returns whether the change happened.
 */
export function rollForward(root: string, staged: readonly StagedFile[]): boolean {
  const tmps = staged.map((s) => ({ ...s, abs: path.join(root, ...s.tmp.split('/')) }));
  const left = tmps.filter((s) => fs.existsSync(s.abs));
  if (tmps.length && left.length === tmps.length) {
    for (const s of left) quietly(() => fs.unlinkSync(s.abs));
    return false;
  }
  for (const s of left) fs.renameSync(s.abs, prepareTarget(root, s.rel));
  return true;
}

interface Staged {
  rel: string;
  abs: string;
  tmp: string;
  /** A hard link to the file being replaced (null: the file is new). */
  backup: string | null;
}

const tempName = (abs: string, tag: string) =>
  path.join(path.dirname(abs), `.${path.basename(abs)}.${uniqueTag()}.${tag}`);

function writeTemp(root: string, w: FileWrite): Staged {
  const abs = prepareTarget(root, w.rel);
  const tmp = tempName(abs, 'tmp');
  let fd: number | null = null;
  try {
    failpoint('eacces');
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), FILE_MODE);
  } catch (err) {
    const folder = path.posix.dirname(w.rel);
    throw fsError(w.rel, err, folder === '.' ? root : folder);
  }
  try {
    fs.writeFileSync(fd, w.content);
    failpoint('enospc');
    fs.fsyncSync(fd);
  } catch (err) {
    try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw err instanceof UserError ? err : fsError(w.rel, err);
  }
  fs.closeSync(fd);
  return { rel: w.rel, abs, tmp, backup: null };
}

/** Keep the old file reachable until the set is in place; a copy where hard links are refused. */
function keepOld(s: Staged): void {
  if (!fs.existsSync(s.abs)) return;
  const backup = tempName(s.abs, 'bak');
  try {
    fs.linkSync(s.abs, backup);
  } catch {
    fs.copyFileSync(s.abs, backup, fs.constants.COPYFILE_EXCL);
  }
  s.backup = backup;
}

const quietly = (fn: () => void) => { try { fn(); } catch { /* best effort */ } };

/** Put back the files already renamed; returns those that could not be put back. */
function rollBack(done: readonly Staged[]): string[] {
  const stuck: string[] = [];
  for (const s of [...done].reverse()) {
    try {
      if (s.backup) fs.renameSync(s.backup, s.abs);
      else fs.unlinkSync(s.abs);
      s.backup = null;
    } catch {
      stuck.push(s.rel);
    }
  }
  return stuck;
}

/**
 * Write every file of `writes`, all or none. Throws a UserError that says "nothing was changed"
 * after a clean roll-back, or names the files that were saved when one is impossible.
 */
export function writeSet(root: string, writes: readonly FileWrite[], beforeRenames?: (staged: StagedFile[]) => void): void {
  const staged: Staged[] = [];
  try {
    for (const w of writes) staged.push(writeTemp(root, w));
    beforeRenames?.(staged.map((s) => ({ rel: s.rel, tmp: path.relative(root, s.tmp).split(path.sep).join('/') })));
  } catch (err) {
    for (const s of staged) quietly(() => fs.unlinkSync(s.tmp));
    throw err;
  }
  const done: Staged[] = [];
  try {
    for (const s of staged) {
      killpoint(done.length + 1);
      keepOld(s);
      failpoint('rename', done.length + 1);
      fs.renameSync(s.tmp, s.abs);
      done.push(s);
    }
  } catch (err) {
    const failed = staged[done.length]!;
    const stuck = rollBack(done);
    for (const s of staged) {
      quietly(() => fs.unlinkSync(s.tmp));
      if (s.backup) quietly(() => fs.unlinkSync(s.backup!));
    }
    const cause = fsError(failed.rel, err);
    if (!stuck.length) throw new UserError(cause.message, cause.hint ?? 'nothing was changed');
    const saved = done.filter((s) => stuck.includes(s.rel)).map((s) => s.rel);
    throw new UserError(`${cause.message}; only part of the change was saved: ${saved.join(', ')}`,
      'check those files (git diff shows the change) and run the command again');
  }
  for (const s of staged) if (s.backup) quietly(() => fs.unlinkSync(s.backup!));
  const dirs = new Set(staged.map((s) => path.dirname(s.abs)));
  for (const dir of dirs) { fsyncDir(dir); removeStaleTemps(dir); }
}

/** Write one file atomically: a set of one. */
export function writeFileAtomic(root: string, rel: string, content: string | Uint8Array): void {
  writeSet(root, [{ rel, content }]);
}

/**
 * Test hooks for the safety suite, unset in normal use: CAREER_FAILPOINT=enospc fails a temp
 * write as a full disk does, `eacces` fails creating the temp file, `rename-2` fails the second
 * rename of a set (as ENOSPC would), `before-rename` kills the process between the temp files
 * and the first rename (a power cut), `kill-rename-2` just before the second rename.
 */
function killpoint(nth: number): void {
  const set = process.env.CAREER_FAILPOINT;
  if (set && ((set === 'before-rename' && nth === 1) || set === `kill-rename-${nth}`)) process.kill(process.pid, 'SIGKILL');
}

function failpoint(name: 'enospc' | 'eacces' | 'rename', nth?: number): void {
  const set = process.env.CAREER_FAILPOINT;
  if (!set || set !== (nth === undefined ? name : `${name}-${nth}`)) return;
  const code = name === 'eacces' ? 'EACCES' : 'ENOSPC';
  throw Object.assign(new Error(`${code}: injected by CAREER_FAILPOINT=${set}`), { code });
}
