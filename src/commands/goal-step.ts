// `career goal step <goal> add <text>` and `career goal step <goal> done <step>`: steps are
// tickable, and each change is a revision of the goal.
import { UsageError, UserError } from '../core/errors.js';
import { addStep, completeStep, findStep } from '../core/milestones.js';
import { safeText } from '../render/safe.js';
import { makeContext, type GlobalOptions } from './context.js';
import { goalData, resolveGoal, updateGoal } from './goal-io.js';

export async function run(g: GlobalOptions, ref: string, action: string, what: string[], opts: { reason?: string }): Promise<void> {
  if (action === 'add') return add(g, ref, what.join(' '), opts);
  if (action === 'done') {
    if (what.length !== 1) throw new UserError('career goal step <goal> done needs one step: its number or its whole text (quoted)', 'for example: career goal step <goal> done 2');
    return done(g, ref, what[0]!, opts);
  }
  throw new UsageError(`unknown step action "${action}"`, 'use `career goal step <goal> add <text>` or `career goal step <goal> done <step>`');
}

async function add(g: GlobalOptions, ref: string, text: string, opts: { reason?: string }): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  addStep(goalData(goal), text, '', ctx.today); // an empty or repeated step fails before the lock
  const number = await updateGoal(ctx, goal.id, (current) => {
    const { goal: next, number } = addStep(goalData(current), text, opts.reason ?? '', ctx.today);
    return { goal: next, change: { kind: 'step', action: 'add', goal: goal.id, step: number }, result: number };
  });
  ctx.say(`Added step ${number} to ${goal.id}: ${safeText(text.trim())}. Tick it off with \`career goal step ${goal.id} done ${number}\`.`);
}

async function done(g: GlobalOptions, ref: string, stepRef: string, opts: { reason?: string }): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  completeStep(goalData(goal), findStep(goal, stepRef, goal.id), '', ctx.today); // unknown or already done: fail before the lock
  const { index, text, open } = await updateGoal(ctx, goal.id, (current) => {
    const index = findStep(current, stepRef, goal.id);
    const next = completeStep(goalData(current), index, opts.reason ?? '', ctx.today);
    return { goal: next, change: { kind: 'step', action: 'done', goal: goal.id, step: index + 1 }, result: { index, text: current.steps[index]!.text, open: next.steps.filter((s) => !s.done).length } };
  });
  ctx.say(`Step ${index + 1} of ${goal.id} done: ${safeText(text)}. ${open ? `${open} step${open === 1 ? '' : 's'} open.` : 'No steps open.'}`);
}
