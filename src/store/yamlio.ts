// Reading and writing YAML text safely. A parsed file keeps its Document (comments, order,
// styles) so edits can be written back with minimal change, plus the text conventions it
// came with (BOM, line endings) so a Windows-edited file round-trips as it was.
import { Document, LineCounter, parseDocument, isScalar, visit, type Node } from 'yaml';
import type { Problem } from '../core/errors.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';

/** No career file comes near this; a bigger one is almost certainly not ours. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases are legal YAML, but a handful is plenty for a hand-written file (billion laughs). */
const MAX_ALIAS_COUNT = 50;

export interface TextFormat {
  bom: boolean;
  eol: '\n' | '\r\n';
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  format: TextFormat;
  /** The plain JavaScript value, aliases resolved within limits. */
  value: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/;

function problem(path: string, line: number, col: number, message: string, hint?: string): Problem {
  return { path, line, col, message, hint };
}

/** Decode bytes strictly; report the first invalid byte by line and column. */
function decode(path: string, buf: Uint8Array): { text: string } | { problem: Problem } {
  if (buf.length > MAX_FILE_BYTES) {
    return { problem: problem(path, 1, 1, `file is ${Math.round(buf.length / 1024)} KiB, more than career reads (${MAX_FILE_BYTES / 1024 / 1024} MiB)`, 'career files are small; is this file in the right place?') };
  }
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) {
    const { line, col } = bytePosition(buf, bad);
    return { problem: problem(path, line, col, 'invalid UTF-8 byte', 'save the file as UTF-8 in your editor') };
  }
  return { text: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8') };
}

function conflictMarkers(path: string, text: string): Problem | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (CONFLICT_MARKER.test(lines[i]!.replace(/\r$/, ''))) {
      return problem(path, i + 1, 1, 'git conflict marker: this file is in the middle of a merge',
        'keep the version you want, delete the <<<<<<< ======= >>>>>>> lines, then run `career doctor`');
    }
  }
  return null;
}

/** Parse one YAML file's bytes into a Document, or every problem that stops it. */
export function parseYaml(path: string, buf: Uint8Array): ParseResult {
  const decoded = decode(path, buf);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  let text = decoded.text;
  const format: TextFormat = { bom: text.startsWith('\uFEFF'), eol: text.includes('\r\n') ? '\r\n' : '\n' };
  if (format.bom) text = text.slice(1);
  const marker = conflictMarkers(path, text);
  if (marker) return { ok: false, problems: [marker] };
  if (text.trim() === '') {
    return { ok: false, problems: [problem(path, 1, 1, 'file is empty', 'delete it, or restore it with `git checkout -- ' + path + '`')] };
  }
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'silent' });
  } catch (err) {
    return { ok: false, problems: [problem(path, 1, 1, `cannot parse: ${(err as Error).message}`)] };
  }
  const at = (offset: number) => lines.linePos(offset);
  const issues = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = at(e.pos[0]);
    return problem(path, line, col, yamlMessage(e.code, e.message), yamlHint(e.code));
  });
  if (issues.length) return { ok: false, problems: issues };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return { ok: false, problems: [problem(path, 1, 1, `cannot read: ${(err as Error).message}`, 'remove the YAML anchors (&) and aliases (*) from this file')] };
  }
  return { ok: true, parsed: { doc, lines, format, value } };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  switch (code) {
    case 'DUPLICATE_KEY': return 'duplicate key: ' + first;
    case 'TAB_AS_INDENT': return 'tab used for indentation';
    case 'TAG_RESOLVE_FAILED': return `unknown tag: ${first}`;
    default: return first;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY': return 'each key may appear once; merge the two entries';
    case 'TAB_AS_INDENT': return 'indent with spaces, not tabs';
    case 'TAG_RESOLVE_FAILED': return 'career files use plain values; remove the !tag';
    default: return undefined;
  }
}

// Strings that a YAML 1.1 reader (PyYAML, older tools) would read as something else.
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
const NUMBERISH = /^[-+]?(?:\.?[0-9][0-9_:.,eE+-]*|\.(?:inf|Inf|INF|nan|NaN|NAN)|0[xXob][0-9a-fA-F_]+)$/;

export function isAmbiguousString(s: string): boolean {
  return YAML11_WORDS.test(s) || NUMBERISH.test(s) || /^\d{4}-\d{1,2}-\d{1,2}/.test(s);
}

/** Quote a scalar node if it holds a string some YAML reader could misread (ids, dates, `no`). */
export function quoteIfAmbiguous(node: Node): void {
  if (isScalar(node) && typeof node.value === 'string' && isAmbiguousString(node.value)) {
    if (node.type !== 'QUOTE_SINGLE') node.type = 'QUOTE_DOUBLE';
  }
}

/** A fresh document for a new file, every ambiguous string quoted. */
export function newDocument(value: unknown): Document {
  const doc = new Document(value);
  visit(doc, { Scalar: (_key, node) => { quoteIfAmbiguous(node); } });
  return doc;
}

/** Document -> file text, with the file's own BOM and line endings. */
export function stringifyYaml(doc: Document, format: TextFormat = { bom: false, eol: '\n' }): string {
  let text = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
  if (format.eol === '\r\n') text = text.replace(/\r?\n/g, '\r\n');
  return (format.bom ? '\uFEFF' : '') + text;
}
