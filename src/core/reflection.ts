// The reflection a person writes at `career init` (SPEC §1 "Reflect on the past year") comes
// back where that year is looked at again: the annual review and the year's brag document.
// Pure: `today` is a parameter.
import type { Profile } from './schemas.js';

export type Reflection = NonNullable<Profile['reflection']>;

/**
 * The year `init` reflects on: the year just ended during January (on 2027-01-05 the year worth
 * looking back at is 2026, not the five days of 2027), else the current one.
 */
export function reflectionYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === '01' ? year - 1 : year;
}

/** Whether the reflection says anything at all (every question may have been skipped). */
function said(r: Reflection): boolean {
  return r.accomplishments.length > 0 || r.newSkills.length > 0 ||
    [r.challenge, r.handled, r.outOfDepth, r.missedOpportunities].some((t) => t.trim() !== '');
}

/** The profile's reflection when it is about `year` and says something; null otherwise. */
export function reflectionFor(profile: Pick<Profile, 'reflection'>, year: number): Reflection | null {
  const r = profile.reflection;
  return r && r.year === year && said(r) ? r : null;
}

/** The reflection's answers as labelled parts, skipped questions left out. */
export function reflectionParts(r: Reflection): { label: string; items: string[] }[] {
  const parts = [
    { label: 'Proudest of', items: r.accomplishments },
    { label: 'Biggest challenge', items: r.challenge.trim() ? [r.handled.trim() ? `${r.challenge.trim()} (handled: ${r.handled.trim()})` : r.challenge.trim()] : [] },
    { label: 'New skills', items: r.newSkills },
    { label: 'Out of my depth', items: r.outOfDepth.trim() ? [r.outOfDepth.trim()] : [] },
    { label: 'Missed opportunity', items: r.missedOpportunities.trim() ? [r.missedOpportunities.trim()] : [] },
  ];
  return parts.filter((p) => p.items.length > 0);
}

/** For the annual review's facts: what the person wrote about this year when the journal began. */
export function reflectionLines(r: Reflection, created: string): string[] {
  return [
    `What you wrote about ${r.year} when you started your journal (${created}):`,
    ...reflectionParts(r).map((p) => `  ${p.label}: ${p.items.join('; ')}`),
  ];
}
