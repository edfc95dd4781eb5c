// `career milestone add <goal> <title> --due <date>` and `career milestone done <goal> <milestone>`.
import { UserError } from '../core/errors.js';
import { addMilestone, completeMilestone } from '../core/goal-edit.js';
import { dateFlag } from '../core/goal-flags.js';
import { findMilestone } from '../core/goal-make.js';
import { goalProgress } from '../core/progress.js';
import { safeText } from '../render/safe.js';
import { makeContext, type GlobalOptions } from './context.js';
import { goalData, goalIdFor, resolveGoal, updateGoal } from './goal-io.js';

export async function add(g: GlobalOptions, ref: string, title: string, opts: { due?: string }): Promise<void> {
  const ctx = makeContext(g);
  if (!title.trim()) throw new UserError('a milestone needs a title');
  if (!opts.due) throw new UserError('career milestone add needs --due <date>', 'for example --due 2027-03-01, --due "end of Q1"');
  const due = dateFlag('--due', opts.due, ctx.today);
  const { goal } = await resolveGoal(ctx, ref);
  const id = await updateGoal(ctx, goal.id, (current) => {
    const { goal: next, milestoneId } = addMilestone(goalData(current), title.trim(), due);
    return { goal: next, change: { kind: 'milestone', action: 'add', goal: goal.id, milestone: milestoneId }, result: milestoneId };
  });
  ctx.out(`Added milestone ${id} to ${goal.id}, due ${due}.`);
}

export async function done(g: GlobalOptions, ref: string, milestoneRef: string): Promise<void> {
  const ctx = makeContext(g);
  const id = goalIdFor(ctx, ref);
  // The milestone is found in the goal as it is on disk under the lock, not in a copy read before.
  const { next, milestone } = await updateGoal(ctx, id, (current) => {
    const milestone = findMilestone(current, milestoneRef);
    const updated = completeMilestone(goalData(current), milestone.id, ctx.today);
    return { goal: updated, change: { kind: 'milestone', action: 'done', goal: id, milestone: milestone.id }, result: { next: updated, milestone } };
  });
  const left = next.milestones.filter((m) => !m.completed).length;
  const pct = Math.round(goalProgress(next) * 100);
  ctx.out(`Milestone done: ${safeText(milestone.title)}. ${left ? `${left} to go on ${id} (${pct}%).` : `That was the last milestone of ${id}; finish it with \`career goal done ${id}\`.`}`);
}
