// What each kind of journal file must hold: its schema, and the field that must agree with its
// file name. Shared by the strict reader (strict-reader.ts) and the fast one (fast-reader.ts).
import { Checkin, Goal, EntryDay, Profile, Review } from '../core/schemas.js';
import type { PathKind } from './paths.js';

export const SCHEMA_OF = { profile: Profile, goal: Goal, checkin: Checkin, journal: EntryDay, review: Review } as const;

/** The field that must agree with the file name (a check-in's week, a day's date, a review's period). */
export function nameField(kind: PathKind): [string, string] | null {
  return kind.kind === 'checkin' ? ['week', kind.week] : kind.kind === 'journal' ? ['date', kind.date]
    : kind.kind === 'review' ? ['period', kind.period] : null;
}

/** Whether the record says what its file name says (and a review is of the kind its name says). */
export function nameAgrees(kind: PathKind, data: Record<string, unknown>): boolean {
  const expect = nameField(kind);
  return (!expect || data[expect[0]] === expect[1]) && (kind.kind !== 'review' || data.kind === kind.review);
}
