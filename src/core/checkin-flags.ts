// Check-in flags -> answers. `--progress lead-crm=5 --status lead-crm=at-risk --win "..."`:
// every bad value is an error naming its flag before anything is asked or written. On a re-run
// the week's saved answers are the starting point and flags replace what they name.
import type { CheckinAnswers } from './checkin.js';
import { UserError } from './errors.js';
import { findGoal, findMilestone, parseChoice, parseNumber } from './goal-make.js';
import type { GoalRecord } from './journal.js';
import { GOAL_HEALTH } from './constants.js';
import type { GoalCheck } from './schemas.js';

export interface CheckinFlags {
  progress?: string[];
  status?: string[];
  note?: string[];
  milestone?: string[];
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

/** The goal checks for every active goal: saved ones first, then what the flags say. */
function goalChecks(f: CheckinFlags, goals: readonly GoalRecord[], saved: readonly GoalCheck[], lastStatus: (id: string) => GoalCheck['status']): GoalCheck[] {
  const active = goals.filter((g) => g.status === 'active');
  const checks = new Map<string, GoalCheck>();
  for (const g of active) {
    checks.set(g.id, saved.find((c) => c.goal === g.id) ?? { goal: g.id, milestones: [], status: lastStatus(g.id) });
  }
  const get = (g: GoalRecord) => {
    const c = checks.get(g.id);
    if (!c) throw new UserError(`goal ${g.id} is ${g.status}; a check-in covers active goals`);
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
    if (!c.milestones.includes(m.id)) c.milestones = [...c.milestones, m.id];
  }
  return [...checks.values()];
}

/**
 * The answers a non-interactive check-in saves: `saved` (this week's earlier answers) or empty,
 * with each flag replacing the field it names. Lists given as flags replace, not append, so
 * running the same command twice gives the same file.
 */
export function answersFromFlags(
  f: CheckinFlags,
  goals: readonly GoalRecord[],
  saved: CheckinAnswers | undefined,
  lastStatus: (id: string) => GoalCheck['status'],
): CheckinAnswers {
  if ((f.focus?.length ?? 0) > 3) throw new UserError('--focus: at most 3 focus items, the ones that matter most next week');
  const base: CheckinAnswers = saved ?? { focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] };
  const list = (given: string[] | undefined, current: string[]) => (given ? given.map((s) => s.trim()).filter(Boolean) : current);
  return {
    focusDone: list(f.focusDone, base.focusDone),
    goals: goalChecks(f, goals, base.goals, lastStatus),
    wins: list(f.win, base.wins),
    learnings: list(f.learning, base.learnings),
    blockers: list(f.blocker, base.blockers),
    feedback: list(f.feedback, base.feedback),
    energy: f.energy !== undefined ? parseEnergy(f.energy) : base.energy,
    focus: list(f.focus, base.focus),
    answers: base.answers,
  };
}
