import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { fnv1a32, isValidId, slugify, uniqueId } from '../../src/core/slug.js';

describe('slugify', () => {
  it.each([
    ['Lead the CRM rollout', 'lead-the-crm-rollout'],
    ['Crème Brûlée', 'creme-brulee'],
    ['Ünïcödé', 'unicode'],
    ['Straße', 'strasse'],
    ['Æsir & Œuvre', 'aesir-oeuvre'],
    ['Ørsted Łódź', 'orsted-lodz'],
    ['Đorđe', 'dorde'],
    ['Þór Ðað', 'thor-dad'],
    ['İstanbul', 'istanbul'],
    ['ﬁnance ｇｏａｌ', 'finance-goal'], // ligature and full-width forms
    ['Привет мир', 'privet-mir'],
    ['Ёлка й', 'yolka-y'],
    ['Їжак', 'yizhak'],
    ['Αθήνα', 'athina'],
    ['AWS Certified: Solutions Architect (Pro)', 'aws-certified-solutions-architect-pro'],
    ['  --leading and trailing--  ', 'leading-and-trailing'],
    ['C++ & C#', 'c-c'],
    ['Q3 2026: ship v2.0', 'q3-2026-ship-v2-0'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows', 'windows'],
    ['--upload-pack=x', 'upload-pack-x'],
    ['$(touch x)', 'touch-x'],
    ['a\u0000b\u001bc\nd', 'a-b-c-d'],
    ['CON', 'con-goal'],
    ['con', 'con-goal'],
    ['Nul', 'nul-goal'],
    ['com1', 'com1-goal'],
    ['LPT9', 'lpt9-goal'],
    ['aux.yaml', 'aux-yaml'], // not the whole slug: fine
    ['console', 'console'],
    ['com10', 'com10'],
  ])('%j -> %s', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it.each(['', '   ', '---', '../../', '🚀🎯', '中文目标', '目标一', '🙂', '\u200f\u200e'])(
    'falls back to a stable short id for %j',
    (title) => {
      const id = slugify(title);
      expect(id).toMatch(/^g-[0-9a-z]{6}$/);
      expect(slugify(title)).toBe(id);
    },
  );

  it('gives different fallback ids to different titles', () => {
    expect(slugify('中文目标')).not.toBe(slugify('目标一'));
    expect(slugify('🚀')).not.toBe(slugify('🎯'));
  });

  it('hashes the NFC form, so composed and decomposed titles agree', () => {
    // Hangul jamo ᄀ + ᅡ compose to 가 under NFC; neither survives as ASCII.
    expect(slugify('\u1100\u1161')).toBe(slugify('\uAC00'));
    expect(slugify('e\u0301')).toBe(slugify('\u00e9'));
  });

  it('uses FNV-1a 32', () => {
    // Reference values of the 32-bit FNV-1a function.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  describe('length limit', () => {
    it.each([
      // 'iota' would be cut mid-word at 48: drop back to the hyphen at 45.
      ['alpha beta gamma delta epsilon zeta eta theta iota kappa', 'alpha-beta-gamma-delta-epsilon-zeta-eta-theta'],
      // No hyphen in the last 16 chars: hard cut at 48.
      ['a ' + 'b'.repeat(60), 'a-' + 'b'.repeat(46)],
      ['x'.repeat(300), 'x'.repeat(48)],
      // A word ending exactly at 48 is kept whole.
      ['a'.repeat(48) + ' tail', 'a'.repeat(48)],
      // The cut would split b…b; the hyphen at 40 is within the last 16 chars.
      ['a'.repeat(40) + ' ' + 'b'.repeat(10), 'a'.repeat(40)],
    ])('%j -> %s', (title, expected) => {
      const id = slugify(title);
      expect(id).toBe(expected);
      expect(id.length).toBeLessThanOrEqual(48);
    });
  });
});

describe('isValidId', () => {
  it.each([
    ['a', true],
    ['0', true],
    ['lead-crm', true],
    ['g-00abcz', true],
    ['a'.repeat(48), true],
    ['a'.repeat(49), false],
    ['', false],
    ['-a', false],
    ['a-', false],
    ['-', false],
    ['A', false],
    ['a_b', false],
    ['a.b', false],
    ['a/b', false],
    ['..', false],
    ['é', false],
    ['a b', false],
    ['a\n', false],
  ])('%j -> %s', (s, expected) => {
    expect(isValidId(s)).toBe(expected);
  });
});

describe('uniqueId', () => {
  const takenOf = (...ids: string[]) => (id: string) => ids.includes(id);

  it.each([
    ['goal', [], 'goal'],
    ['goal', ['goal'], 'goal-2'],
    ['goal', ['goal', 'goal-2', 'goal-3'], 'goal-4'],
    ['goal-2', ['goal-2'], 'goal-2-2'],
    ['a'.repeat(48), ['a'.repeat(48)], 'a'.repeat(46) + '-2'],
    // Trimming the base would leave a hyphen before the suffix: it is dropped.
    ['a'.repeat(45) + '-bc', ['a'.repeat(45) + '-bc'], 'a'.repeat(45) + '-2'],
  ])('%s with %j taken -> %s', (base, taken, expected) => {
    const id = uniqueId(base, takenOf(...taken));
    expect(id).toBe(expected);
    expect(isValidId(id)).toBe(true);
  });

  it('stays within 48 characters for multi-digit suffixes', () => {
    const base = 'x'.repeat(48);
    const taken = new Set([base]);
    for (let n = 2; n < 120; n++) taken.add('x'.repeat(48 - String(n).length - 1) + '-' + n);
    const id = uniqueId(base, (s) => taken.has(s));
    expect(id).toBe('x'.repeat(44) + '-120');
    expect(isValidId(id)).toBe(true);
  });

  it('refuses an invalid base and a taken() that is always true', () => {
    expect(() => uniqueId('../x', () => false)).toThrow(RangeError);
    expect(() => uniqueId('goal', () => true)).toThrow(RangeError);
  });
});

describe('every title gives a safe id', () => {
  const awkward = [
    '../../x',
    '..',
    '.',
    '/etc/passwd',
    'C:\\Windows\\System32',
    'CON',
    'con.txt',
    'PRN',
    'aux',
    'COM1',
    'lpt1',
    'x'.repeat(300),
    'word '.repeat(60),
    'é'.repeat(300),
    '🚀🎯🔥',
    '👩‍💻 ship it',
    '中文目标',
    '日本語のゴール',
    '한국어 목표',
    '   ',
    '\t\n\r',
    '',
    '--upload-pack=x',
    '-rf',
    '$(touch x)',
    '`rm -rf /`',
    '; rm -rf ~',
    '\u0000\u0001\u0007\u001b[31m',
    'a\u0000b',
    'שלום עולם',
    'مرحبا بالعالم',
    '\u202eevil\u202c',
    'Ünïcödé',
    'Z̷̢͎a̸l̶g̵o̴ ̷t̶e̵x̸t̷',
    '%2e%2e%2f',
    'goal.yaml',
    '.git',
    'a/../../b',
    '\uFEFFbom',
    '\uD800 lone surrogate',
  ];

  it.each(awkward.map((t) => [t]))('%j', (title) => {
    const id = slugify(title);
    expect(isValidId(id)).toBe(true);
    expect(id.length).toBeGreaterThan(0);
    expect(id.length).toBeLessThanOrEqual(48);
    const file = path.join('goals', id + '.yaml');
    expect(path.dirname(file)).toBe('goals');
    expect(path.normalize(file).startsWith('goals' + path.sep)).toBe(true);
    expect(path.basename(file)).toBe(id + '.yaml');
    // And a suffixed id is just as safe.
    expect(isValidId(uniqueId(id, (s) => s === id))).toBe(true);
  });
});
