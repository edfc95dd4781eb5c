// Building a weekly check-in record (SPEC §1, §3 `career checkin`) and applying its goal
// progress to the goals. Pure: the command layer decides "today", reads and writes files.

import { UserError } from './errors.js';
import type { Answer, Checkin, Goal, GoalCheck } from './schemas.js';
import { putValue } from './progress-log.js';
import { compareWeeks, isoWeekOf, weekEnd, weekStart } from './weeks.js';
import { isSupportedDate, SUPPORTED_RANGE } from './dates.js';

/** Everything a person answers in a check-in; the week and date are decided separately. */
export interface CheckinAnswers {
  focusDone: string[];
  goals: GoalCheck[];
  wins: string[];
  learnings: string[];
  blockers: string[];
  feedback: string[];
  energy?: number;
  focus: string[];
  answers: Answer[];
  /** Steps ticked this week, by goal; saved in the goals (as revisions), not in the check-in file. */
  stepsDone?: StepsDone[];
}

/** The open steps of one goal a check-in ticks, by their text (numbers shift when steps are added). */
export interface StepsDone {
  goal: string;
  steps: string[];
}

// Fixed key order and no undefined-valued keys, so the file a re-run writes looks like the
// one the first run wrote and diffs in git show only what the person changed.
function copyGoalCheck(g: GoalCheck): GoalCheck {
  return {
    goal: g.goal,
    ...(g.value !== undefined ? { value: g.value } : {}),
    milestones: [...g.milestones],
    ...(g.status !== undefined ? { status: g.status } : {}),
    ...(g.note !== undefined ? { note: g.note } : {}),
  };
}

function copyAnswer(a: Answer): Answer {
  return { id: a.id, question: a.question, answer: Array.isArray(a.answer) ? [...a.answer] : a.answer };
}

/** The answers of an existing check-in, to pre-fill a re-run of the same week. */
export function answersFromCheckin(c: Checkin): CheckinAnswers {
  return {
    focusDone: [...c.focusDone],
    goals: c.goals.map(copyGoalCheck),
    wins: [...c.wins],
    learnings: [...c.learnings],
    blockers: [...c.blockers],
    feedback: [...c.feedback],
    ...(c.energy !== undefined ? { energy: c.energy } : {}),
    focus: [...c.focus],
    answers: c.answers.map(copyAnswer),
  };
}

/** What a check-in does to one goal: the value given for the week, the milestones ticked. */
export interface GoalCheckIn {
  value?: number;
  milestones: readonly string[];
}

/**
 * The day a check-in's value is recorded on: the check-in's day, or the week's latest value's day
 * when that is later (an earlier week edited after a `goal progress` later in that week), so the
 * value just given is the week's value as of its end: the last one given for it.
 */
function valueDate(goal: Goal, week: string, date: string): string {
  const [from, to] = [weekStart(week), weekEnd(week)];
  let at = date;
  for (const p of goal.progressLog) if (p.date >= from && p.date <= to && p.date > at && p.week !== week) at = p.date;
  return at;
}

/**
 * The goal after one check-in: the week's metric value (when this run gave one) and the
 * milestones ticked. Nothing else changes — in particular not the status: reaching the target
 * is a moment for `career goal done` and its questions, not something to decide silently.
 */
export function applyCheckinToGoal<G extends Goal>(goal: G, week: string, check: GoalCheckIn, date: string): G {
  const progressLog = check.value === undefined ? [...goal.progressLog] : putValue(goal.progressLog, { date: valueDate(goal, week, date), value: check.value, week }).log;
  const done = new Set(check.milestones);
  // An id that matches no milestone (deleted or renamed since) is ignored: re-running an old
  // week must not fail on it. An already completed milestone keeps its original date.
  const milestones = goal.milestones.map((m) =>
    done.has(m.id) && m.completed === undefined ? { ...m, completed: date } : { ...m },
  );
  return { ...goal, progressLog, milestones };
}

/**
 * The date a check-in is recorded with: today within the current week; the week's Sunday for
 * a back-filled past week (the day it was last open); an error for a week not yet begun.
 */
export function checkinDate(week: string, today: string): string {
  const thisWeek = isoWeekOf(today);
  const order = compareWeeks(week, thisWeek); // also rejects a malformed week with a UserError
  if (order === 0) return today;
  if (order < 0 && !isSupportedDate(weekStart(week))) {
    throw new UserError(`cannot check in for ${week}: it is outside the dates career supports (${SUPPORTED_RANGE})`);
  }
  if (order < 0) return weekEnd(week);
  throw new UserError(
    `cannot check in for ${week}: it has not started yet`,
    `this week is ${thisWeek}; use --week with this or an earlier week`,
  );
}

/** The latest check-in strictly before `week` (for "last week you said you would focus on…"). */
export function previousCheckin(checkins: readonly Checkin[], week: string): Checkin | undefined {
  let best: Checkin | undefined;
  for (const c of checkins) {
    if (compareWeeks(c.week, week) < 0 && (best === undefined || compareWeeks(c.week, best.week) > 0)) best = c;
  }
  return best;
}
