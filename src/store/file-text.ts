// Turning records into file text: new files get a fresh document; edits go through the file's
// own document so comments and layout survive.
import { parseDocument } from '../vendor/yaml.js';
import type { LoadedFile } from './strict-reader.js';
import { matchLines, mergeEdit, updateDocument } from './edit.js';
import { schemaLine } from './schema-line.js';
import { applyFormat, newDocument, PARSE_OPTIONS, stringifyYaml, type TextFormat } from './yamlio.js';

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
export function editedFileText(file: LoadedFile<unknown>, value: unknown, pristine = false): string {
  // What the file held, so that a key the file leaves out is still left out when it keeps its
  // default value. `pristine`: file.doc and file.data are as read (the store's transactions hand
  // out copies), so they are used as they are; otherwise the text is read again.
  const base = file.source === undefined ? undefined : pristine ? file.doc : parseDocument(file.source, PARSE_OPTIONS);
  const before = base && stringifyYaml(base);
  const loaded = pristine ? file.data : base && file.schema?.safeParse(base.toJS()).data;
  updateDocument(file.doc, value, loaded);
  const after = stringifyYaml(file.doc);
  const text = file.source === undefined || before === undefined ? after : mergeEdit(file.source, before, after);
  const source = file.source;
  file.source = text; // a second edit of the same file starts from this one
  return file.format.crlf && source !== undefined ? withOwnLineEnds(source, text, file.format) : applyFormat(text, file.format);
}

/**
 * A file with mixed line ends: each line the edit kept ends as it did, and each new line like the
 * line before it, so the edit does not rewrite every line of the file. Updates `format.crlf`.
 */
function withOwnLineEnds(source: string, text: string, format: TextFormat): string {
  const was = format.crlf!;
  const lines = text.split('\n');
  const match = matchLines(lines, source.split('\n'));
  if (!match) return applyFormat(text, { bom: format.bom, eol: format.eol });
  const crlf: boolean[] = [];
  let previous = was[0] ?? false;
  let out = format.bom ? '\uFEFF' : '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    const j = match[i]!;
    const cr = j >= 0 && j < was.length ? was[j]! : previous;
    crlf.push(cr);
    previous = cr;
    out += cr ? '\r\n' : '\n';
  }
  format.crlf = crlf;
  return out;
}
