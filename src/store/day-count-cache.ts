// The day counts of each journal year (core/day-counts.ts), kept beside that year's cached
// records as .career/cache/journal-<year>.counts.json, so the terminal report can count the
// years it does not list from without parsing their records. Written whenever the year's record
// cache is; an entry counts only while its file's stats are exactly the ones of the cached
// record it was counted from, and only for records that had settled (see cache.ts).
import type { EntryDay } from '../core/schemas.js';
import { countDay, type DayCount } from '../core/day-counts.js';
import { CACHE_FORMAT, readCacheFile, writeCacheFile } from './cache-file.js';
import { FIELDS } from './stat-keys.js';
import type { PathKind } from './paths.js';

/**
 * One year's counts, compact because a report reads ten of them: the files' names (sorted, as
 * listed) joined by newlines; their stat keys as the bytes of a Float64Array and the four counts
 * of each as the bytes of a Uint32Array, both base64; their dates joined by spaces.
 */
interface CountsFile {
  format: number;
  shard: string;
  files: string;
  keys: string;
  dates: string;
  counts: string;
}

/** The record cache's entries, as much of them as counting needs. */
interface CachedRecord {
  key: readonly number[];
  data: unknown;
}

const COUNTS = 4;

// A cold load counts each year's records to choose what to read, then again to write the counts.
const memo = new WeakMap<object, DayCount>();

/** The counts of one cached journal day record, counted once per record. */
export function dayCount(record: unknown): DayCount {
  const day = record as EntryDay;
  let c = memo.get(day);
  if (!c) memo.set(day, (c = countDay(day)));
  return c;
}

const countsName = (shard: string) => `${shard}.counts`;
const base64 = (a: Float64Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** Whether a record cache file has day counts beside it: the journal's years. */
export const hasDayCounts = (shard: string): boolean => /^journal-\d{4}$/.test(shard);

/** Write the counts of a journal year's `countable` records, those that have settled (the cache folder exists). */
export function writeDayCounts<E extends CachedRecord>(dir: string, shard: string, entries: Readonly<Record<string, E>>, countable: (e: E) => boolean): void {
  const rels = Object.keys(entries).filter((rel) => countable(entries[rel]!)).sort();
  const keys = new Float64Array(rels.length * FIELDS);
  const counts = new Uint32Array(rels.length * COUNTS);
  const dates: string[] = [];
  rels.forEach((rel, n) => {
    const e = entries[rel]!;
    for (let f = 0; f < FIELDS; f++) keys[n * FIELDS + f] = e.key[f]!;
    const c = dayCount(e.data);
    counts.set([c.wins, c.learnings, c.blockers, c.feedback], n * COUNTS);
    dates.push(c.date);
  });
  const file: CountsFile = { format: CACHE_FORMAT, shard, files: rels.join('\n'), keys: base64(keys), dates: dates.join(' '), counts: base64(counts) };
  writeCacheFile(dir, countsName(shard), file);
}

/** A base64 string's bytes as `n` values of `Type`, or null if it does not hold exactly that many. */
function decode<T extends Float64Array | Uint32Array>(text: unknown, Type: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, n: number): T | null {
  if (typeof text !== 'string') return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== n * Type.BYTES_PER_ELEMENT) return null;
  // Copied out: a Buffer's bytes may sit at an offset no typed array of 8-byte values can start at.
  const own = new ArrayBuffer(bytes.length);
  new Uint8Array(own).set(bytes);
  return new Type(own);
}

/**
 * The counts of the files `indices` of `paths` (all of journal year `shard`, in listed order),
 * when every one of them is counted exactly as it is now (`keys`, see stat-keys.ts); else null,
 * and the year is read.
 */
export function readDayCounts(root: string, shard: string, paths: readonly string[], indices: readonly number[], keys: Float64Array): DayCount[] | null {
  const file = readCacheFile(root, countsName(shard)) as CountsFile | null;
  if (!file || file.format !== CACHE_FORMAT || file.shard !== shard || typeof file.dates !== 'string') return null;
  if (file.files !== indices.map((i) => paths[i]).join('\n')) return null;
  const n = indices.length;
  const counted = decode(file.keys, Float64Array, n * FIELDS);
  const counts = decode(file.counts, Uint32Array, n * COUNTS);
  const dates = file.dates.split(' ');
  if (!counted || !counts || dates.length !== n) return null;
  const out: DayCount[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const at = indices[k]! * FIELDS;
    for (let f = 0; f < FIELDS; f++) if (counted[k * FIELDS + f] !== keys[at + f]) return null;
    const c = k * COUNTS;
    out[k] = { date: dates[k]!, wins: counts[c]!, learnings: counts[c + 1]!, blockers: counts[c + 2]!, feedback: counts[c + 3]! };
  }
  return out;
}

/** The files of each journal year (indices of `kinds`, one per listed file), by the name of its record cache file. */
export function journalYears(kinds: readonly (PathKind | null)[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (let i = 1; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind?.kind !== 'journal') continue;
    // A day's file is in its own year's folder (classifyPath checks), so its shard is that year's.
    const shard = `journal-${kind.date.slice(0, 4)}`;
    const list = years.get(shard);
    if (list) list.push(i);
    else years.set(shard, [i]);
  }
  return years;
}
