// Check-in flags -> a change. `--progress lead-crm=5 --status lead-crm=at-risk --win "..."`:
// every bad value is an error naming its flag before anything is asked or written.
import { emptyChange, LIST_FIELDS, type CheckinChange, type GoalCheckChange, type ListField } from './checkin-change.js';
import { UserError } from './errors.js';
import { FOCUS_MAX } from './question-set.js';
import { findGoal, findMilestone, parseChoice, parseNumber } from './goal-make.js';
import { findStep } from './milestones.js';
import type { StepsDone } from './checkin.js';
import type { GoalRecord } from './journal.js';
import { GOAL_HEALTH } from './constants.js';

export interface CheckinFlags {
  progress?: string[];
  status?: string[];
  note?: string[];
  milestone?: string[];
  /** `GOAL=STEP` (its number or whole text), repeatable: an open step finished this week. */
  stepDone?: string[];
  focusDone?: string[];
  win?: string[];
  learning?: string[];
  blocker?: string[];
  feedback?: string[];
  energy?: string;
  focus?: string[];
}

/** `id=value` -> [goal id, value], the goal found by id or unambiguous prefix. */
function pair(flag: string, text: string, goals: readonly GoalRecord[]): [GoalRecord, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new UserError(`${flag} "${text}" is not GOAL=VALUE`, `for example ${flag} lead-crm=5`);
  return [named(flag, () => findGoal(goals, text.slice(0, at).trim())), text.slice(at + 1).trim()];
}

/** A lookup's error ("no goal x", "no milestone y") with the flag it came from in front. */
function named<T>(flag: string, find: () => T): T {
  try {
    return find();
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`${flag}: ${err.message}`, err.hint);
    throw err;
  }
}

export function parseEnergy(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UserError(`--energy "${text}" must be a whole number 1-5`);
  return n;
}

/** The goal changes the flags make, each bad value an error naming its flag. */
function goalChanges(f: CheckinFlags, goals: readonly GoalRecord[]): GoalCheckChange[] {
  const checks = new Map<string, GoalCheckChange>();
  const get = (g: GoalRecord) => {
    if (g.status !== 'active') throw new UserError(`goal ${g.id} is ${g.status}; a check-in covers active goals`);
    let c = checks.get(g.id);
    if (!c) checks.set(g.id, (c = { goal: g.id, milestones: { add: [], remove: [] } }));
    return c;
  };
  for (const text of f.progress ?? []) {
    const [g, v] = pair('--progress', text, goals);
    const c = get(g);
    if (!g.metric) throw new UserError(`--progress ${g.id}: that goal has no metric`, 'complete its milestones with --milestone GOAL=MILESTONE');
    c.value = parseNumber('--progress', v);
  }
  for (const text of f.status ?? []) {
    const [g, v] = pair('--status', text, goals);
    get(g).status = parseChoice('--status', v, GOAL_HEALTH);
  }
  for (const text of f.note ?? []) {
    const [g, v] = pair('--note', text, goals);
    get(g).note = v;
  }
  for (const text of f.milestone ?? []) {
    const [g, v] = pair('--milestone', text, goals);
    const m = named('--milestone', () => findMilestone(g, v));
    const c = get(g);
    if (!c.milestones.add.includes(m.id)) c.milestones.add.push(m.id);
  }
  return [...checks.values()];
}

/** `--step-done GOAL=STEP`: open steps of active goals, by number or text; a done one is an error. */
function stepsFromFlags(flags: readonly string[], goals: readonly GoalRecord[]): StepsDone[] {
  const out = new Map<string, StepsDone>();
  for (const text of flags) {
    const [g, v] = pair('--step-done', text, goals);
    if (g.status !== 'active') throw new UserError(`goal ${g.id} is ${g.status}; a check-in covers active goals`);
    const step = g.steps[named('--step-done', () => findStep(g, v, g.id))]!;
    if (step.done) throw new UserError(`--step-done: step "${step.text}" of ${g.id} is already done`, 'a check-in ticks open steps; see `career goal show ' + g.id + '`');
    let s = out.get(g.id);
    if (!s) out.set(g.id, (s = { goal: g.id, steps: [] }));
    if (!s.steps.includes(step.text)) s.steps.push(step.text);
  }
  return [...out.values()];
}

const FLAG_OF: Record<ListField, keyof CheckinFlags> = {
  focusDone: 'focusDone', wins: 'win', learnings: 'learning', blockers: 'blocker', feedback: 'feedback', focus: 'focus',
};

/**
 * The change a check-in's flags make: each list flag adds its items to the week's list (given
 * again, an item is not added twice), each value flag sets its field. Nothing a flag does not
 * name is touched, so two check-ins of one week with different flags both keep theirs.
 */
export function changeFromFlags(f: CheckinFlags, goals: readonly GoalRecord[]): CheckinChange {
  if ((f.focus?.length ?? 0) > FOCUS_MAX) throw new UserError(`--focus: at most ${FOCUS_MAX} focus items, the ones that matter most next week`);
  const change = emptyChange();
  for (const field of LIST_FIELDS) {
    const given = (f[FLAG_OF[field]] as string[] | undefined)?.map((s) => s.trim()).filter(Boolean);
    if (given?.length) change.lists[field] = { add: [...new Set(given)], remove: [] };
  }
  if (f.energy !== undefined) change.energy = parseEnergy(f.energy);
  change.goals = goalChanges(f, goals);
  change.steps = stepsFromFlags(f.stepDone ?? [], goals);
  return change;
}
