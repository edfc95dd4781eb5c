// `career goal add`: the SMART wizard (or flags), the SMART check, then goals/<id>.yaml.
import { UserError } from '../core/errors.js';
import { answersFromFlags, type GoalFlags } from '../core/goal-flags.js';
import { checkParent, horizonFor, makeGoal, newGoalId, type GoalAnswers } from '../core/goal-make.js';
import type { Journal } from '../core/journal.js';
import { smartCheck } from '../core/smart.js';
import { requireJournal } from '../store/journal.js';
import { GOALS_ONLY, goalPath } from '../store/paths.js';
import { newFileText } from '../store/save.js';
import { smartLines } from '../render/goals.js';
import { safeText } from '../render/safe.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { persist } from './persist.js';

export interface AddOptions extends GoalFlags {
  yes?: boolean;
}

/** Non-interactive: --title and --deadline are required; the rest have honest defaults. */
export function completeAnswers(given: Partial<GoalAnswers>, today: string): GoalAnswers {
  const missing = [!given.title && '--title', !given.deadline && '--deadline'].filter(Boolean);
  if (missing.length) {
    throw new UserError(`career goal add needs ${missing.join(' and ')} when it cannot ask`, 'pass them as flags, or run it in a terminal for the wizard');
  }
  return {
    title: given.title!, type: given.type ?? 'other', horizon: given.horizon ?? horizonFor(given.deadline!, today),
    why: given.why ?? '', values: given.values ?? [], parent: given.parent ?? null, deadline: given.deadline!,
    metric: given.metric ?? null, milestones: given.milestones ?? [], steps: given.steps ?? [],
    helpers: given.helpers ?? [], resources: given.resources ?? [], skills: given.skills ?? [],
    risks: given.risks ?? [], important: given.important ?? true, urgent: given.urgent ?? false,
  };
}

/** Ask (or complete) the answers for a new goal. Exported for `init` and `goal done`. */
export async function goalAnswers(ctx: Context, journal: Journal, given: Partial<GoalAnswers>, yes?: boolean): Promise<GoalAnswers> {
  if (!ctx.canPrompt(yes)) return completeAnswers(given, ctx.today);
  const { askGoal, reviewSmart } = await import('../prompts/goal.js');
  const wizard = { today: ctx.today, vision: journal.profile.vision, values: journal.profile.values, goals: journal.goals, say: ctx.out };
  return reviewSmart(await askGoal(given, wizard), wizard);
}

/** Validate and save; returns the new id. */
export async function saveNewGoal(ctx: Context, answers: GoalAnswers): Promise<string> {
  let id = '';
  await persist(ctx, async () => {
    const journal = await requireJournal(ctx.dir, GOALS_ONLY); // fresh, under the lock: ids stay unique
    checkParent(answers.parent, answers.horizon, journal.goals);
    const ids = new Set(journal.goals.map((g) => g.id));
    id = newGoalId(answers.title, (candidate) => ids.has(candidate));
    return { writes: [{ rel: goalPath(id), content: newFileText(makeGoal(answers, ctx.today), goalPath(id)) }], change: { kind: 'goal', action: 'add', id } };
  });
  return id;
}

export async function run(g: GlobalOptions, opts: AddOptions): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const given = answersFromFlags(opts, ctx.today);
  // A parent that does not exist (or could be nobody's parent) fails before any question is
  // asked; without --horizon, 'short' is the one horizon every real parent can take.
  if (given.parent) checkParent(given.parent, given.horizon ?? 'short', journal.goals);
  const answers = await goalAnswers(ctx, journal, given, opts.yes);
  checkParent(answers.parent, answers.horizon, journal.goals);
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive) {
    // Scripts get the id alone on stdout; the check goes to stderr.
    ctx.err(`SMART check for "${safeText(answers.title)}":\n${smartLines(smartCheck(makeGoal(answers, ctx.today), journal.profile.values)).join('\n')}`);
  }
  const id = await saveNewGoal(ctx, answers);
  ctx.out(interactive ? `\nSaved ${goalPath(id)}. Its id is ${id}:\n  career goal show ${id}` : id);
}
