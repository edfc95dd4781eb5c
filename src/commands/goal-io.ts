// Shared by the goal and milestone commands: one goal's file, read from disk under the lock,
// changed as data and saved (comments and layout kept).
import { findGoal, resolveGoalId } from '../core/goal-make.js';
import type { GoalRecord } from '../core/journal.js';
import { Goal } from '../core/schemas.js';
import { documents, goalPath, GOALS_ONLY, listGoalIds, requireJournal } from '../store/index.js';
import { DataError } from '../core/errors.js';
import type { Change } from '../core/commit.js';
import type { Context } from './context.js';
import { persist } from './persist.js';

/** The file's content: a GoalRecord's id is its file name, never a key inside the file. */
export function goalData(goal: Goal | GoalRecord): Goal {
  const { id: _id, ...data } = goal as GoalRecord;
  return data;
}

/**
 * The id of the goal `ref` names (its id or a unique prefix), from the names in goals/ alone:
 * a write reads the goal itself from disk under the lock, so nothing else needs loading.
 */
export function goalIdFor(ctx: Context, ref: string): string {
  return resolveGoalId(listGoalIds(ctx.dir), ref);
}

/** Resolve an id (or unique prefix) against the journal's goals. */
export async function resolveGoal(ctx: Context, ref: string, o: { fixingParent?: boolean } = {}): Promise<{ goal: GoalRecord; goals: GoalRecord[]; values: string[] }> {
  if (!o.fixingParent) {
    const journal = await requireJournal(ctx.dir, GOALS_ONLY);
    return { goal: findGoal(journal.goals, ref), goals: journal.goals, values: journal.profile.values };
  }
  // `goal edit <id> --parent` is how a parent that no longer exists is fixed, so that one goal's
  // dangling parent must not stop it; any other goal's still does.
  const journal = await requireJournal(ctx.dir, GOALS_ONLY, { checkParents: false });
  const goal = findGoal(journal.goals, ref);
  const ids = new Set(journal.goals.map((g) => g.id));
  const others = journal.goals.filter((g) => g.id !== goal.id && g.parent !== null && !ids.has(g.parent));
  if (others.length) throw new DataError((await documents()).danglingParents(ctx.dir, others, ids));
  return { goal, goals: journal.goals, values: journal.profile.values };
}

/**
 * Re-read goal `id` under the lock, apply `change` to it, save and commit. `change` returns the
 * new goal, the commit's Change, and whatever the command wants to report afterwards.
 */
export async function updateGoal<R>(
  ctx: Context,
  id: string,
  change: (goal: GoalRecord) => { goal: Goal; change: Change; result: R },
): Promise<R> {
  const { result } = await persist(ctx, (tx) => {
    const out = change({ ...tx.require(goalPath(id), Goal), id });
    tx.put(goalPath(id), goalData(out.goal));
    return { change: out.change, result: out.result };
  });
  return result;
}
