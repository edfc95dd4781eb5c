// Runs the built program bundle (dist/program.bundle.cjs, made by scripts/program-bundle.mjs)
// with V8's code cache: the bytecode of the functions a training run compiled, saved next to
// the bundle at build time. A command then skips parsing and compiling the program's modules
// and the libraries, most of what a write or a first read spent before its own work. Only read
// here, never written at run time: the journal folder holds nothing but the person's data.
//
// The cache is a speed-up and never a source of truth, so it is used only when it is exactly the
// one the build made for exactly this bundle: both files' CRC-32s are checked against the ones
// the build recorded. V8 itself compares only the source's length (an edited bundle of the same
// size would run the old code) and on Node 20 does not check the cache's checksum (a damaged
// cache can crash the process). V8 may still refuse a good cache (another Node version, other
// flags); then, as for a missing or mismatched one, the bundle is compiled from source.
import fs from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** used: V8 took the cache; rejected: V8 refused it; mismatched: not this bundle's or damaged. */
export type CacheState = 'used' | 'rejected' | 'mismatched' | 'none';

/** The cache the build made for the bundle, with the CRC-32s it recorded of both files. */
export interface CodeCache {
  file: string;
  bundleCrc: number;
  cacheCrc: number;
}

export interface LoadedBundle {
  exports: Record<string, unknown>;
  state: CacheState;
  /** The bytecode compiled so far, as a new cache (what the build's training run saves). */
  createCache: () => Buffer;
}

type Require = (id: string) => unknown;

/** The CommonJS wrapper, on one line with the bundle's first, so line numbers stay true. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined; // no cache built (or unreadable): compile from source
  }
}

/** The cache's bytes when they are the ones the build made for exactly these bundle bytes. */
function verifiedCache(bundle: Buffer, cache: CodeCache | undefined): { data?: Buffer; state: CacheState } {
  const data = cache && readCache(cache.file);
  if (!cache || !data) return { state: 'none' };
  if (crc32(data) !== cache.cacheCrc || crc32(bundle) !== cache.bundleCrc) return { state: 'mismatched' };
  return { data, state: 'used' };
}

/**
 * Run the CommonJS bundle at `file` and return its exports. `cache` is its code cache, used only
 * when it checks out; `require` is what the bundle's own `require` calls reach: Node's built-in
 * modules and career's shared modules.
 */
export function loadBundle(file: string, cache: CodeCache | undefined, require: Require): LoadedBundle {
  const bytes = fs.readFileSync(file);
  const verified = verifiedCache(bytes, cache);
  const script = new Script(wrap(bytes.toString('utf8')), { filename: file, cachedData: verified.data });
  const state: CacheState = verified.data && script.cachedDataRejected ? 'rejected' : verified.state;
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (e: unknown, r: Require, m: unknown, f: string, d: string) => void;
  run(module.exports, require, module, file, path.dirname(file));
  return { exports: module.exports, state, createCache: () => script.createCachedData() };
}
