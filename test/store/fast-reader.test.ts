// The fast reader's file reading (store/fast-reader.ts): one read into a shared buffer at the
// size the file's stat gave, and the whole file by fs.readFileSync whenever that size is not
// what the file holds now: a record is never made of part of a file, or of another file's bytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickRead, validator } from '../../src/store/fast-reader.js';
import { SCHEMA_OF } from '../../src/store/record-kinds.js';
import { classifyPath } from '../../src/store/paths.js';
import { tempDir } from '../helpers/env.js';

const REL = 'journal/2026/2026-11-20.yaml';
const day = (texts: string[]) => `version: 1\ndate: "2026-11-20"\nentries:\n${texts.map((t) => `  - time: "09:00"\n    kind: win\n    text: ${t}\n    tags: []\n`).join('')}`;

function journalWith(text: string): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'journal', '2026'), { recursive: true });
  fs.writeFileSync(path.join(root, REL), text);
  return root;
}

const textsOf = (data: unknown) => (data as { entries: { text: string }[] }).entries.map((e) => e.text);
const read = (root: string, size?: number) => quickRead(root, REL, classifyPath(REL)!, size)?.data;

describe('quickRead', () => {
  it('reads a file at the size its stat gave, and again whole when it holds more or less since', () => {
    const text = day(['Shipped the fix']);
    const root = journalWith(text);
    const size = Buffer.byteLength(text);
    expect(textsOf(read(root, size))).toEqual(['Shipped the fix']);
    expect(textsOf(read(root))).toEqual(['Shipped the fix']); // no size known
    // It grew after the stat: the whole file, never its first `size` bytes.
    fs.writeFileSync(path.join(root, REL), day(['Shipped the fix', 'Gave the talk']));
    expect(textsOf(read(root, size))).toEqual(['Shipped the fix', 'Gave the talk']);
    // It shrank after the stat.
    fs.writeFileSync(path.join(root, REL), day(['Short']));
    expect(textsOf(read(root, size))).toEqual(['Short']);
  });

  it('reads a file bigger than its shared buffer whole', () => {
    const many = Array.from({ length: 900 }, (_, i) => `Win number ${i} of a very long day`);
    const text = day(many);
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    expect(textsOf(read(journalWith(text), Buffer.byteLength(text)))).toEqual(many);
  });

  it('gives each file its own record although they share one buffer', () => {
    const a = journalWith(day(['From the first journal']));
    const b = journalWith(day(['Second']));
    const first = read(a, fs.statSync(path.join(a, REL)).size);
    const second = read(b, fs.statSync(path.join(b, REL)).size);
    expect(textsOf(first)).toEqual(['From the first journal']);
    expect(textsOf(second)).toEqual(['Second']);
  });

  it('declines a file that is gone (the strict reader says why)', () => {
    const root = journalWith(day(['x']));
    fs.rmSync(path.join(root, REL));
    expect(read(root, 10)).toBeUndefined();
  });

  it('checks every kind of record with a compiled parser, which zod generated for it', () => {
    for (const kind of Object.keys(SCHEMA_OF) as (keyof typeof SCHEMA_OF)[]) {
      const compiled = validator(kind);
      expect(compiled, kind).not.toBe(SCHEMA_OF[kind]); // not left on the runtime parser
      expect(validator(kind)).toBe(compiled); // once per process
    }
  });
});
