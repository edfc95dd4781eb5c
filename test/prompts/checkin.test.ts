// The weekly check-in conversation (askCheckin) driven through @inquirer/testing's screen:
// last week's focus, a metric goal (a new value, a step ticked), a milestone goal (tick one), status and note,
// then the shipped question set. A re-run pre-filled with those answers keeps them all on Enter.
import { describe, expect, it } from 'vitest';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askCheckin, metricLabel, type CheckinPromptInput } from '../../src/prompts/checkin.js';
import type { CheckinAnswers } from '../../src/core/checkin.js';
import { makeGoal, type GoalAnswers } from '../../src/core/goal-make.js';
import type { GoalRecord } from '../../src/core/journal.js';
import { loadQuestionSet } from '../../src/store/templates.js';

const TODAY = '2026-11-20';

const BASE: GoalAnswers = {
  title: '', type: 'development', horizon: 'short', why: 'w', values: [], parent: null, deadline: '2027-06-30',
  metric: null, milestones: [], steps: ['Book the demo room', 'Write the pilot plan'], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false,
};

const CRM: GoalRecord = {
  ...makeGoal({ ...BASE, title: 'Roll out the CRM to 8 teams', metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8 } }, '2026-09-01'),
  id: 'roll-out-the-crm',
};
CRM.progressLog = [{ date: '2026-11-06', value: 2 }];

const BOOK: GoalRecord = {
  ...makeGoal({ ...BASE, title: 'Write the platform handbook', milestones: [
    { title: 'Outline agreed', due: '2026-11-30' },
    { title: 'First draft', due: '2027-01-31' },
    { title: 'Published', due: '2027-03-31' },
  ] }, '2026-09-01'),
  id: 'write-the-platform-handbook',
};

const EMPTY: CheckinAnswers = { focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] };

function input(start: CheckinAnswers): CheckinPromptInput & { said: string[] } {
  const said: string[] = [];
  return {
    week: '2026-W47', goals: [CRM, BOOK], lastFocus: ['Finish the pilot plan', 'Talk to Sam', 'Ship the demo'],
    start, defaultValue: (id) => (id === CRM.id ? 2 : undefined), set: loadQuestionSet(null, 'checkin'), today: TODAY, say: (t) => said.push(t), said,
  };
}

const EXPECTED: CheckinAnswers = {
  focusDone: ['Finish the pilot plan', 'Ship the demo'],
  goals: [
    { goal: 'roll-out-the-crm', milestones: [], status: 'at-risk', value: 3, note: 'pilot slipped a week' },
    { goal: 'write-the-platform-handbook', milestones: ['first-draft'] },
  ],
  wins: ['Demo went well', 'Closed the billing bug'],
  learnings: ['Design docs first'],
  blockers: [],
  feedback: ['Dana: clear demo'],
  energy: 4,
  focus: ['Pilot with team 3', '1:1 with Sam', 'Draft chapter 2'],
  answers: [],
  stepsDone: [{ goal: 'roll-out-the-crm', steps: ['Write the pilot plan'] }],
};

describe('askCheckin', () => {
  it('asks focus, each goal and the question set, and returns the answers', async () => {
    const p = input(EMPTY);
    const result = askCheckin(p);

    await waitFor("Last week's focus: which did you finish?");
    expect(screen.getScreen()).toContain('Talk to Sam');
    await answer("Last week's focus", '', ['space', 'down', 'down', 'space']);

    // The metric goal: its value as of the week's end is offered; typing replaces it.
    await waitFor('teams onboarded (teams) now? target 8');
    expect(screen.getScreen()).toContain('(2)');
    await answer('teams onboarded (teams) now?', '3');
    // Its open steps: ticking one saves it done (issue 15.1).
    await waitFor('Which steps did you finish this week?');
    expect(screen.getScreen()).toContain('Book the demo room');
    await answer('Which steps did you finish this week?', '', ['down', 'space']);
    await waitFor('How is it going?');
    expect(screen.getScreen()).toContain('at risk: it could slip');
    expect(screen.getScreen()).toMatch(/❯ skip: no answer this week/); // no status is assumed
    await answer('How is it going?', '', ['down', 'down']); // skip -> on-track -> at-risk
    await answer('A short note (optional)', 'pilot slipped a week');

    // The milestone goal: no number, its open milestones with due dates.
    await waitFor('Milestones completed this week');
    expect(screen.getScreen()).toContain('Outline agreed (due 2026-11-30)');
    expect(screen.getScreen()).not.toContain('now? target');
    await answer('Milestones completed this week', '', ['down', 'space']); // First draft
    await answer('Which steps did you finish this week?', ''); // none
    await answer('How is it going?', ''); // skipped: stored as not answered
    await answer('A short note (optional)', '');

    await answer('What went well this week?', 'Demo went well');
    await answer('Another (Enter to finish)', 'Closed the billing bug');
    await answer('Another (Enter to finish)', '');
    await answer('What did you learn', 'Design docs first');
    await answer('Another (Enter to finish)', '');
    await answer('What frustrated you', ''); // nothing: an empty list
    await answer('What feedback did you receive', 'Dana: clear demo');
    await answer('Another (Enter to finish)', '');
    await waitFor('How was your energy this week?');
    expect(screen.getScreen()).toContain('1 = running on empty');
    expect(screen.getScreen()).toMatch(/❯ skip \(no answer\)/); // no earlier answer: nothing invented
    await answer('How was your energy this week?', '', ['down', 'down', 'down', 'down']); // skip -> 4
    await answer('What are your top 3 priorities for next week?', 'Pilot with team 3');
    await answer('Another (Enter to finish, 2 more at most)', '1:1 with Sam');
    await answer('Another (Enter to finish, 1 more at most)', 'Draft chapter 2');
    // Three focus items: the list is full and the check-in is over.

    expect(await result).toEqual(EXPECTED);
    const said = p.said.join('\n');
    expect(said).toContain('Roll out the CRM to 8 teams  (25%, ');
    expect(said).toContain('Write the platform handbook  (0%, ');
    expect(said).toContain('Weekly check-in');
  });

  it('a re-run starts from the saved answers and keeps every one of them on Enter', async () => {
    const result = askCheckin(input(EXPECTED));

    await waitFor("Last week's focus: which did you finish?");
    expect(screen.getScreen()).toMatch(/◉ Finish the pilot plan/);
    expect(screen.getScreen()).toMatch(/◯ Talk to Sam/);
    await answer("Last week's focus", '');
    await waitFor('teams onboarded (teams) now?');
    expect(screen.getScreen()).toContain('(3)'); // this week's value, not the older latest 2
    await answer('teams onboarded (teams) now?', '');
    await waitFor('Which steps did you finish this week?');
    expect(screen.getScreen()).toMatch(/◉ Write the pilot plan/); // ticked by --step-done, say
    await answer('Which steps did you finish this week?', '');
    await waitFor('How is it going?');
    expect(screen.getScreen()).toMatch(/❯ at risk/);
    await answer('How is it going?', '');
    await waitFor('A short note (optional)');
    expect(screen.getScreen()).toContain('pilot slipped a week');
    await answer('A short note (optional)', '');

    await waitFor('Milestones completed this week');
    expect(screen.getScreen()).toMatch(/◉ First draft/);
    await answer('Milestones completed this week', '');
    await answer('Which steps did you finish this week?', '');
    await answer('How is it going?', '');
    await answer('A short note (optional)', '');

    await waitFor('What went well this week? Big or small, name your wins. Keep these?');
    expect(screen.getScreen()).toContain('Closed the billing bug');
    await answer('Keep these?', '');
    await answer('Another (Enter to finish)', '');
    await answer('What did you learn, about the work or about yourself? Keep these?', '');
    await answer('Another (Enter to finish)', '');
    await answer('What frustrated you', '');
    await answer('What feedback did you receive, praise or critique? Keep these?', '');
    await answer('Another (Enter to finish)', '');
    await waitFor('How was your energy this week?');
    expect(screen.getScreen()).toMatch(/❯ 4/);
    await answer('How was your energy this week?', '');
    await waitFor('What are your top 3 priorities for next week? Keep these?');
    await answer('Keep these?', '');

    expect(await result).toEqual(EXPECTED);
  });

  it('skips the focus question when last week had none, and asks a custom question of the set', async () => {
    const set = loadQuestionSet(null, 'checkin');
    const custom = { ...set, questions: [{ id: 'reading', kind: 'text' as const, ask: 'What are you reading?' }, ...set.questions.filter((q) => q.id === 'energy')] };
    const result = askCheckin({ ...input(EMPTY), goals: [], lastFocus: [], set: custom });
    await answer('What are you reading?', 'Team Topologies');
    await answer('How was your energy this week?', '', ['down']); // skip -> 1
    expect(await result).toEqual({
      ...EMPTY,
      energy: 1,
      answers: [{ id: 'reading', question: 'What are you reading?', answer: 'Team Topologies' }],
    });
  });
});

describe('metricLabel', () => {
  it.each([
    [{ name: 'teams onboarded', unit: 'teams' }, 'teams onboarded (teams)'],
    [{ name: 'conference talks', unit: 'conference talks' }, 'conference talks'],
    [{ name: 'pages' }, 'pages'],
  ])('%j -> %s', (metric, label) => expect(metricLabel(metric)).toBe(label));
});
