// A check-in as a change (core/checkin-change.ts) and the goal's value history
// (core/progress-log.ts): tables of inputs and what must come out.
import { describe, expect, it } from 'vitest';
import { answersWith, applyCheckinChange, diffAnswers, emptyAnswers, emptyChange, type CheckinChange } from '../../src/core/checkin-change.js';
import type { CheckinAnswers } from '../../src/core/checkin.js';
import { putValue, valueAsOf, type ProgressPoint } from '../../src/core/progress-log.js';
import type { Checkin } from '../../src/core/schemas.js';

const WEEK = '2026-W47';
const answers = (over: Partial<CheckinAnswers>): CheckinAnswers => ({ ...emptyAnswers(), ...over });
const checkin = (over: Partial<Checkin>): Checkin => ({ version: 1, week: WEEK, date: '2026-11-20', focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [], ...over });
const noDefault = () => undefined;

describe('diffAnswers: only what the person changed', () => {
  it.each([
    ['nothing changed', answers({ wins: ['a'] }), answers({ wins: ['a'] }), emptyChange()],
    ['a win added', answers({ wins: ['a'] }), answers({ wins: ['a', 'b'] }), { ...emptyChange(), lists: { wins: { add: ['b'], remove: [] } } }],
    ['a win untickled', answers({ wins: ['a', 'b'] }), answers({ wins: ['b'] }), { ...emptyChange(), lists: { wins: { add: [], remove: ['a'] } } }],
    ['energy given', answers({}), answers({ energy: 4 }), { ...emptyChange(), energy: 4 }],
    ['energy taken back', answers({ energy: 4 }), answers({}), { ...emptyChange(), energy: null }],
  ] as [string, CheckinAnswers, CheckinAnswers, CheckinChange][])('%s', (_name, before, after, want) => {
    expect(diffAnswers(before, after, noDefault)).toEqual(want);
  });

  it('a value equal to the goal\'s value as of the week\'s end records nothing', () => {
    const after = answers({ goals: [{ goal: 'g', value: 3, milestones: [] }] });
    expect(diffAnswers(emptyAnswers(), after, () => 3)).toEqual(emptyChange());
    expect(diffAnswers(emptyAnswers(), after, () => 2).goals).toEqual([{ goal: 'g', value: 3, milestones: { add: [], remove: [] } }]);
  });

  it('a status left unanswered is not a change; a status given is', () => {
    expect(diffAnswers(emptyAnswers(), answers({ goals: [{ goal: 'g', milestones: [] }] }), noDefault).goals).toEqual([]);
    expect(diffAnswers(emptyAnswers(), answers({ goals: [{ goal: 'g', milestones: [], status: 'at-risk' }] }), noDefault).goals[0]!.status).toBe('at-risk');
  });
});

describe('applyCheckinChange: merged onto the file as it is on disk', () => {
  const base = emptyAnswers();

  it('two check-ins of one week with different fields both keep theirs', () => {
    const disk = checkin({ wins: ['from the other terminal'], energy: 2 });
    const change: CheckinChange = { ...emptyChange(), lists: { learnings: { add: ['mine'], remove: [] } } };
    const { checkin: out, notices } = applyCheckinChange(disk, base, WEEK, '2026-11-20', change);
    expect(out.wins).toEqual(['from the other terminal']);
    expect(out.learnings).toEqual(['mine']);
    expect(out.energy).toBe(2);
    expect(notices).toEqual([]);
  });

  it('lists are united, without duplicates', () => {
    const disk = checkin({ wins: ['a', 'b'] });
    const change: CheckinChange = { ...emptyChange(), lists: { wins: { add: ['b', 'c'], remove: [] } } };
    expect(applyCheckinChange(disk, base, WEEK, '2026-11-20', change).checkin.wins).toEqual(['a', 'b', 'c']);
  });

  it('a scalar both set keeps the later one and says so', () => {
    const disk = checkin({ energy: 2 });
    const { checkin: out, notices } = applyCheckinChange(disk, base, WEEK, '2026-11-20', { ...emptyChange(), energy: 5 });
    expect(out.energy).toBe(5);
    expect(notices).toEqual(['energy: another check-in saved 2 meanwhile; kept yours (5)']);
  });

  it('no notice when the disk still holds what this run started from', () => {
    const disk = checkin({ energy: 2 });
    const { notices } = applyCheckinChange(disk, answers({ energy: 2 }), WEEK, '2026-11-20', { ...emptyChange(), energy: 5 });
    expect(notices).toEqual([]);
  });

  it('focus keeps at most 3 items, this run\'s first, and names what it left out', () => {
    const disk = checkin({ focus: ['x', 'y', 'z'] });
    const change: CheckinChange = { ...emptyChange(), lists: { focus: { add: ['mine'], remove: [] } } };
    const { checkin: out, notices } = applyCheckinChange(disk, base, WEEK, '2026-11-20', change);
    expect(out.focus).toEqual(['x', 'y', 'mine']);
    expect(notices[0]).toContain('"z"');
  });

  it('a new file gets only what was said: no energy, no status', () => {
    const change: CheckinChange = { ...emptyChange(), goals: [{ goal: 'g', value: 4, milestones: { add: [], remove: [] } }] };
    const out = applyCheckinChange(undefined, base, WEEK, '2026-11-22', change).checkin;
    expect(out.energy).toBeUndefined();
    expect(out.goals).toEqual([{ goal: 'g', value: 4, milestones: [] }]);
    expect(out.date).toBe('2026-11-22');
  });

  it('answersWith shows the saved week with the flags on top', () => {
    const start = answersWith(answers({ wins: ['a'], energy: 3 }), { ...emptyChange(), lists: { wins: { add: ['b'], remove: [] } }, energy: 4 });
    expect(start.wins).toEqual(['a', 'b']);
    expect(start.energy).toBe(4);
  });
});

describe('putValue: one value a day, one check-in value a week', () => {
  const p = (date: string, value: number, more: Partial<ProgressPoint> = {}): ProgressPoint => ({ date, value, ...more });
  it.each([
    ['into an empty log', [], p('2026-11-20', 1), [p('2026-11-20', 1)]],
    ['after earlier days', [p('2026-11-10', 1)], p('2026-11-20', 2), [p('2026-11-10', 1), p('2026-11-20', 2)]],
    ['before later days (a back-fill)', [p('2026-11-25', 3)], p('2026-11-15', 2), [p('2026-11-15', 2), p('2026-11-25', 3)]],
    ['same day replaces, both notes kept', [p('2026-11-20', 1, { note: 'first' })], p('2026-11-20', 2, { note: 'second' }), [p('2026-11-20', 2, { note: 'first; second' })]],
    ['same week\'s check-in value replaced', [p('2026-11-17', 1, { week: WEEK })], p('2026-11-20', 2, { week: WEEK }), [p('2026-11-20', 2, { week: WEEK })]],
    ['a goal progress on another day of the week stays', [p('2026-11-18', 5)], p('2026-11-20', 6, { week: WEEK }), [p('2026-11-18', 5), p('2026-11-20', 6, { week: WEEK })]],
  ] as [string, ProgressPoint[], ProgressPoint, ProgressPoint[]][])('%s', (_name, log, point, want) => {
    expect(putValue(log, point).log).toEqual(want);
  });

  it('says what it replaced', () => {
    expect(putValue([p('2026-11-20', 1)], p('2026-11-20', 2)).replaced).toEqual([p('2026-11-20', 1)]);
  });

  it.each([
    ['2026-11-14', null], ['2026-11-15', 1], ['2026-11-21', 2], ['2027-01-01', 3],
  ] as [string, number | null][])('valueAsOf(%s) is %s', (date, want) => {
    const goal = { progressLog: [p('2026-11-15', 1), p('2026-11-20', 2), p('2026-11-30', 3)] };
    expect(valueAsOf(goal, date)).toBe(want);
  });
});

describe('steps ticked in a check-in (issue 15.1)', () => {
  it('are all this run\'s: the week\'s file keeps none; flags show them ticked to the prompts', () => {
    const after = { ...emptyAnswers(), stepsDone: [{ goal: 'g', steps: ['Book the room'] }, { goal: 'h', steps: [] }] };
    expect(diffAnswers(emptyAnswers(), after, () => undefined).steps).toEqual([{ goal: 'g', steps: ['Book the room'] }]);
    const change = { ...emptyChange(), steps: [{ goal: 'g', steps: ['Book the room'] }] };
    expect(answersWith(emptyAnswers(), change).stepsDone).toEqual([{ goal: 'g', steps: ['Book the room'] }]);
    const applied = applyCheckinChange(undefined, emptyAnswers(), '2026-W47', '2026-11-20', change);
    expect(applied.checkin.goals).toEqual([]);
  });
});
