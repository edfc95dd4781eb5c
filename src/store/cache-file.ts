// The files of .career/cache/: JSON written as ASCII, atomically, never trusted when foreign.
// Shared by the record cache (cache.ts) and the journal's day counts beside it (day-count-cache.ts).
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { PRIVATE_DIR } from './paths.js';
import { uniqueTag } from './random.js';

export const CACHE_DIR = `${PRIVATE_DIR}/cache`;
/** Bump when the records' shape or validation changes, so an old cache is not trusted. */
export const CACHE_FORMAT = 4;

/**
 * The cache file a journal file's entry lives in: `goals`, `journal-2026`, `checkins-2025`,
 * `profile` for career.yaml. Only names of that shape: anything else shares `other`.
 */
export function shardOf(rel: string): string {
  const slash = rel.indexOf('/');
  if (slash < 0) return 'profile';
  const top = rel.slice(0, slash);
  if (top === 'goals') return 'goals';
  const year = rel.slice(slash + 1, slash + 5);
  return rel[slash + 5] === '/' && /^\d{4}$/.test(year) ? `${top}-${year}` : 'other';
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/** JSON with every non-ASCII character escaped (\\uXXXX, surrogates one by one), so it reads back as Latin-1. */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Most journals are ASCII already: a test finds that in half the time a replace takes to.
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** `.career/cache/<name>.json` parsed, or null if missing, unreadable or not ASCII (then not ours). */
export function readCacheFile(root: string, name: string): unknown {
  try {
    // Written as ASCII, so read as Latin-1: Node's UTF-8 decoding of megabytes costs a warm
    // report more than parsing them.
    const bytes = fs.readFileSync(`${root}/${CACHE_DIR}/${name}.json`);
    return isAscii(bytes) ? JSON.parse(bytes.toString('latin1')) : null;
  } catch {
    return null;
  }
}

/**
 * Write `.career/cache/<name>.json` (the folder exists) atomically, temp + rename, lock-free: of
 * two concurrent writers the last one wins, which is fine for a cache. Failures are ignored.
 */
export function writeCacheFile(dir: string, name: string, value: unknown): void {
  const target = `${dir}/${name}.json`;
  const tmp = `${target}.${uniqueTag()}.tmp`;
  try {
    fs.writeFileSync(tmp, asciiJson(value), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, target);
  } catch {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}
