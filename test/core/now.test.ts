import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/core/journal.js';
import { nothingToDo, nowView } from '../../src/core/now.js';
import { Checkin, Goal, Profile, Review } from '../../src/core/schemas.js';

const profile = Profile.parse({ version: 1, name: 'Sam', created: '2026-10-26', checkinDay: 'friday' });
const goal = (id: string, over: Record<string, unknown> = {}) => ({
  ...Goal.parse({ version: 1, title: `Goal ${id}`, type: 'other', horizon: 'short', created: '2026-10-26', deadline: '2027-06-30', ...over }), id,
});
const checkin = (week: string, over: Record<string, unknown> = {}) => Checkin.parse({ version: 1, week, date: '2026-10-30', ...over });

function journal(over: Partial<Journal> = {}): Journal {
  return { profile, goals: [], checkins: [], days: [], reviews: [], ...over };
}

describe('nowView', () => {
  it('an empty journal on its first day: nothing but the coming check-in', () => {
    const v = nowView(journal(), '2026-10-26');
    expect(v.checkin).toEqual({ state: 'upcoming', day: 'friday', command: 'career checkin' });
    expect(nothingToDo(v)).toBe(true);
  });

  it.each<[string, string, 'done' | 'due' | 'upcoming']>([
    ['Thursday, before the check-in day', '2026-11-19', 'upcoming'],
    ['Friday, the check-in day', '2026-11-20', 'due'],
    ['Sunday, still due', '2026-11-22', 'due'],
  ])('%s: %s', (_, today, state) => {
    expect(nowView(journal({ checkins: [checkin('2026-W44')] }), today).checkin.state).toBe(state);
  });

  it('this week\'s check-in done', () => {
    expect(nowView(journal({ checkins: [checkin('2026-W47')] }), '2026-11-20').checkin.state).toBe('done');
  });

  it('missed weeks, most recent first, at most three shown, back-filled by the latest', () => {
    const v = nowView(journal({ checkins: [checkin('2026-W44')] }), '2026-11-27');
    expect(v.missed).toEqual({ weeks: ['2026-W47', '2026-W46', '2026-W45'], total: 3, command: 'career checkin --week 2026-W47' });
    expect(nowView(journal(), '2026-12-04').missed).toMatchObject({ weeks: ['2026-W48', '2026-W47', '2026-W46'], total: 5 });
  });

  it('milestones overdue and due this week, of active goals only', () => {
    const v = nowView(journal({ goals: [
      goal('a', { milestones: [{ id: 'late', title: 'Late', due: '2026-11-10' }, { id: 'soon', title: 'Soon', due: '2026-11-22' }, { id: 'later', title: 'Later', due: '2026-11-23' }, { id: 'done', title: 'Done', due: '2026-11-01', completed: '2026-11-01' }] }),
      goal('b', { status: 'dropped', milestones: [{ id: 'x', title: 'X', due: '2026-11-01' }] }),
    ] }), '2026-11-20');
    expect(v.milestones.overdue.map((m) => m.id)).toEqual(['late']);
    expect(v.milestones.thisWeek).toEqual([{ goal: 'a', id: 'soon', title: 'Soon', due: '2026-11-22', command: 'career milestone done a soon' }]);
  });

  it('last check-in\'s focus, less what this week\'s check-in ticked off', () => {
    const checkins = [checkin('2026-W46', { focus: ['Book the demo', 'Write the plan'] }), checkin('2026-W47', { focusDone: ['book the demo'], focus: ['Next'] })];
    expect(nowView(journal({ checkins }), '2026-11-20').focus).toEqual({ week: '2026-W46', items: ['Write the plan'] });
  });

  it('goals behind, overdue or flagged — not those on track that nobody flagged', () => {
    const goals = [
      goal('behind', { created: '2026-01-01', deadline: '2026-12-31', metric: { name: 'n', start: 0, target: 10 } }),
      goal('flagged', { created: '2026-11-18' }),
      goal('fine', { created: '2026-11-18' }),
      goal('late', { created: '2026-01-01', deadline: '2026-11-01' }),
    ];
    const v = nowView(journal({ goals, checkins: [checkin('2026-W46', { goals: [{ goal: 'flagged', status: 'blocked' }, { goal: 'fine', status: 'on-track' }] })] }), '2026-11-20');
    expect(v.goals.map((g) => [g.id, g.pace, g.checkinStatus, g.command])).toEqual([
      ['behind', 'behind', null, 'career goal progress behind <value>'],
      ['flagged', 'on-track', 'blocked', 'career goal show flagged'],
      ['late', 'overdue', null, 'career goal show late'],
    ]);
  });

  it('a review is due once its period ended and it is not written', () => {
    const early = nowView(journal(), '2026-12-03');
    expect(early.reviews).toEqual([{ kind: 'monthly', period: '2026-11', command: 'career review monthly --period 2026-11' }]);
    const written = Review.parse({ version: 1, kind: 'monthly', period: '2026-11', date: '2026-12-01' });
    expect(nowView(journal({ reviews: [written] }), '2026-12-03').reviews).toEqual([]);
    expect(nowView(journal(), '2027-01-05').reviews.map((r) => r.period)).toEqual(['2026', '2026-Q4', '2026-12']);
    // October ended unreviewed: still due after its first week; November has not ended.
    expect(nowView(journal(), '2026-11-20').reviews.map((r) => r.period)).toEqual(['2026-10']);
    expect(nowView(journal(), '2026-10-30').reviews).toEqual([]); // September ended before the journal began
  });
});
