// The fast reader (store/fast-yaml.ts) is a shortcut for the strict one (store/yamlio.ts), never
// a second opinion: whenever it returns a value, the strict reader must accept the same text
// and mean exactly the same value (-0 and NaN included). These tests hold it to that on tables
// of scalars and hostile files, on everything career itself writes, and on random YAML-ish text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastValue } from '../../src/store/fast-yaml.js';
import { newDocument } from '../../src/store/yamlio.js';
import { agreesWith } from '../helpers/yaml-agree.js';

const agrees = (raw: string): boolean => agreesWith(fastValue, raw);

const SCALARS = [
  '0o17', '0x1F', '0X1F', '017', '08', '1_000', '+1', '-0', '+0', '1e3', '1E3', '1e+3', '.5', '5.', '1.0', '-1.5e-3', '0.1e-2',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'NaN', '1:30', '12:30:00', '2026-11-20', '2026-11-20T10:00:00Z', 'true', 'True',
  'TRUE', 'tRUE', 'false', 'null', 'Null', 'NULL', '~', '', 'yes', 'no', 'on', 'off', 'y', 'n', '0b101', '0xZZ', '1__0',
  '12e', '1.2.3', '0', '00', '-00', '1e400', '-1e400', '123456789012345678901234567890', '9007199254740993', '"a\\x41"',
  '"\\u263A"', '"\\N"', '"\\_"', '"\\L"', '"\\P"', '"\\e"', '"\\/"', "'it''s'", '|\n  a\n  b\n', '>\n  a\n  b\n\n  c\n',
  '|-\n  a\n', '|+\n  a\n\n', '>2\n   a\n', 'a #c', 'a#b', '"a" ', '[1, 2]', '{a: 1}', '[a, [b]]', 'x\n  y', '"multi\n  line"',
  "'multi\n\n  line'", '-0.0', '+12', '1,000', 'Infinity', '.Inf', '"-0"', "'1e3'", '"true"', '=', '<<', 'R&D', '5 * 3',
  'Great!', 'a: b', '@x', '`x', '%x', '? a', '- a', '-', '"unterminated', "'bad", '"\\q"', '[1, 2', '{a: 1',
];

describe('fastValue: plain scalars mean what they mean to the strict reader', () => {
  it.each(SCALARS)('v: %s', (s) => {
    const text = `v: ${s}\n`;
    expect(agrees(text)).toBe(true);
  });

  it('takes the fast way for the numbers and words of a normal file', () => {
    expect(fastValue('a: -0\nb: 0b101\nc: 1e400\nd: 0o17\ne: .nan\nf: ~\ng: True\nh: no\n')).toEqual({
      a: -0, b: '0b101', c: Infinity, d: 15, e: NaN, f: null, g: true, h: 'no',
    });
    expect(Object.is(fastValue('a: -0\n')!.a, -0)).toBe(true);
  });
});

// Files the strict reader refuses or that use what only it handles: the fast one must decline
// (or, where both read it, agree).
const HOSTILE_FILES = [
  'a: 1\na: 2\n', // duplicate key
  'a:\n  b: 1\n  b: 2\n',
  'a: &x 1\nb: *x\n', // anchors and aliases
  'a: !!str 12\n', // tags
  'a: !custom x\n',
  'a: !!binary aGVsbG8=\n',
  '%YAML 1.1\n---\na: no\n', // directives
  '---\na: 1\n---\nb: 2\n', // two documents
  'a: 1\n...\n',
  'a:\n\tb: 1\n', // tab indentation
  'a: "tab\there"\n',
  '- a\n- b\n', // not a mapping
  'just text\n',
  '42\n',
  'a: [1, 2\n', // syntax errors
  'a: {b: 1\n',
  'a: "x\n',
  'a: b: c\n',
  '  a: 1\n b: 2\n',
  'a: 1\n  b: 2\n',
  '? [a, b]\n: c\n', // complex keys
  '[a]: 1\n',
  '1: one\n',
  'null: x\n',
  '<<: {a: 1}\n', // merge keys
  'a: @b\n',
  'a: `b\n',
  `a: ${'['.repeat(80)}${']'.repeat(80)}\n`, // deep nesting
  'a:\n' + Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n',
  'a: |\n  one\n two\n',
  'a: >-\n\n  folded\n',
  'a: "\\x4"\n',
  'a: \'it\'s\'\n',
  'a: b #c\n#d\ne: f\n',
  'a: "\u2028"\n',
  'a: x\r\nb: y\r\n',
  '__proto__: {polluted: true}\n',
  'constructor: 1\n',
  // Found by a review's differential fuzz: js-yaml read both, the strict reader refuses both.
  'why: "emoji \\U00110000"\n',
  'why: "\\UFFFFFFFF"\n',
  'why: |\n   \n  # fill in later\n',
  'why: >-\n\n    \n  text\n',
  // Found by a review of the line reader: a key over 1024 characters, which js-yaml reads too.
  `k${'x'.repeat(1024)}: 1\n`,
  `a:\n  - "k${'x'.repeat(1024)}": 1\n`,
];

describe('fastValue: hostile files', () => {
  it.each(HOSTILE_FILES.map((t) => [JSON.stringify(t).slice(0, 60), t]))('%s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it('declines everything that needs the strict reader', () => {
    for (const t of ['why: "\\U0001F600"\n', 'why: |\n   \n  text\n', 'a: &x 1\nb: *x\n', 'a: !!str 12\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\na: 2\n', '- a\n', 'a:\n\tb: 1\n']) {
      expect(fastValue(t), t).toBeUndefined();
    }
  });

  it('leaves no polluted prototype behind', () => {
    fastValue('__proto__: {polluted: true}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const SEED = Number(process.env.FC_SEED ?? 20261201);
const OPTIONS = { seed: SEED, numRuns: Number(process.env.FC_RUNS ?? 300), endOnFailure: !process.env.FC_SHRINK };

const HOSTILE_WORDS = [
  'no', 'yes', 'null', '~', 'true', 'False', '0123', '0o17', '0x1F', '1e3', '-0', '.5', '.inf', '.nan', '2026-11-20', '12:30',
  ': ', 'a: b', '#', ' # c', '- ', '---', '...', '"', "'", '\\', '!tag', '&a', '*a', '{a: 1}', '[x]', '|', '>', '%', '@', '`', '?',
  ',', '<<', 'ünï', '中文', '🚀', '👨‍👩‍👧', ' lead', 'trail ', 'one\ntwo', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u0085', '\u001b',
];
const word = fc.oneof(fc.constantFrom(...HOSTILE_WORDS), fc.string({ maxLength: 5 }));
const textValue = fc.array(word, { maxLength: 4 }).map((p) => p.join(''));
const leaf = fc.oneof(textValue, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(-0, 1e21, 5e-324));
const key = fc.oneof(fc.constantFrom('version', 'title', 'why', 'entries', 'no', 'null', '1', '-', 'a b'), fc.string({ minLength: 1, maxLength: 6 }));
const record = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 3 }), tie('map')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).map as fc.Arbitrary<Record<string, unknown>>;

describe('fastValue: properties', () => {
  it('reads what career writes exactly as the strict reader does', () => {
    fc.assert(fc.property(record, (value) => {
      return agrees(newDocument(value).toString());
    }), OPTIONS);
  });

  it('never accepts random YAML-ish text the strict reader refuses, nor reads it differently', () => {
    const token = fc.constantFrom('a', 'b', ':', ': ', ' ', '  ', '\n', '- ', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '\\', '1', '0x', '.', 'e', 'no', '~', '&', '*', '!', '%', '\t', '\r');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => agrees(tokens.join(''))), OPTIONS);
  });

  it('agrees on hand edits gone wrong: career files with random characters put in, taken out or changed', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      put: fc.constantFrom('', ' ', '  ', '\n', '\n  ', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '\\', '~', 'null', '-0', '0x1', '.5', 'é', '\t', '&a ', '*a', '!x '),
    });
    fc.assert(fc.property(record, fc.array(edit, { minLength: 1, maxLength: 3 }), (value, edits) => {
      let text = newDocument(value).toString();
      for (const e of edits) {
        const at = text.length ? e.at % text.length : 0;
        text = text.slice(0, at) + e.put + text.slice(at + e.cut);
      }
      return agrees(text);
    }), OPTIONS);
  });
});
