// The lock and the file tools of commands that write outside a transaction or check files:
// reached through `fileTools()` in index.ts, so that reads never load them.
export { withLock } from './lock.js';
export { DIR_MODE, FILE_MODE, fsError } from './fsio.js';
export { prepareCloneTarget, refuseCloneTarget } from './clone-target.js';
export { existsAsNonFolder, initConcern, makeJournalFolder, mergedGitignore } from './init-target.js';
export { writeOutFile } from './out-file.js';
export { readScratch, removeScratch, scratchFile } from './scratch.js';
export { SCHEMAS_DIR, installSchemas, schemaLine, shippedSchemaText, shippedSchemasDir } from './schema-line.js';
export { writeFileAtomic } from './write-set.js';
