// Whole answers of read commands (report, goal list/show, journal list), kept in
// .career/results/, so a read of an unchanged journal prints what the same command printed last
// time without loading commander, the records or the report: it lists and stats the files the
// command reads, and compares. Never a source of truth: an answer is printed only when the
// command line, today, the environment, the terminal, the version and build of career, the list
// of files and every file's size, mtime, ctime and inode are exactly as when it was computed,
// and every one of those files had settled then (see cache.ts on same-second edits). A corrupt,
// foreign or old-format file is ignored; deleting the folder at any time is safe.
//
// The stats are taken once per run: on a miss they are handed to the journal load
// (takeSnapshot), which would otherwise take them again.
import fs from 'node:fs';
import { allSettled, nowMs, statKeys } from './stat-keys.js';
import type { Problem } from '../core/errors.js';
import { listRecordFiles } from './files.js';
import { uniqueTag } from './random.js';
import { PRIVATE_DIR, PROFILE_FILE, type RecordDir } from './paths.js';

const RESULTS_DIR = `${PRIVATE_DIR}/results`;
const MAGIC = 'career-result 2\n';
/** Answers kept at most; the oldest go first. */
const MAX_RESULTS = 24;

/** What a command read: its folders' listing, every file's stat key, and when it looked. */
export interface Snapshot {
  root: string;
  dirs: readonly RecordDir[];
  /** career.yaml first, then every file of `dirs`, sorted (as loadJournal lists them). */
  paths: string[];
  keys: Float64Array;
  /** Taken before the first stat. */
  seen: number;
  /** Folders that could not be listed: a load reports each (SPEC §5: nothing silently left out). */
  unreadable: Problem[];
}

/** List and stat what a load of `dirs` reads (`stat` false: list only, no keys). */
export function takeStats(root: string, dirs: readonly RecordDir[], now?: number, stat = true): Snapshot {
  const seen = now ?? nowMs();
  const unreadable: Problem[] = [];
  const paths = [PROFILE_FILE, ...listRecordFiles(root, dirs, unreadable)];
  return { root, dirs, paths, keys: stat ? statKeys(root, paths) : new Float64Array(0), seen, unreadable };
}

const sameDirs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((d, i) => d === b[i]);

let offered: Snapshot | undefined;
let loads: Snapshot[] = [];

/** The fast path missed: the load of the same folders may use these stats instead of taking them again. */
export function offerSnapshot(s: Snapshot): void {
  offered = s;
}

/** The stats offered for this load, if they are of the same journal and folders (once). */
export function takeSnapshot(root: string, dirs: readonly RecordDir[]): Snapshot | undefined {
  const s = offered;
  offered = undefined;
  return s && s.root === root && sameDirs(s.dirs, dirs) ? s : undefined;
}

/** Every cached journal load of this run records what it read; the answer depends on exactly that. */
export function noteLoad(s: Snapshot): void {
  loads.push(s);
}

/** Start of a run: nothing offered, nothing loaded. */
export function resetRun(): void {
  offered = undefined;
  loads = [];
}

/** The one load this run made, or undefined (none, several, or of another journal). */
export function onlyLoad(root: string): Snapshot | undefined {
  return loads.length === 1 && loads[0]!.root === root ? loads[0] : undefined;
}

/** A short, stable file name for a key (FNV-1a, 32 bits); the full key is inside and compared. */
export function nameOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Header {
  key: string;
  root: string;
  dirs: string[];
  /** Byte lengths of the three parts after the header: paths (joined by \n), keys, output. */
  parts: [number, number, number];
  at: number;
  /** The answer went through the pager on a terminal (and goes there again). */
  paged: boolean;
}

/** A kept answer: its bytes, and whether it is shown through the pager. */
export interface KeptAnswer {
  out: Buffer;
  paged: boolean;
}

const keyBytes = (s: Snapshot): Buffer => Buffer.from(s.keys.buffer, s.keys.byteOffset, s.keys.byteLength);

/** The stored answer for `key`, if `snap` shows the same files in exactly the same state. */
export function readResult(key: string, snap: Snapshot): KeptAnswer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(`${snap.root}/${RESULTS_DIR}/${nameOf(key)}`);
  } catch {
    return undefined;
  }
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const eol = bytes.indexOf(10, MAGIC.length);
    if (eol < 0) return undefined;
    const h = JSON.parse(bytes.toString('utf8', MAGIC.length, eol)) as Header;
    if (h.key !== key || h.root !== snap.root || !Array.isArray(h.dirs) || !sameDirs(h.dirs, snap.dirs) || !Array.isArray(h.parts) || typeof h.paged !== 'boolean') return undefined;
    const [np, nk, no] = h.parts;
    const p0 = eol + 1;
    if (![np, nk, no].every((n) => Number.isSafeInteger(n) && n >= 0) || p0 + np + nk + no !== bytes.length) return undefined;
    if (!bytes.subarray(p0, p0 + np).equals(Buffer.from(snap.paths.join('\n'), 'utf8'))) return undefined;
    if (!bytes.subarray(p0 + np, p0 + np + nk).equals(keyBytes(snap))) return undefined;
    return { out: bytes.subarray(p0 + np + nk), paged: h.paged };
  } catch {
    return undefined;
  }
}

/**
 * Keep `out` as the answer for `key`, computed from exactly what `snap` saw. Not kept when any
 * file had not settled (it could change again unseen), or the file list holds no journal.
 * Atomic and lock-free like the record cache; failures are ignored.
 */
export function writeResult(key: string, snap: Snapshot, answer: KeptAnswer): void {
  const { out, paged } = answer;
  if (!allSettled(snap.keys, snap.seen)) return;
  const dir = `${snap.root}/${RESULTS_DIR}`;
  const paths = Buffer.from(snap.paths.join('\n'), 'utf8');
  const keys = keyBytes(snap);
  const header: Header = { key, root: snap.root, dirs: [...snap.dirs], parts: [paths.length, keys.length, out.length], at: nowMs(), paged };
  const target = `${dir}/${nameOf(key)}`;
  const tmp = `${target}.${uniqueTag()}.tmp`;
  try {
    if (!fs.existsSync(`${snap.root}/${PRIVATE_DIR}`)) return; // written by the load's record cache; no journal without it
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), paths, keys, out]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, target);
    evictOld(dir);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}

/** Keep the folder small: past MAX_RESULTS answers, the least recently written go. */
function evictOld(dir: string): void {
  const names = fs.readdirSync(dir).filter((n) => /^[0-9a-f]{8}$/.test(n));
  if (names.length <= MAX_RESULTS) return;
  const byAge = names.map((n) => ({ n, t: fs.statSync(`${dir}/${n}`, { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { n } of byAge.slice(0, names.length - MAX_RESULTS)) fs.rmSync(`${dir}/${n}`, { force: true });
}
