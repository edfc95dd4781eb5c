// The whole journal as the core sees it: plain records, no files, no documents.
import type { DayCount } from './day-counts.js';
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
  /**
   * Journal days read only as counts, each older than every listed item of `days` in its list
   * (the terminal report's older years, see day-counts.ts). Set only for the terminal report;
   * everything else reads every day in full.
   */
  countedDays?: readonly DayCount[];
}
