// The whole journal as the core sees it: plain records, no files, no documents.
import type { Checkin, Goal, EntryDay, Profile, Review } from './schemas.js';

export interface GoalRecord extends Goal {
  /** The goal's id is its file name (goals/<id>.yaml), not a field inside it. */
  id: string;
}

export interface Journal {
  profile: Profile;
  goals: GoalRecord[];
  checkins: Checkin[];
  days: EntryDay[];
  reviews: Review[];
}
