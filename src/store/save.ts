// Turning records into file text: new files get a fresh document; edits go through the file's
// own document so comments and layout survive.
import { parseDocument } from 'yaml';
import type { LoadedFile } from './load.js';
import { mergeEdit, updateDocument } from './edit.js';
import { schemaLine } from './schema-line.js';
import { applyFormat, newDocument, PARSE_OPTIONS, stringifyYaml } from './yamlio.js';

export interface PendingWrite {
  rel: string;
  content: string;
}

/**
 * The text of a new file at `rel`: the `$schema` line for editors (schema-line.ts), then the
 * record. A path that holds no record (a question set) gets the record alone.
 */
export function newFileText(value: unknown, rel: string): string {
  const line = schemaLine(rel);
  const yaml = stringifyYaml(newDocument(value));
  return line ? `${line}\n${yaml}` : yaml;
}

/**
 * The file's text holding `value`: only the changed fields are rewritten; every other line,
 * comment and the file's BOM and line endings stay as the person left them.
 */
export function editedFileText(file: LoadedFile<unknown>, value: unknown): string {
  // Re-read what the file held (not file.data, which the caller may have changed in place), so
  // that a key the file leaves out is still left out when it keeps its default value.
  const base = file.source === undefined ? undefined : parseDocument(file.source, PARSE_OPTIONS);
  const before = base && stringifyYaml(base);
  const loaded = base && file.schema?.safeParse(base.toJS()).data;
  updateDocument(file.doc, value, loaded);
  const after = stringifyYaml(file.doc);
  const text = file.source === undefined || before === undefined ? after : mergeEdit(file.source, before, after);
  file.source = text; // a second edit of the same file starts from this one
  return applyFormat(text, file.format);
}
