// Temporary file names: the shape store/fsio.ts recognises as a dead writer's leftovers, and no
// two alike in a process.
import { describe, expect, it } from 'vitest';
import { uniqueTag } from '../../src/store/random.js';

describe('uniqueTag', () => {
  it('is the pid and 8 hex digits', () => {
    expect(uniqueTag()).toMatch(new RegExp(`^${process.pid}\\.[0-9a-f]{8}$`));
  });

  it('never repeats within a process', () => {
    const tags = Array.from({ length: 10_000 }, uniqueTag);
    expect(new Set(tags).size).toBe(tags.length);
  });
});
