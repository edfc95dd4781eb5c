import { describe, it, expect } from 'vitest';
import { weekdayName } from '../../src/core/dates.js';
import { DATE_FORMS_HINT, parseDatePhrase } from '../../src/core/datephrase.js';
import { UserError } from '../../src/core/errors.js';

const SAT = '2026-11-21'; // a Saturday in Q4

describe('parseDatePhrase', () => {
  it('the fixed today is a Saturday', () => {
    expect(weekdayName(SAT)).toBe('saturday');
  });

  it.each([
    // plain dates
    ['2027-03-31', '2027-03-31'],
    ['2024-02-29', '2024-02-29'],
    ['  2027-03-31  ', '2027-03-31'],
    ['2027-03', '2027-03-31'],
    ['2027-02', '2027-02-28'],
    ['2028-02', '2028-02-29'],
    // today, tomorrow
    ['today', SAT],
    ['Today', SAT],
    ['tomorrow', '2026-11-22'],
    // in N units
    ['in 1 day', '2026-11-22'],
    ['in 10 days', '2026-12-01'],
    ['in 0 days', SAT],
    ['in 1 week', '2026-11-28'],
    ['in 2 weeks', '2026-12-05'],
    ['in 6 months', '2027-05-21'],
    ['in 1 month', '2026-12-21'],
    ['in 2 years', '2028-11-21'],
    ['in a week', '2026-11-28'],
    ['In   6   Months', '2027-05-21'],
    // weekdays: strictly after today
    ['next friday', '2026-11-27'],
    ['friday', '2026-11-27'],
    ['FRIDAY', '2026-11-27'],
    ['saturday', '2026-11-28'],
    ['next saturday', '2026-11-28'],
    ['sunday', '2026-11-22'],
    ['monday', '2026-11-23'],
    ['next wed', '2026-11-25'],
    // next week/month/year
    ['next week', '2026-11-28'],
    ['next month', '2026-12-21'],
    ['next year', '2027-11-21'],
    // end of …
    ['end of week', '2026-11-22'],
    ['end of month', '2026-11-30'],
    ['end of quarter', '2026-12-31'],
    ['end of year', '2026-12-31'],
    ['end of Q4', '2026-12-31'],
    ['end of q1', '2027-03-31'],
    ['end of Q2', '2027-06-30'],
    ['end of Q2 2027', '2027-06-30'],
    ['end of Q1 2026', '2026-03-31'],
    ['end of 2027', '2027-12-31'],
    ['end of november', '2026-11-30'],
    ['end of December', '2026-12-31'],
    ['end of october', '2027-10-31'],
    ['end of march', '2027-03-31'],
    ['end of feb 2028', '2028-02-29'],
    ['end of September 2027', '2027-09-30'],
    ['  End   of   Q2  ', '2027-06-30'],
  ])('%s → %s (today 2026-11-21)', (text, expected) => {
    expect(parseDatePhrase(text, SAT)).toBe(expected);
  });

  it.each([
    // month arithmetic clamps the day
    ['2026-01-31', 'in 1 month', '2026-02-28'],
    ['2026-01-31', 'next month', '2026-02-28'],
    ['2028-01-31', 'in 1 month', '2028-02-29'],
    ['2026-01-31', 'in 3 months', '2026-04-30'],
    ['2028-02-29', 'next year', '2029-02-28'],
    ['2026-01-31', 'in 12 months', '2027-01-31'],
    ['2026-12-15', 'in 1 month', '2027-01-15'],
    // quarters from Q3: Q2 has gone by, Q3 is this one
    ['2026-08-10', 'end of Q2', '2027-06-30'],
    ['2026-08-10', 'end of Q3', '2026-09-30'],
    ['2026-08-10', 'end of quarter', '2026-09-30'],
    // on the last day itself, it is still this one
    ['2026-06-30', 'end of Q2', '2026-06-30'],
    ['2026-06-30', 'end of june', '2026-06-30'],
    ['2026-07-01', 'end of june', '2027-06-30'],
    // a Sunday: end of week is today, "sunday" is next week's
    ['2026-11-22', 'end of week', '2026-11-22'],
    ['2026-11-22', 'sunday', '2026-11-29'],
    // across the year end
    ['2026-12-31', 'tomorrow', '2027-01-01'],
    ['2026-12-31', 'friday', '2027-01-01'],
  ])('today %s: %s → %s', (today, text, expected) => {
    expect(parseDatePhrase(text, today)).toBe(expected);
  });

  it.each([
    'whenever',
    '',
    '   ',
    '2027-02-30',
    '2027-13-01',
    '2027-13',
    '2027-3-1',
    '31/03/2027',
    'in -1 days',
    'in 1.5 months',
    'in six months',
    'in 3 fortnights',
    'next',
    'next decade',
    'end of',
    'end of Q5',
    'end of smarch',
    'end of 0000',
    'fr',
    'in 999999 years',
    'yesterday',
  ])('rejects %j', (text) => {
    expect(() => parseDatePhrase(text, SAT)).toThrow(UserError);
  });

  it('names the phrase and the accepted forms', () => {
    let caught: unknown;
    try {
      parseDatePhrase('whenever', SAT);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toMatch(/cannot read the date "whenever"/);
    expect((caught as UserError).hint).toBe(DATE_FORMS_HINT);
    expect(DATE_FORMS_HINT).toContain('2027-03-31, 2027-03 (end of month), in 6 months, next friday, end of Q2, end of year');
  });

  it('says an impossible day does not exist', () => {
    expect(() => parseDatePhrase('2027-02-30', SAT)).toThrow(/cannot read the date "2027-02-30": there is no such day/);
  });
});
