// The quickest way to a cold load's values: a reader of the block layout career itself writes
// (yaml-emit.ts), one line at a time, about five times faster than js-yaml, which a cold report
// of a ten-year journal spent a fifth of its time in. Like fast-yaml.ts it is a shortcut, never
// a judge: it returns a value only for text inside a small, exact subset, and undefined for
// everything else, which then goes the longer ways (js-yaml, then the strict reader).
//
// The subset: a top-level block mapping at column 0; keys that are plain words (a letter or _
// first, then letters, digits, _ and -, never a null or boolean word), each followed at once by
// `:` and a space or the line's end; block sequences, indented or at their key's column; a
// sequence item that is a scalar or starts a mapping (`- key: value`); values that are plain
// scalars on one line (no ` #`, no `: `, no indicator first), single- or double-quoted strings
// closed on their line (common escapes only), `[]`, `{}`, and literal blocks `|` and `|-`
// (first line not empty, content more indented than its key); whole-line comments and blank
// lines between nodes. No tabs, carriage returns, control or special line-break characters
// anywhere, and the text ends with a line break. Plain scalars mean what the core schema says
// (core-scalars.ts).
import { MAX_IMPLICIT_KEY, plainScalar } from './core-scalars.js';

/** Thrown to give up: the text is outside the subset. */
class Outside extends Error {}
const outside = (): never => {
  throw new Outside();
};

// Characters the subset never holds: controls (tab and \r among them), DEL and C1 controls,
// U+2028/2029 (line breaks to some readers), the BOM and non-characters U+FFFE/FFFF.
const REFUSED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
// Keys the core schema reads as null or a boolean, whose string form the two readers could disagree on.
const NOT_A_WORD_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const MAX_DEPTH = 32;
const SPACE = 32;
const NL = 10;

const ESCAPES: Record<string, string> = {
  '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', a: '\x07', v: '\v', e: '\x1b', ' ': ' ',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX2 = /^[0-9A-Fa-f]{2}$/;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

class LineReader {
  /** Start of the current line. */
  private pos = 0;

  constructor(private readonly text: string) {}

  /** The value of the whole text. */
  document(): Record<string, unknown> {
    if (this.skipBlankLines() !== 0) outside();
    const map = this.mapping(0, 0);
    if (this.pos < this.text.length) outside(); // a line less indented than 0 cannot be; anything left is not ours
    return map;
  }

  private indentAt(p: number): number {
    let i = p;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i - p;
  }

  private lineEnd(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e < 0 ? outside() : e;
  }

  /** Move past lines that are empty, only spaces, or only a comment; the next line's indentation, or -1 at the end. */
  private skipBlankLines(): number {
    const t = this.text;
    while (this.pos < t.length) {
      const indent = this.indentAt(this.pos);
      const c = t.charCodeAt(this.pos + indent);
      if (c !== NL && c !== 35 /* # */) return indent;
      this.pos = this.lineEnd(this.pos + indent) + 1;
    }
    return -1;
  }

  /** The key at `p` and where its value starts (after `: `), or undefined if no key is there. */
  private keyAt(p: number): { key: string; after: number } | undefined {
    KEY.lastIndex = p;
    if (!KEY.test(this.text)) return undefined;
    const end = KEY.lastIndex;
    if (end - p > MAX_IMPLICIT_KEY) return undefined;
    const next = this.text.charCodeAt(end + 1);
    if (this.text.charCodeAt(end) !== 58 /* : */ || (next !== SPACE && next !== NL)) return undefined;
    return { key: this.text.slice(p, end), after: end + 1 };
  }

  /** A block mapping whose keys sit at column `indent`; the current line holds its first key. */
  private mapping(indent: number, depth: number, first?: { key: string; after: number }): Record<string, unknown> {
    if (depth > MAX_DEPTH) outside();
    const map: Record<string, unknown> = {};
    let entry = first;
    for (;;) {
      if (!entry) {
        const at = this.skipBlankLines();
        if (at < indent) return map; // the end (-1) too
        if (at > indent) outside();
        entry = this.keyAt(this.pos + at) ?? outside();
      }
      const { key, after } = entry;
      if (key === '__proto__' || NOT_A_WORD_KEY.test(key) || Object.prototype.hasOwnProperty.call(map, key)) outside();
      map[key] = this.valueAfter(after, indent, depth);
      entry = undefined;
    }
  }

  /** The value that starts at `p` on the current line, of a key or item at column `indent`; moves past it. */
  private valueAfter(p: number, indent: number, depth: number): unknown {
    const t = this.text;
    let s = p;
    while (t.charCodeAt(s) === SPACE) s++;
    const end = this.lineEnd(s);
    if (s === end) {
      this.pos = end + 1;
      return this.nested(indent, depth);
    }
    if (t.charCodeAt(s) === 124 /* | */) return this.literal(s, end, indent);
    const value = this.scalar(s, end);
    this.pos = end + 1;
    return value;
  }

  /** What follows `key:` at the end of its line: a block more indented, a sequence at the key's column, or null. */
  private nested(indent: number, depth: number): unknown {
    const at = this.skipBlankLines();
    if (at < 0) return null;
    const start = this.pos + at;
    const isItem = this.text.charCodeAt(start) === 45 /* - */ && this.text.charCodeAt(start + 1) === SPACE;
    if (at === indent && isItem) return this.sequence(at, depth + 1);
    if (at <= indent) return null;
    if (isItem) return this.sequence(at, depth + 1);
    this.keyAt(start) ?? outside(); // text on the next line: a multi-line plain scalar, not ours
    return this.mapping(at, depth + 1);
  }

  /** A block sequence whose `- ` sit at column `indent`; the current line holds its first item. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) outside();
    const t = this.text;
    const list: unknown[] = [];
    for (;;) {
      const at = this.skipBlankLines();
      if (at < indent) return list; // the end (-1) too
      const dash = this.pos + at;
      if (at > indent || t.charCodeAt(dash) !== 45 || t.charCodeAt(dash + 1) !== SPACE) {
        // A key at the sequence's own column ends a sequence written at its key's column.
        if (at === indent && this.keyAt(dash)) return list;
        outside();
      }
      let s = dash + 1;
      while (t.charCodeAt(s) === SPACE) s++;
      const c = t.charCodeAt(s);
      // `-` alone, `- - x`, `- |`: never written by career.
      if (c === NL || c === 124 || (c === 45 && t.charCodeAt(s + 1) === SPACE)) outside();
      const key = this.keyAt(s);
      if (key) {
        list.push(this.mapping(s - this.pos, depth + 1, key));
      } else {
        const end = this.lineEnd(s);
        list.push(this.scalar(s, end));
        this.pos = end + 1;
      }
    }
  }

  /** A literal block `|` or `|-` whose header is at `s` (line ends at `end`), of a key at column `indent`. */
  private literal(s: number, end: number, indent: number): string {
    const t = this.text;
    let h = s + 1;
    const strip = t.charCodeAt(h) === 45;
    if (strip) h++;
    while (t.charCodeAt(h) === SPACE) h++;
    if (h !== end) outside(); // a keep (+) or indentation indicator, or a comment
    this.pos = end + 1;
    const contentIndent = this.indentAt(this.pos);
    // The first line must hold text, more indented than the key: leading empty lines are where readers differ.
    if (this.pos >= t.length || contentIndent <= indent || t.charCodeAt(this.pos + contentIndent) === NL) outside();
    const lines: string[] = [];
    let empties = 0;
    while (this.pos < t.length) {
      const e = this.lineEnd(this.pos);
      const at = this.indentAt(this.pos);
      if (this.pos + at === e && at <= contentIndent) {
        empties++; // an empty line, or one of spaces only up to the content's column
      } else if (at >= contentIndent) {
        for (; empties > 0; empties--) lines.push('');
        lines.push(t.slice(this.pos + contentIndent, e));
      } else if (at > indent) {
        outside(); // less indented than the content but more than the key: an error to the strict reader
      } else {
        break;
      }
      this.pos = e + 1;
    }
    const body = lines.join('\n');
    return strip ? body : `${body}\n`;
  }

  /** A one-line scalar from `s` to `end` (the line's `\n`). */
  private scalar(s: number, end: number): unknown {
    const t = this.text;
    let e = end;
    while (t.charCodeAt(e - 1) === SPACE) e--;
    const c = t.charCodeAt(s);
    if (c === 34 /* " */) return this.doubleQuoted(s, e);
    if (c === 39 /* ' */) return this.singleQuoted(s, e);
    const raw = t.slice(s, e);
    if (c === 91 /* [ */ || c === 123 /* { */) return raw === '[]' ? [] : raw === '{}' ? {} : outside();
    // Indicators a plain scalar may not start with, and `-`, `?`, `:` followed by a space.
    if ('&*!|>%@`#,]}'.includes(raw[0]!)) outside();
    if ((c === 45 || c === 63 || c === 58) && (raw.length === 1 || raw.charCodeAt(1) === SPACE)) outside();
    if (raw.includes(': ') || raw.endsWith(':') || raw.includes(' #')) outside();
    return plainScalar(raw);
  }

  private doubleQuoted(s: number, e: number): string {
    const t = this.text;
    if (e - s < 2 || t.charCodeAt(e - 1) !== 34) outside();
    const inner = t.slice(s + 1, e - 1);
    if (!inner.includes('\\')) return inner.includes('"') ? outside() : inner;
    let out = '';
    for (let i = 0; i < inner.length; i++) {
      const ch = inner[i]!;
      if (ch === '"') outside();
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = inner[++i] ?? outside();
      if (esc === 'x' || esc === 'u') {
        const digits = inner.slice(i + 1, i + (esc === 'x' ? 3 : 5));
        if (!(esc === 'x' ? HEX2 : HEX4).test(digits)) outside();
        const code = parseInt(digits, 16);
        if (code >= 0xd800 && code <= 0xdfff) outside(); // surrogate halves: left to the strict reader
        out += String.fromCharCode(code);
        i += digits.length;
      } else {
        out += ESCAPES[esc] ?? outside();
      }
    }
    return out;
  }

  private singleQuoted(s: number, e: number): string {
    if (e - s < 2 || this.text.charCodeAt(e - 1) !== 39) outside();
    const inner = this.text.slice(s + 1, e - 1);
    // Inside, a quote is only ever doubled; a lone one would have closed the string early.
    if (inner.replaceAll("''", '').includes("'")) outside();
    return inner.replaceAll("''", "'");
  }
}

/**
 * The value of `text` when it is inside the subset above, else undefined for the longer ways to
 * decide. `text` is what preflight made of a file: decoded from UTF-8 (so no lone surrogate), no
 * BOM, within the size career reads.
 */
export function lineValue(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('\n') || REFUSED_CHARS.test(text)) return undefined;
  try {
    return new LineReader(text).document();
  } catch (err) {
    if (err instanceof Outside) return undefined;
    throw err;
  }
}
