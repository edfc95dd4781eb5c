// A check-in as a change (SPEC §4 "Check-in values", §5 "Writes are transactions"): only what
// this run set — list items added or removed, scalars given, goal values that differ from their
// default — applied to the week's file as it is on disk when it is saved. Two check-ins of one
// week (two terminals, a pull in between) then merge: lists are united, and a scalar both set
// keeps the later one, with a notice saying so.
import type { CheckinAnswers } from './checkin.js';
import { SCHEMA_VERSION } from './constants.js';
import { applyAnswerList, diffAnswerList, isNoAnswerChange, type AnswersChange } from './answer-change.js';
import type { Checkin, GoalCheck } from './schemas.js';

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
}

export const emptyChange = (): CheckinChange => ({ lists: {}, goals: [], answers: { set: [], remove: [] } });

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
  return change;
}

/** The answers a person sees when they start: the week's file with the flags' change on top (for the prompts). */
export function answersWith(before: CheckinAnswers, change: CheckinChange): CheckinAnswers {
  const out = structuredClone(before);
  for (const field of LIST_FIELDS) {
    const d = change.lists[field];
    if (d) out[field] = unite(out[field].filter((x) => !d.remove.includes(x)), d.add);
  }
  if (change.energy !== undefined) {
    if (change.energy === null) delete out.energy;
    else out.energy = change.energy;
  }
  out.goals = out.goals.map((c) => ({ ...c }));
  for (const g of change.goals) {
    let c = out.goals.find((x) => x.goal === g.goal);
    if (!c) out.goals.push((c = { goal: g.goal, milestones: [] }));
    applyGoalCheck(c, g);
  }
  out.answers = applyAnswerList(out.answers, out.answers, change.answers).answers;
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

/** Whether saving this change would change nothing at all in the week's file. */
export function isNoChange(c: CheckinChange): boolean {
  return Object.keys(c.lists).length === 0 && c.energy === undefined && c.goals.length === 0 && isNoAnswerChange(c.answers);
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
  const notices: string[] = [];
  const c: Checkin = disk ? structuredClone(disk) : { version: SCHEMA_VERSION, week, date, focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] };
  c.date = date;
  for (const field of LIST_FIELDS) {
    const d = change.lists[field];
    if (d) c[field] = unite(c[field].filter((x) => !d.remove.includes(x)), d.add);
  }
  if (c.focus.length > focusMax) {
    const mine = change.lists.focus?.add ?? [];
    const kept = unite(mine, c.focus).slice(0, focusMax);
    notices.push(`focus: at most ${focusMax} items; left out ${c.focus.filter((f) => !kept.includes(f)).map((f) => `"${f}"`).join(', ')}, saved by another check-in`);
    c.focus = c.focus.filter((f) => kept.includes(f));
  }
  const energyNote = overridden('energy', disk?.energy, base.energy, change.energy);
  if (energyNote) notices.push(energyNote);
  if (change.energy === null) delete c.energy;
  else if (change.energy !== undefined) c.energy = change.energy;
  for (const g of change.goals) {
    let check = c.goals.find((x) => x.goal === g.goal);
    const was = base.goals.find((x) => x.goal === g.goal);
    for (const note of [
      overridden(`${g.goal} value`, check?.value, was?.value, g.value),
      overridden(`${g.goal} status`, check?.status, was?.status, g.status),
      overridden(`${g.goal} note`, check?.note, was?.note, g.note, (v) => `"${v}"`),
    ]) if (note) notices.push(note);
    if (!check) c.goals.push((check = { goal: g.goal, milestones: [] }));
    applyGoalCheck(check, g);
  }
  const answers = applyAnswerList(c.answers, base.answers, change.answers);
  c.answers = answers.answers;
  return { checkin: inFileOrder(c), notices: [...notices, ...answers.notices] };
}
