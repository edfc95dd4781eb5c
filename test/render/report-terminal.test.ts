// The terminal report (SPEC §4) laid out for 60, 80 and 120 columns: no line wider than the
// terminal (CJK and emoji count two columns, ANSI styles none), no raw control characters from
// user text, whole escape sequences only, and the content a person needs.
import chalk from 'chalk';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport, type Report } from '../../src/core/report.js';
import type { Checkin, Goal, Milestone, Profile } from '../../src/core/schemas.js';
import { renderTerminal, sparkline } from '../../src/render/report-terminal.js';

const TODAY = '2026-11-20';
const ESC = '\u001b';

const CHINESE = '中文目标很长的标题：在二零二七年底之前成为平台工程团队的技术负责人并带领十个人';
const EMOJI = '🚀 Launch the 🎯 family plan 👨‍👩‍👧 with everyone 👨‍👩‍👧 🚀🚀🚀🎯🎯🎯 and then some more';
const LONG = `Supercalifragilisticexpialidocious-${'very-'.repeat(30)}long title without a single good place to break it`;
const HOSTILE = 'Evil \u001b[31mred\u001b[0m \u001b]0;pwned\u0007 title\u0008\u0008 with \r\n controls \u009b2J and \u202eRTL';

const profile = {
  version: 1, name: '陈美雅 Maya 🚀 Chen', created: '2026-01-05',
  vision: `${'我想成为一个能把复杂系统讲清楚的工程师，'.repeat(4)} and a long English tail that needs wrapping at a space somewhere ${'x'.repeat(150)}`,
  values: [], passions: [], talents: [], strengths: [], weaknesses: [], skills: [], relationships: [], checkinDay: 'friday', partner: null,
} satisfies Profile;

function goal(id: string, over: Partial<Goal> = {}, milestones: Milestone[] = []): GoalRecord {
  return {
    id, version: 1, title: `Goal ${id}`, type: 'other', horizon: 'short', status: 'active',
    created: '2026-01-05', deadline: '2027-06-30', why: '', values: [], parent: null, important: false,
    urgent: false, metric: null, milestones, steps: [], support: { helpers: [], resources: [], skills: [] },
    risks: [], progressLog: [], revisions: [], ...over,
  };
}

function checkin(week: string, date: string, over: Partial<Checkin> = {}): Checkin {
  return {
    version: 1, week, date, focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [],
    focus: [], answers: [], ...over,
  };
}

const journal: Journal = {
  profile,
  goals: [
    goal('zhong-wen', { title: CHINESE, horizon: 'long', deadline: '2030-12-31', important: true, urgent: true }, [
      { id: 'ms-cn', title: `里程碑：${CHINESE}`, due: '2026-11-01' },
    ]),
    goal('emoji', { title: EMOJI, horizon: 'mid', parent: 'zhong-wen', deadline: '2027-12-31', important: true,
      metric: { name: 'rockets 🚀', unit: '🚀 launches', start: 0, target: 100000 },
      progressLog: [{ date: '2026-02-01', value: 1000 }, { date: '2026-08-01', value: 40000 }] }, [
      { id: 'ms-emoji', title: `${EMOJI} milestone`, due: '2026-12-01' },
    ]),
    goal('long-one', { title: LONG, parent: 'emoji', deadline: '2026-12-31', urgent: true }),
    goal('deep-1', { title: `Deep ${LONG}`, parent: 'long-one', deadline: '2026-12-31' }),
    goal('deep-2', { title: `Deeper ${CHINESE}`, parent: 'deep-1', deadline: '2026-12-31' }),
    goal('deep-3', { title: `Deepest ${EMOJI}`, parent: 'deep-2', deadline: '2026-12-31' }),
    goal('hostile', { title: HOSTILE, deadline: '2026-10-01', metric: { name: 'evil\u001b[2J', unit: 'u\u0007', start: 0, target: 10 },
      progressLog: [{ date: '2026-03-01', value: 2 }] }, [
      { id: 'ms-hostile', title: HOSTILE, due: '2026-12-15' },
    ]),
    goal('plain', { title: 'Ship the billing rewrite', horizon: 'short', deadline: '2026-12-20' }),
    goal('finished', { title: `Finished ${CHINESE}`, status: 'done', closed: { date: '2026-11-02' } }, [
      { id: 'ms-done', title: 'Done one', due: '2026-11-02', completed: '2026-11-02' },
    ]),
  ],
  checkins: [
    checkin('2026-W41', '2026-10-09', { energy: 1 }),
    checkin('2026-W42', '2026-10-16', { energy: 2 }),
    checkin('2026-W43', '2026-10-23', { energy: 3 }),
    checkin('2026-W45', '2026-11-06', { energy: 4, wins: [`Win ${EMOJI}`, HOSTILE] }),
    checkin('2026-W46', '2026-11-13', { energy: 5, blockers: [CHINESE], learnings: [LONG] }),
    checkin('2026-W47', TODAY, { energy: 3, feedback: [HOSTILE], wins: [CHINESE] }),
  ],
  days: [{ version: 1, date: '2026-11-19', entries: [{ kind: 'feedback', text: EMOJI, tags: [] }] }],
  reviews: [],
};

const report = buildReport(journal, { since: '2026-10-01', until: '2026-12-31' }, TODAY);

/** Every SGR sequence complete, and every style opened on a line closed on it. */
function checkEscapes(text: string): void {
  // Nothing but complete "ESC [ params m" sequences.
  expect(text.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain(ESC);
  const CLOSES: Record<string, string> = { 1: '22', 2: '22', 3: '23', 4: '24', 7: '27', 9: '29' };
  for (const line of text.split('\n')) {
    const open: string[] = [];
    for (const m of line.matchAll(/\u001b\[([0-9;]*)m/g)) {
      for (const code of m[1]!.split(';')) {
        if (code === '0' || code === '') open.length = 0;
        else if (code === '39' || code === '49' || Object.values(CLOSES).includes(code)) {
          const closes = (c: string) => (code === '39' ? /^(3[0-7]|9[0-7])$/.test(c) : code === '49' ? /^(4[0-7]|10[0-7])$/.test(c) : CLOSES[c] === code);
          for (let i = open.length - 1; i >= 0; i--) if (closes(open[i]!)) open.splice(i, 1);
        } else open.push(code);
      }
    }
    expect(open, `unclosed style on: ${JSON.stringify(line)}`).toEqual([]);
  }
}

function checkWidth(text: string, cols: number): void {
  for (const line of text.split('\n')) {
    expect(stringWidth(line), `${stringWidth(line)} > ${cols}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(cols);
  }
}

/** No control characters other than newline (and ESC, when colour is on), no bidi overrides. */
function checkNoControls(text: string, colour: boolean): void {
  const plain = colour ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
  expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

// Colour on or off as a person's terminal would have it: FORCE_COLOR decides whether career
// loads chalk at all (render/paint.ts), chalk.level what chalk then prints.
let level: typeof chalk.level;
const force = process.env.FORCE_COLOR;
beforeAll(() => { level = chalk.level; });
afterAll(() => {
  chalk.level = level;
  if (force === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = force;
});
const colour = (on: boolean) => {
  process.env.FORCE_COLOR = on ? '1' : '0';
  chalk.level = on ? 1 : 0;
};

describe.each([60, 80, 120])('renderTerminal at %i columns', (cols) => {
  it('without colour: no line is wider, no escapes, no control characters', () => {
    colour(false);
    const text = renderTerminal(report, 'Q4 2026', cols);
    checkWidth(text, cols);
    expect(text).not.toContain(ESC);
    checkNoControls(text, false);
  });

  it('with colour: the visible width still fits and every escape is whole and closed', () => {
    colour(true);
    const text = renderTerminal(report, 'Q4 2026', cols);
    expect(text).toContain(ESC); // colour is really on
    checkWidth(text, cols);
    checkEscapes(text);
    checkNoControls(text, true);
    colour(false);
    // The same text underneath.
    expect(text.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderTerminal(report, 'Q4 2026', cols));
  });

  it('with a custom period label and an empty journal', () => {
    colour(true);
    const empty = buildReport({ ...journal, goals: [], checkins: [], days: [] }, { since: '2026-01-01', until: '2026-06-30' }, TODAY);
    const text = renderTerminal(empty, '2026-01-01 to 2026-06-30', cols);
    checkWidth(text, cols);
    checkEscapes(text);
    colour(false);
    const plain = renderTerminal(empty, '2026-01-01 to 2026-06-30', cols);
    expect(plain).toContain('No active goals');
    expect(plain).toContain('2026-01-01');
  });

  it('with many missed weeks and a long streak', () => {
    colour(false);
    const weeks = Array.from({ length: 40 }, (_, i) => `2026-W${String(i + 7).padStart(2, '0')}`);
    const busy: Report = { ...report, checkins: { count: 1000, streak: 520, missed: weeks, energy: weeks.map((week, i) => ({ week, energy: (i % 5) + 1 })) } };
    const text = renderTerminal(busy, 'all time', cols);
    checkWidth(text, cols);
    expect(text).toContain('W46');
  });
});

describe('renderTerminal content (80 columns, no colour)', () => {
  let text: string;
  beforeAll(() => {
    colour(false);
    text = renderTerminal(report, 'Q4 2026', 80);
  });

  it('has the headings of every section', () => {
    for (const h of ['GOALS', 'MILESTONES', 'PRIORITIES', 'RHYTHM', 'THIS PERIOD', 'FINISHED']) expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
  });

  it('shows the name, the period and the start of the vision', () => {
    expect(text.split('\n')[0]).toContain('Q4 2026');
    expect(text.split('\n')[0]).toContain('2026-10-01 to 2026-12-31');
    expect(text).toContain('陈美雅 Maya 🚀 Chen');
    expect(text).toContain('我想成为一个能把复杂系统讲清楚的工程师');
    // Text without spaces wraps inside it rather than being cut: the vision's tail is still there.
    expect(text).toContain('and a long English tail that needs wrapping');
    expect(text).toContain('xxxxxxxxxx”');
  });

  it('shows goal titles (wrapped in their column, never cut), in hierarchy order, with percent and pace', () => {
    expect(text).toContain('中文目标很长的标题');
    expect(text).toContain('🚀 Launch the 🎯 family plan 👨‍👩‍👧');
    expect(text).toContain('Supercalifragilistic');
    expect(text).toContain('Ship the billing rewrite');
    expect(text.indexOf('中文目标很长的标题')).toBeLessThan(text.indexOf('🚀 Launch the'));
    expect(text.indexOf('🚀 Launch the')).toBeLessThan(text.indexOf('└ Supercalifragilistic'));
    expect(text).toMatch(/40%\s+on-track|40%\s+behind|40%\s+ahead/);
    expect(text).toContain('40000 of 100000 🚀 launches');
    // The long title's last words are there, on lines under its start.
    expect(text).toMatch(/^ {8}very-long title without a single good place$/m);
    expect(text).not.toMatch(/Supercalifragilistic[^\n]*…/);
  });

  it('never cuts a family emoji in half', () => {
    // A ZWJ left dangling at a cut would glue the ellipsis onto half a family.
    expect(text).not.toMatch(/\u200d(?![\u{1F466}-\u{1F469}])/u);
  });

  it('shows overdue and upcoming milestones with their goal ids, titles lined up', () => {
    expect(text).toMatch(/! 2026-11-01 \(19d late\) {2}里程碑/);
    expect(text).toMatch(/· 2026-12-01 \(in 11d\) {4}🚀 Launch/);
    expect(text).toContain('· zhong-wen');
  });

  it('shows the Eisenhower quadrants', () => {
    for (const q of ['Do now (important, urgent)', 'Schedule (important)', 'Delegate (urgent)', 'Drop? (neither)']) expect(text).toContain(q);
  });

  it('shows the streak, missed weeks and an energy sparkline of the known energies', () => {
    expect(text).toContain('Streak 3 weeks · 6 check-ins this period · missed 1: W44');
    expect(text).toContain(`Energy ${sparkline([1, 2, 3, 4, 5, 3])} avg 3.0 of 5, last 3`);
    expect(sparkline([1, 2, 3, 4, 5, 3])).toBe('▁▃▅▆█▅');
  });

  it('shows the period\'s counts and latest items, and what was finished', () => {
    expect(text).toContain('Wins (3)');
    expect(text).toContain('Blockers (1)');
    expect(text).toContain('Learnings (1)');
    expect(text).toContain('Feedback (2)');
    expect(text).toContain('✓ Finished 中文目标');
    expect(text).toContain('1 milestone hit');
  });

  it('shows control characters and escapes in user text as visible escapes, never raw', () => {
    expect(text).toContain('Evil \\x1b[31mred\\x1b[0m');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain('\r');
  });
});

describe('sparkline', () => {
  it('maps energies 1-5 onto the eight bars', () => {
    expect(sparkline([1, 2, 3, 4, 5])).toBe('▁▃▅▆█');
    expect(sparkline([])).toBe('');
  });
});
