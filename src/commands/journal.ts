// `career journal add` (`journal list` is in journal-list.ts). Adding touches only that day's
// file and the goal's existence (no full load), so it stays fast on a journal kept for years.
import fs from 'node:fs';
import { addEntry, makeEntry } from '../core/entries.js';
import { DataError, UserError } from '../core/errors.js';
import { ENTRY_KINDS, JournalDay } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { parseChoice } from '../core/goal-make.js';
import { readRecord, type LoadedFile } from '../store/load.js';
import { journalExists } from '../store/journal.js';
import { goalPath, journalPath, resolveInside } from '../store/paths.js';
import { editedFileText, newFileText } from '../store/save.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { goalIds, parseDate, resolveGoal } from './journal-list.js';
import { persist } from './persist.js';

export interface AddOptions {
  kind?: string;
  goal?: string;
  tag?: string[];
  date?: string;
}

/** The goal must exist; checked by its file alone, without reading the journal. */
function checkGoal(ctx: Context, id: string): string {
  if (isValidId(id) && fs.existsSync(resolveInside(ctx.dir, goalPath(id)))) return id;
  return resolveGoal(id, goalIds(ctx));
}

/** HH:MM now, only for entries written now (not back-dated, not with CAREER_TODAY). */
function timeNow(ctx: Context, dated: boolean): string | undefined {
  if (dated || ctx.env.CAREER_TODAY) return undefined;
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

async function textFromEditor(ctx: Context): Promise<string> {
  const { editText } = await import('./editor.js');
  return editText(ctx, '', 'journal-entry.md');
}

/** The day's file says another date than its name (a hand edit): a problem at its `date:`. */
function dateMismatch(file: LoadedFile<JournalDay>, date: string): DataError {
  const node = file.doc.get('date', true) as { range?: [number, number, number] } | undefined;
  const { line, col } = file.lines.linePos(node?.range?.[0] ?? 0);
  return new DataError([{ path: file.rel, line, col, message: `date: is "${file.data.date}" but the file name says ${date}`, hint: 'rename the file or fix the field' }]);
}

export async function add(g: GlobalOptions, words: string[], opts: AddOptions): Promise<void> {
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
  const kind = parseChoice('--kind', opts.kind ?? 'note', ENTRY_KINDS);
  const goal = opts.goal !== undefined ? checkGoal(ctx, opts.goal) : undefined;
  const date = parseDate(ctx, opts.date);
  let text = words.join(' ').trim();
  if (!text) {
    if (!ctx.canPrompt()) throw new UserError('career journal add needs the text of the entry', 'for example: career journal add --kind win "Shipped the pilot"');
    text = (await textFromEditor(ctx)).trim();
    if (!text) return ctx.out('Empty entry; nothing was saved.');
  }
  const entry = makeEntry({ text, kind, goal, tags: (opts.tag ?? []).map((t) => t.trim().replace(/^#/, '')).filter(Boolean), time: timeNow(ctx, opts.date !== undefined) });
  const rel = journalPath(date);
  await persist(ctx, () => {
    const exists = fs.existsSync(resolveInside(ctx.dir, rel));
    const file = exists ? readRecord(ctx.dir, rel, JournalDay) : undefined;
    if (file && file.data.date !== date) throw dateMismatch(file, date);
    const day = addEntry(file?.data, date, entry);
    return { writes: [{ rel, content: file ? editedFileText(file, day) : newFileText(day) }], change: { kind: 'journal', date, entryKind: kind } };
  });
  ctx.out(`Added ${kind === 'feedback' ? 'feedback' : `a ${kind}`} to ${date}${goal ? ` (${goal})` : ''}.`);
}

