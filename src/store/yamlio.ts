// Reading and writing YAML text safely. A parsed file keeps its Document (comments, order,
// styles) so edits can be written back with minimal change, plus the text conventions it
// came with (BOM, line endings) so a Windows-edited file round-trips as it was.
import { Composer, Document, LineCounter, Parser, YAMLParseError, isScalar, visit, type CST, type Node, type ScalarTag, type Tags, type YAMLError } from '../vendor/yaml.js';
import type { Problem } from '../core/errors.js';
import { preflight, problem, type TextFormat } from './preflight.js';
import { isAmbiguousString } from './yaml-words.js';

export { isAmbiguousString } from './yaml-words.js';

export { MAX_FILE_BYTES, preflight, type TextFormat } from './preflight.js';

/** Aliases are legal YAML, but a handful is plenty for a hand-written file (billion laughs). */
const MAX_ALIAS_COUNT = 50;
/**
 * Career files nest about five levels deep. The yaml composer (and toJS, zod, the editor) recurse
 * once per level, so 10,000 nested `[` would overflow the stack: refuse far before that.
 */
export const MAX_DEPTH = 64;

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  format: TextFormat;
  /** The plain JavaScript value, aliases resolved within limits. */
  value: unknown;
  /** The text as read, without its BOM and with \n line ends: the base for minimal edits. */
  text: string;
}

// Characters a YAML file must not hold raw: C0 controls but tab and newline, DEL and C1 (not
// printable in YAML at all: PyYAML refuses the whole file), NEL and the line and paragraph
// separators (line breaks to a YAML 1.1 reader, which folds them into spaces), bidi controls (an
// editor would show the line reordered), a stray BOM and the non-characters U+FFFE/U+FFFF.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/;
const UNPRINTABLE_G = new RegExp(UNPRINTABLE.source, 'g');

/** A double-quoted YAML scalar with every such character escaped (JSON's escapes are YAML's too). */
function escapedDoubleQuoted(value: string): string {
  return JSON.stringify(value).replace(UNPRINTABLE_G, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The core schema, with strings holding unprintable characters always written double-quoted and
 * escaped. The yaml package escapes only C0 controls, and only in the double-quoted style.
 */
function printableStrings(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:str' || !('stringify' in tag) || !tag.stringify) return tag;
    const plain = tag.stringify.bind(tag);
    const str: ScalarTag = {
      ...(tag as ScalarTag),
      stringify: (item, ctx, onComment, onChompKeep) =>
        typeof item.value === 'string' && UNPRINTABLE.test(item.value) ? escapedDoubleQuoted(item.value) : plain(item, ctx, onComment, onChompKeep),
    };
    return str;
  });
}

/**
 * The options every career file is parsed with (also used to check an edit's result). Without
 * resolveKnownTags: false, `!!binary`, `!!set`, `!!timestamp` and `!!omap` would turn into
 * Buffers, Sets, Dates and Maps; career files hold plain values only.
 */
export const PARSE_OPTIONS = {
  prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error', resolveKnownTags: false, customTags: printableStrings,
} as const;

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/** Parse one YAML file's bytes into a Document, or every problem that stops it. */
export function parseYaml(path: string, buf: Uint8Array): ParseResult {
  const pre = preflight(path, buf);
  if (!pre.ok) return pre;
  const { text, format } = pre;
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
    const deep = tooDeep(tokens);
    if (deep >= 0) {
      const { line, col } = lines.linePos(deep);
      return { ok: false, problems: [problem(path, line, col, `nested more than ${MAX_DEPTH} levels deep`, 'career files are shallow; is this file in the right place?')] };
    }
    doc = compose(tokens, text.length);
  } catch (err) {
    return { ok: false, problems: [problem(path, 1, 1, `cannot parse: ${(err as Error).message}`)] };
  }
  const at = (offset: number) => lines.linePos(offset);
  const issues = firstErrors([...doc.errors, ...doc.warnings]).map((e) => {
    const { line, col } = at(e.pos[0]);
    const message = e.code === 'DUPLICATE_KEY' ? duplicateKeyMessage(text, e.pos[0]) : yamlMessage(e.code, e.message);
    return problem(path, line, col, message, yamlHint(e.code));
  });
  if (issues.length) return { ok: false, problems: issues };
  const yamlVersion = doc.directives?.yaml.version ?? '1.2';
  if (yamlVersion !== '1.2') {
    // `%YAML 1.1` would change what plain values mean (`no` is false, 010 is 8, dates are times).
    return { ok: false, problems: [problem(path, 1, 1, `YAML ${yamlVersion} is not supported`, 'career files are YAML 1.2; remove the %YAML line')] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let first: Node | undefined;
    visit(doc, { Alias: (_key, node) => { first = node; return visit.BREAK; } });
    const { line, col } = at(first?.range?.[0] ?? 0);
    return { ok: false, problems: [problem(path, line, col, `cannot read: ${(err as Error).message}`, 'remove the YAML anchors (&) and aliases (*) from this file')] };
  }
  return { ok: true, parsed: { doc, lines, format, value, text: format.eol === '\r\n' ? text.replace(/\r\n/g, '\n') : text } };
}

/**
 * The document from the parser's tokens, as parseDocument makes it (one pass over the text), with
 * a second document reported as an error rather than silently ignored.
 */
function compose(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ ...PARSE_OPTIONS });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, or -1. Iterative on purpose. */
function tooDeep(tokens: readonly CST.Token[]): number {
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((t): [CST.Token, number] => [t, 0]).reverse();
  while (stack.length) {
    const [tok, depth] = stack.pop()!;
    if (!tok) continue;
    if (tok.type === 'document') stack.push([tok.value, depth]);
    else if (tok.type === 'block-map' || tok.type === 'block-seq' || tok.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return tok.offset;
      for (let i = tok.items.length - 1; i >= 0; i--) {
        const item = tok.items[i]!;
        stack.push([item.value, depth + 1], [item.key, depth + 1]);
      }
    }
  }
  return -1;
}

// Errors that stand on their own; after any other syntax error the parser is off track and what
// it reports next is mostly a consequence of the first (a tab yields four more complaints).
const INDEPENDENT = new Set(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED']);

function firstErrors(errors: YAMLError[]): YAMLError[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted.findIndex((e) => !INDEPENDENT.has(e.code));
  return first < 0 ? sorted : sorted.slice(0, first + 1);
}

/** Name the repeated key: the error's position is where the second one starts. */
function duplicateKeyMessage(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const rest = text.slice(offset, end < 0 ? undefined : end);
  const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:,{}[\]]*?)\s*:/.exec(rest)?.[1]?.replace(/^["']|["']$/g, '');
  return key ? `duplicate key "${key}"` : 'duplicate key';
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  switch (code) {
    case 'TAB_AS_INDENT': return 'tab used for indentation';
    case 'TAG_RESOLVE_FAILED': return `unknown tag ${first.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!')}`;
    case 'MULTIPLE_DOCS': return 'more than one YAML document in this file (a second ---)';
    default: return first;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY': return 'each key may appear once; merge the two entries';
    case 'TAB_AS_INDENT': return 'indent with spaces, not tabs';
    case 'TAG_RESOLVE_FAILED': return 'career files use plain values; remove the !tag';
    case 'MULTIPLE_DOCS': return 'a career file holds one record; remove the --- line and what follows, or move it to its own file';
    default: return undefined;
  }
}

/** Quote a scalar node if it holds a string some YAML reader could misread (ids, dates, `no`). */
export function quoteIfAmbiguous(node: Node): void {
  if (isScalar(node) && typeof node.value === 'string' && isAmbiguousString(node.value)) {
    if (node.type !== 'QUOTE_SINGLE') node.type = 'QUOTE_DOUBLE';
  }
}

/** A fresh document for a new file, every ambiguous string quoted. */
export function newDocument(value: unknown): Document {
  const doc = new Document(value, { customTags: printableStrings });
  visit(doc, { Scalar: (_key, node) => { quoteIfAmbiguous(node); } });
  return doc;
}

/** Text with \n line ends -> file text with the file's own BOM and line endings. */
export function applyFormat(text: string, format: TextFormat): string {
  if (format.eol === '\r\n') text = text.replace(/\r?\n/g, '\r\n');
  return (format.bom ? '\uFEFF' : '') + text;
}

/** Document -> file text, with the file's own BOM and line endings. */
export function stringifyYaml(doc: Document, format: TextFormat = { bom: false, eol: '\n' }): string {
  return applyFormat(doc.toString({ lineWidth: 0, indent: 2, indentSeq: true }), format);
}
