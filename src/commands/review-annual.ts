// The annual review's follow-through: carry goals forward into the next year (their deadline
// moves, with a revision saying why) and update values, vision and skill ratings in career.yaml.
import { withRevision } from '../core/goal-edit.js';
import type { Journal } from '../core/journal.js';
import { Goal, Profile } from '../core/schemas.js';
import { goalPath, PROFILE_FILE } from '../store/index.js';
import type { Context } from './context.js';
import type { Tx } from './persist.js';

/** Ask, then return the change: it applies the answers to the files as they are on disk under the lock. */
export async function annualUpdates(ctx: Context, journal: Journal, year: string): Promise<(tx: Tx) => void> {
  const { askCarryForward, askProfile } = await import('../prompts/annual.js');
  const moves = await askCarryForward(journal.goals, year, ctx.today);
  const profile = await askProfile(journal.profile);
  return (tx) => {
    for (const [id, deadline] of moves) {
      const current = tx.read(goalPath(id), Goal);
      if (!current) continue; // removed meanwhile: nothing to carry
      const { goal } = withRevision(current, { ...structuredClone(current), deadline }, `carried forward in the ${year} annual review`, ctx.today);
      tx.put(goalPath(id), goal);
    }
    if (Object.keys(profile).length) tx.put(PROFILE_FILE, { ...tx.require(PROFILE_FILE, Profile), ...profile });
  };
}
