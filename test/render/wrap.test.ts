// Word wrapping for terminal screens: lines of at most the width, broken between words, a word
// longer than a line cut between characters (CJK counted as two columns); and `journal list`'s
// entries wrapped under their own text column on a terminal, one line each when piped.
import { describe, expect, it } from 'vitest';
import { entryLines } from '../../src/render/journal.js';
import { width, wrapWords } from '../../src/render/text.js';

describe('wrapWords', () => {
  it.each([
    ['the pilot went live two weeks early', 10, ['the pilot', 'went live', 'two weeks', 'early']],
    ['one  two\nthree', 20, ['one two three']],
    ['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['看板 看板看板看板', 6, ['看板', '看板看', '板看板']],
    ['', 10, ['']],
    ['kept  as\tit is', Infinity, ['kept  as\tit is']],
  ])('%j at %s columns', (text, cols, expected) => {
    const lines = wrapWords(text, cols);
    expect(lines).toEqual(expected);
    if (Number.isFinite(cols)) for (const l of lines) expect(width(l)).toBeLessThanOrEqual(cols);
  });
});

describe('entryLines', () => {
  const row = { date: '2026-11-20', kind: 'win', time: '17:30', goal: null, tags: ['pilot'], text: 'The pilot team went live two weeks early and with no incidents at all, which nobody expected' };
  it('wraps long text under its column (39 of 60 columns here), tags at the end', () => {
    const lines = entryLines([row], 60);
    expect(lines).toEqual([
      '2026-11-20 Fri',
      '  17:30  win         The pilot team went live two weeks',
      '                     early and with no incidents at all,',
      '                     which nobody expected #pilot',
    ]);
  });
  it('keeps one line per entry without a width', () => {
    expect(entryLines([row])).toEqual(['2026-11-20 Fri', `  17:30  win         ${row.text} #pilot`]);
  });
});
