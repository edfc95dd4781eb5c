// A cache of parsed, validated records in .career/cache.json, so a journal kept for years loads
// without parsing thousands of YAML files. Never a source of truth: an entry is used only while
// the file's size, mtime, ctime and inode are exactly as when it was read, a corrupt or
// old-format cache is ignored, and deleting it at any time is safe.
//
// Same-second edits: a file changed within the timestamp granularity of its last read could
// keep identical stats. As git does for its index ("racy clean"), an entry is trusted only if
// the file's ctime was clearly older than the moment it was looked at; any later change then
// necessarily shows a different ctime. A file changed more recently is read every time until it
// settles. How much older depends on the file system: one that keeps sub-second times (ext4,
// APFS, NTFS, btrfs) stamps files from a clock at most a few milliseconds coarse, so a tenth of a
// second is ample; one with whole-second times (FAT has two) gets two seconds.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { PRIVATE_DIR, resolveInside } from './paths.js';

const CACHE_FILE = `${PRIVATE_DIR}/cache.json`;
/** Bump when the records' shape or validation changes, so an old cache is not trusted. */
const CACHE_FORMAT = 3;
const RACY_MS_FINE = 100;
const RACY_MS_COARSE = 2_000;

interface Entry {
  /** [size, mtimeMs, ctimeMs, ino], all as the file was when read. */
  key: [number, number, number, number];
  /** Whether the file had settled (ctime well before it was looked at) when it was cached. */
  settled: boolean;
  data: unknown;
}

interface CacheFile {
  format: number;
  entries: Record<string, Entry>;
}

/** Now, on the clock file times are written with. */
export const nowMs = (): number => Date.now();

const FIELDS = 4;
const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * What the cache keys on for each of `rels` (relative to `root`): size, mtimeMs, ctimeMs and
 * inode, four numbers a file in one flat array; NaN for a file that is gone. Millisecond times
 * keep their sub-millisecond fraction (from the file system's nanoseconds), and the plain stat
 * is much cheaper than the bigint one. The Stats objects are dropped at once: thousands of them
 * kept alive would each be copied by the garbage collector, which costs a warm report more
 * than the system calls.
 */
export function statKeys(root: string, rels: readonly string[]): Float64Array {
  const keys = new Float64Array(rels.length * FIELDS).fill(NaN);
  for (let i = 0; i < rels.length; i++) {
    // `rels` come from the journal's own listing (or are career.yaml): a plain join is safe.
    const st = fs.statSync(`${root}/${rels[i]}`, NO_THROW);
    if (!st) continue;
    keys[i * FIELDS] = st.size;
    keys[i * FIELDS + 1] = st.mtimeMs;
    keys[i * FIELDS + 2] = st.ctimeMs;
    keys[i * FIELDS + 3] = st.ino;
  }
  return keys;
}

/** Whether file `i` of `keys` exists. */
const statted = (keys: Float64Array, i: number): boolean => !Number.isNaN(keys[i * FIELDS]!);

/** Whole-second times mean a coarse file system (or, once in a thousand, chance: then we wait longer). */
const racyMs = (mtimeMs: number, ctimeMs: number): number => (mtimeMs % 1000 !== 0 || ctimeMs % 1000 !== 0 ? RACY_MS_FINE : RACY_MS_COARSE);

// Numbers, not a joined string: a warm load compares thousands of keys and builds none.
const sameKey = (k: unknown, keys: Float64Array, i: number): boolean => {
  const at = i * FIELDS;
  return Array.isArray(k) && k[0] === keys[at] && k[1] === keys[at + 1] && k[2] === keys[at + 2] && k[3] === keys[at + 3];
};

// A plain loop: this walks every record of a cold load, and allocates nothing.
function hasNegativeZero(v: unknown): boolean {
  if (typeof v === 'number') return v === 0 && 1 / v < 0;
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (hasNegativeZero(o[k])) return true;
  return false;
}

/** JSON with every non-ASCII character escaped (\\uXXXX, surrogates one by one), so it reads back as Latin-1. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class RecordCache {
  private entries: Record<string, Entry> = {};
  private changed = false;

  private constructor(private readonly root: string) {}

  /** The cache for a journal; empty (never an error) if missing, unreadable or of another format. */
  static open(root: string): RecordCache {
    const cache = new RecordCache(root);
    try {
      // Written as ASCII (see save), so read as Latin-1: Node's UTF-8 decoding of megabytes
      // costs a warm report more than parsing them. A file that is not ASCII is not ours.
      const bytes = fs.readFileSync(resolveInside(root, CACHE_FILE));
      if (!isAscii(bytes)) throw new Error('not a cache file');
      const file = JSON.parse(bytes.toString('latin1')) as CacheFile;
      if (file.format === CACHE_FORMAT && file.entries && typeof file.entries === 'object') {
        cache.entries = file.entries;
      }
    } catch {
      cache.changed = true; // absent or corrupt: write a fresh one
    }
    return cache;
  }

  /** How many files it holds entries for. */
  get size(): number {
    return Object.keys(this.entries).length;
  }

  /** The record for `rel` if the file (number `i` of `keys`) is exactly as it was when cached, and had settled then. */
  get(rel: string, keys: Float64Array, i: number): unknown {
    const e = this.entries[rel];
    return e && e.settled && sameKey(e.key, keys, i) ? e.data : undefined;
  }

  /**
   * Remember a record read from file number `i` of `keys`, looked at no earlier than `seenMs`.
   * A record JSON cannot hold exactly (a -0, which it turns into 0) is not cached: it is read
   * from its file each time, so a cached load always equals an uncached one.
   */
  set(rel: string, keys: Float64Array, i: number, data: unknown, seenMs: number): void {
    if (!statted(keys, i) || hasNegativeZero(data)) return;
    const at = i * FIELDS;
    const key: Entry['key'] = [keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!];
    this.entries[rel] = { key, settled: key[2] + racyMs(key[1], key[2]) <= seenMs, data };
    this.changed = true;
  }

  /** Forget entries of files that are gone (only call with every file of the folders listed). */
  prune(present: ReadonlySet<string>, under: readonly string[]): void {
    for (const rel of Object.keys(this.entries)) {
      if (!present.has(rel) && under.some((dir) => rel === dir || rel.startsWith(`${dir}/`))) {
        delete this.entries[rel];
        this.changed = true;
      }
    }
  }

  /**
   * Write the cache if anything changed. Atomic (temp + rename) and lock-free: readers never wait,
   * and of two concurrent writers the last one wins, which is fine for a cache. Failures are
   * ignored: the cache only saves time.
   */
  save(): void {
    if (!this.changed) return;
    const dir = resolveInside(this.root, PRIVATE_DIR);
    const target = resolveInside(this.root, CACHE_FILE);
    // The pid and a clock reading tell it from any other writer's; node:crypto would cost every
    // read command its load time for this.
    const tmp = `${target}.${process.pid}.${process.hrtime.bigint().toString(36)}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file: CacheFile = { format: CACHE_FORMAT, entries: this.entries };
      fs.writeFileSync(tmp, asciiJson(file), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, target);
    } catch {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    }
  }
}
