// A check-in as a change (SPEC §4 "Check-in values", §5 "Writes are transactions"): only what
// this run set — list items added or removed, scalars given, goal values that differ from their
// default — applied to the week's file as it is on disk when it is saved. Two check-ins of one
// week (two terminals, a pull in between) then merge: lists are united, and a scalar both set
// keeps the later one, with a notice saying so.
import type { CheckinAnswers, StepsDone } from './checkin.js';
import { SCHEMA_VERSION } from './constants.js';
import { applyAnswerList, diffAnswerList, type AnswersChange } from './answer-change.js';
import type { Answer, Checkin, GoalCheck } from './schemas.js';

export const LIST_FIELDS = ['focusDone', 'wins', 'learnings', 'blockers', 'feedback', 'focus'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
type Health = NonNullable<GoalCheck['status']>;

export interface ListChange {
  add: string[];
  remove: string[];
}

export interface GoalCheckChange {
  goal: string;
  /** A value the person gave that differs from the goal's value as of the week's end. */
  value?: number;
  /** null: the person took an earlier answer back. */
  status?: Health | null;
  note?: string | null;
  milestones: ListChange;
}

export interface CheckinChange {
  lists: Partial<Record<ListField, ListChange>>;
  energy?: number | null;
  goals: GoalCheckChange[];
  answers: AnswersChange;
  /** Open steps this run ticked: applied to each goal under the lock, never to the week's file. */
  steps: StepsDone[];
}

export const emptyChange = (): CheckinChange => ({ lists: {}, goals: [], answers: { set: [], remove: [] }, steps: [] });

export const emptyAnswers = (): CheckinAnswers =>
  ({ focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] });

const listDiff = (before: readonly string[], after: readonly string[]): ListChange => ({
  add: after.filter((x) => !before.includes(x)),
  remove: before.filter((x) => !after.includes(x)),
});
const isEmptyDiff = (d: ListChange) => d.add.length === 0 && d.remove.length === 0;

/**
 * What the person changed: `after` (their answers) against `before` (what the week's file held
 * when they started). `defaultValue` is each goal's value as of the week's end: keeping it
 * records nothing.
 */
export function diffAnswers(before: CheckinAnswers, after: CheckinAnswers, defaultValue: (goal: string) => number | undefined): CheckinChange {
  const change = emptyChange();
  for (const field of LIST_FIELDS) {
    const d = listDiff(before[field], after[field]);
    if (!isEmptyDiff(d)) change.lists[field] = d;
  }
  if (after.energy !== before.energy) change.energy = after.energy ?? null;
  for (const check of after.goals) {
    const was = before.goals.find((c) => c.goal === check.goal);
    const g: GoalCheckChange = { goal: check.goal, milestones: listDiff(was?.milestones ?? [], check.milestones) };
    if (check.value !== undefined && check.value !== defaultValue(check.goal)) g.value = check.value;
    if (check.status !== was?.status) g.status = check.status ?? null;
    if ((check.note ?? '') !== (was?.note ?? '')) g.note = check.note || null;
    if (g.value !== undefined || g.status !== undefined || g.note !== undefined || !isEmptyDiff(g.milestones)) change.goals.push(g);
  }
  change.answers = diffAnswerList(before.answers, after.answers);
  // A week's file keeps no steps, so every step ticked in the answers is this run's.
  change.steps = (after.stepsDone ?? []).filter((s) => s.steps.length > 0).map((s) => ({ goal: s.goal, steps: [...s.steps] }));
  return change;
}

/** What a check-in file and a run's answers have in common: the parts a change touches. */
type Parts = Pick<CheckinAnswers, ListField | 'goals' | 'answers'> & { energy?: number };

/**
 * Apply `change` to `t` in place: lists lose what was taken out and gain what was added (each
 * item once), scalars are set or taken back, goal checks are found or added. `baseAnswers` is
 * what the answers held when the run started; returns a notice for each answer replaced that
 * someone else had changed meanwhile.
 */
function applyParts(t: Parts, change: CheckinChange, baseAnswers: readonly Answer[]): string[] {
  for (const field of LIST_FIELDS) {
    const d = change.lists[field];
    if (d) t[field] = unite(t[field].filter((x) => !d.remove.includes(x)), d.add);
  }
  if (change.energy === null) delete t.energy;
  else if (change.energy !== undefined) t.energy = change.energy;
  for (const g of change.goals) {
    let c = t.goals.find((x) => x.goal === g.goal);
    if (!c) t.goals.push((c = { goal: g.goal, milestones: [] }));
    applyGoalCheck(c, g);
  }
  const answers = applyAnswerList(t.answers, baseAnswers, change.answers);
  t.answers = answers.answers;
  return answers.notices;
}

/** The answers a person sees when they start: the week's file with the flags' change on top (for the prompts). */
export function answersWith(before: CheckinAnswers, change: CheckinChange): CheckinAnswers {
  const out = structuredClone(before);
  applyParts(out, change, out.answers);
  if (change.steps.length) out.stepsDone = structuredClone(change.steps);
  return out;
}

const unite = (base: readonly string[], add: readonly string[]) => [...base, ...add.filter((x) => !base.includes(x))];

function applyGoalCheck(c: GoalCheck, g: GoalCheckChange): void {
  if (g.value !== undefined) c.value = g.value;
  if (g.status === null) delete c.status;
  else if (g.status !== undefined) c.status = g.status;
  if (g.note === null) delete c.note;
  else if (g.note !== undefined) c.note = g.note;
  c.milestones = unite(c.milestones.filter((m) => !g.milestones.remove.includes(m)), g.milestones.add);
}

/** A scalar someone else saved meanwhile that this change now replaces: worth a sentence. */
function overridden<T>(label: string, disk: T | undefined, base: T | undefined, mine: T | null | undefined, show: (v: T) => string = String): string | null {
  if (mine === undefined || disk === undefined || disk === base || disk === mine) return null;
  return `${label}: another check-in saved ${show(disk)} meanwhile; kept yours (${mine === null ? 'no answer' : show(mine)})`;
}

/** The record's keys in the order a check-in file lists them (a new file reads like every other). */
function inFileOrder(c: Checkin): Checkin {
  const { version, week, date, focusDone, goals, wins, learnings, blockers, feedback, energy, focus, answers } = c;
  return { version, week, date, focusDone, goals, wins, learnings, blockers, feedback, ...(energy !== undefined ? { energy } : {}), focus, answers };
}

export interface AppliedCheckin {
  checkin: Checkin;
  notices: string[];
}

/**
 * The week's check-in after this change: `disk` is the file as it is now (under the lock),
 * `base` what it held when this run started (undefined: not there then), `date` the day it is
 * recorded on. The focus list keeps at most `focusMax` items, this run's first.
 */
export function applyCheckinChange(disk: Checkin | undefined, base: CheckinAnswers, week: string, date: string, change: CheckinChange, focusMax = 3): AppliedCheckin {
  const c: Checkin = disk ? structuredClone(disk) : { version: SCHEMA_VERSION, week, date, focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] };
  c.date = date;
  // Scalars someone else saved meanwhile, judged against the file as it is before this change.
  const replaced = [overridden('energy', disk?.energy, base.energy, change.energy)];
  for (const g of change.goals) {
    const check = c.goals.find((x) => x.goal === g.goal);
    const was = base.goals.find((x) => x.goal === g.goal);
    replaced.push(
      overridden(`${g.goal} value`, check?.value, was?.value, g.value),
      overridden(`${g.goal} status`, check?.status, was?.status, g.status),
      overridden(`${g.goal} note`, check?.note, was?.note, g.note, (v) => `"${v}"`),
    );
  }
  const answerNotices = applyParts(c, change, base.answers);
  const notices: string[] = [];
  if (c.focus.length > focusMax) {
    const mine = change.lists.focus?.add ?? [];
    const kept = unite(mine, c.focus).slice(0, focusMax);
    notices.push(`focus: at most ${focusMax} items; left out ${c.focus.filter((f) => !kept.includes(f)).map((f) => `"${f}"`).join(', ')}, saved by another check-in`);
    c.focus = c.focus.filter((f) => kept.includes(f));
  }
  notices.push(...replaced.filter((n): n is string => n !== null), ...answerNotices);
  return { checkin: inFileOrder(c), notices };
}
