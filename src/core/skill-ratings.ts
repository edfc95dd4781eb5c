// Skills re-rated in reviews (SPEC §1: a skills inventory, each rated 1-5, "so you can see it
// grow"): each review keeps the ratings it changed, from -> to, and a period's brag document
// shows them as the skills developed. Pure.
import { periodRange } from './periods.js';
import type { Review, SkillRating } from './schemas.js';
import { byCodeUnit } from './text.js';

/**
 * The review's ratings with this run's re-ratings on top: a skill re-rated again in the same
 * review keeps its first `from`, and one brought back to where it started is no change at all.
 */
export function mergeRatings(kept: readonly SkillRating[], fresh: readonly SkillRating[]): SkillRating[] {
  const out = kept.map((r) => ({ ...r }));
  for (const f of fresh) {
    const earlier = out.find((r) => r.name === f.name);
    if (earlier) earlier.to = f.to;
    else out.push({ ...f });
  }
  return out.filter((r) => r.from !== r.to);
}

export interface SkillRated extends SkillRating {
  /** The review that re-rated it last, e.g. "annual 2026". */
  review: string;
}

/** A hand-edited review whose period does not fit its kind ("annual" for 2026-11) has no range: doctor names it. */
function rangeOf(r: Review): { since: string; until: string } | null {
  try {
    return periodRange(r.kind, r.period);
  } catch {
    return null;
  }
}

/**
 * Every skill re-rated by a review whose whole period lies within `since..until`, oldest review
 * first: a skill re-rated in two of them goes from its first `from` to its last `to`.
 */
export function skillsRated(reviews: readonly Review[], since: string, until: string): SkillRated[] {
  const within = reviews
    .filter((r) => r.skills?.length)
    .flatMap((r) => { const range = rangeOf(r); return range ? [{ r, range }] : []; })
    .filter(({ range }) => range.since >= since && range.until <= until)
    .sort((a, b) => byCodeUnit(a.range.until, b.range.until) || byCodeUnit(a.r.date, b.r.date));
  const byName = new Map<string, SkillRated>();
  for (const { r } of within) {
    for (const s of r.skills ?? []) {
      const seen = byName.get(s.name);
      const review = `${r.kind} ${r.period}`;
      byName.set(s.name, seen ? { ...seen, to: s.to, review } : { ...s, review });
    }
  }
  return [...byName.values()].filter((s) => s.from !== s.to);
}

/** The review record with this run's re-ratings merged into the ones it kept (no key when there are none). */
export function withRatings(review: Review, fresh: readonly SkillRating[]): Review {
  const { skills, ...rest } = review;
  const merged = mergeRatings(skills ?? [], fresh);
  return merged.length ? { ...rest, skills: merged } : rest;
}
