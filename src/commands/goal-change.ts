// Goal commands that change a goal: `edit` (flags), `progress`, `done`, `drop`.
import { UserError, withHint } from '../core/errors.js';
import { applyGoalChanges, completeGoal, dropGoal, recordProgress } from '../core/goal-edit.js';
import { changesFromFlags, type GoalFlags } from '../core/goal-flags.js';
import { checkChildren, checkParent, parseChoice, parseNumber } from '../core/goal-make.js';
import type { GoalRecord } from '../core/journal.js';
import { OPEN_MILESTONE_CHOICES, settleOpenMilestones, type OpenMilestoneChoice } from '../core/milestones.js';
import { goalView } from '../core/goal-view.js';
import { findingsAbout } from '../core/backward.js';
import { forecastText, unitAfterName } from '../core/progress.js';
import { GOALS_ONLY, requireJournal } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { messageWidth } from '../render/text.js';
import { hanging } from '../render/wrap.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { offer } from './offer.js';
import { goalData, goalIdFor, resolveGoal, updateGoal } from './goal-io.js';

async function askText(ctx: Context, message: string, yes?: boolean, required = false): Promise<string | undefined> {
  if (!ctx.canPrompt(yes)) return undefined;
  const { askText: ask } = await import('../prompts/ask.js');
  return ask(message, required);
}

export async function edit(g: GlobalOptions, ref: string, opts: GoalFlags & { reason?: string; yes?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const { goal, goals } = await resolveGoal(ctx, ref, { fixingParent: opts.parent !== undefined });
  const changes = changesFromFlags(opts, ctx.today);
  if (Object.keys(changes).length === 0) {
    if (!ctx.canPrompt(opts.yes)) throw new UserError('career goal edit needs a field flag (--title, --deadline, --why, ...) when it cannot open your editor');
    const { editInEditor } = await import('./goal-editor.js');
    return editInEditor(ctx, goal.id, opts.reason);
  }
  if (changes.parent !== undefined || changes.horizon) checkParent(changes.parent !== undefined ? changes.parent : goal.parent, changes.horizon ?? goal.horizon, goals, goal.id);
  if (changes.horizon) checkChildren(goal.id, changes.horizon, goals);
  const reason = opts.reason ?? (await askText(ctx, 'Why this change? (kept in the goal\'s history)', opts.yes)) ?? '';
  const fields = await updateGoal(ctx, goal.id, (current) => {
    const { goal: next, fields } = applyGoalChanges(goalData(current), changes, reason, ctx.today);
    if (!fields.length) throw new UserError(`nothing to change: ${goal.id} already says that`);
    return { goal: next, change: { kind: 'goal', action: 'edit', id: goal.id, detail: fields.join(', ') }, result: fields };
  });
  ctx.say(`Updated ${goal.id}: ${fields.join(', ')}.`);
  const after = (await requireJournal(ctx.dir, GOALS_ONLY, { checkParents: false })).goals;
  const edited = after.find((x) => x.id === goal.id);
  for (const f of edited ? findingsAbout(edited, after) : []) ctx.err(withHint(`warning: ${f.goal}: ${safeText(f.message)}`, safeText(f.hint)).join('\n'));
}

export async function progress(g: GlobalOptions, ref: string, valueText: string, opts: { note?: string }): Promise<void> {
  const ctx = makeContext(g);
  const value = parseNumber('value', valueText);
  const id = goalIdFor(ctx, ref);
  const { from, next, replaced } = await updateGoal(ctx, id, (current) => {
    const { goal: next, from, replaced } = recordProgress(goalData(current), id, value, opts.note?.trim() || undefined, ctx.today);
    return { goal: next, change: { kind: 'progress', id, from, to: value }, result: { from, next, replaced } };
  });
  if (replaced !== null) ctx.say(`Replaced today's earlier value ${replaced} (a goal keeps one value a day; its note is kept).`);
  const view = goalView({ ...next, id }, [], ctx.today); // the profile's values only matter to the SMART check, not shown here
  const m = view.metric!;
  const unit = unitAfterName(m);
  const change = `${safeText(m.name)} ${from ?? m.start} -> ${value} of ${m.target}${unit ? ` ${safeText(unit)}` : ''} (${Math.round(view.progress * 100)}%), ${view.pace}`;
  ctx.out(hanging(`${id}: `, change, messageWidth(), '  ').join('\n'));
  if (view.forecast) ctx.say(`Forecast: ${view.forecast}, ${forecastText(view.forecast, next.deadline)}.`);
}

/** --open-milestones, else asked on a terminal when milestones are open, else keep them. */
async function openMilestoneChoice(ctx: Context, goal: GoalRecord, opts: DoneOpts): Promise<OpenMilestoneChoice> {
  if (opts.openMilestones !== undefined) return parseChoice('--open-milestones', opts.openMilestones, OPEN_MILESTONE_CHOICES);
  const open = goal.milestones.filter((m) => m.completed === undefined);
  if (!open.length || !ctx.canPrompt(opts.yes)) return 'keep';
  const { askChoice } = await import('../prompts/ask.js');
  const names = open.map((m) => `"${safeText(m.title)}"`).join(', ');
  return askChoice(`${open.length} milestone${open.length === 1 ? ' is' : 's are'} still open (${names}). What about ${open.length === 1 ? 'it' : 'them'}?`, [
    { value: 'done', name: 'mark them done today' },
    { value: 'drop', name: 'drop them (the goal\'s revisions keep what they were)' },
    { value: 'keep', name: 'keep them as they are' },
  ], 'keep');
}

interface DoneOpts { celebrate?: string; next?: string; openMilestones?: string; nextGoal?: boolean; yes?: boolean }

export async function done(g: GlobalOptions, ref: string, opts: DoneOpts): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  if (goal.status !== 'active') throw new UserError(`goal ${goal.id} is already ${goal.status}`);
  const choice = await openMilestoneChoice(ctx, goal, opts);
  const celebration = opts.celebrate ?? (await askText(ctx, `Well done! How will you celebrate "${safeText(goal.title)}"?`, opts.yes));
  const nextText = opts.next ?? (await askText(ctx, 'What comes next? (the next goal this opens up)', opts.yes));
  const settled = await updateGoal(ctx, goal.id, (current) => {
    const open = current.milestones.filter((m) => m.completed === undefined).length;
    const withMilestones = settleOpenMilestones(goalData(current), choice, ctx.today);
    return {
      goal: completeGoal(withMilestones, goal.id, { celebration, next: nextText }, ctx.today),
      change: { kind: 'goal', action: 'done', id: goal.id, ...(open && choice !== 'keep' ? { detail: `${open} open milestone${open === 1 ? '' : 's'} ${choice === 'done' ? 'done' : 'dropped'}` } : {}) },
      result: { open },
    };
  });
  ctx.say(`Done: ${safeText(goal.title)}.${celebration ? ` Enjoy: ${safeText(celebration)}.` : ''}`);
  if (settled.open) {
    const what = choice === 'done' ? 'marked done today' : choice === 'drop' ? 'dropped (kept in its revisions)' : 'kept open (--open-milestones done|drop to settle them)';
    ctx.say(`${settled.open} open milestone${settled.open === 1 ? '' : 's'} ${what}.`);
  }
  if (!ctx.canPrompt(opts.yes) || !(await offer(ctx, opts.nextGoal, 'Set up the next goal now?', Boolean(nextText), opts.yes))) return;
  const { goalAnswers, saveNewGoal } = await import('./goal-add.js');
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const answers = await goalAnswers(ctx, journal, { title: nextText || undefined, type: goal.type, horizon: goal.horizon, parent: goal.parent, values: goal.values });
  const id = await saveNewGoal(ctx, answers);
  ctx.say(`Saved the next goal as ${id}.`);
}

export async function drop(g: GlobalOptions, ref: string, opts: { reason?: string; yes?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const { goal } = await resolveGoal(ctx, ref);
  const reason = opts.reason ?? (await askText(ctx, 'Why are you dropping it? (what you learn from it stays in its history)', opts.yes, true));
  if (!reason) throw new UserError('career goal drop needs --reason <text>', 'the reason stays in the goal\'s history');
  await updateGoal(ctx, goal.id, (current) => ({
    goal: dropGoal(goalData(current), goal.id, reason, ctx.today),
    change: { kind: 'goal', action: 'drop', id: goal.id, detail: reason }, result: null,
  }));
  ctx.say(`Dropped ${goal.id}. The reason is kept in goals/${goal.id}.yaml.`);
}
