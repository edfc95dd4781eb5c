// Milestones and steps as living parts of a goal: named exactly (never by substring), and
// rescheduled, renamed, undone or removed with a revision that keeps the reason.
import { UserError } from './errors.js';
import type { Goal, Milestone } from './schemas.js';
import { closest } from './text.js';

/** Shortest id prefix accepted: one or two letters would too easily pick the wrong milestone. */
export const MIN_PREFIX = 3;

type Named = Pick<Goal, 'milestones'> & { id?: string };

const list = (ms: readonly Milestone[]) => ms.map((m) => `${m.id} (${m.title})`).join(', ');
const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

/**
 * The milestone `ref` names: its id, a unique id prefix (3 characters or more), or its title
 * equal ignoring case. Anything else — a substring, an empty reference, a name two milestones
 * share — is refused with the milestones it could be.
 */
export function findMilestone(goal: Named, ref: string, goalId = goal.id ?? 'the goal'): Milestone {
  const wanted = ref.trim();
  if (!wanted) throw new UserError('the milestone reference is empty', `name it by id: ${goal.milestones.map((m) => m.id).join(', ') || 'the goal has none'}`);
  const byId = goal.milestones.filter((m) => m.id === wanted);
  if (byId.length > 1) {
    throw new UserError(`goal ${goalId} has ${byId.length} milestones with the id "${wanted}"`, 'give each its own id in the goal\'s file (`career doctor` shows where)');
  }
  if (byId.length === 1) return byId[0]!;
  const byTitle = goal.milestones.filter((m) => fold(m.title) === fold(wanted));
  const byPrefix = wanted.length >= MIN_PREFIX ? goal.milestones.filter((m) => m.id.startsWith(wanted)) : [];
  const matches = [...new Set([...byTitle, ...byPrefix])];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UserError(`"${wanted}" matches ${matches.length} milestones of ${goalId}: ${list(matches)}`, 'name it by id');
  }
  const near = closest(wanted, goal.milestones.map((m) => m.id));
  const hint = !goal.milestones.length ? 'add one with `career milestone add`'
    : near ? `did you mean ${near}? (name a milestone by id, an id prefix of ${MIN_PREFIX}+ characters, or its whole title)`
      : `its milestones: ${list(goal.milestones)}; name one by id, an id prefix of ${MIN_PREFIX}+ characters, or its whole title`;
  throw new UserError(`goal ${goalId} has no milestone "${wanted}"`, hint);
}

/** A second milestone with the same title (ignoring case) would make naming by title ambiguous. */
export function checkNewTitle(existing: readonly Milestone[], title: string, except?: string): void {
  const same = existing.find((m) => m.id !== except && fold(m.title) === fold(title));
  if (same) {
    throw new UserError(`there is already a milestone "${same.title}" (${same.id})`,
      `to reschedule or rename it: \`career milestone edit <goal> ${same.id} --due <date>\` or \`--title <text>\``);
  }
}

function revised(goal: Goal, fields: string[], reason: string, today: string): Goal {
  goal.revisions = [...goal.revisions, { date: today, fields, reason: reason.trim() }];
  return goal;
}

export interface MilestoneEdit {
  title?: string;
  due?: string;
}

/** Reschedule and/or rename one milestone; its id stays, so check-ins naming it still do. */
export function editMilestone(goal: Goal, milestoneId: string, edit: MilestoneEdit, reason: string, today: string): { goal: Goal; fields: string[] } {
  if (edit.title === undefined && edit.due === undefined) {
    throw new UserError('career milestone edit needs --due <date> or --title <text>');
  }
  const next = structuredClone(goal);
  const m = next.milestones.find((x) => x.id === milestoneId)!;
  const fields: string[] = [];
  if (edit.title !== undefined) {
    const title = edit.title.trim();
    if (!title) throw new UserError('--title must not be empty');
    if (title !== m.title) {
      checkNewTitle(next.milestones, title, m.id);
      m.title = title;
      fields.push(`milestones.${m.id}.title`);
    }
  }
  if (edit.due !== undefined && edit.due !== m.due) {
    m.due = edit.due;
    fields.push(`milestones.${m.id}.due`);
  }
  if (!fields.length) throw new UserError(`nothing to change: milestone ${m.id} already says that`);
  return { goal: revised(next, fields, reason, today), fields };
}

/** A milestone marked done by mistake becomes open again. */
export function undoMilestone(goal: Goal, milestoneId: string, reason: string, today: string): { goal: Goal; was: string } {
  const next = structuredClone(goal);
  const m = next.milestones.find((x) => x.id === milestoneId)!;
  if (m.completed === undefined) throw new UserError(`milestone ${m.id} is not done; there is nothing to undo`);
  const was = m.completed;
  delete m.completed;
  return { goal: revised(next, [`milestones.${m.id}.completed`], reason || `undone (had been marked done on ${was})`, today), was };
}

/** Remove milestones; the revision keeps what they were, so the history still tells it. */
export function removeMilestones(goal: Goal, ids: readonly string[], reason: string, today: string): Goal {
  const next = structuredClone(goal);
  const gone = next.milestones.filter((m) => ids.includes(m.id));
  next.milestones = next.milestones.filter((m) => !ids.includes(m.id));
  const what = gone.map((m) => `"${m.title}" (due ${m.due}${m.completed ? `, done ${m.completed}` : ''})`).join(', ');
  const text = `removed ${what}${reason.trim() ? `: ${reason.trim()}` : ''}`;
  return revised(next, gone.map((m) => `milestones.${m.id}`), text, today);
}

/** What `goal done` does with milestones still open. */
export const OPEN_MILESTONE_CHOICES = ['done', 'drop', 'keep'] as const;
export type OpenMilestoneChoice = (typeof OPEN_MILESTONE_CHOICES)[number];

export function settleOpenMilestones(goal: Goal, choice: OpenMilestoneChoice, today: string): Goal {
  const open = goal.milestones.filter((m) => m.completed === undefined);
  if (!open.length || choice === 'keep') return goal;
  if (choice === 'drop') return removeMilestones(goal, open.map((m) => m.id), 'dropped when the goal was completed', today);
  const next = structuredClone(goal);
  for (const m of next.milestones) if (m.completed === undefined) m.completed = today;
  return revised(next, open.map((m) => `milestones.${m.id}.completed`), 'completed with the goal', today);
}

// ---------- steps ----------

/** A step by its number (as `goal show` lists them, from 1) or its text equal ignoring case. */
export function findStep(goal: Pick<Goal, 'steps'>, ref: string, goalId: string): number {
  const wanted = ref.trim();
  const numbered = goal.steps.map((s, i) => `${i + 1}. ${s.text}`).join('; ');
  const hint = goal.steps.length ? `its steps: ${numbered}` : `add one with \`career goal step ${goalId} add <text>\``;
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted);
    if (n >= 1 && n <= goal.steps.length) return n - 1;
    throw new UserError(`goal ${goalId} has no step ${n}${goal.steps.length ? ` (it has ${goal.steps.length})` : ''}`, hint);
  }
  const hits = goal.steps.flatMap((s, i) => (fold(s.text) === fold(wanted) ? [i] : []));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new UserError(`"${wanted}" is ${hits.length} steps of ${goalId}: ${hits.map((i) => i + 1).join(', ')}`, 'name it by its number');
  throw new UserError(`goal ${goalId} has no step "${wanted}"`, `${hint}; name one by number or its whole text`);
}

export function addStep(goal: Goal, text: string, reason: string, today: string): { goal: Goal; number: number } {
  const t = text.trim();
  if (!t) throw new UserError('a step needs its text', 'for example: career goal step <goal> add "Book a demo with sales"');
  if (goal.steps.some((s) => fold(s.text) === fold(t))) throw new UserError(`goal already has the step "${t}"`);
  const next = structuredClone(goal);
  next.steps.push({ text: t, done: false });
  return { goal: revised(next, ['steps'], reason || `added "${t}"`, today), number: next.steps.length };
}

export function completeStep(goal: Goal, index: number, reason: string, today: string): Goal {
  const next = structuredClone(goal);
  const step = next.steps[index]!;
  if (step.done) throw new UserError(`step ${index + 1} ("${step.text}") is already done`);
  step.done = true;
  return revised(next, [`steps[${index + 1}].done`], reason || `done: "${step.text}"`, today);
}

/**
 * The steps a check-in ticked, by their text, done on the goal as it is now (under the lock):
 * each a revision, as `goal step done` makes. A step done or removed meanwhile is left as it is.
 */
export function completeStepsByText<G extends Goal>(goal: G, texts: readonly string[], reason: string, date: string): { goal: G; done: string[] } {
  let next = goal;
  const done: string[] = [];
  for (const text of texts) {
    const index = next.steps.findIndex((s) => !s.done && fold(s.text) === fold(text));
    if (index < 0) continue;
    next = completeStep(next, index, reason, date) as G;
    done.push(next.steps[index]!.text);
  }
  return { goal: next, done };
}
