// Journal entries as rows: listing and filtering them (`career journal list`), making and
// appending one (`career journal add`), and gathering a period's wins, learnings, blockers and
// feedback from check-ins and journal entries together (reports and reviews, SPEC §3).
import { UserError } from './errors.js';
import type { Journal } from './journal.js';
import { SCHEMA_VERSION } from './constants.js';
import type { ENTRY_KINDS, Entry, EntryDay } from './schemas.js';

export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface EntryRow {
  date: string;
  time?: string;
  kind: EntryKind;
  text: string;
  goal: string | null;
  tags: string[];
}

/** Descending string order; a missing time sorts as the earliest of the day. */
const desc = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** Every entry of every day, newest first: date, then time, then the later one in the file. */
export function journalRows(days: readonly EntryDay[]): EntryRow[] {
  const indexed: { row: EntryRow; index: number }[] = [];
  for (const day of days) {
    day.entries.forEach((e, index) => {
      const row: EntryRow = { date: day.date, kind: e.kind, text: e.text, goal: e.goal ?? null, tags: [...e.tags] };
      if (e.time !== undefined) row.time = e.time;
      indexed.push({ row, index });
    });
  }
  indexed.sort((a, b) =>
    desc(a.row.date, b.row.date) || desc(a.row.time ?? '', b.row.time ?? '') || b.index - a.index);
  return indexed.map((x) => x.row);
}

export interface EntryFilter {
  /** Inclusive `YYYY-MM-DD`. */
  since?: string;
  /** Inclusive `YYYY-MM-DD`. */
  until?: string;
  kind?: EntryKind;
  goal?: string;
  /** Case-insensitive; a leading `#` is ignored. */
  tag?: string;
  /** Case- and accent-insensitive; every whitespace-separated word must occur in the text or a tag. */
  search?: string;
}

/** Lower case, NFC, accents dropped: "Résumé" and "resume" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

const tagKey = (t: string): string => fold(t.trim().replace(/^#/, ''));

export function filterRows(rows: readonly EntryRow[], f: EntryFilter): EntryRow[] {
  const tag = f.tag === undefined ? undefined : tagKey(f.tag);
  const words = f.search === undefined ? [] : fold(f.search).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.since !== undefined && r.date < f.since) return false;
    if (f.until !== undefined && r.date > f.until) return false;
    if (f.kind !== undefined && r.kind !== f.kind) return false;
    if (f.goal !== undefined && r.goal !== f.goal) return false;
    if (tag !== undefined && tag !== '' && !r.tags.some((t) => tagKey(t) === tag)) return false;
    if (words.length > 0) {
      const hay = fold([r.text, ...r.tags].join('\n'));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export interface EntryInput {
  text: string;
  kind?: EntryKind;
  goal?: string;
  tags?: readonly string[];
  /** `HH:MM`. */
  time?: string;
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A new entry with the schema's key order (time, kind, text, goal, tags). Text is trimmed;
 * tags lose a leading `#`, blanks and case-insensitive duplicates.
 */
export function makeEntry(input: EntryInput): Entry {
  const text = input.text.trim();
  if (!text) throw new UserError('a journal entry needs some text');
  if (input.time !== undefined && !TIME_RE.test(input.time)) {
    throw new UserError(`not a time HH:MM: "${input.time}"`);
  }
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.tags ?? []) {
    const t = raw.trim().replace(/^#/, '').trim();
    if (t && !seen.has(tagKey(t))) { seen.add(tagKey(t)); tags.push(t); }
  }
  const entry = {} as Entry;
  if (input.time !== undefined) entry.time = input.time;
  entry.kind = input.kind ?? 'note';
  entry.text = text;
  if (input.goal !== undefined) entry.goal = input.goal;
  entry.tags = tags;
  return entry;
}

/** The day's record with `entry` appended; a new record when the day has none yet. */
export function addEntry(day: EntryDay | undefined, date: string, entry: Entry): EntryDay {
  if (day === undefined) return { version: SCHEMA_VERSION, date, entries: [entry] };
  if (day.date !== date) throw new Error(`addEntry: the record is for ${day.date}, not ${date}`);
  return { ...day, entries: [...day.entries, entry] };
}

export interface PeriodItem {
  date: string;
  text: string;
  goal: string | null;
  source: 'checkin' | 'journal';
}

export interface PeriodItems {
  wins: PeriodItem[];
  learnings: PeriodItem[];
  blockers: PeriodItem[];
  feedback: PeriodItem[];
}

/** The lists reports and reviews gather, in the order they show them. */
export const LISTS = ['wins', 'learnings', 'blockers', 'feedback'] as const;

/** The list each kind of entry is gathered into by reports and reviews; notes into none. */
export const KIND_LIST: Readonly<Record<EntryKind, keyof PeriodItems | null>> = {
  note: null,
  win: 'wins',
  learning: 'learnings',
  frustration: 'blockers',
  feedback: 'feedback',
};

/**
 * The wins, learnings, blockers and feedback of [since, until] from check-ins (dated by the
 * check-in's date) and journal entries together, newest first. On the same date journal
 * entries come before check-in items, which keep their written order.
 */
export function periodItems(journal: Pick<Journal, 'checkins' | 'days'>, since: string, until: string): PeriodItems {
  const days = journalItems(journal.days, since, until);
  const checkins = checkinItems(journal.checkins, since, until);
  const out: PeriodItems = { wins: [], learnings: [], blockers: [], feedback: [] };
  for (const list of LISTS) out[list] = mergeNewestFirst(days[list], checkins[list]);
  return out;
}

const emptyItems = (): PeriodItems => ({ wins: [], learnings: [], blockers: [], feedback: [] });

/** The listed entries of the days in range, newest first: date, then time, then later in the file. */
function journalItems(all: readonly EntryDay[], since: string, until: string): PeriodItems {
  const out = emptyItems();
  const days = all.filter((d) => d.date >= since && d.date <= until);
  // Loaded journals come in date order, one record a day: then reversing is the sort. Anything
  // else (two records of one day, another order) is sorted, ties kept in their order.
  const ascending = days.every((d, i) => i === 0 || days[i - 1]!.date < d.date);
  const ordered = ascending ? days.reverse() : days.sort((a, b) => desc(a.date, b.date));
  for (const day of ordered) {
    const listed: { e: Entry; index: number }[] = [];
    day.entries.forEach((e, index) => { if (KIND_LIST[e.kind]) listed.push({ e, index }); });
    listed.sort((a, b) => desc(a.e.time ?? '', b.e.time ?? '') || b.index - a.index);
    for (const { e } of listed) out[KIND_LIST[e.kind]!].push({ date: day.date, text: e.text, goal: e.goal ?? null, source: 'journal' });
  }
  return out;
}

/** The check-ins' items in range, newest first; items of one date keep their written order. */
function checkinItems(checkins: Pick<Journal, 'checkins'>['checkins'], since: string, until: string): PeriodItems {
  const out = emptyItems();
  for (const c of checkins) {
    if (c.date < since || c.date > until) continue;
    for (const list of LISTS) {
      for (const text of c[list]) out[list].push({ date: c.date, text, goal: null, source: 'checkin' });
    }
  }
  for (const list of LISTS) out[list].sort((a, b) => desc(a.date, b.date));
  return out;
}

/** Two newest-first lists as one; on the same date `first`'s items come before `second`'s. */
function mergeNewestFirst(first: PeriodItem[], second: PeriodItem[]): PeriodItem[] {
  if (second.length === 0) return first;
  const out: PeriodItem[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) out.push(first[i]!.date >= second[j]!.date ? first[i++]! : second[j++]!);
  while (i < first.length) out.push(first[i++]!);
  while (j < second.length) out.push(second[j++]!);
  return out;
}
