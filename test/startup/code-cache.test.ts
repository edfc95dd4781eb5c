// src/code-cache.ts: the program bundle runs the same with a good cache, a refused one or none;
// a cache only ever saves compiling.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/code-cache.js';
import { tempDir } from '../helpers/env.js';

const require = createRequire(import.meta.url);

/** A small CommonJS bundle that requires a built-in and a shared module by the bundle's names. */
function bundle(dir: string, answer: number): string {
  const file = path.join(dir, 'b.cjs');
  fs.writeFileSync(file, `const path = require('node:path'); const shared = require('career-shared:x');\nexports.answer = () => ${answer}; exports.sep = path.sep; exports.shared = shared;\nexports.where = () => new Error('here').stack;\n`);
  return file;
}

const shared = { name: 'the instance already loaded' };
const requireFor = (id: string): unknown => (id === 'career-shared:x' ? shared : require(id));

describe('loadBundle', () => {
  it.each([
    ['no cache file', (): Buffer | undefined => undefined, 'none'],
    ['a cache that is not one', () => Buffer.from('not a V8 code cache, just bytes'), 'rejected'],
    ['an empty cache file', () => Buffer.alloc(0), 'rejected'],
  ] as const)('with %s, compiles from source and runs the same', (_, cache, state) => {
    const dir = tempDir();
    const file = bundle(dir, 42);
    const cacheFile = path.join(dir, 'b.cache');
    const bytes = cache();
    if (bytes) fs.writeFileSync(cacheFile, bytes);
    const loaded = loadBundle(file, cacheFile, requireFor);
    expect(loaded.state).toBe(state);
    expect((loaded.exports.answer as () => number)()).toBe(42);
    expect(loaded.exports.sep).toBe(path.sep);
    expect(loaded.exports.shared).toBe(shared);
  });

  it('uses a cache it made itself, and the bundle behaves as without it', () => {
    const dir = tempDir();
    const file = bundle(dir, 7);
    const cacheFile = path.join(dir, 'b.cache');
    const first = loadBundle(file, cacheFile, requireFor);
    (first.exports.answer as () => number)(); // compiled, so the cache holds it
    fs.writeFileSync(cacheFile, first.createCache());
    const again = loadBundle(file, cacheFile, requireFor);
    expect(again.state).toBe('used');
    expect((again.exports.answer as () => number)()).toBe(7);
    expect(again.exports.shared).toBe(shared);
  });

  it('refuses the cache of a different source, so a rebuilt bundle never runs old code', () => {
    const dir = tempDir();
    const file = bundle(dir, 1000);
    const cacheFile = path.join(dir, 'b.cache');
    const old = loadBundle(file, cacheFile, requireFor);
    fs.writeFileSync(cacheFile, old.createCache());
    bundle(dir, 20000); // one character longer
    const rebuilt = loadBundle(file, cacheFile, requireFor);
    expect(rebuilt.state).toBe('rejected');
    expect((rebuilt.exports.answer as () => number)()).toBe(20000);
  });

  it('keeps the bundle\'s file name and line numbers in stack traces', () => {
    const dir = tempDir();
    const file = bundle(dir, 1);
    const loaded = loadBundle(file, path.join(dir, 'none.cache'), requireFor);
    expect((loaded.exports.where as () => string)()).toContain(`${file}:3:`);
  });
});
