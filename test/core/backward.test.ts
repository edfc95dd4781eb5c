import { describe, expect, it } from 'vitest';
import { DRAFT_ID, findingsAbout, goalIntegrity, workingBackward } from '../../src/core/backward.js';
import type { GoalRecord } from '../../src/core/journal.js';
import { Goal } from '../../src/core/schemas.js';

function goal(id: string, over: Record<string, unknown> = {}): GoalRecord {
  return { ...Goal.parse({ version: 1, title: `Goal ${id} for tests`, type: 'other', horizon: 'short', created: '2026-01-01', deadline: '2026-12-31', ...over }), id };
}

const LONG = goal('lead', { horizon: 'long', deadline: '2034-12-31' });
const MID = goal('manage', { horizon: 'mid', deadline: '2029-12-31', parent: 'lead' });

describe('workingBackward: each break named, with a hint', () => {
  it.each<[string, GoalRecord[], { goal: string; field: (string | number)[]; message: RegExp; hint: RegExp }[]]>([
    ['a plan that works backward has nothing to say', [LONG, MID, goal('ship', { parent: 'manage' })], []],
    ['a milestone due after the goal\'s deadline', [goal('ship', { milestones: [{ id: 'a', title: 'A', due: '2026-06-01' }, { id: 'late', title: 'Late one', due: '2027-02-01' }] })],
      [{ goal: 'ship', field: ['milestones', 1, 'due'], message: /milestone "Late one" \(late\) is due 2027-02-01, after the goal's deadline 2026-12-31/, hint: /career milestone edit ship late --due/ }]],
    ['a done milestone after the deadline is history, not a plan', [goal('ship', { milestones: [{ id: 'late', title: 'Late', due: '2027-02-01', completed: '2026-11-01' }] })], []],
    ['a child due after its parent', [LONG, goal('manage', { horizon: 'mid', deadline: '2035-06-30', parent: 'lead', created: '2030-07-01' })],
      [{ goal: 'manage', field: ['deadline'], message: /deadline 2035-06-30 is after that of its parent lead \(2034-12-31\)/, hint: /career goal edit manage --deadline/ }]],
    ['a parent of equal horizon', [MID, goal('other-mid', { horizon: 'mid', deadline: '2028-12-31', parent: 'manage' }), LONG],
      [{ goal: 'other-mid', field: ['parent'], message: /parent manage is a mid-term goal, not longer than this mid-term one/, hint: /long -> mid -> short/ }]],
    ['a parent of shorter horizon', [goal('s'), goal('m', { horizon: 'mid', deadline: '2026-12-01', parent: 's' })],
      [{ goal: 'm', field: ['parent'], message: /parent s is a short-term goal/, hint: /--parent/ }]],
    ['a "this year" goal due in four years', [goal('ship', { deadline: '2030-01-01' })],
      [{ goal: 'ship', field: ['horizon'], message: /short-term goal is due within a year, but its deadline 2030-01-01 is 4 years after it was created/, hint: /--horizon mid/ }]],
    ['a mid-term goal due in eight years', [goal('m', { horizon: 'mid', deadline: '2034-01-01' })],
      [{ goal: 'm', field: ['horizon'], message: /mid-term goal is due within five years/, hint: /--horizon long/ }]],
    ['a long-term goal has no upper limit', [goal('l', { horizon: 'long', deadline: '2050-01-01' })], []],
    ['a parent loop is named once, at its smallest id', [goal('b', { horizon: 'long', deadline: '2030-01-01', parent: 'c' }), goal('c', { horizon: 'long', deadline: '2030-01-01', parent: 'a' }), goal('a', { horizon: 'long', deadline: '2030-01-01', parent: 'b' })],
      [
        { goal: 'b', field: ['parent'], message: /parent c is a long-term goal/, hint: /--parent/ },
        { goal: 'c', field: ['parent'], message: /parent a is a long-term goal/, hint: /--parent/ },
        { goal: 'a', field: ['parent'], message: /parent b is a long-term goal/, hint: /--parent/ },
        { goal: 'a', field: ['parent'], message: /go round in a circle: a -> b -> c -> a/, hint: /career goal edit a --parent none/ },
      ]],
    ['a finished goal is not checked', [goal('ship', { deadline: '2030-01-01', status: 'done' })], []],
  ])('%s', (_, goals, expected) => {
    const found = workingBackward(goals);
    expect(found.map((f) => [f.goal, f.field])).toEqual(expected.map((e) => [e.goal, e.field]));
    found.forEach((f, i) => { expect(f.message).toMatch(expected[i]!.message); expect(f.hint).toMatch(expected[i]!.hint); });
  });
});

describe('goalIntegrity: what breaks the commands', () => {
  it('names a self-parent and a duplicate milestone id at their fields', () => {
    const found = goalIntegrity([goal('me', { parent: 'me', milestones: [{ id: 'x', title: 'One', due: '2026-03-01' }, { id: 'y', title: 'Two', due: '2026-04-01' }, { id: 'x', title: 'Three', due: '2026-05-01' }] })]);
    expect(found.map((f) => [f.field, f.message])).toEqual([
      [['parent'], 'parent: is the goal itself'],
      [['milestones', 2, 'id'], 'milestones[2].id: "x" is also the id of milestones[0]'],
    ]);
    expect(workingBackward([goal('me', { parent: 'me' })])).toEqual([]); // named once, as an error
  });
});

describe('findingsAbout: what a new goal brings', () => {
  it('its own findings, under the draft id, and not those of unrelated goals', () => {
    const unrelated = goal('old', { deadline: '2031-01-01' });
    const draft = goal(DRAFT_ID, { horizon: 'mid', deadline: '2036-01-01', parent: 'lead' });
    expect(findingsAbout(draft, [LONG, unrelated]).map((f) => f.field[0])).toEqual(['horizon', 'deadline']);
  });
});
