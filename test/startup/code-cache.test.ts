// src/code-cache.ts: the program bundle runs the same with a good cache, a damaged or mismatched
// one, or none (one V8 refuses: test/e2e/program-bundle.test.ts, as it needs a fresh process); a cache only ever saves compiling, and only the build's own cache for
// exactly this bundle is used.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBundle, type CodeCache } from '../../src/code-cache.js';
import { damageMiddle, tempDir } from '../helpers/env.js';

const require = createRequire(import.meta.url);

/** A small CommonJS bundle that requires a built-in and a shared module by the bundle's names. */
function bundle(dir: string, answer: number): string {
  const file = path.join(dir, 'b.cjs');
  fs.writeFileSync(file, `const path = require('node:path'); const shared = require('career-shared:x');\nexports.answer = () => ${answer}; exports.sep = path.sep; exports.shared = shared;\nexports.where = () => new Error('here').stack;\n`);
  return file;
}

const shared = { name: 'the instance already loaded' };
const requireFor = (id: string): unknown => (id === 'career-shared:x' ? shared : require(id));
const answer = (loaded: { exports: Record<string, unknown> }) => (loaded.exports.answer as () => number)();

/** A cache as the build makes one: trained on `file`, with both files' CRC-32s recorded. */
function built(file: string): CodeCache {
  const first = loadBundle(file, undefined, requireFor);
  answer(first); // compiled, so the cache holds it
  const cacheFile = `${file}.cache`;
  fs.writeFileSync(cacheFile, first.createCache());
  return { file: cacheFile, bundleCrc: crc32(fs.readFileSync(file)), cacheCrc: crc32(fs.readFileSync(cacheFile)) };
}

describe('loadBundle', () => {
  it('uses the cache the build made for this bundle, and the bundle behaves as without one', () => {
    const file = bundle(tempDir(), 7);
    const cache = built(file);
    const loaded = loadBundle(file, cache, requireFor);
    expect(loaded.state).toBe('used');
    expect(answer(loaded)).toBe(7);
    expect(loaded.exports.sep).toBe(path.sep);
    expect(loaded.exports.shared).toBe(shared);
  });

  it.each([
    ['no cache named', (): CodeCache | undefined => undefined, 'none'],
    ['a cache file that is missing', (c: CodeCache) => ({ ...c, file: `${c.file}.gone` }), 'none'],
    // V8 on Node 20 does not check a cache's checksum: damaged bytes can crash the process.
    ['a damaged cache', (c: CodeCache) => {
      damageMiddle(c.file);
      return c;
    }, 'mismatched'],
    ['a cache recorded for other bytes', (c: CodeCache) => ({ ...c, cacheCrc: (c.cacheCrc + 1) >>> 0 }), 'mismatched'],
  ])('with %s, compiles from source and runs the same', (_, spoil, state) => {
    const file = bundle(tempDir(), 42);
    const loaded = loadBundle(file, spoil(built(file)), requireFor);
    expect(loaded.state).toBe(state);
    expect(answer(loaded)).toBe(42);
    expect(loaded.exports.shared).toBe(shared);
  });

  it('never runs an old cache for an edited bundle, even one of the same length', () => {
    // V8 compares only the source's length: its cache would run the old code.
    const dir = tempDir();
    const file = bundle(dir, 1000);
    const cache = built(file);
    bundle(dir, 2000);
    const edited = loadBundle(file, cache, requireFor);
    expect(edited.state).toBe('mismatched');
    expect(answer(edited)).toBe(2000);
  });

  it("keeps the bundle's file name and line numbers in stack traces", () => {
    const file = bundle(tempDir(), 1);
    const loaded = loadBundle(file, built(file), requireFor);
    expect((loaded.exports.where as () => string)()).toContain(`${file}:3:`);
  });
});
