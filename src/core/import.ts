// `career import jrnl|csv` (SPEC §3) as data: another tool's entries -> career's journal entries,
// and which of them the journal already holds (so a re-import adds nothing). Pure: the command
// reads the file and the days, this decides.
import { isValidDate } from './dates.js';
import { makeEntry } from './entries.js';
import { UserError } from './errors.js';
import { parseCsv } from './csv.js';
import { ENTRY_KINDS, IMPORT_FORMATS } from './constants.js';
import type { Entry, EntryDay } from './schemas.js';

export { IMPORT_FORMATS };
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportedEntry {
  date: string;
  entry: Entry;
  /** Where in the file it came from (`entries.csv:4`, `export.json: entry 3`), for errors. */
  where: string;
}

type Kind = Entry['kind'];

/** Tags that say what kind of entry it is (jrnl has tags only): the tag becomes the kind. */
const KIND_TAGS: Readonly<Record<string, Kind>> = {
  win: 'win', wins: 'win', learning: 'learning', learned: 'learning', til: 'learning', lesson: 'learning',
  feedback: 'feedback', frustration: 'frustration', blocker: 'frustration',
};

/** A jrnl tag without its symbol (@ by default, any of @#+ configured). */
const bareTag = (tag: string) => tag.trim().replace(/^[@#+]+/, '');

/** The kind a set of tags names (the first that names one), and the tags left. */
function kindFromTags(tags: readonly string[]): { kind: Kind; tags: string[] } {
  const index = tags.findIndex((t) => KIND_TAGS[t.toLowerCase()] !== undefined);
  if (index < 0) return { kind: 'note', tags: [...tags] };
  return { kind: KIND_TAGS[tags[index]!.toLowerCase()]!, tags: tags.filter((_, i) => i !== index) };
}

function entry(where: string, date: string, input: Parameters<typeof makeEntry>[0]): ImportedEntry {
  if (!isValidDate(date)) throw new UserError(`${where}: "${date}" is not a date written YYYY-MM-DD`);
  try {
    return { date, entry: makeEntry(input), where };
  } catch (err) {
    throw new UserError(`${where}: ${(err as Error).message}`);
  }
}

interface JrnlEntry {
  title?: unknown;
  body?: unknown;
  date?: unknown;
  time?: unknown;
  tags?: unknown;
  starred?: unknown;
}

/**
 * jrnl's `--export json`: `{ tags: {...}, entries: [{ title, body, date, time, tags, starred }] }`.
 * The title and body become the text (a body of several lines on lines of its own), tags lose
 * their symbol, a tag like @win makes the kind, and a starred entry is tagged `starred`.
 */
export function fromJrnl(text: string, name: string): ImportedEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    throw new UserError(`${name} is not JSON (${(err as Error).message})`, 'export it with `jrnl --export json > file.json`');
  }
  const entries = (doc as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new UserError(`${name} has no "entries" list, so it is not jrnl's JSON export`, 'export it with `jrnl --export json > file.json`');
  return entries.map((raw: JrnlEntry, i) => {
    const where = `${name}: entry ${i + 1}`;
    if (raw === null || typeof raw !== 'object') throw new UserError(`${where} is not an object`);
    const title = typeof raw.title === 'string' ? raw.title.trim() : '';
    const body = typeof raw.body === 'string' ? raw.body.trim() : '';
    const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string').map(bareTag).filter(Boolean) : [];
    const typed = kindFromTags(tags);
    if (raw.starred === true) typed.tags.push('starred');
    const time = typeof raw.time === 'string' && raw.time !== '' ? raw.time : undefined;
    const joined = !body ? title : !title ? body : `${title}${body.includes('\n') ? '\n' : ' '}${body}`;
    return entry(where, String(raw.date ?? ''), { text: joined, kind: typed.kind, tags: typed.tags, time });
  });
}

export const CSV_COLUMNS = ['date', 'kind', 'text', 'goal', 'tags', 'time'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/**
 * A CSV of entries: a header row naming its columns (date and text required; kind, goal, tags,
 * time optional, any order), or no header and the columns date, kind, text, goal, tags. Tags
 * are separated by spaces, commas or semicolons, with or without #.
 */
export function fromCsv(text: string, name: string): ImportedEntry[] {
  const records = parseCsv(text, name);
  if (!records.length) return [];
  const head = records[0]!.fields.map((f) => f.trim().toLowerCase());
  const hasHeader = head.includes('date') && head.includes('text');
  const columns: (Column | null)[] = hasHeader ? head.map((h) => ((CSV_COLUMNS as readonly string[]).includes(h) ? (h as Column) : null)) : ['date', 'kind', 'text', 'goal', 'tags'];
  if (hasHeader) {
    const unknown = head.filter((h, i) => h !== '' && columns[i] === null);
    if (unknown.length) throw new UserError(`${name}:1: unknown column "${unknown[0]}"`, `the columns are ${CSV_COLUMNS.join(', ')}`);
  }
  return records.slice(hasHeader ? 1 : 0).map(({ line, fields }) => {
    const where = `${name}:${line}`;
    if (fields.length > columns.length) throw new UserError(`${where}: ${fields.length} fields, but ${columns.length} columns`, 'quote a field that holds a comma: "one, two"');
    const get = (c: Column) => { const i = columns.indexOf(c); return i >= 0 ? (fields[i] ?? '').trim() : ''; };
    const kind = get('kind').toLowerCase() || 'note';
    if (!(ENTRY_KINDS as readonly string[]).includes(kind)) throw new UserError(`${where}: kind "${get('kind')}" is not one of ${ENTRY_KINDS.join(', ')}`);
    const goal = get('goal') || undefined;
    const time = get('time') || undefined;
    return entry(where, get('date'), { text: get('text'), kind: kind as Kind, goal, tags: get('tags').split(/[\s,;]+/).filter(Boolean), time });
  });
}

/** Whether two entries are the same one, for a re-import: the same text (kind and tags may have been edited since). */
const sameKey = (e: Entry) => e.text.trim().replace(/\s+/g, ' ');

/**
 * The entries of `imported` for `date` that are neither in `day` already nor earlier in the
 * import itself, in the import's order.
 */
export function newEntries(day: EntryDay | undefined, imported: readonly Entry[]): Entry[] {
  const seen = new Set((day?.entries ?? []).map(sameKey));
  const out: Entry[] = [];
  for (const e of imported) {
    const key = sameKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The imported entries by day, days in date order. */
export function byDay(entries: readonly ImportedEntry[]): Map<string, Entry[]> {
  const days = new Map<string, Entry[]>();
  for (const e of [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const list = days.get(e.date) ?? [];
    list.push(e.entry);
    days.set(e.date, list);
  }
  return days;
}
