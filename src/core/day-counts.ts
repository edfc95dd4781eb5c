// Journal days known only by how many wins, learnings, blockers and feedback they hold. The
// terminal report lists only the newest few of each and counts the rest, so a journal of years
// need not be read whole for it: the store keeps each year's counts beside its cached records,
// and only the years that hold the listed items are read in full (SPEC §6, the first read after
// a write). Pure: which days to read is decided here from the counts, the period and how many
// items the report shows.
import type { EntryDay } from './schemas.js';
import { KIND_LIST, LISTS, type PeriodItems } from './entries.js';
import { byCodeUnit } from './text.js';

export type ListName = keyof PeriodItems;

/** One day file's date and its listed entries by list. */
export interface DayCount {
  date: string;
  wins: number;
  learnings: number;
  blockers: number;
  feedback: number;
}

/** A set of days read or skipped together (in the store, one year of the journal's cache). */
export interface DayGroup {
  name: string;
  days: readonly DayCount[];
}

/** How many items of each list the terminal report shows; the rest it only counts. */
export const REPORT_SHOWN: Readonly<Record<ListName, number>> = { wins: 3, learnings: 2, blockers: 2, feedback: 2 };

export function countDay(day: EntryDay): DayCount {
  const c: DayCount = { date: day.date, wins: 0, learnings: 0, blockers: 0, feedback: 0 };
  for (const e of day.entries) {
    const list = KIND_LIST[e.kind];
    if (list) c[list]++;
  }
  return c;
}

/** The items of each list the days of [since, until] hold. */
export function countedItems(days: readonly DayCount[], since: string, until: string): Record<ListName, number> {
  const n: Record<ListName, number> = { wins: 0, learnings: 0, blockers: 0, feedback: 0 };
  for (const d of days) {
    if (d.date < since || d.date > until) continue;
    for (const list of LISTS) n[list] += d[list];
  }
  return n;
}

/**
 * The groups that must be read in full so that, of every list, the `shown` newest journal items
 * of [since, until] are among the read days, and every item only counted is strictly older than
 * all of those. `read` are the days already read; a tie on a date is read, never split.
 */
export function groupsToRead(read: readonly EntryDay[], groups: readonly DayGroup[], since: string, until: string, shown: Readonly<Record<ListName, number>>): string[] {
  const days: { count: DayCount; group: string | null }[] = read.map((d) => ({ count: countDay(d), group: null }));
  for (const g of groups) for (const count of g.days) days.push({ count, group: g.name });
  const inPeriod = days.filter((d) => d.count.date >= since && d.count.date <= until);
  inPeriod.sort((a, b) => byCodeUnit(b.count.date, a.count.date)); // newest first
  const needed = new Set<string>();
  for (const list of LISTS) {
    let seen = 0;
    let edge: string | undefined; // the date on which the shown items were reached
    for (const d of inPeriod) {
      if (edge !== undefined && d.count.date < edge) break;
      if (d.count[list] === 0) continue;
      if (d.group !== null) needed.add(d.group);
      seen += d.count[list];
      if (seen >= shown[list]) edge = d.count.date;
    }
  }
  return groups.map((g) => g.name).filter((name) => needed.has(name));
}
