// `career milestone add|done|edit|undo|rm <goal> ...`. The milestone is named under the lock,
// against the goal as read from disk, so a rename by another writer cannot make us hit the
// wrong one.
import { UserError } from '../core/errors.js';
import { addMilestone, completeMilestone } from '../core/goal-edit.js';
import { dateFlag } from '../core/goal-flags.js';
import { editMilestone, findMilestone, removeMilestones, undoMilestone, type MilestoneEdit } from '../core/milestones.js';
import { goalProgress } from '../core/progress.js';
import type { Milestone } from '../core/schemas.js';
import { safeText } from '../render/safe.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
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
  ctx.say(`Added milestone ${id} to ${goal.id}, due ${due}.`);
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
  ctx.say(`Milestone done: ${safeText(milestone.title)}. ${left ? `${left} to go on ${id} (${pct}%).` : `That was the last milestone of ${id}; finish it with \`career goal done ${id}\`.`}`);
}

interface ReasonOpts { reason?: string; yes?: boolean }

/** The reason from --reason, else asked on a terminal (Enter leaves it empty), else empty. */
async function reasonFor(ctx: Context, opts: ReasonOpts): Promise<string> {
  if (opts.reason !== undefined) return opts.reason.trim();
  if (!ctx.canPrompt(opts.yes)) return '';
  const { askText } = await import('../prompts/ask.js');
  return askText('Why this change? (kept in the goal\'s history; Enter to skip)');
}

export async function edit(g: GlobalOptions, ref: string, milestoneRef: string, opts: ReasonOpts & { due?: string; title?: string }): Promise<void> {
  const ctx = makeContext(g);
  const change: MilestoneEdit = {};
  if (opts.due !== undefined) change.due = dateFlag('--due', opts.due, ctx.today);
  if (opts.title !== undefined) change.title = opts.title;
  if (change.due === undefined && change.title === undefined) {
    throw new UserError('career milestone edit needs --due <date> or --title <text>', 'for example --due "end of Q2" --reason "the pilot slipped a month"');
  }
  const { goal } = await resolveGoal(ctx, ref);
  const m = findMilestone(goal, milestoneRef);
  editMilestone(goalData(goal), m.id, change, '', ctx.today); // "nothing to change" and a taken title fail before asking why
  const reason = await reasonFor(ctx, opts);
  const { before, after } = await updateGoal(ctx, goal.id, (current) => {
    const before = findMilestone(current, milestoneRef);
    const { goal: next, fields } = editMilestone(goalData(current), before.id, change, reason, ctx.today);
    const after = next.milestones.find((x) => x.id === before.id)!;
    return { goal: next, change: { kind: 'milestone', action: 'edit', goal: goal.id, milestone: before.id, detail: fields.map((f) => f.split('.').pop()).join(', ') }, result: { before, after } };
  });
  const parts = [
    before.title !== after.title ? `renamed "${safeText(before.title)}" to "${safeText(after.title)}"` : '',
    before.due !== after.due ? `due ${before.due} -> ${after.due}` : '',
  ].filter(Boolean);
  ctx.say(`Milestone ${after.id} of ${goal.id}: ${parts.join(', ')}.`);
  if (after.due > goal.deadline) ctx.err(`warning: it is now due after the goal's deadline (${goal.deadline}); move one of them (\`career goal edit ${goal.id} --deadline\`)`);
}

export async function undo(g: GlobalOptions, ref: string, milestoneRef: string, opts: ReasonOpts): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  const m = findMilestone(goal, milestoneRef);
  undoMilestone(goalData(goal), m.id, '', ctx.today); // "not done" fails before asking why
  const reason = await reasonFor(ctx, opts);
  const { milestone, was } = await updateGoal(ctx, goal.id, (current) => {
    const milestone = findMilestone(current, milestoneRef);
    const { goal: next, was } = undoMilestone(goalData(current), milestone.id, reason, ctx.today);
    return { goal: next, change: { kind: 'milestone', action: 'undo', goal: goal.id, milestone: milestone.id }, result: { milestone, was } };
  });
  ctx.say(`Milestone ${milestone.id} of ${goal.id} is open again (it had been marked done on ${was}); due ${milestone.due}.`);
}

async function confirmRemove(ctx: Context, m: Milestone, yes?: boolean): Promise<boolean> {
  if (!ctx.canPrompt(yes)) return true;
  const { askConfirm } = await import('../prompts/ask.js');
  return askConfirm(`Remove milestone "${safeText(m.title)}" (due ${m.due})? Its history stays in the goal's revisions.`, false);
}

export async function rm(g: GlobalOptions, ref: string, milestoneRef: string, opts: ReasonOpts): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  const m = findMilestone(goal, milestoneRef);
  if (!(await confirmRemove(ctx, m, opts.yes))) {
    ctx.out('Kept it. Nothing was changed.');
    return;
  }
  const reason = await reasonFor(ctx, opts);
  const removed = await updateGoal(ctx, goal.id, (current) => {
    const milestone = findMilestone(current, milestoneRef);
    return { goal: removeMilestones(goalData(current), [milestone.id], reason, ctx.today), change: { kind: 'milestone', action: 'rm', goal: goal.id, milestone: milestone.id }, result: milestone };
  });
  ctx.say(`Removed milestone ${removed.id} ("${safeText(removed.title)}") from ${goal.id}; \`career goal show ${goal.id}\` keeps it under Revisions.`);
}
