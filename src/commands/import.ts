// `career import jrnl|csv <file> [--apply]` (SPEC §3): entries from jrnl's JSON export or a CSV.
// A dry run by default: it shows what would be added and writes nothing. With --apply every day
// is saved in one commit through journal add's own save (addToDay in one transaction), and an
// entry the day already holds is left out, so importing the same file twice adds nothing.
import path from 'node:path';
import { UsageError, UserError } from '../core/errors.js';
import { byDay, fromCsv, fromJrnl, IMPORT_FORMATS, newEntries, type ImportFormat } from '../core/import.js';
import { EntryDay, type Entry } from '../core/schemas.js';
import { closest } from '../core/text.js';
import { documents, journalExists, journalPath, readInputText, recordExists } from '../store/index.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { addToDay, checkGoal } from './entry-add.js';
import { persist } from './persist.js';

export interface ImportOptions {
  apply?: boolean;
}

/** The day as it is on disk now, for the dry run (an --apply re-reads it under the lock). */
async function dayOnDisk(ctx: Context, date: string): Promise<EntryDay | undefined> {
  const rel = journalPath(date);
  if (!recordExists(ctx.dir, rel)) return undefined;
  const r = (await documents()).tryReadRecord(ctx.dir, rel, EntryDay);
  return r.ok ? r.file.data : undefined; // a broken day is refused, with its line, by --apply
}

export async function run(g: GlobalOptions, format: string, file: string, opts: ImportOptions): Promise<void> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    const near = closest(format, IMPORT_FORMATS);
    throw new UsageError(`unknown import format "${format}": use ${IMPORT_FORMATS.join(' or ')}`, near ? `did you mean ${near}?` : undefined);
  }
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
  const name = file === '-' ? 'stdin' : path.basename(file);
  const text = readInputText(file);
  const imported = (format as ImportFormat) === 'jrnl' ? fromJrnl(text, name) : fromCsv(text, name);
  // Every goal named must exist (by id or unique prefix), before anything is written.
  for (const e of imported) {
    if (e.entry.goal === undefined) continue;
    try {
      e.entry.goal = checkGoal(ctx, e.entry.goal);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      throw new UserError(`${e.where}: ${err.message.replace(/^--goal /, 'goal ')}`, err.hint);
    }
  }
  const days = byDay(imported);
  const { renderImport } = await import('../render/import.js');
  if (!opts.apply) {
    const adding = new Map<string, Entry[]>();
    for (const [date, entries] of days) adding.set(date, newEntries(await dayOnDisk(ctx, date), entries));
    return ctx.out(renderImport(adding, imported.length, false));
  }
  const added = new Map<string, Entry[]>();
  await persist(ctx, (tx) => {
    for (const [date, entries] of days) added.set(date, addToDay(tx, date, (day) => newEntries(day, entries)));
    const count = [...added.values()].reduce((n, list) => n + list.length, 0);
    const touched = [...added.values()].filter((list) => list.length).length;
    return { change: { kind: 'import', source: `${format} ${name}`, entries: count, days: touched }, result: null };
  });
  ctx.out(renderImport(added, imported.length, true));
}
