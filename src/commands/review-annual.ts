// The annual review's follow-through: carry goals forward into the next year (their deadline
// moves, with a revision saying why) and update values, vision and skill ratings in career.yaml.
import { checkbox, confirm, input, number } from '@inquirer/prompts';
import { parseDatePhrase } from '../core/datephrase.js';
import { withRevision } from '../core/goal-edit.js';
import type { Journal } from '../core/journal.js';
import { Goal, Profile } from '../core/schemas.js';
import { splitList } from '../core/text.js';
import { goalPath, PROFILE_FILE } from '../store/paths.js';
import { safeText } from '../render/safe.js';
import type { Context } from './context.js';
import type { Tx } from './persist.js';

type ProfileChanges = Partial<Pick<Profile, 'values' | 'vision' | 'skills'>>;

async function askCarryForward(ctx: Context, journal: Journal, year: string): Promise<Map<string, string>> {
  const due = journal.goals.filter((g) => g.status === 'active' && g.deadline <= `${year}-12-31`);
  const moves = new Map<string, string>();
  if (!due.length) return moves;
  const ids = await checkbox({
    message: `Goals due by the end of ${year} that are still open: which carry forward?`,
    choices: due.map((g) => ({ name: `${safeText(g.title)} (due ${g.deadline})`, value: g.id, checked: true })),
  });
  for (const id of ids) {
    const answer = await input({
      message: `New deadline for ${id}`, default: `end of ${Number(year) + 1}`,
      validate: (v) => { try { parseDatePhrase(v, ctx.today); return true; } catch (err) { return (err as Error).message; } },
    });
    moves.set(id, parseDatePhrase(answer, ctx.today));
  }
  return moves;
}

async function askProfile(profile: Profile): Promise<ProfileChanges> {
  const changes: ProfileChanges = {};
  if (await confirm({ message: `Your values: ${safeText(profile.values.join(', ')) || '(none yet)'}. Update them?`, default: false })) {
    changes.values = splitList(await input({ message: 'Your top 3 career values (comma-separated)', default: profile.values.join(', ') })).slice(0, 3);
  }
  if (await confirm({ message: `Your vision: "${safeText(profile.vision)}". Update it?`, default: false })) {
    changes.vision = (await input({ message: 'Your vision statement', default: profile.vision })).trim();
  }
  if (profile.skills.length && (await confirm({ message: 'Re-rate your skills (1-5)?', default: true }))) {
    changes.skills = [];
    for (const s of profile.skills) {
      const rating = await number({ message: `${safeText(s.name)} (was ${s.rating})`, default: s.rating, min: 1, max: 5, step: 1, required: true });
      changes.skills.push({ ...s, rating: rating ?? s.rating });
    }
  }
  return changes;
}

/** Ask, then return the change: it applies the answers to the files as they are on disk under the lock. */
export async function annualUpdates(ctx: Context, journal: Journal, year: string): Promise<(tx: Tx) => void> {
  const moves = await askCarryForward(ctx, journal, year);
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
