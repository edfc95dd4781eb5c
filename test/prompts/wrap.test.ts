// Prompts wrap at word boundaries (issue 16.2): a check-in with a long goal title, long focus
// items, a long question with its help, and the set's long intro, driven through
// @inquirer/testing at 60 and 80 columns. inquirer itself would break these lines at the last
// column, mid-word; every screen here has no line wider than the width and no word split.
import { afterEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { answer, screen, waitFor } from '../helpers/screen.js';
// Imported after the screen helper so its prompts are the instrumented ones.
import { askCheckin } from '../../src/prompts/checkin.js';
import type { CheckinAnswers } from '../../src/core/checkin.js';
import { makeGoal } from '../../src/core/goal-make.js';
import type { GoalRecord } from '../../src/core/journal.js';
import type { QuestionSet } from '../../src/core/question-set.js';
import { finalAnswer } from '../../src/prompts/inquirer.js';

const TITLE = 'Become the person the platform group trusts with its hardest cross-team migrations';
const METRIC = 'cross-team migrations finished without a rollback or an incident';
const FOCUS = ['Write the rollout plan for the remaining seven sales teams and share it with the steering group', 'Book a demo'];
const ASK = 'Looking back at the whole week, which conversation with your manager changed how you plan the next one?';
const HELP = 'for example the one about handing the release train over to the new team lead';
const INTRO = 'Answer in a few words each: this is for you, not for a report, and every question can be skipped with Enter.';

const GOAL: GoalRecord = {
  ...makeGoal({
    title: TITLE, type: 'development', horizon: 'short', why: 'w', values: [], parent: null, deadline: '2027-06-30',
    metric: { name: METRIC, unit: 'migrations', start: 0, target: 8 }, milestones: [], steps: ['s'], helpers: [], resources: [], skills: [], risks: [], important: true, urgent: false,
  }, '2026-09-01'),
  id: 'become-the-person',
};

const SET: QuestionSet = { version: 1, title: 'Weekly check-in', intro: INTRO, questions: [{ id: 'manager', kind: 'text', ask: ASK, help: HELP }] };
const EMPTY: CheckinAnswers = { focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] };

const WORDS = new Set([TITLE, METRIC, ...FOCUS, ASK, HELP, INTRO].flatMap((t) => t.split(' ')));

/** No line wider than `cols`, and every word on the screen one of the texts' words, whole. */
function fits(text: string, cols: number): void {
  for (const line of text.split('\n')) {
    expect(stringWidth(line), `${stringWidth(line)} > ${cols}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(cols);
  }
  // A word cut in two would leave a piece that is no word of the texts at a line's end or start.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const [a, b] of lines.slice(1).map((l, i) => [lines[i]!, l] as const)) {
    const joined = `${a.split(' ').pop()!}${b.split(' ')[0]!}`;
    if (WORDS.has(joined)) expect.fail(`"${joined}" is split between ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
}

const columns = process.env.COLUMNS;
afterEach(() => {
  if (columns === undefined) delete process.env.COLUMNS;
  else process.env.COLUMNS = columns;
});

describe.each([60, 80])('prompts at %i columns', (cols) => {
  it('wrap the check-in\'s messages, choices, intro and the goal header under their text', async () => {
    process.env.COLUMNS = String(cols);
    const said: string[] = [];
    const result = askCheckin({ week: '2026-W47', goals: [GOAL], lastFocus: FOCUS, start: EMPTY, defaultValue: () => 2, set: SET, today: '2026-11-20', say: (t) => said.push(t) });

    await waitFor("Last week's focus");
    fits(screen.getScreen(), cols);
    expect(screen.getScreen()).toContain('the steering group'); // the long focus item, wrapped
    await answer("Last week's focus", '', ['space']);

    await waitFor('now? target 8');
    fits(screen.getScreen(), cols);
    expect(screen.getScreen().split('\n').length).toBeGreaterThan(1); // the long metric name wrapped
    await answer('now? target 8', '3');
    await answer('Which steps did you finish this week?', '');
    await answer('How is it going?', '');
    await answer('A short note (optional)', '');

    await waitFor('Looking back at the whole week');
    fits(screen.getScreen(), cols);
    expect(screen.getScreen()).toMatch(/\(for\s+example/); // the help, wrapped with the question
    expect(screen.getScreen()).toMatch(/\n {2}\S/); // continuation lines under the text, after "? "
    await answer('Looking back at the whole week', 'the one about the release train');

    const answers = await result;
    expect(answers.focusDone).toEqual([FOCUS[0]]);
    expect(answers.answers).toEqual([{ id: 'manager', question: ASK, answer: 'the one about the release train' }]);
    // What the flow said (the goal's header, the set's title and intro) wraps too.
    for (const text of said) fits(text, cols);
    expect(said.join('\n')).toContain('Become the person');
    expect(said.join('\n').split('\n').some((l) => stringWidth(l) > cols - 15)).toBe(true);
  });
});

describe('an answer once given', () => {
  const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

  it('stays after the question when it fits on the line', () => {
    expect(plain(finalAnswer('What went well?', 'Shipped the pilot', 60))).toBe('Shipped the pilot');
  });

  it('goes under the question, wrapped and indented, when it does not', () => {
    const answer = 'Got started: journal set up and the first call for papers accepted at the conference';
    const shown = plain(finalAnswer('Looking at your goals, how far did you get this month?', answer, 60));
    const lines = shown.split('\n');
    expect(lines[0]).toBe('');
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}\S/);
      expect(line.length).toBeLessThanOrEqual(60);
    }
    expect(lines.slice(1).map((l) => l.trim()).join(' ')).toBe(answer);
  });
});
