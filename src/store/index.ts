// The store's one face for commands: the journal directory as files, records and one write path.
// What is cheap is re-exported as is. What loads the parsers (yaml and zod, ~140 ms) is reached
// only through `update` and `documents()`, which import it when called, so a read that needs
// neither never pays for them (ARCHITECTURE.md: "Startup stays fast").
//
// Beneath it: the strict reader (strict-reader.ts: yaml + zod), the fast reader (fast-reader.ts over fast-yaml.ts, js-yaml),
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
export { withLock } from './lock.js';
export { DIR_MODE, FILE_MODE, fsError } from './fsio.js';
export { prepareCloneTarget, refuseCloneTarget } from './clone-target.js';
export { existsAsNonFolder, initConcern, makeJournalFolder, mergedGitignore } from './init-target.js';
export { writeOutFile } from './out-file.js';
export { readScratch, removeScratch, scratchFile } from './scratch.js';
export { SCHEMAS_DIR, installSchemas, schemaLine, shippedSchemaText, shippedSchemasDir } from './schema-line.js';
export { writeFileAtomic } from './write-set.js';
export type { LoadedFile, ReadResult } from './strict-reader.js';
export type { Outcome, Tx, UpdateOptions };

/**
 * The one write path: under the lock, read what the change touches from disk, apply it, write
 * the files as one set, commit (update.ts).
 */
export async function update<R>(root: string, change: (tx: Tx) => Outcome<R> | Promise<Outcome<R>>, opts: UpdateOptions = {}): Promise<{ result: R; paths: string[] }> {
  return (await import('./update.js')).update(root, change, opts);
}

/** Parsing and rendering files one by one (the strict reader, documents, question sets, file checks). */
export const documents = () => import('./documents.js');
