// Asking a question set through @inquirer/testing's screen: one question of each kind, first
// fresh, then again with the earlier answers as defaults (a re-run keeps them all on Enter).
import { describe, it, expect } from 'vitest';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askQuestions, toAnswers } from '../../src/prompts/questions.js';
import type { QuestionSet } from '../../src/core/question-set.js';

const SET: QuestionSet = {
  version: 1,
  title: 'Every kind',
  questions: [
    { id: 'headline', kind: 'text', ask: 'The headline of your week?', help: 'e.g. the pilot went live' },
    { id: 'wins', kind: 'list', ask: 'Your wins?', help: 'e.g. shipped the fix', max: 2 },
    { id: 'energy', kind: 'scale', ask: 'Your energy?', help: '1 = empty, 5 = full' },
    { id: 'hours', kind: 'number', ask: 'Hours of deep work?' },
    { id: 'mentor', kind: 'confirm', ask: 'Did you meet your mentor?', help: 'a short call counts' },
  ],
};

const FIRST = { headline: 'Pilot live', wins: ['Demo went well', 'Closed the bug'], energy: 4, hours: 7.5, mentor: 'yes' };

describe('askQuestions', () => {
  it('asks each kind in order, with its help while asking, and returns answers by id', async () => {
    const result = askQuestions(SET, {});
    await waitFor('The headline of your week?');
    expect(screen.getScreen()).toContain('(e.g. the pilot went live)');
    await answer('The headline of your week?', 'Pilot live');
    await waitFor('Your wins?');
    expect(screen.getScreen()).toContain('e.g. shipped the fix; Enter on an empty line to skip');
    await answer('Your wins?', 'Demo went well');
    await waitFor('Another (Enter to finish, 1 more at most)');
    await answer('Another', 'Closed the bug');
    // max 2 reached: no third item is asked for.
    await waitFor('Your energy?');
    expect(screen.getScreen()).toContain('(1 = empty, 5 = full)');
    expect(screen.getScreen()).toContain('❯ skip (no answer)'); // with no earlier answer nothing is assumed
    await answer('Your energy?', '', ['down', 'down', 'down', 'down']); // skip -> 4
    await answer('Hours of deep work?', '7.5');
    await waitFor('Did you meet your mentor?');
    expect(screen.getScreen()).toContain('(a short call counts)');
    screen.type('y');
    screen.keypress('enter');
    expect(await result).toEqual(FIRST);
    // Once answered, only the question and the answer stay on screen.
    expect(screen.getScreen()).toContain('Did you meet your mentor? Yes');
    expect(screen.getScreen()).not.toContain('short call');
  });

  it('a re-run offers every earlier answer and keeps them all on Enter', async () => {
    const result = askQuestions(SET, FIRST);
    await waitFor('The headline of your week?');
    expect(screen.getScreen()).toContain('Pilot live'); // prefilled, editable
    await answer('The headline of your week?', '');
    await waitFor('Your wins? Keep these?');
    expect(screen.getScreen()).toContain('Demo went well');
    expect(screen.getScreen()).toContain('Closed the bug');
    await answer('Your wins? Keep these?', '');
    // Both kept: the list is full, so no new item is asked for.
    await waitFor('Your energy?');
    expect(screen.getScreen()).toMatch(/❯ 4/);
    await answer('Your energy?', '');
    await answer('Hours of deep work?', '');
    await waitFor('Did you meet your mentor?');
    expect(screen.getScreen()).toContain('Y/n');
    screen.keypress('enter');
    expect(await result).toEqual(FIRST);
  });

  it('edits on a re-run: drop a kept item, add one, change the text; an empty number is left out', async () => {
    const result = askQuestions(SET, { ...FIRST, mentor: 'no' });
    await waitFor('The headline of your week?');
    for (let i = 0; i < ' live'.length; i++) screen.keypress('backspace');
    screen.type(' delayed');
    screen.keypress('enter');
    await answer('Your wins? Keep these?', '', ['space']); // untick "Demo went well"
    await answer('Another (Enter to finish, 1 more at most)', 'Paired with Sam');
    await answer('Your energy?', '', ['up']); // 4 -> 3
    await waitFor('Hours of deep work?');
    for (let i = 0; i < 5; i++) screen.keypress('backspace'); // clear the default 7.5
    screen.keypress('enter');
    await waitFor('Did you meet your mentor?');
    expect(screen.getScreen()).toContain('y/N');
    screen.keypress('enter');
    expect(await result).toEqual({ headline: 'Pilot delayed', wins: ['Closed the bug', 'Paired with Sam'], energy: 3, mentor: 'no' });
  });

  it('uses the template\'s defaults when there is no earlier answer, and skips empty answers', async () => {
    const set: QuestionSet = {
      version: 1,
      title: 'Defaults',
      questions: [
        { id: 'role', kind: 'text', ask: 'Your role?', default: 'Engineer' },
        { id: 'habits', kind: 'list', ask: 'Habits?', default: ['Read daily'] },
        { id: 'ideas', kind: 'list', ask: 'Ideas?' },
        { id: 'mood', kind: 'scale', ask: 'Mood?', default: 2 },
        { id: 'ok', kind: 'confirm', ask: 'All good?', default: false },
      ],
    };
    const result = askQuestions(set, { role: 'Lead engineer', mood: 9, ok: ['not a confirm answer'] });
    await waitFor('Your role?');
    expect(screen.getScreen()).toContain('Lead engineer'); // the earlier answer beats the template
    await answer('Your role?', '');
    await answer('Habits? Keep these?', '');
    await answer('Another (Enter to finish)', '');
    await answer('Ideas?', ''); // nothing to say: an empty list
    await waitFor('Mood?');
    expect(screen.getScreen()).toMatch(/❯ 2/); // 9 is no 1-5 rating: the template's 2
    await answer('Mood?', '');
    await waitFor('All good?');
    expect(screen.getScreen()).toContain('y/N');
    screen.keypress('enter');
    const values = await result;
    expect(values).toEqual({ role: 'Lead engineer', habits: ['Read daily'], ideas: [], mood: 2, ok: 'no' });
    expect(toAnswers(set, values)).toEqual([
      { id: 'role', question: 'Your role?', answer: 'Lead engineer' },
      { id: 'habits', question: 'Habits?', answer: ['Read daily'] },
      { id: 'mood', question: 'Mood?', answer: 2 },
      { id: 'ok', question: 'All good?', answer: 'no' },
    ]);
  });
});
