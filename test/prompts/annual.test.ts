// The annual review's follow-through questions through @inquirer/testing's screen: deadlines goal
// by goal (Enter keeps one, a phrase is echoed as its date, then a reason), the vision, the skill
// ratings; and a relationship typed in the question set must say its action (issue 15.5).
import { describe, it, expect } from 'vitest';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askDeadlines, askRatings, askVision } from '../../src/prompts/annual.js';
import { askQuestions } from '../../src/prompts/questions.js';
import { makeGoal } from '../../src/core/goal-make.js';
import type { GoalRecord } from '../../src/core/journal.js';
import type { Profile } from '../../src/core/schemas.js';
import type { QuestionSet } from '../../src/core/question-set.js';

const TODAY = '2026-11-20';

function goal(id: string, title: string, deadline: string, status: 'active' | 'done' = 'active'): GoalRecord {
  const g = makeGoal({
    title, type: 'position', horizon: 'mid', why: 'w', values: [], parent: null, deadline,
    metric: null, milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false,
  }, '2026-01-01');
  return { ...g, status, id };
}

const PROFILE: Profile = {
  version: 1, name: 'A', created: '2026-01-01', vision: 'Lead a team', values: ['growth'], passions: [], talents: [], strengths: [], weaknesses: [],
  skills: [{ name: 'TypeScript', kind: 'hard', rating: 3 }, { name: 'Negotiation', kind: 'soft', rating: 2 }],
  relationships: [], checkinDay: 'friday', partner: null,
};

describe('askDeadlines: goal by goal, soonest first', () => {
  it('Enter keeps a deadline; a phrase becomes a date, is echoed and asks why', async () => {
    const said: string[] = [];
    const goals = [goal('staff', 'Become staff engineer', '2028-06-30'), goal('crm', 'Ship the CRM pilot', '2026-12-31'), goal('old', 'Old goal', '2026-06-30', 'done')];
    const result = askDeadlines(goals, '2026', TODAY, (t) => said.push(t));
    await waitFor('Ship the CRM pilot: due 2026-12-31, by the end of 2026. New deadline?');
    await answer('Ship the CRM pilot', 'end of Q1 2027');
    await answer('Why the new date?', '\u0015two teams slipped'); // ctrl-u clears the offered reason
    await answer('Become staff engineer: due 2028-06-30. New deadline?', '');
    const moves = await result;
    expect([...moves]).toEqual([['crm', { deadline: '2027-03-31', reason: 'two teams slipped' }]]);
    expect(said).toContain('  end of Q1 2027 → 2027-03-31');
  });

  it('refuses a date it cannot read, and takes the offered reason on Enter', async () => {
    const result = askDeadlines([goal('crm', 'Ship the CRM pilot', '2026-12-31')], '2026', TODAY, () => {});
    await waitFor('New deadline?');
    screen.type('someday');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('try 2027-06-30');
    for (let i = 0; i < 'someday'.length; i++) screen.keypress('backspace');
    screen.type('2027-02-28');
    screen.keypress('enter');
    await answer('Why the new date?', '');
    expect([...(await result)]).toEqual([['crm', { deadline: '2027-02-28', reason: 'timeline readjusted in the 2026 annual review' }]]);
  });
});

describe('the vision and the skill ratings', () => {
  it('askVision: No keeps it (undefined); yes takes the new text', async () => {
    const kept = askVision(PROFILE);
    await answer('Your vision: "Lead a team". Update it?', ''); // default no
    expect(await kept).toBeUndefined();
    const changed = askVision(PROFILE);
    await answer('Update it?', 'y');
    await answer('Your vision statement', '\u0015Lead the platform group');
    expect(await changed).toBe('Lead the platform group');
  });

  it('askRatings: returns only the skills whose rating changed', async () => {
    const result = askRatings(PROFILE);
    await answer('Re-rate your skills (1-5)?', ''); // default yes
    await answer('TypeScript (was 3)', '\b4');
    await answer('Negotiation (was 2)', '');
    expect([...(await result)]).toEqual([['TypeScript', 4]]);
  });
});

describe('askQuestions with an item check', () => {
  const set: QuestionSet = { version: 1, title: 'Annual', questions: [{ id: 'relationships', kind: 'list', ask: 'Which relationships matter most?' }] } as QuestionSet;
  it('a relationship without an action is refused at the prompt, with the form to use', async () => {
    const check = (item: string) => item.includes('=>') || 'needs an action: NAME (ROLE) => ACTION';
    const result = askQuestions(set, {}, { relationships: check });
    await waitFor('Which relationships matter most?');
    screen.type('Dana');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('needs an action: NAME (ROLE) => ACTION');
    screen.type(' (mentor) => lunch');
    screen.keypress('enter');
    await answer('Another', '');
    expect(await result).toEqual({ relationships: ['Dana (mentor) => lunch'] });
  });
});
