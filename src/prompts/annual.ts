// The annual review's follow-through questions: which goals due this year carry forward (and to
// when), and whether values, vision and skill ratings change. Returns answers; writes nothing.
import { checkbox, confirm, input, number } from './inquirer.js';
import { parseDatePhrase } from '../core/datephrase.js';
import type { GoalRecord } from '../core/journal.js';
import type { Profile } from '../core/schemas.js';
import { splitList } from '../core/text.js';
import { safeText } from '../render/safe.js';

export type ProfileChanges = Partial<Pick<Profile, 'values' | 'vision' | 'skills'>>;

export async function askCarryForward(goals: readonly GoalRecord[], year: string, today: string): Promise<Map<string, string>> {
  const due = goals.filter((g) => g.status === 'active' && g.deadline <= `${year}-12-31`);
  const moves = new Map<string, string>();
  if (!due.length) return moves;
  const ids = await checkbox({
    message: `Goals due by the end of ${year} that are still open: which carry forward?`,
    choices: due.map((g) => ({ name: `${safeText(g.title)} (due ${g.deadline})`, value: g.id, checked: true })),
  });
  for (const id of ids) {
    const answer = await input({
      message: `New deadline for ${id}`, default: `end of ${Number(year) + 1}`,
      validate: (v) => { try { parseDatePhrase(v, today); return true; } catch (err) { return (err as Error).message; } },
    });
    moves.set(id, parseDatePhrase(answer, today));
  }
  return moves;
}

export async function askProfile(profile: Profile): Promise<ProfileChanges> {
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
