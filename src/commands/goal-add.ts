// `career goal add`: the SMART wizard (or flags), the SMART check, then goals/<id>.yaml.
import { UserError, withHint } from '../core/errors.js';
import { answersFromFlags, type GoalFlags } from '../core/goal-flags.js';
import { checkParent, horizonFor, makeGoal, newGoalId, type GoalAnswers } from '../core/goal-make.js';
import type { Journal } from '../core/journal.js';
import type { Horizon } from '../core/schemas.js';
import { smartCheck } from '../core/smart.js';
import { DRAFT_ID, findingsAbout } from '../core/backward.js';
import { draftLines, readGoalSentence } from '../core/goal-sentence.js';
import { goalPath, GOALS_ONLY, requireJournal } from '../store/index.js';
import { Goal } from '../core/schemas.js';
import { smartLines } from '../render/goals.js';
import { safeText } from '../render/safe.js';
import { messageWidth } from '../render/text.js';
import { wrapLines } from '../render/wrap.js';
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
export async function goalAnswers(ctx: Context, journal: Journal, given: Partial<GoalAnswers>, yes?: boolean, suggestedHorizon?: Horizon): Promise<GoalAnswers> {
  if (!ctx.canPrompt(yes)) return completeAnswers(given, ctx.today);
  const { askGoal, reviewSmart } = await import('../prompts/goal.js');
  const wizard = { today: ctx.today, vision: journal.profile.vision, values: journal.profile.values, goals: journal.goals, say: ctx.out, suggestedHorizon };
  return reviewSmart(await askGoal(given, wizard), wizard);
}

/** Validate and save; returns the new id. */
export async function saveNewGoal(ctx: Context, answers: GoalAnswers): Promise<string> {
  const { result } = await persist(ctx, (tx) => {
    // Under the lock, from disk: the parent as it is now, and the ids taken now (ids stay unique).
    if (answers.parent !== null) {
      const parent = tx.read(goalPath(answers.parent), Goal);
      checkParent(answers.parent, answers.horizon, parent ? [{ ...parent, id: answers.parent }] : []);
    }
    const ids = new Set(tx.goalIds());
    const id = newGoalId(answers.title, (candidate) => ids.has(candidate));
    tx.put(goalPath(id), makeGoal(answers, ctx.today));
    return { change: { kind: 'goal', action: 'add', id }, result: id };
  });
  return result;
}

/**
 * `goal add "<sentence>"`: what the sentence states fills the flags not given (a flag always
 * wins), after the person has seen the draft. On a terminal they may decline it and keep only
 * the title; `--yes` or no terminal accepts it, the draft shown on stderr.
 */
async function fromSentence(ctx: Context, sentence: string, opts: AddOptions): Promise<AddOptions> {
  const draft = readGoalSentence(sentence, ctx.today);
  if (!draft.title) throw new UserError('the goal sentence is empty', 'for example: career goal add "Publish 2 articles on VR in trade journals by Q4"');
  ctx.err(`Read from your sentence:\n${draftLines(draft).map((l) => `  ${safeText(l)}`).join('\n')}`);
  const filled: AddOptions = { ...opts, title: opts.title ?? draft.title };
  if (ctx.canPrompt(opts.yes)) {
    const { askConfirm } = await import('../prompts/ask.js');
    if (!(await askConfirm('Use this draft? (No keeps only the title; the wizard asks the rest)', true))) return filled;
  }
  if (draft.type && opts.type === undefined) filled.type = draft.type;
  if (draft.deadline && opts.deadline === undefined) filled.deadline = draft.deadline;
  if (draft.target !== undefined && opts.target === undefined && opts.metric === undefined) {
    filled.metric = draft.unit || 'count';
    filled.unit ??= draft.unit;
    filled.target = String(draft.target);
  }
  return filled;
}

export async function run(g: GlobalOptions, sentence: string | undefined, flags: AddOptions): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const opts = sentence !== undefined ? await fromSentence(ctx, sentence, flags) : flags;
  const given = answersFromFlags(opts, ctx.today);
  // A parent that does not exist (or could be nobody's parent) fails before any question is
  // asked; without --horizon, 'short' is the one horizon every real parent can take.
  if (given.parent) checkParent(given.parent, given.horizon ?? 'short', journal.goals);
  const answers = await goalAnswers(ctx, journal, given, opts.yes);
  checkParent(answers.parent, answers.horizon, journal.goals);
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive) {
    // Scripts get the id alone on stdout; the check goes to stderr.
    const draft = makeGoal(answers, ctx.today);
    // On a terminal, wrapped to its width, each hint under its own column; piped, one line each.
    const cols = messageWidth(process.stderr);
    ctx.err([...wrapLines([`SMART check for "${safeText(answers.title)}":`], cols), ...smartLines(smartCheck(draft, journal.profile.values), cols)].join('\n'));
    for (const f of findingsAbout({ ...draft, id: DRAFT_ID }, journal.goals)) ctx.err(withHint(`warning: ${safeText(f.message)}`, safeText(f.hint.replaceAll(DRAFT_ID, '<id>'))).join('\n'));
  }
  const id = await saveNewGoal(ctx, answers);
  ctx.out(interactive ? `\nSaved ${goalPath(id)}. Its id is ${id}:\n  career goal show ${id}` : id);
}
