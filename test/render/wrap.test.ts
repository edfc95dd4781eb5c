// Word wrapping for terminal screens: lines of at most the width, broken between words, a word
// longer than a line cut between characters (CJK counted as two columns); and `journal list`'s
// entries wrapped under their own text column on a terminal, one line each when piped.
import { describe, expect, it } from 'vitest';
import { goalView } from '../../src/core/goal-view.js';
import { Goal } from '../../src/core/schemas.js';
import { smartCheck } from '../../src/core/smart.js';
import { goalPage } from '../../src/render/goals.js';
import { entryLines } from '../../src/render/entries.js';
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
  const row = { date: '2026-11-20', kind: 'win' as const, time: '17:30', goal: null, tags: ['pilot'], text: 'The pilot team went live two weeks early and with no incidents at all, which nobody expected' };
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

describe('goalPage', () => {
  const goal = { ...Goal.parse({
    version: 1, title: 'Ship the pilot to ten teams', type: 'other', horizon: 'short', created: '2026-01-05', deadline: '2027-06-30',
    why: 'Leading a cross-team rollout is the clearest step toward a staff engineer role in the platform group',
    steps: [{ text: 'Book a demo with the sales leads of every region before the end of the quarter', done: true }],
  }), id: 'ship-the-pilot' };
  const page = (wrap?: number) => goalPage(goal, goalView(goal, [], '2026-11-20'), smartCheck(goal, []), '2026-11-20', 80, wrap).split('\n');
  it('wraps why and steps at word boundaries to the width given, under their text', () => {
    const lines = page(60);
    const why = lines.indexOf('Why: Leading a cross-team rollout is the clearest step');
    expect(lines.slice(why, why + 2)).toEqual(['Why: Leading a cross-team rollout is the clearest step', '     toward a staff engineer role in the platform group']);
    // Steps are numbered (so `goal step <goal> done 1` can name them) and wrap under their text.
    expect(lines).toContain('   1. [x] Book a demo with the sales leads of every region');
    expect(lines).toContain('          before the end of the quarter');
  });
  it('keeps each on one line without a width (piped)', () => {
    expect(page()).toContain(`Why: ${goal.why}`);
    expect(page()).toContain(`   1. [x] ${goal.steps[0]!.text}`);
  });
});
