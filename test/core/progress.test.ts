import { describe, it, expect } from 'vitest';
import {
  expectedProgress,
  forecastDate,
  forecastText,
  goalPace,
  goalProgress,
  latestValue,
  unitAfterName,
  type Pace,
} from '../../src/core/progress.js';
import { Goal } from '../../src/core/schemas.js';
import { smartCheck } from '../../src/core/smart.js';

const TODAY = '2026-11-21';

type Point = { date: string; value: number };
const metric = (start: number, target: number) => ({ name: 'teams onboarded', unit: '', start, target });
const ms = (id: string, completed?: string) => ({ id, title: id, due: '2026-12-01', ...(completed ? { completed } : {}) });
const log = (...pts: [string, number][]): Point[] => pts.map(([date, value]) => ({ date, value }));

/** A valid goal, created 2026-01-01 with deadline 2026-12-31 unless overridden. */
function goal(over: Record<string, unknown> = {}): Goal {
  return Goal.parse({
    version: 1,
    title: 'Roll out the CRM',
    type: 'development',
    horizon: 'short',
    created: '2026-01-01',
    deadline: '2026-12-31',
    ...over,
  });
}

describe('latestValue', () => {
  it.each([
    ['no log', [], null],
    ['one point', log(['2026-02-01', 3]), 3],
    ['latest by date, not list order', log(['2026-03-01', 7], ['2026-02-01', 3]), 7],
    ['same date: later entry wins', log(['2026-02-01', 3], ['2026-02-01', 4]), 4],
  ])('%s', (_name, progressLog, expected) => {
    expect(latestValue(goal({ progressLog }))).toBe(expected);
  });
});

describe('goalProgress', () => {
  it.each([
    ['metric, no log: current = start', { metric: metric(0, 8) }, 0],
    ['metric halfway', { metric: metric(0, 8), progressLog: log(['2026-02-01', 4]) }, 0.5],
    ['metric with offset start', { metric: metric(2, 12), progressLog: log(['2026-02-01', 7]) }, 0.5],
    ['decreasing metric', { metric: metric(100, 80), progressLog: log(['2026-02-01', 95]) }, 0.25],
    ['overshoot clamps to 1', { metric: metric(0, 8), progressLog: log(['2026-02-01', 11]) }, 1],
    ['below start clamps to 0', { metric: metric(0, 8), progressLog: log(['2026-02-01', -2]) }, 0],
    ['decreasing metric overshoot', { metric: metric(100, 80), progressLog: log(['2026-02-01', 70]) }, 1],
    ['milestones 1 of 4', { milestones: [ms('a', '2026-02-01'), ms('b'), ms('c'), ms('d')] }, 0.25],
    ['milestones none done', { milestones: [ms('a'), ms('b')] }, 0],
    ['metric wins over milestones', { metric: metric(0, 10), milestones: [ms('a', '2026-02-01')] }, 0],
    ['neither', {}, 0],
    ['done', { status: 'done' }, 1],
    ['done with a metric short of target', { status: 'done', metric: metric(0, 8) }, 1],
  ])('%s', (_name, over, expected) => {
    expect(goalProgress(goal(over))).toBeCloseTo(expected, 10);
  });
});

describe('expectedProgress', () => {
  // created 2026-01-01, deadline 2026-01-11: a 10-day window.
  const g = goal({ deadline: '2026-01-11' });
  it.each([
    ['before the window', '2025-12-01', 0],
    ['at creation', '2026-01-01', 0],
    ['inside', '2026-01-04', 0.3],
    ['at the deadline', '2026-01-11', 1],
    ['after the deadline', '2026-03-01', 1],
  ])('%s (%s)', (_name, today, expected) => {
    expect(expectedProgress(g, today)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['2025-12-31', 0],
    ['2026-01-01', 1],
    ['2026-01-02', 1],
  ])('zero-length window, today %s', (today, expected) => {
    expect(expectedProgress(goal({ deadline: '2026-01-01' }), today)).toBe(expected);
  });
});

describe('goalPace', () => {
  // Window 2026-01-01..2026-01-11 with metric 0→10: on 2026-01-06 expected is exactly 0.5.
  const at = (value: number | null, over: Record<string, unknown> = {}) =>
    goal({ deadline: '2026-01-11', metric: metric(0, 10), progressLog: value === null ? [] : log(['2026-01-02', value]), ...over });
  const MID = '2026-01-06';
  it.each<[string, Goal, string, Pace]>([
    ['done beats everything', at(0, { status: 'done' }), '2027-01-01', 'done'],
    ['overdue: past deadline, not reached', at(9), '2026-01-12', 'overdue'],
    ['past deadline but reached is not overdue', at(10), '2026-01-12', 'on-track'],
    ['behind', at(3), MID, 'behind'],
    ['exactly 0.10 below expected is on-track', at(4), MID, 'on-track'],
    ['exactly 0.10 above expected is on-track', at(6), MID, 'on-track'],
    // Without an epsilon these three fall on the wrong side in floating point (0.4 − 0.1 > 0.3).
    ['0.3 vs expected 0.4 is on-track', at(3), '2026-01-05', 'on-track'],
    ['0.8 vs expected 0.7 is on-track', at(8), '2026-01-08', 'on-track'],
    ['0.7 vs expected 0.8 is on-track', at(7), '2026-01-09', 'on-track'],
    ['ahead', at(7), MID, 'ahead'],
    ['on-track', at(5), MID, 'on-track'],
    ['on the deadline day, unfinished, is not overdue', at(9), '2026-01-11', 'on-track'],
    ['nothing logged at the start', at(null), '2026-01-01', 'on-track'],
  ])('%s', (_name, g, today, expected) => {
    expect(goalPace(g, today)).toBe(expected);
  });

  it('fixed today: a milestone goal a third done at 90% of the year is behind', () => {
    const g = goal({ milestones: [ms('a', '2026-03-01'), ms('b'), ms('c')] });
    expect(goalPace(g, TODAY)).toBe('behind');
  });
});

describe('forecastDate', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['no metric', { progressLog: log(['2026-01-01', 0], ['2026-01-11', 10]) }, null],
    ['no points', { metric: metric(0, 20) }, null],
    ['one point', { metric: metric(0, 20), progressLog: log(['2026-01-01', 5]) }, null],
    ['two points, same date', { metric: metric(0, 20), progressLog: log(['2026-01-05', 1], ['2026-01-05', 9]) }, null],
    ['flat line', { metric: metric(0, 20), progressLog: log(['2026-01-01', 5], ['2026-01-11', 5]) }, null],
    ['moving away from target', { metric: metric(0, 20), progressLog: log(['2026-01-01', 5], ['2026-01-11', 2]) }, null],
    ['decreasing metric going up is away', { metric: metric(100, 80), progressLog: log(['2026-01-01', 100], ['2026-01-11', 101]) }, null],
    ['exact line', { metric: metric(0, 20), progressLog: log(['2026-01-01', 0], ['2026-01-11', 10]) }, '2026-01-21'],
    ['exact line, unsorted log', { metric: metric(0, 20), progressLog: log(['2026-01-11', 10], ['2026-01-01', 0]) }, '2026-01-21'],
    ['three points on a line', { metric: metric(0, 20), progressLog: log(['2026-01-01', 0], ['2026-01-06', 5], ['2026-01-11', 10]) }, '2026-01-21'],
    ['fractional day rounds up', { metric: metric(0, 10), progressLog: log(['2026-01-01', 0], ['2026-01-04', 4]) }, '2026-01-09'],
    ['decreasing metric', { metric: metric(100, 80), progressLog: log(['2026-01-01', 100], ['2026-01-11', 90]) }, '2026-01-21'],
    ['target already crossed: the crossing date', { metric: metric(0, 10), progressLog: log(['2026-01-01', 0], ['2026-01-21', 20]) }, '2026-01-11'],
    ['least squares through noisy points', { metric: metric(0, 30), progressLog: log(['2026-01-01', 0], ['2026-01-11', 12], ['2026-01-21', 20]) }, '2026-01-31'],
    ['so slow it leaves the calendar', { metric: metric(0, 1e12), progressLog: log(['2026-01-01', 0], ['2026-01-02', 1]) }, null],
  ])('%s', (_name, over, expected) => {
    expect(forecastDate(goal(over))).toBe(expected);
  });
});

describe('forecastText', () => {
  const DEADLINE = '2026-05-12';
  it.each<[string | null, string]>([
    [null, 'no forecast yet'],
    ['2026-05-12', 'on track for May 12'],
    ['2026-05-15', 'on track for May 15'],
    ['2026-05-09', 'on track for May 9'],
    ['2026-05-16', '~4 days late'],
    ['2026-05-25', '~13 days late'],
    ['2026-05-26', '~2 weeks late'],
    ['2026-06-02', '~3 weeks late'],
    ['2026-07-11', '~9 weeks late'],
    ['2026-07-12', '~2 months late'],
    ['2026-11-12', '~6 months late'],
    ['2026-05-08', '~4 days early'],
    ['2026-04-21', '~3 weeks early'],
    ['2026-01-12', '~4 months early'],
  ])('%s', (forecast, expected) => {
    expect(forecastText(forecast, DEADLINE)).toBe(expected);
  });
});

describe('unitAfterName', () => {
  it.each([
    [{ name: 'teams onboarded', unit: 'teams' }, 'teams'],
    [{ name: 'conference talks', unit: 'conference talks' }, ''],
    [{ name: 'pages', unit: '' }, ''],
    [{ name: 'pages' }, ''],
  ])('%j -> %j', (metric, unit) => expect(unitAfterName(metric)).toBe(unit));

  it('the SMART check names such a unit once', () => {
    const talks = goal({ metric: { name: 'conference talks', unit: 'conference talks', start: 0, target: 2 } });
    expect(smartCheck(talks, []).measurable.hint).toBe('progress is measured: conference talks from 0 to 2');
  });
});
