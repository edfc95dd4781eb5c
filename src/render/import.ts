// What `career import` says: in a dry run, the entries it would add (as `journal list` shows
// them, oldest first) and how to write them; after --apply, how many were added.
import { plural } from '../core/text.js';
import type { EntryRow } from '../core/entries.js';
import type { Entry } from '../core/schemas.js';
import { entryLines } from './entries.js';

export function renderImport(adding: ReadonlyMap<string, readonly Entry[]>, total: number, applied: boolean): string {
  const rows: EntryRow[] = [];
  for (const [date, entries] of adding) {
    for (const e of entries) rows.push({ date, kind: e.kind, text: e.text, goal: e.goal ?? null, tags: [...e.tags], ...(e.time !== undefined ? { time: e.time } : {}) });
  }
  const days = [...adding.values()].filter((list) => list.length > 0).length;
  const already = total - rows.length;
  const there = already > 0 ? ` (${plural(already, 'entry was', 'entries were')} in the journal already)` : '';
  if (!rows.length) return total ? `Nothing to add: ${total === 1 ? 'the entry is' : total === 2 ? 'both entries are' : `all ${total} entries are`} in the journal already.` : 'Nothing to add: the file holds no entries.';
  if (applied) return `Added ${plural(rows.length, 'entry', 'entries')} on ${plural(days, 'day', 'days')} in one commit${there}.`;
  return [
    `Would add ${plural(rows.length, 'entry', 'entries')} on ${plural(days, 'day', 'days')}${there}:`,
    '',
    ...entryLines(rows),
    '',
    'Nothing was written. Run it again with --apply to add them (one commit).',
  ].join('\n');
}
