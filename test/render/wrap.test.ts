// Word wrapping for terminal screens: lines of at most the width, broken between words, a word
// longer than a line cut between characters (CJK counted as two columns); and `journal list`'s
// entries wrapped under their own text column on a terminal, one line each when piped.
import { describe, expect, it } from 'vitest';
import { goalView } from '../../src/core/goal-view.js';
import { Goal } from '../../src/core/schemas.js';
import { smartCheck } from '../../src/core/smart.js';
import { goalPage } from '../../src/render/goals.js';
import { entryLines } from '../../src/render/entries.js';
import { width, wrapWidth, wrapWords } from '../../src/render/text.js';
import { hanging, textColumn, withTail, wrapLines, wrapStyled } from '../../src/render/wrap.js';

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

const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('wrapWords: widths', () => {
  it.each([
    // Colour codes take no column, and a word too long for a line is never cut inside one.
    ['\u001b[31mred\u001b[39m words here', 9, ['\u001b[31mred\u001b[39m words', 'here']],
    ['\u001b[31mabcdefghij\u001b[39m', 4, ['\u001b[31mabcd', 'efgh', 'ij\u001b[39m']],
    // Emoji and CJK are two columns each (string-width), a family emoji one character.
    ['🚀🚀🚀 go', 6, ['🚀🚀🚀', 'go']],
    ['👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 4, ['👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']],
    ['日本語のテキスト', 5, ['日本', '語の', 'テキ', 'スト']],
    ['https://example.com/a/very/long/path', 12, ['https://exam', 'ple.com/a/ve', 'ry/long/path']],
  ])('%j at %s columns', (text, cols, expected) => {
    const lines = wrapWords(text, cols);
    expect(lines).toEqual(expected);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(cols);
  });
});

describe('hanging and wrapStyled: continuation lines under the text', () => {
  it.each([
    ['Why: ', 'one two three four five six seven eight', 24, undefined, ['Why: one two three four', '     five six seven', '     eight']],
    ['  - ', 'supercalifragilisticexpialidocious word', 20, undefined, ['  - supercalifragili', '    sticexpialidocio', '    us word']],
    ['2026-11-20  ', 'goal: edit a-goal (the reason)', 30, undefined, ['2026-11-20  goal: edit a-goal', '            (the reason)']],
    ['', 'alpha beta gamma delta epsilon zeta', 20, '  ', ['alpha beta gamma', '  delta epsilon zeta']],
    // A head that leaves too little room (under 16 columns): the text goes under it.
    [' '.repeat(40), 'words under the head', 50, undefined, ['  words under the head']],
    ['  Deep heading: ', 'words under the head', 30, undefined, ['  Deep heading:', '  words under the head']],
    ['Why: ', 'kept  as it is', Infinity, undefined, ['Why: kept  as it is']],
  ])('%j + %j at %s', (head, text, cols, indent, expected) => {
    const lines = hanging(head, text, cols, indent);
    expect(lines).toEqual(expected);
    if (Number.isFinite(cols)) for (const l of lines) expect(width(l)).toBeLessThanOrEqual(cols);
  });

  it('styles each line on its own, so no style runs across a line break', () => {
    const lines = wrapStyled([['What did you finish this week?', bold], ['(a win, however small)', dim]], 24, '', '  ');
    expect(lines.map(plain)).toEqual(['What did you finish this', '  week? (a win, however', '  small)']);
    expect(lines[1]).toBe(`  ${bold('week?')} ${dim('(a win, however')}`);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(24);
  });

  it('a styled head counts only what shows', () => {
    expect(hanging(`  ${bold('✓')} `, 'alpha beta gamma delta epsilon', 24)).toEqual([`  ${bold('✓')} alpha beta gamma`, '    delta epsilon']);
  });

  it('a tail stays whole: after the text when it fits, else on its own line', () => {
    expect(withTail(['2026-11-20  init: journal'], '(abc1234)', 40, '            ')).toEqual(['2026-11-20  init: journal  (abc1234)']);
    expect(withTail(['2026-11-20  init: journal'], '(abc1234)', 30, '            ')).toEqual(['2026-11-20  init: journal', '            (abc1234)']);
    // Too long for its indent: as far in as it can be, whole.
    expect(withTail(['  ! 2026-10-30  Half the services'], 'lead-the-checkout-migration', 40, ' '.repeat(16))).toEqual(['  ! 2026-10-30  Half the services', `${' '.repeat(13)}lead-the-checkout-migration`]);
  });
});

describe('wrapLines: ready-made lines under their own text', () => {
  it.each([
    ['Overdue: Ship the pilot to ten teams (deadline 2026-11-01)', 9],
    ['  Nov 20  A win', 10],
    ['  ✓ Specific: a hint', 14],
    ['Streak: 3 weeks', 8],
    ['No label here at all', 0],
    ['    indented only', 4],
  ])('%j starts its text at column %i', (line, column) => expect(textColumn(line)).toBe(column));

  it('wraps only what is too wide', () => {
    expect(wrapLines(['Overdue: Ship the pilot to ten teams (deadline 2026-11-01)', 'Streak: 3 weeks'], 30)).toEqual([
      'Overdue: Ship the pilot to ten', '         teams (deadline', '         2026-11-01)', 'Streak: 3 weeks',
    ]);
  });
});

describe('wrapWidth', () => {
  it.each([
    [{ isTTY: true, columns: 133 }, {}, 133],
    [{ isTTY: true, columns: 133 }, { COLUMNS: '60' }, 133],
    [{ isTTY: false }, { COLUMNS: '60' }, 60],
    [{ isTTY: false }, { COLUMNS: 'wide' }, 80],
    [{ isTTY: false }, { COLUMNS: '0' }, 80],
    [{}, {}, 80],
  ])('%j with %j: %i', (stream, env, cols) => expect(wrapWidth(stream, env)).toBe(cols));
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
