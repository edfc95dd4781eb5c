// The SMART check (SPEC §4): five pass/fail criteria, each with a hint. A failing hint tells
// the person exactly what to add and with which flag; a passing one says briefly why, so
// `goal show` reads as feedback rather than a bare checklist.

import { daysBetween, isValidDate } from './dates.js';
import type { Goal } from './schemas.js';
import { unitAfterName } from './progress.js';

export interface Criterion {
  pass: boolean;
  hint: string;
}

export type SmartKey = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export const SMART_KEYS: readonly SmartKey[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

export const SMART_LABELS: Readonly<Record<SmartKey, string>> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

export type SmartCheck = Record<SmartKey, Criterion>;

type SmartGoal = Pick<
  Goal,
  'title' | 'why' | 'metric' | 'milestones' | 'steps' | 'support' | 'created' | 'deadline' | 'parent' | 'values'
>;

const words = (s: string): string[] => s.trim().split(/\s+/u).filter((w) => w !== '');
const hasText = (s: string | undefined | null): boolean => (s ?? '').trim() !== '';
const pass = (hint: string): Criterion => ({ pass: true, hint });
const fail = (hint: string): Criterion => ({ pass: false, hint });
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// Verbs that name an effort rather than a result ("improve", "learn X"): with nothing measurable
// beside them, nobody could tell when the goal is reached.
const VAGUE = /^(?:to\s+)?(improve|get better at|be (?:a )?(?:more|better)|become (?:a )?(?:more|better)|learn|work on|develop|enhance|grow|boost)\b\s*(.*)$/iu;

/** A rewrite of a vague title in the person's own words, or null when the title is not vague. */
export function vagueRewrite(goal: Pick<SmartGoal, 'title' | 'metric' | 'milestones' | 'deadline'>): string | null {
  const m = VAGUE.exec(goal.title.trim());
  if (!m || goal.metric || goal.milestones.length || /\d/.test(goal.title)) return null;
  const verb = m[1]!.toLowerCase();
  const what = (m[2] ?? '').replace(/[.!]+$/, '').trim() || 'it';
  const by = isValidDate(goal.deadline) ? goal.deadline : 'a date';
  if (verb === 'learn') return `Pass a ${what} exam, or finish 2 ${what} projects, by ${by}`;
  if (/\ba (?:more|better)$/.test(verb)) return `Get rated 4 of 5 as a ${what} by someone who sees it (say who) by ${by}`;
  if (verb.startsWith('be') || verb.startsWith('become')) return `Be ${what.replace(/^(more|better)\s+/i, '')} in 3 situations you can name each month (say which) by ${by}`;
  return `Get ${what} rated 4 of 5 by someone who sees it (say who) by ${by}`;
}

function specific(goal: SmartGoal): Criterion {
  const titleWords = words(goal.title).length;
  const titleOk = titleWords >= 3;
  const whyOk = hasText(goal.why);
  const rewrite = vagueRewrite(goal);
  if (rewrite) return fail(`"${goal.title}" names an effort, not a result anyone could check: for example "${rewrite}" (--title, or --metric and --target)`);
  if (titleOk && whyOk) return pass(`the title says what in ${titleWords} words, and why it matters is written down`);
  const fixes: string[] = [];
  if (!titleOk) fixes.push('say what you will achieve in a title of at least 3 words (--title "Roll out the CRM to 8 sales teams")');
  if (!whyOk) fixes.push('say why it matters (--why "it is the step to team lead")');
  return fail(fixes.join(', and '));
}

function measurable(goal: SmartGoal): Criterion {
  if (goal.metric) {
    const unit = unitAfterName(goal.metric);
    return pass(`progress is measured: ${goal.metric.name} from ${goal.metric.start} to ${goal.metric.target}${unit ? ` ${unit}` : ''}`);
  }
  if (goal.milestones.length > 0) return pass(`progress is measured by ${count(goal.milestones.length, 'milestone', 'milestones')}`);
  return fail('add a metric (--metric "teams onboarded" --target 8) or a milestone (--milestone "Pilot live@2026-03-01")');
}

function achievable(goal: SmartGoal): Criterion {
  const means = goal.steps.length + goal.support.helpers.length + goal.support.resources.length;
  // A deadline we cannot read is Time-bound's problem; here it only must not precede creation.
  const order =
    isValidDate(goal.created) && isValidDate(goal.deadline) ? daysBetween(goal.created, goal.deadline) : 0;
  const fixes: string[] = [];
  if (means === 0) {
    fixes.push('plan how: add a first step (--step "Book a demo with sales"), a helper (--helper "Dana, my manager") or a resource (--resource "CRM trial licence")');
  }
  if (order < 0) fixes.push(`move the deadline to ${goal.created} or later (--deadline), as it is before the goal was created`);
  if (fixes.length > 0) return fail(fixes.join(', and '));
  const plan = [count(goal.steps.length, 'step', 'steps'), count(goal.support.helpers.length, 'helper', 'helpers'),
    count(goal.support.resources.length, 'resource', 'resources')].filter((p) => !p.startsWith('0 '));
  return pass(`there is a plan (${plan.join(', ')}) and time to carry it out`);
}

/** A hint without its flag examples (`(--step "…")`), for the wizard, where nobody types flags. */
export function withoutFlags(hint: string): string {
  return hint.replace(/ \(--[^()]*\)/g, '');
}

function relevant(goal: SmartGoal, profileValues: string[]): Criterion {
  if (hasText(goal.why)) return pass('why it matters is written down');
  if (goal.parent !== null && goal.parent !== '') return pass(`it serves the goal "${goal.parent}"`);
  const mine = new Set(profileValues.map((v) => v.trim().toLowerCase()));
  const shared = goal.values.find((v) => mine.has(v.trim().toLowerCase()));
  if (shared !== undefined) return pass(`it serves your value "${shared}"`);
  const yours = profileValues.length > 0 ? ` (${profileValues.join(', ')})` : '';
  return fail(`say why it matters (--why "…"), link it to a bigger goal (--parent <id>) or to one of your values${yours} (--value <value>)`);
}

function timeBound(goal: SmartGoal): Criterion {
  if (isValidDate(goal.deadline)) return pass(`it is due by ${goal.deadline}`);
  return fail('set a deadline (--deadline 2027-03-31, or a phrase such as "end of Q2")');
}

/** Every criterion with its verdict and hint. `profileValues` are career.yaml's values. */
export function smartCheck(goal: SmartGoal, profileValues: string[]): SmartCheck {
  return {
    specific: specific(goal),
    measurable: measurable(goal),
    achievable: achievable(goal),
    relevant: relevant(goal, profileValues),
    timeBound: timeBound(goal),
  };
}

export function smartPasses(check: SmartCheck): boolean {
  return SMART_KEYS.every((k) => check[k].pass);
}
