import { describe, expect, it } from 'vitest';
import { Goal } from '../../src/core/schemas.js';
import {
  addStep, checkNewTitle, completeStep, completeStepsByText, editMilestone, findMilestone, findStep, removeMilestones, settleOpenMilestones, undoMilestone,
} from '../../src/core/milestones.js';
import { makeMilestone } from '../../src/core/goal-make.js';
import { UserError } from '../../src/core/errors.js';

const TODAY = '2026-11-20';

function goal(over: Record<string, unknown> = {}): Goal {
  return Goal.parse({
    version: 1, title: 'Ship the design system', type: 'development', horizon: 'short', created: '2026-01-01', deadline: '2027-06-30',
    milestones: [
      { id: 'design-review', title: 'Design review', due: '2027-01-15' },
      { id: 'design-tokens', title: 'Design tokens', due: '2027-02-15', completed: '2026-11-01' },
      { id: 'go-live', title: 'Go live', due: '2027-06-01' },
    ],
    steps: [{ text: 'Book the review room' }, { text: 'Write the token list', done: true }],
    ...over,
  });
}

const g = { ...goal(), id: 'ship' };
const thrown = (f: () => unknown): string => {
  try { f(); } catch (err) { expect(err).toBeInstanceOf(UserError); return `${(err as UserError).message} | ${(err as UserError).hint ?? ''}`; }
  throw new Error('did not throw');
};

describe('findMilestone: an id, a unique id prefix, or the whole title ignoring case — never a substring', () => {
  it.each<[string, string]>([
    ['design-review', 'design-review'],
    ['go-live', 'go-live'],
    ['design-r', 'design-review'],
    ['go-', 'go-live'],
    ['Design Review', 'design-review'],
    ['  go live ', 'go-live'],
    ['GO LIVE', 'go-live'],
  ])('%j names %s', (ref, id) => expect(findMilestone(g, ref).id).toBe(id));

  it.each<[string, RegExp]>([
    ['g', /no milestone "g"/], // one letter is no prefix (the old substring rule completed "Design review")
    ['go', /no milestone "go"/], // two neither
    ['review', /no milestone "review"/], // a word of a title is not its title
    ['sign', /no milestone "sign"/],
    ['', /reference is empty/],
    ['   ', /reference is empty/],
    ['design', /"design" matches 2 milestones of ship: design-review \(Design review\), design-tokens \(Design tokens\)/],
    ['design-revue', /did you mean design-review/],
  ])('%j is refused: %s', (ref, re) => expect(thrown(() => findMilestone(g, ref))).toMatch(re));

  it('a title equal to one milestone and an id prefix of another is ambiguous', () => {
    const x = { ...goal({ milestones: [{ id: 'launch-day', title: 'Prep', due: '2027-01-01' }, { id: 'prep-work', title: 'launch', due: '2027-01-02' }] }), id: 'x' };
    expect(thrown(() => findMilestone(x, 'launch'))).toMatch(/matches 2 milestones/);
  });

  it('duplicate ids (a hand edit) are named, not resolved to the first', () => {
    const x = { ...goal({ milestones: [{ id: 'a-b', title: 'One', due: '2027-01-01' }, { id: 'a-b', title: 'Two', due: '2027-01-02' }] }), id: 'x' };
    expect(thrown(() => findMilestone(x, 'a-b'))).toMatch(/2 milestones with the id "a-b".*career doctor/);
  });
});

describe('milestone titles stay unique, ignoring case', () => {
  it('refuses a second "design review" and points at milestone edit', () => {
    expect(thrown(() => makeMilestone('design REVIEW', '2027-03-01', g.milestones))).toMatch(/already a milestone "Design review" \(design-review\).*career milestone edit <goal> design-review/);
    expect(() => checkNewTitle(g.milestones, 'Design review', 'design-review')).not.toThrow();
  });
});

describe('editMilestone, undoMilestone, removeMilestones: each a revision with its reason', () => {
  it('reschedules and renames, keeping the id', () => {
    const { goal: next, fields } = editMilestone(goal(), 'design-review', { due: '2027-02-01', title: 'Design sign-off' }, ' review slipped ', TODAY);
    expect(fields).toEqual(['milestones.design-review.title', 'milestones.design-review.due']);
    expect(next.milestones[0]).toEqual({ id: 'design-review', title: 'Design sign-off', due: '2027-02-01' });
    expect(next.revisions).toEqual([{ date: TODAY, fields, reason: 'review slipped' }]);
  });

  it.each<[string, Parameters<typeof editMilestone>[2], RegExp]>([
    ['no change asked', {}, /needs --due <date> or --title <text>/],
    ['the same due date', { due: '2027-01-15' }, /nothing to change/],
    ['the same title', { title: 'Design review' }, /nothing to change/],
    ['an empty title', { title: '  ' }, /--title must not be empty/],
    ['a title another milestone has', { title: 'go LIVE' }, /already a milestone "Go live"/],
  ])('refuses %s', (_, edit, re) => expect(thrown(() => editMilestone(goal(), 'design-review', edit, '', TODAY))).toMatch(re));

  it('undo opens a done milestone and says when it had been done', () => {
    const { goal: next, was } = undoMilestone(goal(), 'design-tokens', '', TODAY);
    expect(was).toBe('2026-11-01');
    expect(next.milestones[1]).toEqual({ id: 'design-tokens', title: 'Design tokens', due: '2027-02-15' });
    expect(next.revisions[0]).toEqual({ date: TODAY, fields: ['milestones.design-tokens.completed'], reason: 'undone (had been marked done on 2026-11-01)' });
    expect(thrown(() => undoMilestone(goal(), 'go-live', '', TODAY))).toMatch(/is not done/);
  });

  it('remove keeps what the milestone was in the revision', () => {
    const next = removeMilestones(goal(), ['design-tokens'], 'merged into go-live', TODAY);
    expect(next.milestones.map((m) => m.id)).toEqual(['design-review', 'go-live']);
    expect(next.revisions[0]).toEqual({ date: TODAY, fields: ['milestones.design-tokens'], reason: 'removed "Design tokens" (due 2027-02-15, done 2026-11-01): merged into go-live' });
  });

  it.each<['done' | 'drop' | 'keep', string[], (string | undefined)[]]>([
    ['done', ['design-review', 'design-tokens', 'go-live'], [TODAY, '2026-11-01', TODAY]],
    ['drop', ['design-tokens'], ['2026-11-01']],
    ['keep', ['design-review', 'design-tokens', 'go-live'], [undefined, '2026-11-01', undefined]],
  ])('goal done with open milestones: %s', (choice, ids, completed) => {
    const next = settleOpenMilestones(goal(), choice, TODAY);
    expect(next.milestones.map((m) => m.id)).toEqual(ids);
    expect(next.milestones.map((m) => m.completed)).toEqual(completed);
    expect(next.revisions.length).toBe(choice === 'keep' ? 0 : 1);
  });
});

describe('steps: named by number or whole text, added and ticked with a revision', () => {
  it.each<[string, number]>([['1', 0], ['2', 1], ['book the REVIEW room', 0]])('%j is step index %i', (ref, i) => expect(findStep(goal(), ref, 'ship')).toBe(i));
  it.each<[string, RegExp]>([['0', /no step 0 \(it has 2\)/], ['3', /no step 3/], ['review', /no step "review".*1\. Book the review room/]])('%j is refused', (ref, re) => {
    expect(thrown(() => findStep(goal(), ref, 'ship'))).toMatch(re);
  });
  it('adds a step and ticks one off', () => {
    const { goal: added, number } = addStep(goal(), ' Invite the leads ', '', TODAY);
    expect(number).toBe(3);
    expect(added.steps[2]).toEqual({ text: 'Invite the leads', done: false });
    expect(added.revisions[0]!.reason).toBe('added "Invite the leads"');
    const done = completeStep(added, 0, 'booked for Monday', TODAY);
    expect(done.steps[0]!.done).toBe(true);
    expect(done.revisions.at(-1)).toEqual({ date: TODAY, fields: ['steps[1].done'], reason: 'booked for Monday' });
    expect(thrown(() => completeStep(goal(), 1, '', TODAY))).toMatch(/already done/);
    expect(thrown(() => addStep(goal(), 'book the review room', '', TODAY))).toMatch(/already has the step/);
    expect(thrown(() => addStep(goal(), ' ', '', TODAY))).toMatch(/needs its text/);
  });
});

describe('completeStepsByText: a check-in\'s ticked steps on the goal as it is under the lock', () => {
  it('finds each step by its text (numbers may have shifted), a revision each; done or removed ones are left', () => {
    // Since the check-in began: a step was added in front and "Write the token list" was already done.
    const now = goal({ steps: [{ text: 'A new first step' }, { text: 'Book the review room' }, { text: 'Write the token list', done: true }] });
    const { goal: next, done } = completeStepsByText(now, ['book the review room', 'Write the token list', 'Gone step'], 'done in the 2026-W47 check-in', TODAY);
    expect(done).toEqual(['Book the review room']);
    expect(next.steps.map((s) => s.done)).toEqual([false, true, true]);
    expect(next.revisions).toEqual([{ date: TODAY, fields: ['steps[2].done'], reason: 'done in the 2026-W47 check-in' }]);
    expect(completeStepsByText(now, ['Gone step'], 'r', TODAY).goal).toBe(now); // nothing to do: the same goal
  });
});
