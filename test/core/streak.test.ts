import { describe, it, expect } from 'vitest';
import {
  checkinStreak,
  isFirstOfPeriod,
  missedWeeks,
  previousPeriod,
  weekMonth,
  weekQuarter,
} from '../../src/core/streak.js';

// A Saturday in 2026-W47 (2026-11-16 .. 2026-11-22).
const TODAY = '2026-11-21';

describe('checkinStreak', () => {
  it.each([
    ['no check-ins', [], TODAY, 0],
    ['this week and the two before', ['2026-W45', '2026-W46', '2026-W47'], TODAY, 3],
    ['ends last week when this week has none yet', ['2026-W45', '2026-W46'], TODAY, 2],
    ['neither this week nor last week', ['2026-W44', '2026-W45'], TODAY, 0],
    ['only this week', ['2026-W47'], TODAY, 1],
    ['a gap ends it', ['2026-W42', '2026-W43', '2026-W45', '2026-W46', '2026-W47'], TODAY, 3],
    ['order and duplicates do not matter', ['2026-W47', '2026-W45', '2026-W46', '2026-W46'], TODAY, 3],
    ['weeks after this week are ignored', ['2026-W46', '2026-W47', '2026-W48', '2026-W50'], TODAY, 2],
    ['only a future week', ['2026-W48'], TODAY, 0],
    ['this week on its Monday', ['2026-W46', '2026-W47'], '2026-11-16', 2],
    ['last week on this week’s Monday', ['2026-W45', '2026-W46'], '2026-11-16', 2],
    ['across 2025-W52 -> 2026-W01', ['2025-W51', '2025-W52', '2026-W01', '2026-W02'], '2026-01-08', 4],
    ['through the 53-week year 2026', ['2026-W52', '2026-W53', '2027-W01'], '2027-01-06', 3],
    ['ending at 2026-W53, none yet in 2027-W01', ['2026-W51', '2026-W52', '2026-W53'], '2027-01-05', 3],
    ['2026-W52 -> 2027-W01 skips W53: a gap', ['2026-W51', '2026-W52', '2027-W01'], '2027-01-05', 1],
  ])('%s', (_name, weeks, today, expected) => {
    expect(checkinStreak(weeks, today)).toBe(expected);
  });
});

describe('missedWeeks', () => {
  it.each([
    ['none missed; the current week is not over', ['2026-W45', '2026-W46'], '2026-11-02', TODAY, []],
    ['created this week: nothing can be missed yet', [], '2026-11-16', TODAY, []],
    ['created last week, no check-in', [], '2026-11-15', TODAY, ['2026-W46']],
    ['a gap', ['2026-W44', '2026-W46'], '2026-10-29', TODAY, ['2026-W45']],
    ['several, ascending', ['2026-W45'], '2026-10-26', TODAY, ['2026-W44', '2026-W46']],
    ['the creation week counts from any day of it', [], '2026-11-08', TODAY, ['2026-W45', '2026-W46']],
    ['future check-ins change nothing', ['2026-W48'], '2026-11-09', TODAY, ['2026-W46']],
    [
      'across 2025-W52 -> 2026-W01',
      ['2025-W51', '2026-W02'],
      '2025-12-15',
      '2026-01-14',
      ['2025-W52', '2026-W01'],
    ],
    [
      'through 2026-W53 into 2027',
      ['2026-W51'],
      '2026-12-14',
      '2027-01-13',
      ['2026-W52', '2026-W53', '2027-W01'],
    ],
    ['created after today (clock skew)', [], '2026-12-01', TODAY, []],
  ])('%s', (_name, weeks, since, today, expected) => {
    expect(missedWeeks(weeks, since, today)).toEqual(expected);
  });
});

describe('weekMonth / weekQuarter (by the week’s Thursday)', () => {
  it.each([
    ['2026-W05', '2026-01', '2026-Q1'], // Mon 2026-01-26 .. Sun 02-01, Thu 01-29
    ['2026-W14', '2026-04', '2026-Q2'], // Mon 2026-03-30, Thu 04-02: April and Q2
    ['2026-W27', '2026-07', '2026-Q3'], // Mon 2026-06-29, Thu 07-02
    ['2026-W40', '2026-10', '2026-Q4'], // Mon 2026-09-28, Thu 10-01
    ['2026-W26', '2026-06', '2026-Q2'],
    ['2026-W53', '2026-12', '2026-Q4'], // ends 2027-01-03, Thu 2026-12-31
    ['2025-W01', '2025-01', '2025-Q1'], // starts 2024-12-30, Thu 2025-01-02
    ['2026-W01', '2026-01', '2026-Q1'], // starts 2025-12-29, Thu 2026-01-01
  ])('%s is in %s, %s', (week, month, quarter) => {
    expect(weekMonth(week)).toBe(month);
    expect(weekQuarter(week)).toBe(quarter);
  });
});

describe('isFirstOfPeriod', () => {
  it.each([
    ['month', '2026-W27', ['2026-W26', '2026-W27'], true], // W26 is June, W27 July
    ['month', '2026-W28', ['2026-W27', '2026-W28'], false],
    ['month', '2026-W28', ['2026-W27'], false], // not yet saved: the list without it
    ['month', '2026-W27', ['2026-W27'], true], // a re-run of the first week
    ['month', '2026-W27', [], true],
    ['month', '2026-W27', ['2026-W28', '2026-W29'], true], // back-filled: later weeks do not count
    ['month', '2026-W40', ['2026-W39'], true], // W40 starts in September but is October's
    ['month', '2026-W53', ['2026-W52'], false], // both December
    ['month', '2027-W01', ['2026-W53'], true],
    ['quarter', '2026-W27', ['2026-W26'], true],
    ['quarter', '2026-W28', ['2026-W27'], false],
    ['quarter', '2026-W14', ['2026-W13'], true], // W14 starts 03-30 but is April's, so Q2's
    ['quarter', '2026-W53', ['2026-W40', '2026-W52'], false],
    ['quarter', '2027-W01', ['2026-W53'], true],
  ] as const)('%s %s after %j: %s', (kind, week, weeks, expected) => {
    expect(isFirstOfPeriod(kind, week, weeks)).toBe(expected);
  });
});

describe('previousPeriod', () => {
  it.each([
    ['month', '2026-W27', '2026-06'],
    ['month', '2026-W40', '2026-09'],
    ['month', '2026-W01', '2025-12'], // starts in 2025 but is January 2026's
    ['month', '2026-W53', '2026-11'],
    ['month', '2025-W01', '2024-12'],
    ['quarter', '2026-W27', '2026-Q2'],
    ['quarter', '2026-W14', '2026-Q1'],
    ['quarter', '2027-W01', '2026-Q4'],
    ['quarter', '2026-W53', '2026-Q3'],
  ] as const)('%s before %s is %s', (kind, week, expected) => {
    expect(previousPeriod(kind, week)).toBe(expected);
  });
});
