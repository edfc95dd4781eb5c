// The wizard's first question reads a sentence (issue 15.8), as `career goal add "<sentence>"`
// does: what it states (a target and unit, a deadline, a type) is shown as a draft, and the
// person uses it (those questions are not asked), adjusts it (they are asked, starting from the
// draft) or ignores it. Returns answers; writes nothing.
import { input, select } from './inquirer.js';
import { draftLines, readGoalSentence, type SentenceDraft } from '../core/goal-sentence.js';
import type { GoalAnswers } from '../core/goal-make.js';
import type { GoalType } from '../core/schemas.js';
import { safeText } from '../render/safe.js';

/** Where the questions start when the person adjusts the draft. */
export interface DraftStart {
  type?: GoalType;
  deadline?: string;
  metric?: { name: string; unit: string; target: number };
}

export interface TitleAnswer {
  title: string;
  /** What the draft answers outright (the person chose "use it"). */
  filled: Partial<GoalAnswers>;
  /** Where the remaining questions start (the person chose "adjust it"). */
  start: DraftStart;
}

type Choice = 'use' | 'adjust' | 'ignore';

/** The draft's parts as answers: the metric counts the sentence's unit from 0 to its target. */
function parts(d: SentenceDraft): DraftStart {
  return {
    ...(d.type ? { type: d.type } : {}),
    ...(d.deadline ? { deadline: d.deadline } : {}),
    ...(d.target !== undefined ? { metric: { name: d.unit || 'count', unit: d.unit ?? '', target: d.target } } : {}),
  };
}

export async function askTitle(c: { today: string; say: (t: string) => void }): Promise<TitleAnswer> {
  const typed = await input({ message: 'What do you want to achieve? (one specific sentence, e.g. "Publish 2 articles on VR by Q4")', required: true });
  const draft = readGoalSentence(typed, c.today);
  const start = parts(draft);
  if (!Object.keys(start).length) return { title: draft.title, filled: {}, start: {} };
  c.say(`Read from your sentence:\n${draftLines(draft).map((l) => `  ${safeText(l)}`).join('\n')}`);
  const choice = await select<Choice>({
    message: 'Use this draft?',
    default: 'use',
    choices: [
      { name: 'yes: use what it read', value: 'use' },
      { name: 'adjust: ask each of these, starting from the draft', value: 'adjust' },
      { name: 'no: keep only the title', value: 'ignore' },
    ],
  });
  if (choice === 'ignore') return { title: draft.title, filled: {}, start: {} };
  if (choice === 'adjust') return { title: draft.title, filled: {}, start };
  const filled: Partial<GoalAnswers> = {};
  if (start.type) filled.type = start.type;
  if (start.deadline) filled.deadline = start.deadline;
  if (start.metric) filled.metric = { ...start.metric, start: 0 };
  return { title: draft.title, filled, start };
}
