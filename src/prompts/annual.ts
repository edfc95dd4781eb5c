// The annual review's follow-through questions: each active goal's deadline (keep it, or a new
// date and why), the vision, and skill ratings. Only what the flags left open is asked; values,
// passions, talents and relationships are the question set's own. Returns answers; writes nothing.
import { confirm, input, number } from './inquirer.js';
import { defaultDeadlineReason, type AnnualChanges } from '../core/annual.js';
import { parseDatePhrase } from '../core/datephrase.js';
import type { GoalRecord } from '../core/journal.js';
import type { Profile } from '../core/schemas.js';
import { byCodeUnit } from '../core/text.js';
import { safeText } from '../render/safe.js';

type Say = (text: string) => void;

/** Goal by goal, soonest deadline first: Enter keeps the deadline; a date (or phrase) moves it, with a reason. */
export async function askDeadlines(goals: readonly GoalRecord[], year: string, today: string, say: Say): Promise<AnnualChanges['deadlines']> {
  const moves: AnnualChanges['deadlines'] = new Map();
  const active = goals.filter((g) => g.status === 'active').sort((a, b) => byCodeUnit(a.deadline, b.deadline));
  for (const g of active) {
    const late = g.deadline <= `${year}-12-31` ? `, by the end of ${year}` : '';
    const typed = (await input({
      message: `${safeText(g.title)}: due ${g.deadline}${late}. New deadline? (Enter keeps it)`,
      validate: (v) => {
        if (!v.trim()) return true;
        try { parseDatePhrase(v.trim(), today); return true; } catch (err) { return `${(err as Error).message}: try 2027-06-30, end of Q2 2027, in 6 months`; }
      },
    })).trim();
    if (!typed) continue;
    const deadline = parseDatePhrase(typed, today);
    if (typed !== deadline) say(`  ${typed} → ${deadline}`);
    if (deadline === g.deadline) continue;
    const reason = (await input({ message: 'Why the new date? (kept in the goal\'s history)', default: defaultDeadlineReason(year) })).trim();
    moves.set(g.id, { deadline, reason: reason || defaultDeadlineReason(year) });
  }
  return moves;
}

/** Readjust the timelines now? (--deadlines / --no-deadlines) */
export function offerDeadlines(count: number): Promise<boolean> {
  return confirm({ message: `Readjust your goals' timelines now, goal by goal? (${count} active)`, default: true });
}

/** Update the vision? Undefined when kept. (--vision TEXT / --no-vision) */
export async function askVision(profile: Profile): Promise<string | undefined> {
  if (!(await confirm({ message: `Your vision: "${safeText(profile.vision)}". Update it?`, default: false }))) return undefined;
  return (await input({ message: 'Your vision statement', default: profile.vision })).trim();
}

/** Re-rate each skill 1-5; Enter keeps its rating. (--rate SKILL=N / --no-rate) */
export async function askRatings(profile: Profile): Promise<Map<string, number>> {
  const ratings = new Map<string, number>();
  if (!profile.skills.length || !(await confirm({ message: 'Re-rate your skills (1-5)?', default: true }))) return ratings;
  for (const s of profile.skills) {
    const rating = await number({ message: `${safeText(s.name)} (was ${s.rating})`, default: s.rating, min: 1, max: 5, step: 1, required: true });
    if (rating !== undefined && rating !== s.rating) ratings.set(s.name, rating);
  }
  return ratings;
}
