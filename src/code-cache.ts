// Runs the built program bundle (dist/program.bundle.cjs, made by scripts/program-bundle.mjs)
// with V8's code cache: the bytecode of the functions a training run compiled, saved next to
// the bundle at build time. A command then skips parsing and compiling the program's modules
// and the libraries, most of what a write or a first read spent before its own work. Only read
// here, never written at run time: the journal folder holds nothing but the person's data.
//
// The cache is a speed-up and never a source of truth. V8 refuses one made by another V8
// version, with other flags, or for a source of another length, and then compiles from source
// as if there were none; its file name carries a hash of the bundle it was made from, so a
// rebuilt bundle is never paired with an old cache.
import fs from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';

export type CacheState = 'used' | 'rejected' | 'none';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Whether V8 took the cache: 'none' when there was no cache file. */
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

/**
 * Run the CommonJS bundle at `file` and return its exports. `cacheFile` is its code cache (when
 * missing or refused, the source is compiled as usual); `require` is what the bundle's own
 * `require` calls reach: Node's built-in modules and career's shared modules.
 */
export function loadBundle(file: string, cacheFile: string, require: Require): LoadedBundle {
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = readCache(cacheFile);
  const script = new Script(wrap(source), { filename: file, cachedData });
  const state: CacheState = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (e: unknown, r: Require, m: unknown, f: string, d: string) => void;
  run(module.exports, require, module, file, path.dirname(file));
  return { exports: module.exports, state, createCache: () => script.createCachedData() };
}
