// A cache of parsed, validated records in .career/cache/, so a journal kept for years loads
// without parsing thousands of YAML files. Never a source of truth: an entry is used only while
// the file's size, mtime, ctime and inode are exactly as when it was read, a corrupt or
// foreign cache is ignored, and deleting it at any time is safe. Never a source for a write
// either: writes read their files from disk under the lock.
//
// One cache file per folder (goals/, and each year of checkins/, journal/, reviews/; the
// profile in its own): a command reads only the folders it needs, and a write rewrites only the
// small file of the folders it touched (see recordWritten). Each journal year's file has its day
// counts beside it (day-count-cache.ts), written with it.
//
// Same-second edits: a file changed within the timestamp granularity of its last read could
// keep identical stats. As git does for its index ("racy clean"), an entry is trusted on its
// stats alone only if the file's ctime was clearly older than the moment it was looked at; any
// later change then necessarily shows a different ctime. A file changed more recently is either
// read every time until it settles, or, when career wrote it itself, compared byte for byte with
// the text it wrote (kept in the entry until it settles). How much older depends on the file
// system: one that keeps sub-second times (ext4, APFS, NTFS, btrfs) stamps files from a clock at
// most a few milliseconds coarse, so a tenth of a second is ample; one with whole-second times
// (FAT has two) gets two seconds.
import fs from 'node:fs';
import { CACHE_DIR, CACHE_FORMAT, readCacheFile, shardOf, writeCacheFile } from './cache-file.js';
import { hasDayCounts, writeDayCounts } from './day-count-cache.js';
import { PRIVATE_DIR, resolveInside } from './paths.js';
import { FIELDS, nowMs, racyMs, statKeys, statted } from './stat-keys.js';

export { allSettled, nowMs, statKeys } from './stat-keys.js';

/** The single-file cache of earlier versions: removed when the folder cache is written. */
const OLD_CACHE_FILE = `${PRIVATE_DIR}/cache.json`;

interface Entry {
  /** [size, mtimeMs, ctimeMs, ino], all as the file was when read. */
  key: [number, number, number, number];
  /** Whether the file had settled (ctime well before it was looked at) when it was cached. */
  settled: boolean;
  data: unknown;
  /** Unsettled entries career wrote itself: the file's bytes, as Latin-1 (one char a byte). */
  bytes?: string;
}

interface ShardFile {
  format: number;
  shard: string;
  entries: Record<string, Entry>;
}

// Numbers, not a joined string: a warm load compares thousands of keys and builds none.
const sameKey = (k: unknown, keys: Float64Array, i: number): boolean => {
  const at = i * FIELDS;
  return Array.isArray(k) && k[0] === keys[at] && k[1] === keys[at + 1] && k[2] === keys[at + 2] && k[3] === keys[at + 3];
};

// A plain loop: this walks every record of a cold load, and allocates nothing.
function hasNegativeZero(v: unknown): boolean {
  if (typeof v === 'number') return v === 0 && 1 / v < 0;
  if (typeof v !== 'object' || v === null) return false;
  // Lists by index: for-in would make a string of every index.
  if (Array.isArray(v)) return v.some(hasNegativeZero);
  const o = v as Record<string, unknown>;
  for (const k in o) if (hasNegativeZero(o[k])) return true;
  return false;
}

/** A record cache file's name, or a journal year's day counts (`journal-2026.counts.json`): the shard's name. */
const SHARD_FILE = /^(profile|goals|other|(?:checkins|reviews)-\d{4}|journal-\d{4}(?:\.counts)?)\.json$/;

/** The entries of one cache file; null (never an error) if missing, unreadable, foreign or of another format. */
function readShard(root: string, shard: string): Record<string, Entry> | null {
  const file = readCacheFile(root, shard) as ShardFile | null;
  if (!file || file.format !== CACHE_FORMAT || file.shard !== shard || !file.entries || typeof file.entries !== 'object') return null;
  return file.entries;
}

export class RecordCache {
  private shards = new Map<string, Record<string, Entry>>();
  private changed = new Set<string>();
  /** Unsettled entries whose file, still holding career's bytes, has settled since. */
  private settledSince = new Set<Entry>();
  private readonly countable = (e: Entry) => e.settled || this.settledSince.has(e);

  private constructor(private readonly root: string) {}

  /** The cache for a journal: its files are read when an entry in them is first asked for. */
  static open(root: string): RecordCache {
    return new RecordCache(root);
  }

  private shard(rel: string): Record<string, Entry> {
    const name = shardOf(rel);
    let entries = this.shards.get(name);
    if (!entries) {
      const read = readShard(this.root, name);
      entries = read ?? {};
      if (!read) this.changed.add(name); // absent or not ours: write a fresh one
      this.shards.set(name, entries);
    }
    return entries;
  }

  /** How many entries the cache files read so far hold. */
  get size(): number {
    let n = 0;
    for (const entries of this.shards.values()) n += Object.keys(entries).length;
    return n;
  }

  /**
   * The record for `rel` if the file (number `i` of `keys`, looked at no earlier than `seenMs`)
   * is exactly as it was when cached, and had settled then or still holds the very bytes career
   * wrote. Such a file that has settled since is trusted on its stats from now on.
   */
  get(rel: string, keys: Float64Array, i: number, seenMs: number): unknown {
    const e = this.shard(rel)[rel];
    if (!e || !sameKey(e.key, keys, i)) return undefined;
    if (e.settled) return e.data;
    if (typeof e.bytes !== 'string') return undefined;
    let now: Buffer;
    try {
      now = fs.readFileSync(`${this.root}/${rel}`);
    } catch {
      return undefined;
    }
    if (!now.equals(Buffer.from(e.bytes, 'latin1'))) return undefined;
    // Its bytes are career's and its ctime was well past when it was stat-ed: any later change
    // shows a new ctime (see the top of this file), so its day counts may be trusted on stats.
    // The entry itself is left as it is: rewriting a year's records to say so costs more than
    // comparing one file's bytes.
    if (e.key[2] + racyMs(e.key[1], e.key[2]) <= seenMs) this.settledSince.add(e);
    return e.data;
  }

  /**
   * Remember a record read from file number `i` of `keys`, looked at no earlier than `seenMs`.
   * A record JSON cannot hold exactly (a -0, which it turns into 0) is not cached: it is read
   * from its file each time, so a cached load always equals an uncached one.
   */
  set(rel: string, keys: Float64Array, i: number, data: unknown, seenMs: number, bytes?: Uint8Array): void {
    if (!statted(keys, i) || hasNegativeZero(data)) return;
    const at = i * FIELDS;
    const key: Entry['key'] = [keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!];
    const settled = key[2] + racyMs(key[1], key[2]) <= seenMs;
    const entry: Entry = { key, settled, data };
    if (!settled && bytes && bytes.length === key[0]) entry.bytes = Buffer.from(bytes).toString('latin1');
    this.shard(rel)[rel] = entry;
    this.changed.add(shardOf(rel));
  }

  /**
   * Write the day counts of journal year `name` if it is read, unchanged (save writes them
   * otherwise) and every record in it has settled: counts missing (a cache of an earlier version)
   * or not ours, or left out of the last ones while a record was settling, are made once.
   */
  recount(name: string): void {
    const entries = this.shards.get(name);
    if (!entries || this.changed.has(name) || !hasDayCounts(name) || !Object.values(entries).every(this.countable)) return;
    try {
      writeDayCounts(resolveInside(this.root, CACHE_DIR), name, entries, this.countable);
    } catch {
      // only a cache
    }
  }

  /** Forget entries of files that are gone (only call with every file of the folders listed). */
  prune(present: ReadonlySet<string>, under: readonly string[]): void {
    const inside = (rel: string) => under.some((dir) => rel === dir || rel.startsWith(`${dir}/`));
    for (const [name, entries] of this.shards) {
      for (const rel of Object.keys(entries)) {
        if (!present.has(rel) && inside(rel)) {
          delete entries[rel];
          this.changed.add(name);
        }
      }
    }
    // Cache files of folders that no longer hold any file (a year removed by hand).
    let names: string[] = [];
    try { names = fs.readdirSync(`${this.root}/${CACHE_DIR}`); } catch { /* none yet */ }
    const used = new Set([...present].map(shardOf));
    for (const file of names) {
      const name = SHARD_FILE.exec(file)?.[1]?.replace(/\.counts$/, '');
      if (name === undefined || used.has(name) || this.shards.has(name) || !under.some((d) => name === d || name.startsWith(`${d}-`))) continue;
      try { fs.rmSync(`${this.root}/${CACHE_DIR}/${file}`, { force: true }); } catch { /* only a cache */ }
    }
  }

  /**
   * Write the cache files that changed. Atomic (temp + rename) and lock-free: readers never wait,
   * and of two concurrent writers the last one wins, which is fine for a cache. Failures are
   * ignored: the cache only saves time.
   */
  save(): void {
    if (!this.changed.size) return;
    const dir = resolveInside(this.root, CACHE_DIR);
    try {
      fs.mkdirSync(resolveInside(this.root, PRIVATE_DIR), { recursive: true, mode: 0o700 });
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.rmSync(resolveInside(this.root, OLD_CACHE_FILE), { force: true });
    } catch {
      return;
    }
    for (const name of this.changed) {
      const entries = this.shards.get(name);
      if (!entries) continue;
      const file: ShardFile = { format: CACHE_FORMAT, shard: name, entries };
      writeCacheFile(dir, name, file);
      if (hasDayCounts(name)) writeDayCounts(dir, name, entries, this.countable);
    }
    this.changed.clear();
  }
}

/** A file the write path has just written, with the record the strict reader gives for it. */
export interface WrittenFile {
  /** Journal-relative path, as in goalPath() / journalPath() / checkinPath() / reviewPath(), or career.yaml. */
  rel: string;
  /**
   * The record exactly as the strict reader returns it for this file (`readJournalFile(...).data`,
   * e.g. the write path's read-back check): validated, defaults applied, a goal without its `id`.
   */
  record: unknown;
  /** The bytes (or text, UTF-8) just written to the file. */
  content: string | Uint8Array;
}

/**
 * Write-through for the write path: call it after `files` are written and renamed into place,
 * still under the lock, so the next read finds them cached without parsing them (or re-reading
 * the journal). Only the cache files of their folders are read and rewritten. A file that has
 * changed again since (its bytes differ from `content`) is not cached. Never throws: the cache
 * only saves time. Never use the cache as the source of a write.
 */
export function recordWritten(root: string, files: readonly WrittenFile[]): void {
  try {
    const cache = RecordCache.open(root);
    const seen = nowMs();
    const keys = statKeys(root, files.map((f) => f.rel));
    files.forEach((f, i) => {
      const bytes = typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
      let now: Buffer;
      try { now = fs.readFileSync(`${root}/${f.rel}`); } catch { return; }
      if (!now.equals(bytes)) return; // someone else's change already: leave it to the next read
      cache.set(f.rel, keys, i, f.record, seen, bytes);
    });
    cache.save();
  } catch {
    // only a cache
  }
}
