// The numbers a cached file is keyed on: size, mtime, ctime and inode of every file of a load,
// in one flat array, taken as cheaply as Node allows; and when a file counts as settled (see
// cache.ts on same-second edits).
import fs from 'node:fs';

const RACY_MS_FINE = 100;
const RACY_MS_COARSE = 2_000;

/** Now, on the clock file times are written with. */
export const nowMs = (): number => Date.now();

export const FIELDS = 4;
const NO_THROW = { throwIfNoEntry: false } as const;

/** Node's own stat call, without the Stats object (see rawStat). */
type StatBinding = { stat(path: string, bigint: false, req: undefined, throwIfNoEntry: boolean): Float64Array | undefined };
let binding: StatBinding | null | undefined;

/**
 * On Node 20, every fs.statSync builds a Stats object with four Date objects, and on a journal of
 * years that costs a warm read more than the system calls themselves (and as much again in
 * garbage collection). Node's internal binding returns the same numbers in a shared array. It is
 * used only where it answers exactly what fs.statSync does (checked on the first file of each
 * run, see statKeys) and never where it would print a deprecation warning; otherwise, and on any
 * error, fs.statSync.
 */
function rawStat(): StatBinding | null {
  if (binding !== undefined) return binding;
  binding = null;
  try {
    const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
    if (process.env.NODE_PENDING_DEPRECATION || /deprecation/.test(flags)) return null;
    const b = (process as unknown as { binding(name: string): unknown }).binding('fs') as StatBinding | undefined;
    if (typeof b?.stat === 'function') binding = b;
  } catch {
    binding = null;
  }
  return binding;
}

// Where Node's stat array keeps the fields (lib/internal/fs/utils.js), and how Stats turns
// seconds and nanoseconds into milliseconds (msFromTimeSpec): the same arithmetic, the same numbers.
const INO = 7;
const SIZE = 8;
const MTIME = 12;
const CTIME = 14;
const ms = (sec: number, nsec: number): number => sec * 1e3 + nsec / 1e6;

/** File `i`'s four numbers from fs.statSync; false for a file that is gone. */
function statInto(keys: Float64Array, i: number, abs: string): boolean {
  const st = fs.statSync(abs, NO_THROW);
  if (!st) return false;
  keys[i * FIELDS] = st.size;
  keys[i * FIELDS + 1] = st.mtimeMs;
  keys[i * FIELDS + 2] = st.ctimeMs;
  keys[i * FIELDS + 3] = st.ino;
  return true;
}

/** The same through the binding; undefined when it cannot say (then fs.statSync decides). */
function rawInto(b: StatBinding, keys: Float64Array, i: number, abs: string): boolean | undefined {
  let v: Float64Array | undefined;
  try {
    v = b.stat(abs, false, undefined, false);
  } catch {
    return undefined;
  }
  if (v === undefined) return false;
  keys[i * FIELDS] = v[SIZE]!;
  keys[i * FIELDS + 1] = ms(v[MTIME]!, v[MTIME + 1]!);
  keys[i * FIELDS + 2] = ms(v[CTIME]!, v[CTIME + 1]!);
  keys[i * FIELDS + 3] = v[INO]!;
  return true;
}

/**
 * What the cache keys on for each of `rels` (relative to `root`): size, mtimeMs, ctimeMs and
 * inode, four numbers a file in one flat array; NaN for a file that is gone. Millisecond times
 * keep their sub-millisecond fraction (from the file system's nanoseconds), and the plain stat
 * is much cheaper than the bigint one.
 */
export function statKeys(root: string, rels: readonly string[]): Float64Array {
  const keys = new Float64Array(rels.length * FIELDS).fill(NaN);
  let b = rawStat();
  for (let i = 0; i < rels.length; i++) {
    // `rels` come from the journal's own listing (or are career.yaml): a plain join is safe.
    const abs = `${root}/${rels[i]}`;
    if (b && i === 0) {
      // The check: both ways on the first file must give the same four numbers.
      const mine = new Float64Array(FIELDS).fill(NaN);
      const raw = rawInto(b, mine, 0, abs);
      const theirs = statInto(keys, 0, abs);
      if (raw !== theirs || (theirs && mine.some((x, k) => x !== keys[k]))) binding = b = null;
      continue;
    }
    if (!b || rawInto(b, keys, i, abs) === undefined) statInto(keys, i, abs);
  }
  return keys;
}

/** Whether file `i` of `keys` exists. */
export const statted = (keys: Float64Array, i: number): boolean => !Number.isNaN(keys[i * FIELDS]!);

/** Whole-second times mean a coarse file system (or, once in a thousand, chance: then we wait longer). */
export const racyMs = (mtimeMs: number, ctimeMs: number): number => (mtimeMs % 1000 !== 0 || ctimeMs % 1000 !== 0 ? RACY_MS_FINE : RACY_MS_COARSE);

/** Whether every file of `keys` had settled by `seenMs` (its ctime well before it). */
export function allSettled(keys: Float64Array, seenMs: number): boolean {
  for (let at = 0; at < keys.length; at += FIELDS) {
    if (Number.isNaN(keys[at]!) || keys[at + 2]! + racyMs(keys[at + 1]!, keys[at + 2]!) > seenMs) return false;
  }
  return true;
}
