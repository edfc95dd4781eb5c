import { describe, it, expect } from 'vitest';
import {
  answersFromCheckin,
  applyCheckinToGoal,
  checkinDate,
  previousCheckin,
  type CheckinAnswers,
} from '../../src/core/checkin.js';
import { makeCheckin } from '../helpers/checkins.js';
import { UserError } from '../../src/core/errors.js';
import type { GoalRecord } from '../../src/core/journal.js';
import { Checkin, Goal, GoalCheck } from '../../src/core/schemas.js';

// A Saturday in 2026-W47 (2026-11-16 .. 2026-11-22).
const TODAY = '2026-11-21';
const WEEK = '2026-W47';

const answers = (over: Partial<CheckinAnswers> = {}): CheckinAnswers => ({
  focusDone: ['ship pilot'],
  goals: [GoalCheck.parse({ goal: 'lead-crm', value: 3, milestones: ['pilot-live'], status: 'at-risk' })],
  wins: ['pilot signed off'],
  learnings: [],
  blockers: ['IT access'],
  feedback: [],
  energy: 4,
  focus: ['onboard team 4', 'write retro'],
  answers: [{ id: 'gratitude', question: 'What are you grateful for?', answer: 'my team' }],
  ...over,
});

describe('makeCheckin', () => {
  it('writes the keys in file order and validates', () => {
    const c = makeCheckin(WEEK, TODAY, answers());
    expect(Object.keys(c)).toEqual([
      'version', 'week', 'date', 'focusDone', 'goals', 'wins', 'learnings', 'blockers', 'feedback', 'energy',
      'focus', 'answers',
    ]);
    expect(Object.keys(c.goals[0]!)).toEqual(['goal', 'value', 'milestones', 'status']);
    expect(Checkin.parse(c)).toEqual(c);
  });

  it('omits energy when not given, and shares no arrays with the answers', () => {
    const a = answers({ energy: undefined });
    const c = makeCheckin(WEEK, TODAY, a);
    expect('energy' in c).toBe(false);
    a.wins.push('later edit');
    a.goals[0]!.milestones.push('x');
    expect(c.wins).toEqual(['pilot signed off']);
    expect(c.goals[0]!.milestones).toEqual(['pilot-live']);
  });

  it('round-trips through answersFromCheckin (a re-run is pre-filled with the same answers)', () => {
    const a = answers();
    expect(answersFromCheckin(makeCheckin(WEEK, TODAY, a))).toEqual(a);
    const none = answers({ energy: undefined });
    expect('energy' in answersFromCheckin(makeCheckin(WEEK, TODAY, none))).toBe(false);
  });
});

function goal(over: Record<string, unknown> = {}): GoalRecord {
  const g = Goal.parse({
    version: 1,
    title: 'Roll out the CRM to 8 sales teams',
    type: 'position',
    horizon: 'short',
    created: '2026-01-01',
    deadline: '2026-12-31',
    metric: { name: 'teams', unit: '', start: 0, target: 8 },
    milestones: [
      { id: 'pilot-live', title: 'Pilot live', due: '2026-11-27' },
      { id: 'kickoff', title: 'Kickoff', due: '2026-02-01', completed: '2026-01-30' },
    ],
    ...over,
  });
  return { ...g, id: 'lead-crm' };
}

const check = (over: Record<string, unknown> = {}) => GoalCheck.parse({ goal: 'lead-crm', ...over });
type Log = { date: string; value: number; note?: string; week?: string }[];

describe('applyCheckinToGoal: progress log', () => {
  const base: Log = [
    { date: '2026-11-02', value: 1 },
    { date: '2026-11-13', value: 2, week: '2026-W46' },
    { date: '2026-11-25', value: 9, note: 'typed ahead by hand' },
  ];
  it.each<[string, Log, string, string, number | undefined, Log]>([
    ['adds a tagged entry in date order', base, WEEK, TODAY, 3, [
      base[0]!, base[1]!, { date: TODAY, value: 3, week: WEEK }, base[2]!,
    ]],
    ['a re-run of the week replaces its value, not appends', [
      ...base.slice(0, 2), { date: TODAY, value: 3, week: WEEK }, base[2]!,
    ], WEEK, TODAY, 4, [base[0]!, base[1]!, { date: TODAY, value: 4, week: WEEK }, base[2]!]],
    ['a re-run later in the week moves the entry to its new date', [
      { date: '2026-11-16', value: 3, week: WEEK }, { date: '2026-11-18', value: 3 },
    ], WEEK, TODAY, 5, [{ date: '2026-11-18', value: 3 }, { date: TODAY, value: 5, week: WEEK }]],
    ['a same-day entry is replaced: one value a day', [
      { date: TODAY, value: 2, note: 'by goal progress' },
    ], WEEK, TODAY, 3, [{ date: TODAY, value: 3, note: 'by goal progress', week: WEEK }]],
    ['a back-filled week lands in the past, replacing only its own entry', base, '2026-W46', '2026-11-15', 2.5, [
      base[0]!, { date: '2026-11-15', value: 2.5, week: '2026-W46' }, base[2]!,
    ]],
    ['a note on the week’s entry survives a re-run', [
      { date: TODAY, value: 3, note: 'after the offsite', week: WEEK },
    ], WEEK, TODAY, 4, [{ date: TODAY, value: 4, note: 'after the offsite', week: WEEK }]],
    ['hand-duplicated entries of the week collapse to one', [
      { date: '2026-11-17', value: 1, week: WEEK }, { date: '2026-11-18', value: 2, week: WEEK },
    ], WEEK, TODAY, 3, [{ date: TODAY, value: 3, week: WEEK }]],
    ['no value: the log is left alone', base, WEEK, TODAY, undefined, base],
  ])('%s', (_name, progressLog, week, date, value, expected) => {
    const before = goal({ progressLog });
    const snapshot = structuredClone(before);
    const after = applyCheckinToGoal(before, week, check(value === undefined ? {} : { value }), date);
    expect(after.progressLog).toEqual(expected);
    expect(before).toEqual(snapshot); // the input is not mutated
    const { id, ...file } = after;
    expect(id).toBe('lead-crm');
    expect(Goal.parse(file)).toEqual(file); // still a valid goal file
  });
});

describe('applyCheckinToGoal: milestones', () => {
  it.each<[string, string[], Record<string, string | undefined>]>([
    ['completes a listed open milestone', ['pilot-live'], { 'pilot-live': TODAY, kickoff: '2026-01-30' }],
    ['keeps an earlier completion date', ['kickoff'], { 'pilot-live': undefined, kickoff: '2026-01-30' }],
    ['ignores an id no milestone has', ['gone'], { 'pilot-live': undefined, kickoff: '2026-01-30' }],
    ['none listed', [], { 'pilot-live': undefined, kickoff: '2026-01-30' }],
  ])('%s', (_name, milestones, completed) => {
    const after = applyCheckinToGoal(goal(), WEEK, check({ milestones }), TODAY);
    expect(Object.fromEntries(after.milestones.map((m) => [m.id, m.completed]))).toEqual(completed);
  });
});

describe('applyCheckinToGoal changes the goal only when the check-in says something new', () => {
  it.each<[string, Log, Record<string, unknown>, boolean]>([
    ['same value re-run on the same day', [{ date: TODAY, value: 3, week: WEEK }], { value: 3 }, false],
    ['same value, later day', [{ date: '2026-11-17', value: 3, week: WEEK }], { value: 3 }, true],
    ['new value', [{ date: TODAY, value: 3, week: WEEK }], { value: 4 }, true],
    ['first value of the week', [], { value: 3 }, true],
    ['no value, no milestones', [], {}, false],
    ['an already completed milestone', [], { milestones: ['kickoff'] }, false],
    ['an open milestone completed', [], { milestones: ['pilot-live'] }, true],
    ['status and note only (they live in the check-in)', [], { status: 'off-track', note: 'stuck' }, false],
  ])('%s: %s', (_name, progressLog, over, expected) => {
    const before = goal({ progressLog });
    const after = applyCheckinToGoal(before, WEEK, check(over), TODAY);
    if (expected) expect(after).not.toEqual(before);
    else expect(after).toEqual(before);
  });

});

describe('checkinDate', () => {
  it.each([
    ['this week: today', WEEK, TODAY, TODAY],
    ['this week, on its Monday', WEEK, '2026-11-16', '2026-11-16'],
    ['last week: its Sunday', '2026-W46', TODAY, '2026-11-15'],
    ['a week in the previous year', '2025-W52', '2026-01-08', '2025-12-28'],
    ['2026-W53 ends in 2027', '2026-W53', '2027-01-06', '2027-01-03'],
  ])('%s', (_name, week, today, expected) => {
    expect(checkinDate(week, today)).toBe(expected);
  });

  it.each([
    ['2026-W50', TODAY],
    ['2026-W48', '2026-11-22'], // Sunday night: next week has still not started
    ['2027-W01', '2026-12-31'],
  ])('refuses the future week %s', (week, today) => {
    expect(() => checkinDate(week, today)).toThrow(UserError);
    expect(() => checkinDate(week, today)).toThrow(`cannot check in for ${week}: it has not started yet`);
  });

  it('refuses a malformed week with a UserError', () => {
    expect(() => checkinDate('2026-W54', TODAY)).toThrow(UserError);
  });
});

describe('previousCheckin', () => {
  const c = (week: string) => makeCheckin(week, '2026-11-01', answers());
  const list = [c('2026-W44'), c('2026-W47'), c('2025-W52'), c('2026-W45')];
  it.each([
    [WEEK, '2026-W45'],
    ['2026-W46', '2026-W45'],
    ['2026-W45', '2026-W44'],
    ['2026-W01', '2025-W52'],
    ['2025-W52', undefined],
    ['2027-W10', '2026-W47'],
  ])('before %s: %s', (week, expected) => {
    expect(previousCheckin(list, week)?.week).toBe(expected);
  });
});
