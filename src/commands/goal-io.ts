// Shared by the goal and milestone commands: read one goal's file under the lock, change it
// as data, and hand back the edited text (comments and layout kept).
import { findGoal } from '../core/goal-make.js';
import type { GoalRecord } from '../core/journal.js';
import { Goal } from '../core/schemas.js';
import { danglingParents, readRecord } from '../store/load.js';
import { DataError } from '../core/errors.js';
import { requireJournal } from '../store/journal.js';
import { GOALS_ONLY, goalPath } from '../store/paths.js';
import { editedFileText } from '../store/save.js';
import type { Change } from '../core/commit.js';
import type { Context } from './context.js';
import { persist } from './persist.js';

/** The file's content: a GoalRecord's id is its file name, never a key inside the file. */
export function goalData(goal: Goal | GoalRecord): Goal {
  const { id: _id, ...data } = goal as GoalRecord;
  return data;
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
  if (others.length) throw new DataError(danglingParents(ctx.dir, others, ids));
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
  let result: R | undefined;
  await persist(ctx, () => {
    const file = readRecord(ctx.dir, goalPath(id), Goal);
    const out = change({ ...file.data, id });
    result = out.result;
    return { writes: [{ rel: goalPath(id), content: editedFileText(file, goalData(out.goal)) }], change: out.change };
  });
  return result as R;
}
