// The SMART goal wizard driven through @inquirer/testing's screen: every question of askGoal
// in order, the answers it returns, and reviewSmart's fix loop (SPEC §1 goal fields, §4 SMART).
import { describe, it, expect } from 'vitest';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askGoal, reviewSmart, type WizardContext } from '../../src/prompts/goal.js';
import { makeGoal, type GoalAnswers } from '../../src/core/goal-make.js';
import type { GoalRecord } from '../../src/core/journal.js';
import { smartCheck, smartPasses } from '../../src/core/smart.js';

const TODAY = '2026-11-20';

function longGoal(id: string, horizon: 'long' | 'mid', status: 'active' | 'done' = 'active'): GoalRecord {
  const g = makeGoal({
    title: `Long goal ${id}`, type: 'position', horizon, why: 'w', values: [], parent: null, deadline: '2033-12-31',
    metric: null, milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false,
  }, '2026-01-01');
  return { ...g, status, id };
}

function context(goals: GoalRecord[] = [], values = ['growth', 'craft', 'impact']): WizardContext & { said: string[] } {
  const said: string[] = [];
  return { today: TODAY, vision: 'Lead a team known for growing people', values, goals, say: (t) => said.push(t), said };
}

describe('askGoal: the SMART wizard', () => {
  it('asks every question in a coach\'s order and returns the answers', async () => {
    const c = context([longGoal('become-a-director', 'long'), longGoal('old-dream', 'long', 'done')]);
    const result = askGoal({}, c);

    await answer('What do you want to achieve?', 'Roll out the CRM to 8 sales teams');
    // The sentence states a target: the draft is shown; "no" keeps only the title (issue 15.8).
    await waitFor('Use this draft?');
    await answer('Use this draft?', '', ['down', 'down']);
    await waitFor('What kind of goal is it?');
    expect(screen.getScreen()).toContain('development: skills, certifications, courses');
    await answer('What kind of goal is it?', '', ['down']); // position
    await waitFor('Its horizon');
    expect(screen.getScreen()).toContain('short-term: this year');
    await answer('Its horizon', ''); // short
    await waitFor('Which longer-term goal does this one move forward?');
    expect(screen.getScreen()).toContain('Long goal become-a-director (long-term)');
    expect(screen.getScreen()).not.toContain('old-dream'); // only active goals
    expect(screen.getScreen()).toContain('none: it ties straight to my vision');
    await answer('Which longer-term goal', '');
    await answer('Why does it matter to you?', 'it is the step to team lead');
    await waitFor('Which of your values does it serve?');
    await answer('Which of your values', '', ['space', 'down', 'down', 'space']); // growth, impact
    await answer('Can you measure it with a number?', ''); // default yes
    await answer('What number will show progress?', 'teams onboarded');
    await answer('Its unit', 'teams');
    await answer('Where are you today?', '1');
    await answer('Target value', '8');
    await waitFor('Deadline');
    expect(screen.getScreen()).toContain('(end of year)'); // the default for a short-term goal
    await answer('Deadline', 'end of Q2');
    await answer('A milestone on the way', 'Pilot team live');
    await answer('When is "Pilot team live" due?', '2027-01-31');
    await answer('Another milestone', 'Half the teams@end of Q1'); // TITLE@DATE, as the flag takes it
    await answer('Another milestone', 'Talk @ the sales offsite'); // an @ that is part of the title
    await answer('When is "Talk @ the sales offsite" due?', '2027-03-15');
    await answer('Another milestone', '');
    await answer('Your first action step', 'Book a demo with sales');
    await answer('Next step', 'Train two champions');
    await answer('Next step', '');
    await answer('Who can help?', 'Dana (manager), Sam');
    await answer('Resources you need', 'CRM trial licence, 2h a week');
    await answer('Skills or habits to build', 'facilitation');
    await answer('What could get in the way?', 'Sales changes priorities');
    await answer('Your plan if it happens', 'keep the pilot small');
    await answer('Anything else that could get in the way?', '');
    await answer('Is it important', ''); // default yes
    await waitFor('Is it urgent');
    screen.type('y');
    screen.keypress('enter');

    const a = await result;
    expect(a).toEqual({
      title: 'Roll out the CRM to 8 sales teams',
      type: 'position',
      horizon: 'short',
      parent: 'become-a-director',
      why: 'it is the step to team lead',
      values: ['growth', 'impact'],
      metric: { name: 'teams onboarded', unit: 'teams', start: 1, target: 8 },
      deadline: '2027-06-30', // end of Q2 after 2026-11-20: next year's
      milestones: [{ title: 'Pilot team live', due: '2027-01-31' }, { title: 'Half the teams', due: '2027-03-31' },
        { title: 'Talk @ the sales offsite', due: '2027-03-15' }],
      steps: ['Book a demo with sales', 'Train two champions'],
      helpers: ['Dana (manager)', 'Sam'],
      resources: ['CRM trial licence', '2h a week'],
      skills: ['facilitation'],
      risks: [{ scenario: 'Sales changes priorities', contingency: 'keep the pilot small' }],
      important: true,
      urgent: true,
    } satisfies GoalAnswers);
    expect(smartPasses(smartCheck(makeGoal(a, TODAY), c.values))).toBe(true);
    // A phrase is echoed as the date it became; a date typed as a date is not.
    expect(c.said).toContain('  end of Q2 → 2027-06-30');
    expect(c.said.filter((l) => l.includes('→'))).toEqual(['  end of Q2 → 2027-06-30', '  end of Q1 → 2027-03-31']);
    expect(c.said.join('\n')).toContain('Read from your sentence:\n  title:    Roll out the CRM to 8 sales teams\n  target:   8 sales teams');
  });

  it('starts the horizon on the suggested one: Enter takes long-term when init says "start with the long-term goal"', async () => {
    const c = { ...context([], []), suggestedHorizon: 'long' as const };
    const result = askGoal({ title: 'Become an engineering director', type: 'position', why: 'w', deadline: '2033-12-31', metric: null, milestones: [{ title: 'x', due: '2030-01-01' }], steps: [], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false }, c);
    await answer('Its horizon', ''); // Enter: the suggestion
    expect(await result).toMatchObject({ horizon: 'long', parent: null });
  });

  it('warns about working backward in the SMART review, and saves anyway', async () => {
    const c = context([longGoal('become-a-director', 'long')]);
    const a = { title: 'Manage a team of five', type: 'position' as const, horizon: 'mid' as const, why: 'w', values: [], parent: 'become-a-director', deadline: '2035-01-01',
      metric: { name: 'n', unit: '', start: 0, target: 5 }, milestones: [], steps: ['s'], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false };
    expect(await reviewSmart(a, c)).toEqual(a);
    // Said wrapped to the width (80 here), continuation lines under the text: read it as one line.
    const said = c.said.map((l) => l.replace(/\n +/g, ' '));
    expect(said).toContain('  ! Working backward: its deadline 2035-01-01 is after that of its parent become-a-director (2033-12-31)');
    expect(said.some((l) => l.startsWith('  ! Working backward: a mid-term goal is due within five years'))).toBe(true);
    for (const line of c.said.flatMap((l) => l.split('\n'))) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('asks only what the flags left out; a long-term goal serves the vision', async () => {
    const c = context([], []);
    const result = askGoal({ title: 'Become an engineering director', type: 'position', why: 'lead at scale', deadline: '2033-12-31', steps: [], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false }, c);
    await answer('Its horizon', ''); // Enter: long, the horizon its deadline (2033) suggests
    // No parent question for a long-term goal, no values question without profile values.
    await answer('Can you measure it with a number?', 'n');
    await answer('A milestone on the way', 'Lead a team');
    await answer('When is "Lead a team" due?', 'in 3 years');
    await waitFor('Another milestone');
    screen.keypress('enter');
    const a = await result;
    expect(a).toMatchObject({ horizon: 'long', parent: null, values: [], metric: null, milestones: [{ title: 'Lead a team', due: '2029-11-20' }] });
    expect(c.said.join('\n')).toContain('This goal serves your vision: "Lead a team known for growing people"');
  });

  it('offers only horizons shorter than a parent given as a flag', async () => {
    const c = context([longGoal('mid-goal', 'mid')], []);
    const result = askGoal({ title: 't t t', type: 'other', parent: 'mid-goal', why: '', metric: null, deadline: '2027-01-01', milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [], important: false, urgent: false }, c);
    await waitFor('Its horizon');
    expect(screen.getScreen()).toContain('short-term');
    expect(screen.getScreen()).not.toContain('mid-term');
    expect(screen.getScreen()).not.toContain('long-term');
    screen.keypress('enter');
    expect(await result).toMatchObject({ horizon: 'short', parent: 'mid-goal' });
  });

  it('refuses a date phrase it cannot read and asks again', async () => {
    const c = context([], []);
    const result = askGoal({ title: 't t t', type: 'other', horizon: 'short', parent: null, why: 'w', metric: null, milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [], important: false, urgent: false }, c);
    await waitFor('Deadline');
    screen.type('someday');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('cannot read the date "someday"');
    for (let i = 0; i < 'someday'.length; i++) screen.keypress('backspace');
    screen.type('2027-02-30');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('no such day');
    for (let i = 0; i < '2027-02-30'.length; i++) screen.keypress('backspace');
    screen.type('next friday');
    screen.keypress('enter');
    expect((await result).deadline).toBe('2026-11-27');
  });
});

describe('reviewSmart', () => {
  /** Passes everything but Measurable: no metric and no milestones. */
  const unmeasured: GoalAnswers = {
    title: 'Speak at meetups about testing', type: 'development', horizon: 'short', why: 'talks open doors', values: ['growth'],
    parent: null, deadline: '2027-06-30', metric: null, milestones: [], steps: ['Join a Toastmasters club'], helpers: [], resources: [],
    skills: [], risks: [], important: true, urgent: false,
  };

  it('shows the failed criterion, fixes Measurable with a metric, and then passes all five', async () => {
    const c = context();
    expect(smartCheck(makeGoal(unmeasured, TODAY), c.values).measurable.pass).toBe(false);
    const result = reviewSmart(unmeasured, c);
    await waitFor('Fix it now?');
    const shown = c.said.join('\n');
    expect(shown).toContain('SMART check for "Speak at meetups about testing"');
    expect(shown).toMatch(/✗ Measurable: add a metric/);
    for (const label of ['Specific', 'Achievable', 'Relevant', 'Time-bound']) expect(shown).toMatch(new RegExp(`✓ ${label}:`));
    expect(screen.getScreen()).toContain('Fix Measurable');
    expect(screen.getScreen()).toContain('Save as it is');
    expect(screen.getScreen()).not.toContain('Fix Specific');
    await answer('Fix it now?', ''); // Fix Measurable
    await answer('Measure it with a number?', ''); // yes
    await answer('What number will show progress?', 'talks given');
    await answer('Its unit', '');
    await answer('Where are you today?', '');
    await waitFor('Target value');
    screen.type('4');
    screen.keypress('enter');

    const a = await result;
    expect(a).toEqual({ ...unmeasured, metric: { name: 'talks given', unit: '', start: 0, target: 4 } });
    const check = smartCheck(makeGoal(a, TODAY), c.values);
    expect(Object.values(check).map((x) => x.pass)).toEqual([true, true, true, true, true]);
    // The check is shown again after the fix, all ticks.
    const last = c.said.slice(c.said.lastIndexOf('\nSMART check for "Speak at meetups about testing":'));
    expect(last.filter((l) => l.includes('✓'))).toHaveLength(5);
    expect(unmeasured.metric).toBeNull(); // the input was not changed in place
  });

  it('can fix Measurable with milestones instead of a number', async () => {
    const c = context();
    const result = reviewSmart(unmeasured, c);
    await answer('Fix it now?', '');
    await answer('Measure it with a number?', 'n');
    await answer('A milestone on the way', 'First talk at a meetup');
    await answer('When is "First talk at a meetup" due?', 'end of march');
    await waitFor('Another milestone');
    screen.keypress('enter');
    const a = await result;
    expect(a.milestones).toEqual([{ title: 'First talk at a meetup', due: '2027-03-31' }]);
    expect(smartPasses(smartCheck(makeGoal(a, TODAY), c.values))).toBe(true);
  });

  it('fixes Achievable: a past deadline is asked again, a step only when there is no plan', async () => {
    const c = context();
    const late: GoalAnswers = { ...unmeasured, metric: { name: 'talks', unit: '', start: 0, target: 3 }, deadline: '2026-10-01' };
    const result = reviewSmart(late, c);
    await waitFor('Fix it now?');
    expect(c.said.join('\n')).toMatch(/✗ Achievable: move the deadline to 2026-11-20 or later/);
    await answer('Fix it now?', ''); // Fix Achievable
    await waitFor('A deadline from today on');
    screen.type('end of year');
    screen.keypress('enter');
    const a = await result; // the existing step is plan enough: no step question
    expect(a).toEqual({ ...late, deadline: '2026-12-31' });

    const c2 = context();
    const planless: GoalAnswers = { ...late, deadline: '2027-03-01', steps: [] };
    const result2 = reviewSmart(planless, c2);
    await waitFor('Fix it now?');
    // The wizard's hints name what to add, not the flags that would add it.
    expect(c2.said.join('\n')).toMatch(/✗ Achievable: plan how: add a first step, a helper or a resource$/m);
    expect(c2.said.join('\n')).not.toContain('--');
    await answer('Fix it now?', '');
    await waitFor('One first action step');
    screen.type('Give a lightning talk');
    screen.keypress('enter');
    expect((await result2).steps).toEqual(['Give a lightning talk']);
  });

  it('"Save as it is" returns the failing answers unchanged', async () => {
    const c = context();
    const failing: GoalAnswers = { ...unmeasured, title: 'Speak', why: '', steps: [] };
    const result = reviewSmart(failing, c);
    await waitFor('Fix it now?');
    for (const label of ['Specific', 'Measurable', 'Achievable']) expect(screen.getScreen()).toContain(`Fix ${label}`);
    // Relevant passes through the value "growth"; Time-bound through the deadline.
    expect(screen.getScreen()).not.toContain('Fix Relevant');
    await answer('Fix it now?', '', ['down', 'down', 'down']);
    const a = await result;
    expect(a).toBe(failing);
    expect(a).toEqual({ ...unmeasured, title: 'Speak', why: '', steps: [] });
    expect(c.said.join('\n')).toMatch(/✗ Specific/);
  });

  it('returns at once when every criterion passes', async () => {
    const c = context();
    const passing = { ...unmeasured, metric: { name: 'talks', unit: '', start: 0, target: 3 } };
    expect(await reviewSmart(passing, c)).toBe(passing);
    expect(c.said.join('\n')).not.toContain('✗');
  });
});

describe('the first question reads a sentence (issue 15.8)', () => {
  const SENTENCE = 'Publish 2 articles on VR in trade journals by Q4 2027';

  it('"yes" uses the draft: type, deadline and metric are not asked; the horizon starts on the deadline\'s', async () => {
    const c = { ...context([], []), suggestedHorizon: 'long' as const };
    const result = askGoal({}, c);
    await answer('What do you want to achieve?', SENTENCE);
    await waitFor('Use this draft?');
    expect(c.said.join('\n')).toContain('target:   2 articles');
    expect(c.said.join('\n')).toContain('deadline: 2027-12-31 (by Q4 2027)');
    expect(c.said.join('\n')).toContain('type:     development');
    await answer('Use this draft?', ''); // Enter: yes
    await waitFor('Its horizon');
    expect(screen.getScreen()).toMatch(/❯ mid-term/); // due in 13 months: not the long-term init suggests
    await answer('Its horizon', '');
    await answer('Why does it matter to you?', 'to be known for VR work');
    await answer('A milestone on the way', '');
    await answer('Your first action step', '');
    await answer('Who can help?', '');
    await answer('Resources you need', '');
    await answer('Skills or habits to build', '');
    await answer('What could get in the way?', '');
    await answer('Is it important', '');
    await answer('Is it urgent', '');
    expect(await result).toMatchObject({
      title: SENTENCE, type: 'development', horizon: 'mid', deadline: '2027-12-31',
      metric: { name: 'articles', unit: 'articles', start: 0, target: 2 },
    });
  });

  it('"adjust" asks each of them, starting from the draft: Enter keeps, typing changes', async () => {
    const c = context([], []);
    const result = askGoal({}, c);
    await answer('What do you want to achieve?', SENTENCE);
    await answer('Use this draft?', '', ['down']); // adjust
    await waitFor('What kind of goal is it?');
    expect(screen.getScreen()).toMatch(/❯ development/);
    await answer('What kind of goal is it?', ''); // kept
    await answer('Its horizon', '');
    await answer('Why does it matter to you?', '');
    await answer('Can you measure it with a number?', '');
    await waitFor('What number will show progress?');
    expect(screen.getScreen()).toContain('(articles)');
    await answer('What number will show progress?', '');
    await answer('Its unit', '');
    await answer('Where are you today?', '');
    await waitFor('Target value');
    expect(screen.getScreen()).toContain('(2)');
    await answer('Target value', '\b3'); // adjusted
    await waitFor('Deadline');
    expect(screen.getScreen()).toContain('(2027-12-31)');
    await answer('Deadline', ''); // kept
    await answer('A milestone on the way', 'Draft accepted@next friday');
    await answer('Another milestone', '');
    for (const q of ['Your first action step', 'Who can help?', 'Resources you need', 'Skills or habits to build', 'What could get in the way?', 'Is it important', 'Is it urgent']) await answer(q, '');
    expect(await result).toMatchObject({
      type: 'development', deadline: '2027-12-31', metric: { name: 'articles', unit: 'articles', start: 0, target: 3 },
      milestones: [{ title: 'Draft accepted', due: '2026-11-27' }],
    });
    expect(c.said).toContain('  next friday → 2026-11-27'); // a milestone's date phrase is echoed too (15.6)
  });

  it('a title that states nothing shows no draft', async () => {
    const c = context([], []);
    const result = askGoal({ type: 'other', horizon: 'long', why: 'w', metric: null, deadline: '2033-12-31', milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false }, c);
    await answer('What do you want to achieve?', 'Write clearer design documents');
    expect((await result).title).toBe('Write clearer design documents');
    expect(c.said.join('\n')).not.toContain('Read from your sentence');
  });
});
