// The weekly check-in conversation: last week's focus, each active goal (its number or its
// milestones, its open steps, a status, a note), then the question set from templates/. Every answer starts
// from `start` (flags, or this week's saved answers on a re-run). Returns answers; writes nothing.
import { checkbox, input, number, select, fitSay } from './inquirer.js';
import type { CheckinAnswers, StepsDone } from '../core/checkin.js';
import type { GoalRecord } from '../core/journal.js';
import { goalPace, goalProgress, unitAfterName } from '../core/progress.js';
import { checkinParts, CHECKIN_FIELDS, type AnswerValue, type QuestionSet } from '../core/question-set.js';
import { GOAL_HEALTH } from '../core/constants.js';
import type { GoalCheck } from '../core/schemas.js';
import { safeText } from '../render/safe.js';
import { askQuestions } from './questions.js';

export interface CheckinPromptInput {
  week: string;
  goals: GoalRecord[]; // active goals
  lastFocus: string[]; // last check-in's focus items
  start: CheckinAnswers;
  /** Each goal's value as of the end of the week: the number prompt starts there. */
  defaultValue: (goal: string) => number | undefined;
  set: QuestionSet;
  today: string;
  say: (text: string) => void;
}

type Health = NonNullable<GoalCheck['status']>;
const HEALTH_HELP: Record<Health, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk: it could slip',
  'off-track': 'off track: it needs a new plan',
  blocked: 'blocked: waiting on something',
};

/** Not answering is an answer too: a status is never assumed. */
const SKIP = 'skip';

/** The goal's open steps: which did the person finish? (--step-done GOAL=STEP) */
async function askSteps(g: GoalRecord, ticked: readonly string[]): Promise<string[]> {
  const open = g.steps.filter((s) => !s.done);
  if (!open.length) return [];
  return checkbox({
    message: 'Which steps did you finish this week?',
    choices: open.map((s) => ({ name: safeText(s.text), value: s.text, checked: ticked.includes(s.text) })),
  });
}

/** A metric as the check-in names it: "teams onboarded (teams)", but "talks" alone, not "talks (talks)". */
export function metricLabel(metric: { name: string; unit?: string }): string {
  const unit = unitAfterName(metric);
  return `${safeText(metric.name)}${unit ? ` (${safeText(unit)})` : ''}`;
}

async function askGoal(g: GoalRecord, start: GoalCheck, defaultValue: number | undefined, today: string, say: (t: string) => void, ticked: readonly string[]): Promise<{ check: GoalCheck; steps: string[] }> {
  say(`\n${safeText(g.title)}  (${Math.round(goalProgress(g) * 100)}%, ${goalPace(g, today)})`);
  const check: GoalCheck = { goal: g.id, milestones: start.milestones, ...(start.status ? { status: start.status } : {}) };
  if (g.metric) {
    // Enter keeps the value it had at the end of the week, which records nothing new.
    const was = start.value ?? defaultValue ?? g.metric.start;
    const value = await number({ message: `${metricLabel(g.metric)} now? target ${g.metric.target}`, default: was, step: 'any' });
    if (value !== undefined) check.value = value;
  }
  const open = g.milestones.filter((m) => !m.completed || start.milestones.includes(m.id));
  if (open.length) {
    check.milestones = await checkbox({
      message: 'Milestones completed this week',
      choices: open.map((m) => ({ name: `${safeText(m.title)} (due ${m.due})`, value: m.id, checked: start.milestones.includes(m.id) })),
    });
  }
  const steps = await askSteps(g, ticked);
  const status = await select<Health | typeof SKIP>({
    message: 'How is it going?', default: start.status ?? SKIP,
    choices: [{ name: 'skip: no answer this week', value: SKIP }, ...GOAL_HEALTH.map((h) => ({ name: HEALTH_HELP[h], value: h }))],
  });
  if (status === SKIP) delete check.status;
  else check.status = status;
  const note = (await input({ message: 'A short note (optional)', default: start.note })).trim();
  if (note) check.note = note;
  return { check, steps };
}

/** The template's reserved ids are the check-in's own fields; other ids are custom answers. */
function templateDefaults(a: CheckinAnswers): Record<string, AnswerValue> {
  const d: Record<string, AnswerValue> = {};
  for (const field of Object.keys(CHECKIN_FIELDS) as (keyof typeof CHECKIN_FIELDS)[]) {
    const v = a[field];
    if (v !== undefined) d[field] = v;
  }
  for (const ans of a.answers) d[ans.id] = ans.answer;
  return d;
}

export async function askCheckin(p: CheckinPromptInput): Promise<CheckinAnswers> {
  const say = fitSay(p.say);
  let focusDone = p.start.focusDone;
  if (p.lastFocus.length) {
    focusDone = await checkbox({
      message: "Last week's focus: which did you finish?",
      choices: p.lastFocus.map((f) => ({ name: safeText(f), value: f, checked: p.start.focusDone.includes(f) })),
    });
  }
  const goals: GoalCheck[] = [];
  const stepsDone: StepsDone[] = [];
  for (const g of p.goals) {
    const start = p.start.goals.find((c) => c.goal === g.id) ?? { goal: g.id, milestones: [] };
    const asked = await askGoal(g, start, p.defaultValue(g.id), p.today, say, p.start.stepsDone?.find((s) => s.goal === g.id)?.steps ?? []);
    goals.push(asked.check);
    if (asked.steps.length) stepsDone.push({ goal: g.id, steps: asked.steps });
  }
  say(`\n${safeText(p.set.title)}${p.set.intro ? `\n${p.set.intro.trim().split('\n').map(safeText).join('\n')}` : ''}`);
  const values = await askQuestions(p.set, templateDefaults(p.start));
  return { focusDone, goals, ...checkinParts(p.set, values), ...(stepsDone.length ? { stepsDone } : {}) };
}
