// Question sets: the journal's own templates/<name>.yaml wins over the one shipped with career
// (SPEC §2). A user's template is read as strictly as every other journal file, so a mistake in
// it stops the command with templates/<name>.yaml:line:col instead of asking odd questions.
import fs from 'node:fs';
import path from 'node:path';
import { DataError } from '../core/errors.js';
import { CheckinQuestionSet, FOCUS_MAX, QuestionSet } from '../core/question-set.js';
import { quickParse } from './fast-reader.js';
import { parseRecord } from './strict-reader.js';
import { resolveInside, shippedTemplatesDir } from './paths.js';

export const TEMPLATE_NAMES = ['checkin', 'reviews/monthly', 'reviews/quarterly', 'reviews/annual'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export { shippedTemplatesDir };

/** Where a journal keeps its own version of a question set, relative to the journal. */
export const templatePath = (name: TemplateName): string => `templates/${name}.yaml`;

function schemaFor(name: TemplateName) {
  return name === 'checkin' ? CheckinQuestionSet : QuestionSet;
}

function strictSet(rel: string, bytes: Uint8Array, name: TemplateName): QuestionSet {
  const r = parseRecord(rel, bytes, schemaFor(name));
  if (!r.ok) throw new DataError(r.problems);
  return r.file.data;
}

function parse(rel: string, bytes: Uint8Array, name: TemplateName): QuestionSet {
  // The fast reader first, as records on a cold load are read; the strict one's first parse in a
  // process cost a check-in about 7 ms of its ~100.
  const set = (quickParse(rel, bytes, schemaFor(name))?.data as QuestionSet | undefined) ?? strictSet(rel, bytes, name);
  if (name !== 'checkin') return set;
  // A check-in keeps at most 3 focus items; a focus question that names no max gets that one.
  return { ...set, questions: set.questions.map((q) => (q.id === 'focus' && q.max === undefined ? { ...q, max: FOCUS_MAX } : q)) };
}

/** The file's bytes, or null when there is none; any other failure is a problem with `shown`. */
function readIfExists(file: string, shown: string): Uint8Array | null {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    const why = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new DataError([{ path: shown, line: 1, col: 1, message: `cannot read: ${why}` }]);
  }
}

/**
 * The question set `name`: `<journal>/templates/<name>.yaml` when the journal has one, else the
 * shipped one. A broken user template throws DataError naming templates/<name>.yaml:line:col.
 */
export function loadQuestionSet(journalDir: string | null, name: TemplateName): QuestionSet {
  if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) throw new Error(`unknown question set "${name}"`);
  const rel = templatePath(name);
  if (journalDir !== null) {
    const own = readIfExists(resolveInside(journalDir, rel), rel);
    if (own) return parse(rel, own, name);
  }
  const shipped = path.join(shippedTemplatesDir(), ...`${name}.yaml`.split('/'));
  const bytes = readIfExists(shipped, shipped);
  if (!bytes) throw new Error(`career's own question set is missing: ${shipped} (reinstall career)`);
  return parse(shipped, bytes, name);
}
