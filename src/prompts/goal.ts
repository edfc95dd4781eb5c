// The SMART goal wizard. Asks what the flags left out, shows the SMART check, and lets the
// person fix a failed criterion before anything is saved. Returns answers; writes nothing.
import { checkbox, confirm, input, number, select, fitSay } from './inquirer.js';
import { parseDatePhrase } from '../core/datephrase.js';
import { HORIZON_HELP, horizonFor, makeGoal, parseMilestoneFlag, type GoalAnswers } from '../core/goal-make.js';
import type { GoalRecord } from '../core/journal.js';
import { GOAL_TYPES, HORIZONS } from '../core/constants.js';
import type { Horizon } from '../core/schemas.js';
import { smartCheck, SMART_LABELS, withoutFlags, type SmartKey } from '../core/smart.js';
import { splitList } from '../core/text.js';
import { DRAFT_ID, findingsAbout } from '../core/backward.js';
import { askItems } from './common.js';
import { askTitle, type DraftStart } from './goal-sentence.js';

export interface WizardContext {
  today: string;
  vision: string;
  values: string[];
  goals: GoalRecord[];
  say: (text: string) => void;
  /** The horizon the horizon question starts on (init: long first, as it has just said). */
  suggestedHorizon?: Horizon;
}

const TYPE_HELP: Record<(typeof GOAL_TYPES)[number], string> = {
  development: 'skills, certifications, courses',
  position: 'a title, promotion or role',
  networking: 'people and communities',
  balance: 'work-life balance',
  entrepreneurial: 'something of your own',
  other: 'anything else',
};

const RANK: Record<Horizon, number> = { short: 0, mid: 1, long: 2 };

/** A date question; a phrase is echoed as the date it became ("next friday → 2026-12-11"). */
async function dateQuestion(message: string, c: Pick<WizardContext, 'today' | 'say'>, fallback?: string): Promise<string> {
  const today = c.today;
  const valid = (v: string) => {
    try {
      parseDatePhrase(v, today);
      return true;
    } catch (err) {
      return `${(err as Error).message}: try 2027-06-30, 2027-06, in 6 months, end of Q2, next friday`;
    }
  };
  const typed = (await input({ message, default: fallback, required: true, validate: valid })).trim();
  const date = parseDatePhrase(typed, today);
  if (typed !== date) c.say(`  ${typed} → ${date}`);
  return date;
}

async function askParent(horizon: Horizon, c: WizardContext): Promise<string | null> {
  const candidates = c.goals.filter((g) => g.status === 'active' && RANK[g.horizon] > RANK[horizon]);
  if (horizon === 'long' || candidates.length === 0) {
    if (c.vision) c.say(`This goal serves your vision: "${c.vision}"`);
    return null;
  }
  return select({
    message: 'Which longer-term goal does this one move forward?',
    choices: [
      ...candidates.map((g) => ({ name: `${g.title} (${g.horizon}-term)`, value: g.id as string | null })),
      { name: 'none: it ties straight to my vision', value: null },
    ],
  });
}

async function askMetric(from: DraftStart['metric'] = undefined): Promise<GoalAnswers['metric']> {
  const name = (await input({ message: 'What number will show progress? (e.g. teams onboarded, talks given)', default: from?.name, required: true })).trim();
  const unit = (await input({ message: 'Its unit (optional, e.g. teams, %, hours)', default: from?.unit || undefined })).trim();
  const start = (await number({ message: 'Where are you today?', default: 0, required: true, step: 'any' })) ?? 0;
  const target = (await number({ message: 'Target value', default: from?.target, required: true, step: 'any', validate: (v) => v !== start || 'the target must differ from where you are today' })) ?? start + 1;
  return { name, unit, start, target };
}

/** A milestone typed as `TITLE@DATE`, when the part after the last @ is a date people type. */
function dueTyped(text: string, today: string): { title: string; due: string } | null {
  try {
    return parseMilestoneFlag(text, (d) => parseDatePhrase(d, today));
  } catch {
    return null; // no @, or an @ that is part of the title ("Talk @ NodeConf")
  }
}

async function askMilestones(c: WizardContext): Promise<GoalAnswers['milestones']> {
  const out: GoalAnswers['milestones'] = [];
  for (;;) {
    const title = (await input({ message: out.length ? 'Another milestone (Enter to finish)' : 'A milestone on the way (Enter to skip)' })).trim();
    if (!title) return out;
    // "Pilot live@2027-03-01", as the --milestone flag takes it, answers both questions.
    const typed = dueTyped(title, c.today);
    // A phrase after the @ is echoed as the date it became, as the date questions do.
    const phrase = title.slice(title.lastIndexOf('@') + 1).trim();
    if (typed && phrase !== typed.due) c.say(`  ${phrase} → ${typed.due}`);
    out.push(typed ?? { title, due: await dateQuestion(`When is "${title}" due?`, c) });
  }
}

async function askRisks(): Promise<GoalAnswers['risks']> {
  const out: GoalAnswers['risks'] = [];
  for (;;) {
    const scenario = (await input({ message: out.length ? 'Anything else that could get in the way? (Enter to finish)' : 'What could get in the way? (Enter to skip)' })).trim();
    if (!scenario) return out;
    out.push({ scenario, contingency: (await input({ message: 'Your plan if it happens', required: true })).trim() });
  }
}

/** Ask every answer the flags did not give, in the order a coach would. */
export async function askGoal(flags: Partial<GoalAnswers>, context: WizardContext): Promise<GoalAnswers> {
  const c = { ...context, say: fitSay(context.say) };
  // The title question reads a sentence; what the draft answers counts as given (a flag still wins).
  const read = flags.title === undefined ? await askTitle(c) : { title: flags.title, filled: {}, start: {} as DraftStart };
  const given: Partial<GoalAnswers> = { ...read.filled, ...flags };
  const from = read.start;
  const title = read.title;
  const type = given.type ?? (await select({ message: 'What kind of goal is it?', default: from.type, choices: GOAL_TYPES.map((t) => ({ name: `${t}: ${TYPE_HELP[t]}`, value: t })) }));
  // A parent given as a flag leaves only the horizons shorter than its own.
  const parentHorizon = given.parent ? c.goals.find((g) => g.id === given.parent)?.horizon : undefined;
  const horizons = parentHorizon ? HORIZONS.filter((h) => RANK[h] < RANK[parentHorizon]) : HORIZONS;
  const offered = horizons.length ? horizons : HORIZONS;
  // A deadline the sentence states decides the horizon it suggests ("by Q4" is short-term).
  const stated = given.deadline ?? from.deadline;
  const wanted = stated ? horizonFor(stated, c.today) : c.suggestedHorizon;
  const suggested = wanted && offered.includes(wanted) ? wanted : undefined;
  const horizon = given.horizon ?? (await select({ message: 'Its horizon', default: suggested, choices: offered.map((h) => ({ name: HORIZON_HELP[h], value: h })) }));
  const parent = given.parent !== undefined ? given.parent : await askParent(horizon, c);
  const why = given.why ?? (await input({ message: 'Why does it matter to you? (a motivation, a value, an industry trend or a need)' })).trim();
  const values = given.values ?? (c.values.length ? await checkbox({ message: 'Which of your values does it serve?', choices: c.values.map((v) => ({ name: v, value: v })) }) : []);
  const metric = given.metric !== undefined ? given.metric : (await confirm({ message: 'Can you measure it with a number?', default: true })) ? await askMetric(from.metric) : null;
  const deadline = given.deadline ?? (await dateQuestion('Deadline (2027-06-30, 2027-06, in 6 months, end of Q2, end of year)', c, from.deadline ?? (horizon === 'short' ? 'end of year' : horizon === 'mid' ? 'in 3 years' : 'in 7 years')));
  const milestones = given.milestones ?? (await askMilestones(c));
  const steps = given.steps ?? (await askItems('Your first action step (Enter to skip)', 'Next step (Enter to finish)'));
  const helpers = given.helpers ?? splitList(await input({ message: 'Who can help? (comma-separated)' }));
  const resources = given.resources ?? splitList(await input({ message: 'Resources you need (comma-separated: budget, a course, time)' }));
  const skills = given.skills ?? splitList(await input({ message: 'Skills or habits to build (comma-separated)' }));
  const risks = given.risks ?? (await askRisks());
  const important = given.important ?? (await confirm({ message: 'Is it important (moves you toward your vision)?', default: true }));
  const urgent = given.urgent ?? (await confirm({ message: 'Is it urgent (must happen in the next few weeks)?', default: false }));
  return { title, type, horizon, why, values, parent, deadline, metric, milestones, steps, helpers, resources, skills, risks, important, urgent };
}

/** Ask again for what a failed criterion needs. */
async function fix(key: SmartKey, a: GoalAnswers, c: WizardContext): Promise<GoalAnswers> {
  switch (key) {
    case 'specific': {
      const title = (await input({ message: 'A more specific title (at least 3 words)', default: a.title, required: true })).trim();
      const why = a.why || (await input({ message: 'Why does it matter to you?', required: true })).trim();
      return { ...a, title, why };
    }
    case 'measurable':
      return (await confirm({ message: 'Measure it with a number? (No adds milestones instead)', default: true }))
        ? { ...a, metric: await askMetric() } : { ...a, milestones: [...a.milestones, ...(await askMilestones(c))] };
    case 'achievable': {
      const deadline = a.deadline < c.today ? await dateQuestion('A deadline from today on', c) : a.deadline;
      // A plan is there already when only the deadline was the problem.
      if (a.steps.length + a.helpers.length + a.resources.length > 0) return { ...a, deadline };
      const step = (await input({ message: 'One first action step you can take', required: true })).trim();
      return { ...a, deadline, steps: [...a.steps, step] };
    }
    case 'relevant':
      return { ...a, why: (await input({ message: 'Why does it matter to you?', required: true })).trim() };
    case 'timeBound':
      return { ...a, deadline: await dateQuestion('Deadline', c) };
  }
}

/** Show the SMART check; loop while the person wants to fix a failed criterion. */
export async function reviewSmart(answers: GoalAnswers, context: WizardContext): Promise<GoalAnswers> {
  const c = { ...context, say: fitSay(context.say) };
  let a = answers;
  for (;;) {
    const check = smartCheck(makeGoal(a, c.today), c.values);
    const failed = (Object.keys(check) as SmartKey[]).filter((k) => !check[k].pass);
    c.say(`\nSMART check for "${a.title}":`);
    for (const k of Object.keys(check) as SmartKey[]) c.say(`  ${check[k].pass ? '✓' : '✗'} ${SMART_LABELS[k]}: ${withoutFlags(check[k].hint)}`);
    // Working backward is advice here: said, with the way to fix it later, and never blocking.
    for (const f of findingsAbout({ ...makeGoal(a, c.today), id: DRAFT_ID }, c.goals)) c.say(`  ! Working backward: ${f.message}`);
    if (failed.length === 0) return a;
    const choice = await select<SmartKey | 'save'>({
      message: 'Fix it now?',
      choices: [...failed.map((k) => ({ name: `Fix ${SMART_LABELS[k]}`, value: k })), { name: 'Save as it is', value: 'save' as const }],
    });
    if (choice === 'save') return a;
    a = await fix(choice, a, c);
  }
}
