// `career journal add` (`journal list` is in entry-list.ts). Adding touches only that day's file and the
// goal's existence (no full load), so it stays fast on a journal kept for years.
import { addEntry, makeEntry } from '../core/entries.js';
import { UserError } from '../core/errors.js';
import { ENTRY_KINDS, EntryDay, type Entry } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { parseChoice } from '../core/goal-make.js';
import { goalPath, journalExists, journalPath, listGoalIds, recordExists } from '../store/index.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { parseDate, resolveGoal } from './entry-list.js';
import { persist, type Tx } from './persist.js';

export interface AddOptions {
  kind?: string;
  goal?: string;
  tag?: string[];
  date?: string;
}

/** The goal must exist; checked by its file alone, without reading the journal. */
export function checkGoal(ctx: Context, id: string): string {
  if (isValidId(id) && recordExists(ctx.dir, goalPath(id))) return id;
  return resolveGoal(id, listGoalIds(ctx.dir));
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
export function addToDay(tx: Tx, date: string, pick: (day: EntryDay | undefined) => Entry[]): Entry[] {
  const rel = journalPath(date);
  const day = tx.read(rel, EntryDay);
  const added = pick(day);
  if (added.length) tx.put(rel, added.reduce<EntryDay | undefined>((d, e) => addEntry(d, date, e), day)!);
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
  const entry = makeEntry({ text, kind, goal, tags: (opts.tag ?? []).map((t) => t.trim().replace(/^#/, '')).filter(Boolean), time: opts.date === undefined ? ctx.time : undefined /* a back-dated entry has no time of day */ });
  await persist(ctx, (tx) => {
    addToDay(tx, date, () => [entry]);
    return { change: { kind: 'journal', date, entryKind: kind }, result: null };
  });
  ctx.say(`Added ${kind === 'feedback' ? 'feedback' : `a ${kind}`} to ${date}${goal ? ` (${goal})` : ''}.`);
}
