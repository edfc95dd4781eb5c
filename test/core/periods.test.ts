import { describe, it, expect } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { defaultReviewPeriod, parseReviewPeriod, periodLabel, periodRange, type ReviewKind } from '../../src/core/periods.js';

describe('parseReviewPeriod', () => {
  it.each<[ReviewKind, string, string]>([
    ['monthly', '2026-11', '2026-11'],
    ['monthly', '2026-01', '2026-01'],
    ['monthly', ' 2026-12 ', '2026-12'],
    ['quarterly', '2026-Q4', '2026-Q4'],
    ['quarterly', '2026-q1', '2026-Q1'],
    ['annual', '2026', '2026'],
  ])('%s %j → %s', (kind, text, expected) => {
    expect(parseReviewPeriod(kind, text)).toBe(expected);
  });

  it.each<[ReviewKind, string, RegExp]>([
    ['monthly', '2026-Q4', /--period 2026-Q4 is a quarter, but a monthly review needs a month YYYY-MM/],
    ['monthly', '2026', /--period 2026 is a year, but a monthly review needs a month YYYY-MM/],
    ['monthly', '2026-13', /--period "2026-13" is not a month YYYY-MM/],
    ['monthly', '2026-1', /--period "2026-1" is not a month YYYY-MM/],
    ['monthly', 'november', /--period "november" is not a month YYYY-MM/],
    ['quarterly', '2026-11', /--period 2026-11 is a month, but a quarterly review needs a quarter YYYY-Qn/],
    ['quarterly', '2026-Q5', /--period "2026-Q5" is not a quarter YYYY-Qn/],
    ['quarterly', '2026-Q0', /not a quarter/],
    ['annual', '2026-Q4', /--period 2026-Q4 is a quarter, but an annual review needs a year YYYY/],
    ['annual', '26', /--period "26" is not a year YYYY/],
    ['annual', '0000', /not a year/],
    ['annual', '', /not a year/],
  ])('%s %j is refused', (kind, text, message) => {
    expect(() => parseReviewPeriod(kind, text)).toThrow(UserError);
    expect(() => parseReviewPeriod(kind, text)).toThrow(message);
  });

  it('points at the review kind that would take it', () => {
    try {
      parseReviewPeriod('monthly', '2026-Q4');
      expect.unreachable();
    } catch (err) {
      expect((err as UserError).hint).toBe('use --period 2026-11, or run `career review quarterly --period 2026-Q4`');
    }
  });
});

describe('defaultReviewPeriod', () => {
  it.each<[ReviewKind, string, string]>([
    ['monthly', '2026-11-20', '2026-11'],
    ['monthly', '2026-11-08', '2026-11'],
    ['monthly', '2026-11-07', '2026-10'],
    ['monthly', '2026-11-01', '2026-10'],
    ['monthly', '2026-01-03', '2025-12'],
    ['monthly', '2026-01-08', '2026-01'],
    ['monthly', '2024-03-05', '2024-02'],
    ['quarterly', '2026-11-20', '2026-Q4'],
    ['quarterly', '2026-10-14', '2026-Q3'],
    ['quarterly', '2026-10-15', '2026-Q4'],
    ['quarterly', '2026-10-01', '2026-Q3'],
    ['quarterly', '2026-01-05', '2025-Q4'],
    ['quarterly', '2026-01-14', '2025-Q4'],
    ['quarterly', '2026-01-15', '2026-Q1'],
    ['quarterly', '2026-02-03', '2026-Q1'],
    ['quarterly', '2026-04-02', '2026-Q1'],
    ['quarterly', '2026-07-14', '2026-Q2'],
    ['quarterly', '2026-12-31', '2026-Q4'],
    ['annual', '2026-01-01', '2025'],
    ['annual', '2026-01-31', '2025'],
    ['annual', '2026-02-01', '2026'],
    ['annual', '2026-12-31', '2026'],
  ])('%s on %s → %s', (kind, today, expected) => {
    expect(defaultReviewPeriod(kind, today)).toBe(expected);
  });
  it('refuses a today that is not a date', () => {
    expect(() => defaultReviewPeriod('monthly', '2026-02-30')).toThrow(UserError);
  });
});

describe('periodRange', () => {
  it.each<[ReviewKind, string, string, string]>([
    ['monthly', '2026-11', '2026-11-01', '2026-11-30'],
    ['monthly', '2026-12', '2026-12-01', '2026-12-31'],
    ['monthly', '2024-02', '2024-02-01', '2024-02-29'],
    ['monthly', '2026-02', '2026-02-01', '2026-02-28'],
    ['monthly', '2000-02', '2000-02-01', '2000-02-29'],
    ['monthly', '2100-02', '2100-02-01', '2100-02-28'],
    ['quarterly', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarterly', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarterly', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarterly', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['quarterly', '2024-q1', '2024-01-01', '2024-03-31'],
    ['annual', '2026', '2026-01-01', '2026-12-31'],
    ['annual', '2024', '2024-01-01', '2024-12-31'],
  ])('%s %s is %s..%s', (kind, period, since, until) => {
    expect(periodRange(kind, period)).toEqual({ since, until });
  });
  it('refuses a period of another kind', () => {
    expect(() => periodRange('quarterly', '2026-11')).toThrow(UserError);
  });
});

describe('periodLabel', () => {
  it.each<[ReviewKind, string, string]>([
    ['monthly', '2026-11', 'November 2026'],
    ['monthly', '2026-01', 'January 2026'],
    ['quarterly', '2026-Q4', 'Q4 2026'],
    ['quarterly', '2025-q1', 'Q1 2025'],
    ['annual', '2026', '2026'],
  ])('%s %s → %s', (kind, period, label) => {
    expect(periodLabel(kind, period)).toBe(label);
  });
});
