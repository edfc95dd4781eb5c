// Whether this week's check-in is due (`career checkin --due`): for cron jobs, systemd timers and
// shell prompts, which ask every day. Due from the person's check-in day to the end of the ISO
// week, until the check-in is saved; a reminder on Monday for a Friday ritual is noise.
import { weekdayOf, WEEKDAYS, type Weekday } from './dates.js';
import { isoWeekOf } from './weeks.js';

export interface CheckinDue {
  week: string;
  due: boolean;
  /** Why: not yet the check-in day, saved already, or due. */
  state: 'early' | 'done' | 'due';
}

export function checkinDue(today: string, checkinDay: Weekday, doneThisWeek: boolean): CheckinDue {
  const week = isoWeekOf(today);
  if (doneThisWeek) return { week, due: false, state: 'done' };
  if (weekdayOf(today) < WEEKDAYS.indexOf(checkinDay) + 1) return { week, due: false, state: 'early' };
  return { week, due: true, state: 'due' };
}
