// The store's one face for commands: the journal directory as files, records and one write path.
// What every read needs is re-exported as is. What loads the parsers (yaml and zod, ~140 ms) is
// reached only through `update` and `documents()`, and the file tools of writes through
// `fileTools()` (each ES module costs a read 1-3 ms), all imported when called, so a read never
// pays for them (ARCHITECTURE.md: "Startup stays fast").
//
// Beneath it: the strict reader (strict-reader.ts: yaml + zod), the fast reader (fast-reader.ts over fast-yaml.ts: line-yaml.ts, then js-yaml),
// documents (file-text.ts and edit.ts: record <-> text, keeping comments), the atomic writer
// (write-set.ts), the transaction (update.ts), the record cache (cache.ts), kept answers
// (result-cache.ts), the lock, paths and templates.
import type { Outcome, Tx, UpdateOptions } from './update.js';

export {
  GITIGNORE_FILE, GOALS_AND_CHECKINS, GOALS_ONLY, PRIVATE_DIR, PROFILE_FILE, RECORD_DIRS, REPORT_DIRS,
  checkinPath, goalPath, journalPath, resolveInside, resolveJournalDir, reviewPath, shippedTemplatesDir,
  type RecordDir, type ReviewKind,
} from './paths.js';
export { fileBytes, listGoalIds, listRecordFiles, readInputText, recordExists, unreadableFolder } from './files.js';
export { journalExists, loadJournal, requireJournal, type LoadOptions, type LoadResult } from './journal.js';
export type { LoadedFile, ReadResult } from './strict-reader.js';
export type { Outcome, Tx, UpdateOptions };

/**
 * The one write path: under the lock, read what the change touches from disk, apply it, write
 * the files as one set, commit (update.ts).
 */
export async function update<R>(root: string, change: (tx: Tx) => Outcome<R> | Promise<Outcome<R>>, opts: UpdateOptions = {}): Promise<{ result: R; paths: string[] }> {
  return (await import('./update.js')).update(root, change, opts);
}

/** The lock and the tools that write or check files outside a transaction (init, clone, --out, the editor, schemas). */
export const fileTools = () => import('./file-tools.js');

/** Parsing and rendering files one by one (the strict reader, documents, question sets, file checks). */
export const documents = () => import('./documents.js');
