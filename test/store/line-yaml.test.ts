// The line reader (store/line-yaml.ts) is the first of the quick readers a cold load tries. Like
// fast-yaml.ts it may only ever decline or agree: whenever it returns a value, the strict reader
// (store/yamlio.ts) must accept the same text and mean exactly that value. Here it is held to
// that alone (fast-yaml.test.ts holds the whole fast path), on tables, on everything career
// writes, on hand edits gone wrong and on random YAML-ish text; and it must actually take the
// files career writes, or a cold load gains nothing.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineValue } from '../../src/store/line-yaml.js';
import { emitDocument } from '../../src/store/yaml-emit.js';
import { isAmbiguousString } from '../../src/store/yaml-words.js';
import { newDocument } from '../../src/store/yamlio.js';
import { agreesWith, same, strict } from '../helpers/yaml-agree.js';
import { ROOT } from '../helpers/env.js';

const agrees = (raw: string): boolean => agreesWith(lineValue, raw);

describe('lineValue: the layout career writes', () => {
  it.each([
    ['scalars', 'version: 1\ntitle: Ship it\ndate: "2026-11-20"\nn: -0\nf: 1.5e3\nok: true\nnone: null\nempty:\n', { version: 1, title: 'Ship it', date: '2026-11-20', n: -0, f: 1500, ok: true, none: null, empty: null }],
    ['quotes and escapes', `a: "say \\"hi\\"\\n\\u00e9\\x41\\\\"\nb: 'it''s'\nc: ""\nd: ''\n`, { a: 'say "hi"\néA\\', b: "it's", c: '', d: '' }],
    ['empty collections', 'a: []\nb: {}\n', { a: [], b: {} }],
    ['an indented sequence of mappings', 'entries:\n  - time: "07:13"\n    kind: win\n    tags:\n      - focus\n      - career\n  - time: "08:00"\n    tags: []\n', { entries: [{ time: '07:13', kind: 'win', tags: ['focus', 'career'] }, { time: '08:00', tags: [] }] }],
    ['sequences at their key\'s column', 'a:\n- x\n- k: 1\n  l:\n  - y\n  m: 2\nb: 3\n', { a: ['x', { k: 1, l: ['y'], m: 2 }], b: 3 }],
    ['a nested mapping', 'metric:\n  name: revenue\n  start: 0\nnext: 1\n', { metric: { name: 'revenue', start: 0 }, next: 1 }],
    ['literal blocks', 'a: |\n  one\n\n  two\n    indented\n\n\nb: |-\n  kept\n  lines\nc: x\n', { a: 'one\n\ntwo\n  indented\n', b: 'kept\nlines', c: 'x' }],
    ['a literal block with a line of spaces', 'a: |\n  one\n     \n  two\n', { a: 'one\n   \ntwo\n' }],
    ['comment lines and blank lines between nodes', '# made by hand\nversion: 1\n\n  # indented comment\nentries:\n  # about the list\n  - a\n\nz: 2\n', { version: 1, entries: ['a'], z: 2 }],
    ['plain text with inner colons, hashes and indicators', 'a: 12:30\nb: R&D and C#\nc: x: y\n'.replace('c: x: y\n', 'c: -5\nd: what?\ne: 50%\n'), { a: '12:30', b: 'R&D and C#', c: -5, d: 'what?', e: '50%' }],
  ])('%s', (_name, text, value) => {
    const quick = lineValue(text);
    expect(quick).toBeDefined();
    expect(same(quick, value)).toBe(true);
    expect(same(quick, strict(text))).toBe(true);
  });

  it('takes every file of the demo journal, and reads each as the strict reader does', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.yaml')) files.push(p);
      }
    };
    walk(path.join(ROOT, 'templates', 'demo'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const quick = lineValue(text);
      expect(quick, f).toBeDefined();
      expect(same(quick, strict(text)), f).toBe(true);
    }
  });
});

describe('lineValue: declines what is outside its subset', () => {
  it.each([
    'a: 1\na: 2\n', // duplicate key
    '__proto__: 1\n', 'null: 1\n', 'true: 1\n', '1: one\n', '"a": 1\n', 'a b: 1\n', 'a : 1\n',
    'a: 1', // no line break at the end
    'a: x\r\nb: y\r\n', 'a: "tab\there"\n', 'a: \u0085\n', 'a: "\u2028"\n', '\ufeffa: 1\n',
    '  a: 1\n', 'a: 1\n  b: 2\n', '- a\n', 'just text\n', '---\na: 1\n', '%YAML 1.2\n---\na: 1\n',
    'a: &x 1\n', 'a: *x\n', 'a: !!str 1\n', 'a: @b\n', 'a: `b\n', 'a: ,b\n', 'a: ]\n', 'a: #c\n', 'a: b #c\n',
    'a: b: c\n', 'a: b:\n', 'a: - b\n', 'a: ? b\n', 'a: :\n', 'a: [1, 2]\n', 'a: {b: 1}\n', 'a: [\n',
    'a: "x\n', "a: 'x\n", 'a: "x" y\n', 'a: "x"y"\n', "a: 'it's'\n", 'a: "\\q"\n', 'a: "\\U0001F600"\n', 'a: "\\ud83d"\n', 'a: "\\x4"\n',
    'a: "multi\n  line"\n', 'a:\n  just text\n', 'a: one\n  two\n',
    'a: >\n  folded\n', 'a: |+\n  keep\n', 'a: |2\n  x\n', 'a: | # c\n  x\n', 'a: |\n\n  leading empty line\n', 'a: |\n   \n  x\n',
    'a: |\nb: 1\n', 'a: |\n    four\n  two\n',
    'a:\n  - - nested\n', 'a:\n  -\n    b: 1\n', 'a:\n  - |\n    x\n', 'a:\n  - x\n  b: 1\n', 'a:\n  - x\n   - y\n',
    `k${'x'.repeat(1024)}: 1\n`, `a:\n  - k${'x'.repeat(1024)}: 1\n`, // keys longer than the strict reader takes (found by a review's fuzz)
    `a:\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
  ])('%j', (text) => {
    expect(lineValue(text)).toBeUndefined();
    expect(agrees(text)).toBe(true);
  });

  it('leaves no polluted prototype behind', () => {
    lineValue('__proto__:\n  polluted: true\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const SEED = Number(process.env.FC_SEED ?? 20261203);
const OPTIONS = { seed: SEED, numRuns: Number(process.env.FC_RUNS ?? 400), endOnFailure: !process.env.FC_SHRINK };

// Text values near every rule of the subset: quotes, escapes, indicators, colons, hashes, spaces and breaks.
const WORDS = [
  'no', 'null', '~', 'true', 'False', '0123', '0o17', '0x1F', '1e3', '-0', '.5', '.inf', '.nan', '2026-11-20', '12:30', ': ', ':', 'a: b',
  '#', ' # c', '- ', '-', '---', '...', '"', "'", "''", '\\', '\\n', '!tag', '&a', '*a', '{}', '[]', '{a: 1}', '[x]', '|', '>', '%', '@', '`',
  '?', ',', ']', 'ünï', '中文', '🚀', ' lead', 'trail ', 'one\ntwo', 'one\n\ntwo\n', '\n', ' \n', '\u00a0', '\u0085', '\u2028', '\t', '\r',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 }));
const textValue = fc.array(word, { maxLength: 4 }).map((p) => p.join(''));
const leaf = fc.oneof(textValue, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(-0, 1e21, 5e-324));
const key = fc.oneof(fc.constantFrom('version', 'title', 'why', 'entries', 'tags', 'no', 'null', 'True', '__proto__', 'a-b', '_x', '1', 'a b'), fc.string({ minLength: 1, maxLength: 5 }));
const record = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 3 }), tie('map')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).map as fc.Arbitrary<Record<string, unknown>>;

/** The text career's own emitter writes for `value`, where it writes one; else the library's. */
function careerText(value: Record<string, unknown>): string {
  return emitDocument(value) ?? newDocument(value).toString();
}

describe('lineValue: properties', () => {
  it('reads what career writes exactly as the strict reader does', () => {
    fc.assert(fc.property(record, (value) => agrees(careerText(value)) && agrees(newDocument(value).toString())), OPTIONS);
  });

  it('takes what career writes for records of plain words and text', () => {
    // Words some YAML 1.1 reader would take for something else are written quoted: left out here.
    const plainKey = fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/).filter((k) => !isAmbiguousString(k));
    const text = fc.stringMatching(/^[A-Za-z][A-Za-z ,.!]{0,30}$/).filter((t) => !isAmbiguousString(t.trim()) && t === t.trim());
    const plain = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.array(text, { maxLength: 3 }), fc.array(tie('map'), { maxLength: 2 }), tie('map')),
      map: fc.dictionary(plainKey, tie('value'), { minKeys: 1, maxKeys: 4 }),
    })).map as fc.Arbitrary<Record<string, unknown>>;
    fc.assert(fc.property(plain, (value) => {
      const t = careerText(value);
      const quick = lineValue(t);
      return quick !== undefined && same(quick, strict(t));
    }), OPTIONS);
  });

  it('agrees on hand edits gone wrong: career files with random characters put in, taken out or changed', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      put: fc.constantFrom('', ' ', '  ', '\n', '\n  ', '\n\n', '- ', '-', ':', ': ', '#', ' #', '# c\n', '"', "'", '[', ']', '{', '}', '[]', ',', '|', '|-', '>', '?', '\\', '~', 'null', '-0', '0x1', '.5', 'é', '\t', '&a ', '*a', '!x ', 'k: v\n', '  - x\n'),
    });
    fc.assert(fc.property(record, fc.array(edit, { minLength: 1, maxLength: 3 }), (value, edits) => {
      let text = careerText(value);
      for (const e of edits) {
        const at = text.length ? e.at % text.length : 0;
        text = text.slice(0, at) + e.put + text.slice(at + e.cut);
      }
      return agrees(text);
    }), OPTIONS);
  });

  it('never accepts random YAML-ish text the strict reader refuses, nor reads it differently', () => {
    const token = fc.constantFrom('a', 'b', 'k: ', 'k:', ':', ': ', ' ', '  ', '\n', '- ', '-', '#', '"', "'", '[]', '{}', '[', '|', '|-', '>', '?', '\\', '1', '0x', '.', 'no', '~', '&', '*', '!', '%');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => agrees(`${tokens.join('')}\n`)), OPTIONS);
  });
});
