// YAML text for plain values without loading the `yaml` package: a one-shot write spends more
// time warming that library up than writing. The rule is "exactly what stringifyYaml(newDocument
// (value)) writes, or nothing": every value rendered here comes out byte for byte as the library
// would write it (a test holds the two together), and anything whose rendering is not certain
// (a nested list, a key that is not a plain word, a tab, a lone surrogate) declines, so the
// caller takes the library's path. Output is \n-terminated lines at a given indentation.
import { isAmbiguousString } from './yaml-words.js';

/** Thrown to unwind a rendering that cannot be sure of its output. */
class Decline extends Error {}

const decline = (): never => {
  throw new Decline();
};

// Characters the library writes escaped (printableStrings in yamlio.ts, and its own rule for
// controls), lone surrogates, tabs and carriage returns: all left to the library.
const NOT_HERE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|\p{Surrogate}/u;
// The library's test for a string that cannot be written plain (yaml/dist/stringify/stringifyString.js).
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;
// Plain text the core schema reads as something else: null, a boolean, a number.
const CORE_NOT_STRING = /^(?:~|[Nn]ull|NULL)?$|^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$|^0o[0-7]+$|^[-+]?[0-9]+$|^0x[0-9a-fA-F]+$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The library's choice of quotes: single ones only for text holding a `"` and no `'`. */
const quoted = (s: string): string => (s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s));

/** A one-line string as the library writes it. */
function lineString(s: string): string {
  if (isAmbiguousString(s)) return JSON.stringify(s); // quoteIfAmbiguous: always double quotes
  if (s === '' || NOT_PLAIN.test(s)) return quoted(s);
  if (DOCUMENT_MARKER.test(s) || CORE_NOT_STRING.test(s)) decline();
  return s;
}

/** A string over several lines: a literal block, its lines at `indent`. */
function blockString(s: string, indent: string): string[] {
  // Leading spaces or breaks need an indentation indicator, trailing whitespace a keep marker,
  // a last line of spaces a quoted form: the library's finer rules, not repeated here.
  const clip = s.endsWith('\n');
  const body = clip ? s.slice(0, -1) : s;
  if (body === '' || /^[\n ]|[\n ]$/.test(body)) decline();
  return [clip ? '|' : '|-', ...body.split('\n').map((line) => (line === '' ? '' : indent + line))];
}

function number(n: number): string {
  if (!Number.isFinite(n) || Object.is(n, -0)) decline();
  return JSON.stringify(n);
}

/** A scalar after `key: ` or `- `: its first line's text and any further lines. */
function scalar(value: unknown, childIndent: string): string[] {
  if (value === null) return ['null'];
  if (typeof value === 'boolean') return [String(value)];
  if (typeof value === 'number') return [number(value)];
  if (typeof value !== 'string' || NOT_HERE.test(value)) return decline();
  if (!value.includes('\n')) return [lineString(value)];
  if (isAmbiguousString(value)) decline(); // the library writes it double-quoted with escapes
  return blockString(value, childIndent);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

const definedEntries = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v !== undefined);

/** `key: value` at `indent` spaces, as lines. */
function entry(key: string, value: unknown, indent: number): string[] {
  if (!PLAIN_KEY.test(key) || isAmbiguousString(key)) decline();
  const pad = ' '.repeat(indent);
  const head = `${pad}${key}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    return [head, ...value.flatMap((v) => item(v, indent + 2))];
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (entries.length === 0) return [`${head} {}`];
    return [head, ...entries.flatMap(([k, v]) => entry(k, v, indent + 2))];
  }
  const [first, ...rest] = scalar(value, ' '.repeat(indent + 2));
  return [`${head} ${first}`, ...rest];
}

/** `- value` at `indent` spaces, as lines. */
function item(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}- []`];
    return decline(); // a list in a list: `- - a`, left to the library
  }
  if (value === undefined) return decline();
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    if (entries.length === 0) return [`${pad}- {}`];
    const lines = entries.flatMap(([k, v]) => entry(k, v, indent + 2));
    lines[0] = `${pad}- ${lines[0]!.slice(indent + 2)}`;
    return lines;
  }
  const [first, ...rest] = scalar(value, ' '.repeat(indent + 2));
  return [`${pad}- ${first}`, ...rest];
}

const attempt = (render: () => string[]): string[] | undefined => {
  try {
    return render();
  } catch (err) {
    if (err instanceof Decline) return undefined;
    throw err;
  }
};

/** The lines of `key: value` at `indent`, or undefined where the library must write it. */
export const emitEntry = (key: string, value: unknown, indent: number): string[] | undefined => attempt(() => entry(key, value, indent));

/** The lines of a list item `- value` at `indent`, or undefined where the library must write it. */
export const emitItem = (value: unknown, indent: number): string[] | undefined => attempt(() => item(value, indent));

/** A whole file holding the mapping `value` (\n line ends, ending in one), or undefined. */
export function emitDocument(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const entries = definedEntries(value);
  if (entries.length === 0) return undefined;
  const lines = attempt(() => entries.flatMap(([k, v]) => entry(k, v, 0)));
  return lines && `${lines.join('\n')}\n`;
}
