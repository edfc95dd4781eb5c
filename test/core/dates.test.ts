import { describe, it, expect } from 'vitest';
import {
  WEEKDAYS,
  addDays,
  compareDates,
  dateFromClock,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isValidDate,
  isValidMonth,
  monthOf,
  quarterOf,
  resolveToday,
  toDayNumber,
  weekdayName,
  weekdayOf,
} from '../../src/core/dates.js';
import { UserError } from '../../src/core/errors.js';

describe('isValidDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true], // divisible by 400: leap
    ['2024-12-31', true],
    ['1970-01-01', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false], // divisible by 100 only: not leap
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['0000-01-01', false],
    ['2024-2-1', false],
    ['24-02-01', false],
    [' 2024-02-01', false],
    ['2024-02-01 ', false],
    ['2024-02-01\n', false],
    ['2024-02-01T00:00', false],
    ['2024/02/01', false],
    ['20240201', false],
    ['+2024-02-01', false],
    ['２０２４-02-01', false], // full-width digits
    ['', false],
  ])('%j -> %s', (s, expected) => {
    expect(isValidDate(s)).toBe(expected);
  });
});

describe('toDayNumber / fromDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('%s <-> %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('agrees with Date.UTC over a 900-year span, sampling every 97th day', () => {
    for (let n = -200_000; n < 130_000; n += 97) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(iso)).toBe(n);
    }
  });

  it('rejects invalid input', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(UserError);
    expect(() => fromDayNumber(-719163)).toThrow(RangeError); // 0000-12-31
    expect(() => fromDayNumber(2932897)).toThrow(RangeError); // 10000-01-01
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-15', 0, '2024-01-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2026-03-28', 2, '2026-03-30'], // across the EU DST change
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('daysBetween / compareDates', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0, 0],
    ['2024-01-01', '2024-12-31', 365, -1],
    ['2024-12-31', '2024-01-01', -365, 1],
    ['2023-12-31', '2024-01-01', 1, -1],
    ['2024-02-28', '2024-03-01', 2, -1],
    ['2023-02-28', '2023-03-01', 1, -1],
  ])('%s .. %s: %i days, compare %i', (a, b, days, cmp) => {
    expect(daysBetween(a, b)).toBe(days);
    expect(compareDates(a, b)).toBe(cmp);
  });

  it('sorts dates chronologically', () => {
    const dates = ['2025-01-01', '2024-12-31', '2024-02-29', '2024-10-01'];
    expect([...dates].sort(compareDates)).toEqual([
      '2024-02-29',
      '2024-10-01',
      '2024-12-31',
      '2025-01-01',
    ]);
  });
});

describe('dateFromClock', () => {
  it.each([
    [new Date(2024, 1, 29, 0, 0, 0), '2024-02-29'],
    [new Date(2024, 11, 31, 23, 59, 59, 999), '2024-12-31'],
    [new Date(2025, 0, 1, 0, 0, 0, 1), '2025-01-01'],
    [new Date(2026, 2, 29, 12, 0, 0), '2026-03-29'],
  ])('%s -> %s (local calendar date)', (d, expected) => {
    expect(dateFromClock(d)).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => dateFromClock(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('resolveToday', () => {
  const now = new Date(2026, 10, 21, 9, 30);

  it.each([
    [undefined, '2026-11-21'],
    ['', '2026-11-21'],
    ['2024-02-29', '2024-02-29'],
    ['2027-01-01', '2027-01-01'],
  ])('CAREER_TODAY=%j -> %s', (env, expected) => {
    expect(resolveToday(env, now)).toBe(expected);
  });

  it.each(['2024-02-30', 'today', '2024-2-1', ' 2024-02-01', '2024-02-01T00:00'])(
    'CAREER_TODAY=%j throws a UserError naming the value',
    (env) => {
      expect(() => resolveToday(env, now)).toThrow(UserError);
      expect(() => resolveToday(env, now)).toThrow(
        `CAREER_TODAY must be a date YYYY-MM-DD, got "${env}"`,
      );
    },
  );
});

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4, 'thursday'],
    ['2024-12-30', 1, 'monday'],
    ['2026-11-21', 6, 'saturday'],
    ['2026-11-22', 7, 'sunday'],
    ['2000-01-01', 6, 'saturday'],
    ['1969-12-29', 1, 'monday'],
    ['0001-01-01', 1, 'monday'],
    ['2027-01-01', 5, 'friday'],
  ])('%s is day %i (%s)', (date, n, name) => {
    expect(weekdayOf(date)).toBe(n);
    expect(weekdayName(date)).toBe(name);
    expect(WEEKDAYS[n - 1]).toBe(name);
  });

  it('WEEKDAYS runs Monday to Sunday', () => {
    expect(WEEKDAYS).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]);
  });
});

describe('monthOf / quarterOf', () => {
  it.each([
    ['2024-01-01', '2024-01', '2024-Q1'],
    ['2024-03-31', '2024-03', '2024-Q1'],
    ['2024-04-01', '2024-04', '2024-Q2'],
    ['2024-06-30', '2024-06', '2024-Q2'],
    ['2024-07-01', '2024-07', '2024-Q3'],
    ['2024-09-30', '2024-09', '2024-Q3'],
    ['2024-10-01', '2024-10', '2024-Q4'],
    ['2024-12-31', '2024-12', '2024-Q4'],
  ])('%s -> %s, %s', (date, month, quarter) => {
    expect(monthOf(date)).toBe(month);
    expect(quarterOf(date)).toBe(quarter);
  });

  it('rejects invalid dates', () => {
    expect(() => monthOf('2024-13-01')).toThrow(UserError);
    expect(() => quarterOf('nope')).toThrow(UserError);
  });
});

describe('endOfMonth', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2000-02', '2000-02-29'],
    ['1900-02', '1900-02-28'],
    ['2024-01', '2024-01-31'],
    ['2024-04', '2024-04-30'],
    ['2024-12', '2024-12-31'],
  ])('%s -> %s', (month, expected) => {
    expect(endOfMonth(month)).toBe(expected);
  });

  it.each(['2024-13', '2024-00', '2024-1', '2024-01-01', ''])('rejects %j', (month) => {
    expect(isValidMonth(month)).toBe(false);
    expect(() => endOfMonth(month)).toThrow(UserError);
  });
});
