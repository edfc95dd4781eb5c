// `career journal add` and `career journal list`. Adding touches only that day's file and the
// goal's existence (no full load), so it stays fast on a journal kept for years.
import fs from 'node:fs';
import { addDays, WEEKDAYS, weekdayOf } from '../core/dates.js';
import { parseDatePhrase } from '../core/datephrase.js';
import { addEntry, filterRows, journalRows, makeEntry, type EntryFilter } from '../core/entries.js';
import { UserError } from '../core/errors.js';
import { ENTRY_KINDS, JournalDay, type Entry } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { parseChoice, resolveGoalId } from '../core/goal-make.js';
import { listGoalIds } from '../store/files.js';
import { requireJournal, journalExists } from '../store/journal.js';
import { goalPath, journalPath, resolveInside } from '../store/paths.js';
import { periodEdge } from '../core/period-names.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { persist, type Tx } from './persist.js';

export interface AddOptions {
  kind?: string;
  goal?: string;
  tag?: string[];
  date?: string;
}

/** `--goal`: a goal's id or unique prefix, among `ids` (file names; no goal is read). */
function resolveGoal(id: string, ids: readonly string[]): string {
  try {
    return resolveGoalId(ids, id);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`--goal "${id}": no such goal`, err.hint);
    throw err;
  }
}

/** The goal must exist; checked by its file alone, without reading the journal. */
export function checkGoal(ctx: Context, id: string): string {
  if (isValidId(id) && fs.existsSync(resolveInside(ctx.dir, goalPath(id)))) return id;
  return resolveGoal(id, listGoalIds(ctx.dir));
}

/**
 * How people date what already happened: "yesterday", "3 days ago", "2 weeks ago", "friday" (the
 * latest Friday, today included) or "last friday" (before today). The deadline phrases of
 * parseDatePhrase look ahead ("friday" is the coming one), which is wrong for a journal entry.
 */
function pastPhrase(text: string, today: string): string | undefined {
  const p = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (p === 'yesterday') return addDays(today, -1);
  const ago = /^(\d{1,5}|an?|one) (day|week)s? ago$/.exec(p);
  if (ago) {
    const n = /^\d/.test(ago[1]!) ? Number(ago[1]) : 1;
    return addDays(today, -(ago[2] === 'week' ? 7 * n : n));
  }
  const day = /^(last )?([a-z]+)$/.exec(p);
  const index = day ? WEEKDAYS.findIndex((w) => w === day[2] || (day[2]!.length >= 3 && w.startsWith(day[2]!))) : -1;
  if (day && index >= 0) {
    const back = (weekdayOf(today) - (index + 1) + 7) % 7;
    return addDays(today, -(back === 0 && day[1] ? 7 : back));
  }
  return undefined;
}

function parseDate(ctx: Context, value: string | undefined, flag = '--date'): string {
  if (value === undefined) return ctx.today;
  try {
    return pastPhrase(value, ctx.today) ?? parseDatePhrase(value, ctx.today);
  } catch (err) {
    const hint = (err as UserError).hint;
    throw new UserError(`${flag}: ${(err as Error).message}`, hint ? `${hint}; for past days: yesterday, 3 days ago, last friday` : undefined);
  }
}

/** HH:MM now, only for entries written now (not back-dated, not with CAREER_TODAY). */
function timeNow(ctx: Context, dated: boolean): string | undefined {
  if (dated || ctx.env.CAREER_TODAY) return undefined;
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function textFromEditor(ctx: Context): Promise<string> {
  const { editText } = await import('./editor.js');
  return editText(ctx, '', 'journal-entry.md');
}

/**
 * Add entries to `date`'s file as it is on disk now, inside a transaction (under the lock).
 * `pick` sees the day as it is (undefined: no file yet) and returns the entries to add; none, and
 * nothing is written. `journal add` and `import` both save so.
 */
export function addToDay(tx: Tx, date: string, pick: (day: JournalDay | undefined) => Entry[]): Entry[] {
  const rel = journalPath(date);
  const day = tx.read(rel, JournalDay);
  const added = pick(day);
  if (added.length) tx.put(rel, added.reduce<JournalDay | undefined>((d, e) => addEntry(d, date, e), day)!);
  return added;
}

export async function add(g: GlobalOptions, words: string[], opts: AddOptions): Promise<void> {
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
  const kind = parseChoice('--kind', opts.kind ?? 'note', ENTRY_KINDS);
  const goal = opts.goal !== undefined ? checkGoal(ctx, opts.goal) : undefined;
  const date = parseDate(ctx, opts.date);
  // `career journal add -`: the text from stdin (a pipe, a here-document, another tool's output).
  let text = words.length === 1 && words[0] === '-' ? (await readStdin()).trim() : words.join(' ').trim();
  if (!text && words[0] === '-') throw new UserError('career journal add -: nothing came on stdin, so nothing was saved', 'for example: echo "Shipped the pilot" | career journal add --kind win -');
  if (!text) {
    if (!ctx.canPrompt()) throw new UserError('career journal add needs the text of the entry', 'for example: career journal add --kind win "Shipped the pilot"');
    text = (await textFromEditor(ctx)).trim();
    if (!text) return ctx.out('Empty entry; nothing was saved.');
  }
  const entry = makeEntry({ text, kind, goal, tags: (opts.tag ?? []).map((t) => t.trim().replace(/^#/, '')).filter(Boolean), time: timeNow(ctx, opts.date !== undefined) });
  await persist(ctx, (tx) => {
    addToDay(tx, date, () => [entry]);
    return { change: { kind: 'journal', date, entryKind: kind }, result: null };
  });
  ctx.out(`Added ${kind === 'feedback' ? 'feedback' : `a ${kind}`} to ${date}${goal ? ` (${goal})` : ''}.`);
}

export interface ListOptions extends Omit<EntryFilter, 'kind'> {
  kind?: string;
  json?: boolean;
  limit?: string;
}

export async function list(g: GlobalOptions, opts: ListOptions): Promise<void> {
  const ctx = makeContext(g);
  const filter: EntryFilter = {
    // A period name gives its first day to --since and its last to --until (SPEC §3).
    since: opts.since === undefined ? undefined : periodEdge(opts.since, 'since', ctx.today) ?? parseDate(ctx, opts.since, '--since'),
    until: opts.until === undefined ? undefined : periodEdge(opts.until, 'until', ctx.today) ?? parseDate(ctx, opts.until, '--until'),
    kind: opts.kind === undefined ? undefined : parseChoice('--kind', opts.kind, ENTRY_KINDS),
    goal: opts.goal, tag: opts.tag?.replace(/^#/, ''), search: opts.search,
  };
  const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
  if (!(limit > 0)) throw new UserError(`--limit "${opts.limit}" is not a positive number`);
  const journal = await requireJournal(ctx.dir, ['journal']);
  const all = journalRows(journal.days);
  if (filter.goal !== undefined) {
    // As for `journal add`: a goal by id or unambiguous prefix; entries may name a goal since deleted.
    const ids = [...new Set([...listGoalIds(ctx.dir), ...all.flatMap((r) => (r.goal ? [r.goal] : []))])];
    filter.goal = resolveGoal(filter.goal, ids);
  }
  const rows = filterRows(all, filter).slice(0, limit);
  if (opts.json) {
    return ctx.out(JSON.stringify(rows.map((r) => ({ date: r.date, kind: r.kind, text: r.text, goal: r.goal, tags: r.tags })), null, 2));
  }
  const { entryLines } = await import('../render/journal.js');
  const { terminalWidth } = await import('../render/text.js');
  // Wrapped to the terminal; piped, one line per entry, as grep and scripts want it.
  const cols = process.stdout.isTTY ? terminalWidth() : Infinity;
  await ctx.page(rows.length ? entryLines(rows, cols).join('\n') : 'No entries match.');
}
