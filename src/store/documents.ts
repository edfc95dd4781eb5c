// What reads or renders single files with the parsers (yaml and zod), loaded on demand through
// `documents()` in index.ts: the strict reader's single-file entries, the text of new and edited
// files, question sets, and the checks doctor and sync make of files no record read covers.
export { danglingParents, parseRecord, placeFindings, tryReadRecord } from './strict-reader.js';
export { editedFileText, newFileText } from './file-text.js';
export { loadQuestionSet, templatePath, TEMPLATE_NAMES, type TemplateName } from './templates.js';
export { linkProblems, templateProblems } from './checks.js';
