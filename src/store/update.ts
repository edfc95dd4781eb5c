// The one write path (SPEC §5 "Writes are transactions"). Under the journal's lock, a change
// reads each file it touches from disk (never from the cache), applies only what this run set,
// and hands back the new records. Each must read back as valid, then all files of the change are
// written as one set and committed once. A change killed between its files and its commit is
// found by the next writer and committed with its own message.
import fs from 'node:fs';
import type { z } from 'zod';
import { DataError, UserError } from '../core/errors.js';
import { nameAgrees, SCHEMA_OF } from './record-kinds.js';
import { nameMismatch, parseRecord, readBytes, type LoadedFile } from './strict-reader.js';
import { recordWritten } from './cache.js';
import { listGoalIds } from './files.js';
import { withLock } from './lock.js';
import { classifyPath, PRIVATE_DIR, PROFILE_FILE, resolveInside } from './paths.js';
import { Profile } from '../core/schemas.js';
import { MAX_FILE_BYTES } from './preflight.js';
import { editedFileText, newFileText } from './file-text.js';
import { rollForward, writeSet, type FileWrite, type StagedFile } from './write-set.js';
import { fastFileText, fastOpen, type FastFile } from './fast-write.js';

/** What a change sees of the journal: files as they are on disk now, read under the lock. */
export interface Tx {
  /** The record in `rel` as on disk now, or undefined when there is no such file. A copy: change it freely. */
  read<S extends z.ZodType>(rel: string, schema: S): z.infer<S> | undefined;
  /** As `read`, but a missing file is an error naming it. */
  require<S extends z.ZodType>(rel: string, schema: S): z.infer<S>;
  exists(rel: string): boolean;
  /** The ids of the goals on disk now (file names in goals/). */
  goalIds(): string[];
  /** Save `record` as `rel`: an edit of the file as read (its comments and layout kept), or a new file. */
  put(rel: string, record: unknown): void;
  /** Save `text` as `rel` exactly (a record's text must still read back as valid). */
  putText(rel: string, text: string): void;
  /** The file's bytes on disk now, or undefined when there is none (to see whether it changed). */
  raw(rel: string): Uint8Array | undefined;
}

export interface UpdateOptions {
  /** The command line, named to a writer that has to wait for this one. */
  command?: string;
  notice?: (text: string) => void;
  /** Commit the written paths (run under the lock). Absent: the files are saved only. */
  commit?: (paths: string[], message: string, created?: string[]) => Promise<void>;
}

export interface Outcome<R> {
  result: R;
  /** The commit message; no files written means no commit. */
  message: string;
}

/** A file read under the lock: by the fast reader when it can, else (or when an edit needs it) strictly. */
interface Opened {
  bytes: Uint8Array;
  fast?: FastFile;
  file?: LoadedFile<unknown>;
}

const PENDING = `${PRIVATE_DIR}/pending.json`;

class DiskTx implements Tx {
  private opened = new Map<string, Opened | null>();
  readonly writes = new Map<string, { record?: unknown; text?: string }>();

  constructor(private root: string) {}

  private open(rel: string, schema: z.ZodType): Opened | null {
    if (this.opened.has(rel)) return this.opened.get(rel)!;
    const abs = resolveInside(this.root, rel);
    let opened: Opened | null = null;
    if (fs.existsSync(abs)) {
      const bytes = readBytes(this.root, rel);
      if (!(bytes instanceof Uint8Array)) throw new DataError([bytes]);
      const fast = fastOpen(rel, bytes, schema, classifyPath(rel));
      opened = fast ? { bytes, fast } : { bytes, file: strictOpen(rel, bytes, schema) };
    }
    this.opened.set(rel, opened);
    return opened;
  }

  read<S extends z.ZodType>(rel: string, schema: S): z.infer<S> | undefined {
    const o = this.open(rel, schema);
    return o ? (structuredClone(o.fast ? o.fast.data : o.file!.data) as z.infer<S>) : undefined;
  }

  require<S extends z.ZodType>(rel: string, schema: S): z.infer<S> {
    const r = this.read(rel, schema);
    if (r === undefined) throw new UserError(`${rel} is gone: it was removed while this command ran`, 'run the command again');
    return r;
  }

  exists(rel: string): boolean {
    return fs.existsSync(resolveInside(this.root, rel));
  }

  goalIds(): string[] {
    return listGoalIds(this.root);
  }

  put(rel: string, record: unknown): void {
    this.writes.set(rel, { record });
  }

  putText(rel: string, text: string): void {
    this.writes.set(rel, { text });
  }

  raw(rel: string): Uint8Array | undefined {
    if (!this.exists(rel)) return undefined;
    const bytes = readBytes(this.root, rel);
    if (!(bytes instanceof Uint8Array)) throw new DataError([bytes]);
    return bytes;
  }

  /** The text of each file that changes; a record that reads back as it was is left alone. */
  texts(): (FileWrite & { record?: unknown })[] {
    const out: (FileWrite & { record?: unknown })[] = [];
    for (const [rel, w] of this.writes) {
      const kind = classifyPath(rel);
      if (w.text !== undefined) {
        out.push({ rel, content: w.text, record: kind ? checkReadsBack(rel, w.text, SCHEMA_OF[kind.kind] as z.ZodType, kind) : undefined });
        continue;
      }
      if (!kind) throw new Error(`not a journal record: ${rel}`);
      const schema = SCHEMA_OF[kind.kind] as z.ZodType;
      const o = this.open(rel, schema);
      // The line edit when the file was read fast, else (or when it declines) the document's.
      const quick = o && !o.fast ? undefined : fastFileText(rel, kind, o?.fast, w.record);
      if (quick) checkSize(rel, quick.content);
      const content = quick?.content ?? (o ? editedFileText(this.strictFile(rel, o, schema), w.record, true) : newFileText(w.record, rel));
      if (o && Buffer.from(content, 'utf8').equals(o.bytes)) continue;
      out.push({ rel, content, record: quick ? quick.data : checkReadsBack(rel, content, schema, kind) });
    }
    return out;
  }

  /** The file's document, for an edit only the `yaml` package can make (read now if it was read fast). */
  private strictFile(rel: string, o: Opened, schema: z.ZodType): LoadedFile<unknown> {
    return (o.file ??= strictOpen(rel, o.bytes, schema));
  }
}

/** Read `bytes` as `rel` with the strict reader; a broken file is never rewritten. */
function strictOpen(rel: string, bytes: Uint8Array, schema: z.ZodType): LoadedFile<unknown> {
  const r = parseRecord(rel, bytes, schema);
  if (!r.ok) throw new DataError(r.problems);
  const kind = classifyPath(rel);
  const mismatch = kind && nameMismatch(kind, r.file.data as Record<string, unknown>, r.file);
  if (mismatch) throw new DataError([mismatch]);
  return r.file;
}

/**
 * Every record about to be written must read back as valid: a bug in a writer must never leave
 * a file that career itself then refuses to read (SPEC §5). Checked before anything is written.
 */
function checkReadsBack(rel: string, content: string, schema: z.ZodType, kind: NonNullable<ReturnType<typeof classifyPath>>): unknown {
  checkSize(rel, content);
  const bytes = Buffer.from(content, 'utf8');
  const fast = fastOpen(rel, bytes, schema, kind);
  if (fast) return fast.data; // the fast reader answers only where the strict one agrees
  const r = parseRecord(rel, bytes, schema);
  const agrees = r.ok && nameAgrees(kind, r.file.data as Record<string, unknown>);
  if (agrees) return r.file.data; // what the strict reader makes of it, for the cache
  const why = r.ok ? 'its name and content disagree' : `line ${r.problems[0]!.line}: ${r.problems[0]!.message}`;
  throw new UserError(`career made ${rel} in a form it cannot read back (${why}); nothing was saved`,
    'this is a bug in career: please report it with the command you ran');
}

const kib = (bytes: number) => Math.ceil(bytes / 1024);

/** The reader refuses files over the limit, so writing one would lock the person out of it. */
function checkSize(rel: string, content: string): void {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes <= MAX_FILE_BYTES) return;
  throw new UserError(`this change would make ${rel} ${kib(bytes)} KiB, but career accepts files of at most ` +
    `${MAX_FILE_BYTES / 1024 / 1024} MiB (${MAX_FILE_BYTES / 1024} KiB); nothing was saved`,
  'write less in one go (long notes can live in a file of your own that the entry names)');
}

interface Pending {
  message: string;
  paths: string[];
  staged: StagedFile[];
}

/** A change whose writer died after writing its files and before committing them. */
function readPending(root: string): Pending | null {
  try {
    const p = JSON.parse(fs.readFileSync(resolveInside(root, PENDING), 'utf8')) as Pending;
    return Array.isArray(p.paths) && typeof p.message === 'string' ? p : null;
  } catch {
    return null;
  }
}

/**
 * A hint for the next writer, not data: written plainly (no fsync), since losing it in a power
 * cut only means the change is committed later as a hand edit, and a torn one reads as none.
 */
function writePending(root: string, p: Pending): void {
  fs.writeFileSync(resolveInside(root, PENDING), JSON.stringify(p), { mode: 0o600 });
}

const clearPending = (root: string) => fs.rmSync(resolveInside(root, PENDING), { force: true });

async function commitInterrupted(root: string, opts: UpdateOptions): Promise<void> {
  // Under the lock, a pending file is always a dead writer's: a live one removes it before unlocking.
  const p = readPending(root);
  if (!p) return;
  // Killed before its first rename, a change never happened (its temp files are dropped); killed
  // among its renames, it is finished, so that the set is whole either way.
  if (!rollForward(root, p.staged ?? [])) return clearPending(root);
  if (!opts.commit) return clearPending(root);
  opts.notice?.(`An earlier change was saved but not committed (its command was interrupted); committing it now: ${p.message}`);
  try {
    await opts.commit(p.paths, p.message);
  } catch (err) {
    // Saved all the same; the change at hand must not fail over an earlier one's commit.
    opts.notice?.(`(not committed: ${(err as Error).message})`);
  } finally {
    clearPending(root);
  }
}

/**
 * Run `change` under the lock against the files on disk, write what it put as one set, and
 * commit it. Returns the change's result and the paths written (none when nothing changed).
 */
export async function update<R>(root: string, change: (tx: Tx) => Outcome<R> | Promise<Outcome<R>>, opts: UpdateOptions = {}): Promise<{ result: R; paths: string[] }> {
  return withLock(root, async () => {
    await commitInterrupted(root, opts);
    const tx = new DiskTx(root);
    // No write goes into a journal whose profile does not read: the person fixes it first.
    tx.require(PROFILE_FILE, Profile);
    const { result, message } = await change(tx);
    const writes = tx.texts();
    const paths = writes.map((w) => w.rel);
    if (!writes.length) return { result, paths };
    const created = paths.filter((rel) => !tx.exists(rel));
    // The intent goes down after every temp file and before the first rename: a writer killed
    // among the renames is finished by the next one, and its commit made with its own message.
    try {
      writeSet(root, writes, (staged) => writePending(root, { message, paths, staged }));
      // The next read finds what was just written in the cache (it is never a source for a write).
      recordWritten(root, writes.flatMap((w) => (w.record === undefined ? [] : [{ rel: w.rel, record: w.record, content: w.content }])));
      // Test hook (the safety suite): die with the files saved and nothing committed yet.
      if (process.env.CAREER_FAILPOINT === 'before-commit') process.kill(process.pid, 'SIGKILL');
      if (opts.commit) await opts.commit(paths, message, created);
    } finally {
      clearPending(root);
    }
    return { result, paths };
  }, { notice: opts.notice, command: opts.command });
}
