// core/day-counts.ts: a day's listed entries by list, a period's totals, and which groups of
// days the terminal report must read in full so that what it lists is exactly what a full read
// would list.
import { describe, expect, it } from 'vitest';
import { countDay, countedItems, groupsToRead, REPORT_SHOWN, type DayCount, type DayGroup } from '../../src/core/day-counts.js';
import { periodItems } from '../../src/core/entries.js';
import { buildReport } from '../../src/core/report.js';
import type { Journal } from '../../src/core/journal.js';
import type { Entry, EntryDay } from '../../src/core/schemas.js';

const entry = (kind: Entry['kind'], text: string = kind): Entry => ({ kind, text, tags: [] });
const day = (date: string, ...kinds: Entry['kind'][]): EntryDay => ({ version: 1, date, entries: kinds.map((k, i) => entry(k, `${k} ${date} ${i}`)) });
const count = (date: string, wins = 0, learnings = 0, blockers = 0, feedback = 0): DayCount => ({ date, wins, learnings, blockers, feedback });
const ONE = { wins: 1, learnings: 1, blockers: 1, feedback: 1 };

describe('countDay', () => {
  it.each([
    ['no entries', day('2026-01-01'), count('2026-01-01')],
    ['notes only: nothing listed', day('2026-01-01', 'note', 'note'), count('2026-01-01')],
    ['each kind into its list, a frustration a blocker', day('2026-01-02', 'win', 'win', 'learning', 'frustration', 'feedback', 'note'), count('2026-01-02', 2, 1, 1, 1)],
  ])('%s', (_name, d, want) => {
    expect(countDay(d)).toEqual(want);
  });

  it('counts what periodItems lists, list by list', () => {
    const days = [day('2026-03-01', 'win', 'note', 'learning'), day('2026-03-02', 'frustration', 'feedback', 'win')];
    const items = periodItems({ checkins: [], days }, '2026-01-01', '2026-12-31');
    expect(countedItems(days.map(countDay), '2026-01-01', '2026-12-31')).toEqual({
      wins: items.wins.length, learnings: items.learnings.length, blockers: items.blockers.length, feedback: items.feedback.length,
    });
  });
});

describe('countedItems', () => {
  const days = [count('2025-12-31', 5), count('2026-01-01', 1, 2), count('2026-06-30', 0, 0, 3, 4), count('2026-07-01', 9, 9, 9, 9)];
  it.each([
    ['the whole range', '2025-01-01', '2026-12-31', { wins: 15, learnings: 11, blockers: 12, feedback: 13 }],
    ['both ends inclusive', '2026-01-01', '2026-06-30', { wins: 1, learnings: 2, blockers: 3, feedback: 4 }],
    ['nothing inside', '2027-01-01', '2027-12-31', { wins: 0, learnings: 0, blockers: 0, feedback: 0 }],
  ])('%s', (_name, since, until, want) => {
    expect(countedItems(days, since, until)).toEqual(want);
  });
});

describe('groupsToRead', () => {
  const year = (y: number, ...days: DayCount[]): DayGroup => ({ name: `y${y}`, days });
  it.each<[string, EntryDay[], DayGroup[], string, string, Record<keyof typeof ONE, number>, string[]]>([
    ['the newest group holds enough of every list: only it', [],
      [year(2024, count('2024-05-01', 1, 1, 1, 1)), year(2025, count('2025-05-01', 1, 1, 1, 1))], '2024-01-01', '2025-12-31', ONE, ['y2025']],
    ['a list the newest group lacks reaches back', [],
      [year(2023, count('2023-05-01', 0, 0, 0, 1)), year(2024, count('2024-05-01')), year(2025, count('2025-05-01', 1, 1, 1))], '2023-01-01', '2025-12-31', ONE, ['y2023', 'y2025']],
    ['a list with fewer items than shown reads every group that holds one', [],
      [year(2023, count('2023-05-01', 1)), year(2024, count('2024-05-01', 1)), year(2025, count('2025-05-01', 1))], '2023-01-01', '2025-12-31', { ...ONE, wins: 5 }, ['y2023', 'y2024', 'y2025']],
    ['days after the period do not count toward what is shown', [],
      [year(2024, count('2024-05-01', 1, 1, 1, 1)), year(2025, count('2025-05-01', 1, 1, 1, 1))], '2024-01-01', '2024-12-31', ONE, ['y2024']],
    ['a tie on the date the shown items are reached reads both groups', [],
      [{ name: 'a', days: [count('2025-05-01', 1, 1, 1, 1)] }, { name: 'b', days: [count('2025-05-01', 1, 1, 1, 1)] }], '2025-01-01', '2025-12-31', ONE, ['a', 'b']],
    ['days already read count first', [day('2025-06-01', 'win', 'learning', 'frustration', 'feedback')],
      [year(2025, count('2025-05-01', 1, 1, 1, 1))], '2025-01-01', '2025-12-31', ONE, []],
    ['nothing in the period: nothing to read', [],
      [year(2020, count('2020-05-01', 1, 1, 1, 1))], '2025-01-01', '2025-12-31', ONE, []],
  ])('%s', (_name, read, groups, since, until, shown, want) => {
    expect(groupsToRead(read, groups, since, until, shown)).toEqual(want);
  });
});

describe('a report from counted days', () => {
  const profile = { version: 1, name: 'Ada', vision: 'v', values: [], created: '2020-01-01' } as unknown as Journal['profile'];
  const days = [
    day('2023-02-01', 'win', 'learning'), day('2024-03-01', 'win', 'frustration'), day('2025-04-01', 'win', 'feedback'),
    day('2026-10-01', 'win', 'win', 'win', 'learning', 'learning', 'frustration', 'frustration', 'feedback', 'feedback'),
  ];
  const full: Journal = { profile, goals: [], checkins: [], reviews: [], days };
  const period = { since: '2020-01-01', until: '2026-11-20' };

  it('lists what a full read lists and counts the rest toward the same totals', () => {
    const groups: DayGroup[] = days.map((d) => ({ name: d.date.slice(0, 4), days: [countDay(d)] }));
    const read = new Set(groupsToRead([], groups, period.since, period.until, REPORT_SHOWN));
    expect([...read]).toEqual(['2026']);
    const lazy: Journal = { ...full, days: days.filter((d) => read.has(d.date.slice(0, 4))), countedDays: groups.filter((g) => !read.has(g.name)).flatMap((g) => g.days) };
    const a = buildReport(full, period, '2026-11-20').journal;
    const b = buildReport(lazy, period, '2026-11-20').journal;
    for (const list of ['wins', 'learnings', 'blockers', 'feedback'] as const) {
      expect(b[list].slice(0, REPORT_SHOWN[list])).toEqual(a[list].slice(0, REPORT_SHOWN[list]));
      expect(b[list].length + b.counted![list]).toBe(a[list].length);
    }
    expect(a.counted).toBeUndefined();
  });

  it('refuses a report for one goal from counts: they say nothing of goals', () => {
    expect(() => buildReport({ ...full, countedDays: [] }, period, '2026-11-20', 'g')).toThrow(/every journal day/);
  });
});
