// The emitter that writes new files without the yaml package must write exactly what the
// package writes, or decline: a file must not look different depending on which path made it.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { emitDocument, emitEntry, emitItem } from '../../src/store/yaml-emit.js';
import { newDocument, stringifyYaml } from '../../src/store/yamlio.js';

const library = (value: unknown) => stringifyYaml(newDocument(value));

describe('emitDocument', () => {
  it.each([
    ['plain words', { title: 'Lead the CRM rollout', version: 1 }],
    ['text that needs quotes', { a: '', b: ' x', c: 'x ', d: 'a: b', o: '#x', p: 'a #b', r: '- x', s: 'x:', q: '-x' }],
    ['quotes inside', { e: 'it\'s "q"', f: 'say "hi"', g: 'a: "b"', h: "a: 'b' \"c\"" }],
    ['ambiguous text', { date: '2026-01-01', word: 'yes', time: '12:30', version: '1.10', hex: '0x1F', switch: 'Off' }],
    ['lines', { a: 'line1\nline2', b: 'l1\nl2\n', c: 'l1\n\nl2', d: 'a\n  b' }],
    ['numbers and the like', { a: 1e21, b: 0.1, c: -3, d: true, e: false, f: null }],
    ['empty collections', { a: {}, b: [] }],
    ['nesting', { l: [{ a: 1, b: [1, 2] }, { c: { d: null } }, {}, [], 'x\ny'], m: { inner: { o: ['x'] } } }],
    ['a document marker inside a block', { a: 'x\n---\ny' }],
    ['unicode', { t: 'abé 😀 naïve — “quoted”' }],
    ['undefined is left out', { a: 1, b: undefined, c: { d: undefined, e: 2 } }],
  ])('%s: as the library writes it', (_name, value) => {
    expect(emitDocument(value)).toBe(library(value));
  });

  it.each([
    ['a key the library quotes', { n: 1 }],
    ['a key with a space', { 'Public speaking': 3 }],
    ['a list in a list', { a: [[1]] }],
    ['a tab', { a: 'x\ty' }],
    ['a control character', { a: 'x\u0007' }],
    ['a lone surrogate', { a: 'x\ud800' }],
    ['a line separator', { a: 'x\u2028y' }],
    ['leading spaces over lines', { a: ' a\nb' }],
    ['trailing spaces over lines', { a: 'a\nb ' }],
    ['two final line breaks', { a: 'a\nb\n\n' }],
    ['only a line break', { a: '\n' }],
    ['a number the library writes its own way', { a: -0 }],
    ['not finite', { a: Infinity }],
    ['a date object', { a: new Date(0) }],
  ])('%s: declines', (_name, value) => {
    expect(emitDocument(value)).toBeUndefined();
  });

  it('declines what is not a mapping with keys', () => {
    expect(emitDocument([1])).toBeUndefined();
    expect(emitDocument({})).toBeUndefined();
    expect(emitDocument('x')).toBeUndefined();
  });

  // A seeded walk over text made of the characters that decide quoting and style.
  const PIECES = ['a', 'Word', ' ', ':', ': ', ' #', '#', '"', "'", '-', '- ', '?', '? ', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`',
    '\n', '\n\n', 'é', '😀', 'yes', 'no', 'null', '~', '2026-01-01', '12', '1.5', '0x1', '---', '...', '\t', '\u0001', '\\', '='];
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

  it('agrees with the library on 5,000 random strings, or declines', () => {
    const next = rng(7);
    let emitted = 0;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const n = Math.floor(next() * 6);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      const value = { text: s, list: [s], nested: { inner: s } };
      const ours = emitDocument(value);
      if (ours === undefined) continue;
      emitted++;
      expect(ours, JSON.stringify(s)).toBe(library(value));
      expect(parse(ours)).toEqual(value);
    }
    expect(emitted).toBeGreaterThan(2500); // declining is for the odd cases, not the common ones
  });

  it('writes every record of the demo journal as the library does', () => {
    const root = path.resolve('templates/demo');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const value = parse(fs.readFileSync(path.join(root, f), 'utf8')) as unknown;
      expect(emitDocument(value), f).toBe(library(value));
    }
  });
});

describe('emitEntry and emitItem', () => {
  it('indent their lines', () => {
    expect(emitEntry('note', 'a\nb', 4)).toEqual(['    note: |-', '      a', '      b']);
    expect(emitItem({ date: '2026-11-20', value: 5 }, 2)).toEqual(['  - date: "2026-11-20"', '    value: 5']);
    expect(emitItem('x', 0)).toEqual(['- x']);
  });

  it('decline what the library must write', () => {
    expect(emitEntry('on', 1, 0)).toBeUndefined();
    expect(emitItem([1], 2)).toBeUndefined();
    expect(emitItem(undefined, 2)).toBeUndefined();
  });
});
