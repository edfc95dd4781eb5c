import { describe, it, expect } from 'vitest';
import { addDays, weekdayOf } from '../../src/core/dates.js';
import { UserError } from '../../src/core/errors.js';
import {
  addWeeks,
  compareWeeks,
  isValidWeek,
  isoWeekOf,
  parseWeek,
  weekEnd,
  weekStart,
  weeksBetween,
  weeksInYear,
} from '../../src/core/weeks.js';

describe('isoWeekOf', () => {
  it.each([
    ['2024-12-30', '2025-W01'],
    ['2024-12-29', '2024-W52'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-11-21', '2026-W47'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 by definition
    ['2025-12-29', '2026-W01'],
    ['2005-01-01', '2004-W53'],
    ['2010-01-03', '2009-W53'],
    ['2016-01-03', '2015-W53'],
    ['2008-12-29', '2009-W01'],
    ['2023-01-01', '2022-W52'],
    ['2024-01-01', '2024-W01'],
    ['2024-02-29', '2024-W09'],
    ['1970-01-01', '1970-W01'],
    ['0001-01-01', '0001-W01'],
    ['9999-12-31', '9999-W52'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('agrees with weekStart/weekEnd for every day of 2019–2028', () => {
    for (let d = '2019-01-01'; d < '2029-01-01'; d = addDays(d, 1)) {
      const w = isoWeekOf(d);
      expect(weekStart(w) <= d && d <= weekEnd(w)).toBe(true);
    }
  });
});

describe('weeksInYear', () => {
  it.each([
    [2004, 53],
    [2009, 53],
    [2015, 53],
    [2020, 53],
    [2026, 53],
    [2032, 53],
    [1998, 53],
    [2021, 52],
    [2024, 52],
    [2025, 52],
    [2027, 52],
    [2000, 52],
  ])('%i has %i weeks', (year, n) => {
    expect(weeksInYear(year)).toBe(n);
  });
});

describe('isValidWeek / parseWeek', () => {
  it.each([
    ['2026-W53', true],
    ['2020-W53', true],
    ['2026-W01', true],
    ['2025-W52', true],
    ['2025-W53', false],
    ['2024-W53', false],
    ['2026-W54', false],
    ['2026-W00', false],
    ['2026-W1', false],
    ['2026W01', false],
    ['2026-w01', false],
    ['2026-W01-1', false],
    [' 2026-W01', false],
    ['2026-W01\n', false],
    ['26-W01', false],
    ['0000-W01', false],
    ['', false],
  ])('%j -> %s', (s, valid) => {
    expect(isValidWeek(s)).toBe(valid);
    if (valid) expect(() => parseWeek(s)).not.toThrow();
    else expect(() => parseWeek(s)).toThrow(UserError);
  });

  it('parses into year and week', () => {
    expect(parseWeek('2026-W07')).toEqual({ year: 2026, week: 7 });
  });

  it('names the accepted form in the error', () => {
    expect(() => parseWeek('2026W01')).toThrow('not a valid week: "2026W01"');
    try {
      parseWeek('2026W01');
    } catch (e) {
      expect((e as UserError).hint).toMatch(/GGGG-Www/);
    }
  });

  it('says how many weeks the year has when the week does not exist', () => {
    expect(() => parseWeek('2025-W53')).toThrow(/2025 has weeks 01 to 52/);
  });
});

describe('weekStart / weekEnd', () => {
  it.each([
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2004-W53', '2004-12-27', '2005-01-02'],
    ['2009-W01', '2008-12-29', '2009-01-04'],
    ['2026-W47', '2026-11-16', '2026-11-22'],
    ['2024-W09', '2024-02-26', '2024-03-03'],
    ['1970-W01', '1969-12-29', '1970-01-04'],
  ])('%s runs %s to %s', (week, start, end) => {
    expect(weekStart(week)).toBe(start);
    expect(weekEnd(week)).toBe(end);
    expect(weekdayOf(start)).toBe(1);
    expect(weekdayOf(end)).toBe(7);
  });

  it('rejects a week that does not exist', () => {
    expect(() => weekStart('2025-W53')).toThrow(UserError);
  });
});

describe('addWeeks / weeksBetween / compareWeeks', () => {
  it.each([
    ['2026-W52', 1, '2026-W53'],
    ['2026-W53', 1, '2027-W01'],
    ['2025-W52', 1, '2026-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W10', 0, '2026-W10'],
    ['2020-W01', 53, '2021-W01'],
    ['2021-W01', 52, '2022-W01'],
    ['2015-W53', -53, '2014-W52'], // 2014 has only 52 weeks
    ['2024-W01', 103, '2025-W52'],
  ])('%s + %i = %s', (week, n, expected) => {
    expect(addWeeks(week, n)).toBe(expected);
    expect(weeksBetween(week, expected)).toBe(n);
    expect(compareWeeks(week, expected)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
  });

  it('sorts weeks chronologically', () => {
    const weeks = ['2027-W01', '2026-W53', '2026-W09', '2026-W10'];
    expect([...weeks].sort(compareWeeks)).toEqual(['2026-W09', '2026-W10', '2026-W53', '2027-W01']);
  });

  it('round-trips: addWeeks(w, weeksBetween(w, v)) = v', () => {
    const pairs: Array<[string, string]> = [
      ['2004-W53', '2026-W53'],
      ['2026-W47', '2009-W01'],
    ];
    for (const [a, b] of pairs) expect(addWeeks(a, weeksBetween(a, b))).toBe(b);
  });
});
