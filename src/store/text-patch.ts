// An edit of a file's text that touches only the lines of what changed, without the `yaml`
// package: a check-in, a progress value or a finished milestone changes a few lines of a file
// of hundreds, and warming up the library's document model costs more than the whole write.
//
// It reads the file's block layout line by line (mappings of plain keys, lists of `- ` items)
// and changes it where the record changed: a value replaced, a list item added or removed, a key
// added at the end of its mapping. It declines (returns undefined) wherever the layout is not
// that simple or a changed line holds a comment it could drop; the caller then edits through
// the library, as before. It is a shortcut, never a judge: the caller reads the result back and
// uses it only when it holds exactly the record that was meant (fast-write.ts).
import { isDeepStrictEqual } from 'node:util';
import { isMapping } from './mapping.js';
import { emitEntry, emitItem } from './yaml-emit.js';

class Decline extends Error {}

const decline = (): never => {
  throw new Decline();
};

/** Replace lines [start, end) with `lines`; start === end inserts. */
interface Edit {
  start: number;
  end: number;
  lines: string[];
}

/** A key's lines in a block mapping: [start, end) holds the key line and its value's lines. */
interface Entry {
  key: string;
  start: number;
  end: number;
  /** What follows `key:` on its line. */
  rest: string;
}

/** A list item's lines: [start, end), starting at its `- ` line. */
interface Item {
  start: number;
  end: number;
}

type Obj = Record<string, unknown>;

const isFiller = (line: string) => /^ *(?:#.*)?$/.test(line); // blank, or only a comment
const indentOf = (line: string) => line.length - line.trimStart().length;
const KEY_LINE = /^ *([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const isDash = (line: string, at: number) => line.startsWith('- ', at) || line.length === at + 1 && line[at] === '-';

class Patcher {
  readonly edits: Edit[] = [];
  /** Lines whose `- ` was read as two spaces (a mapping inside a list item): index -> column. */
  private readonly dashes = new Map<number, number>();

  constructor(private readonly lines: string[]) {}

  /** The block mapping at indentation `n` in lines [from, to). */
  private entries(from: number, to: number, n: number): Entry[] {
    const out: Entry[] = [];
    for (let i = from; i < to; i++) {
      const line = this.lines[i]!;
      if (line.trim() === '') continue;
      const indent = indentOf(line);
      const last = out[out.length - 1];
      // Deeper lines belong to the entry above: its value, a block scalar's text (even a line
      // starting with #) and a comment under it, so an edit that rewrites the entry sees them.
      if (indent > n && last) { last.end = i + 1; continue; }
      if (isFiller(line)) continue;
      if (indent === n) {
        const m = KEY_LINE.exec(line);
        if (m) {
          out.push({ key: m[1]!, start: i, end: i + 1, rest: m[2] ?? '' });
          continue;
        }
        // A list may sit at its key's own indentation (`key:` then `- a`).
        if (last && last.rest === '' && isDash(line, n)) { last.end = i + 1; continue; }
      }
      decline();
    }
    return out;
  }

  /** The items of the block list at indentation `m` in lines [from, to). */
  private items(from: number, to: number, m: number): Item[] {
    const out: Item[] = [];
    for (let i = from; i < to; i++) {
      const line = this.lines[i]!;
      if (line.trim() === '') continue;
      const indent = indentOf(line);
      if (indent > m && out.length) out[out.length - 1]!.end = i + 1; // the item's lines, its comments too
      else if (isFiller(line)) continue;
      else if (indent === m && isDash(line, m)) out.push({ start: i, end: i + 1 });
      else decline();
    }
    return out;
  }

  /** Lines the edit rewrites must hold no comment: it would be lost (or a `#` in text: unsure). */
  private replace(start: number, end: number, lines: string[] | undefined): void {
    if (!lines) decline();
    for (let i = start; i < end; i++) if (this.lines[i]!.includes('#')) decline();
    const dash = this.dashes.get(start);
    if (dash !== undefined) {
      if (!lines!.length) decline();
      lines![0] = `${lines![0]!.slice(0, dash)}- ${lines![0]!.slice(dash + 2)}`;
    }
    this.edits.push({ start, end, lines: lines! });
  }

  private insert(at: number, lines: string[] | undefined): void {
    if (!lines) decline();
    this.edits.push({ start: at, end: at, lines: lines! });
  }

  /** Make the mapping at indentation `n` in [from, to) hold `after` (it held `before`, read as `raw`). */
  map(from: number, to: number, n: number, before: Obj, after: Obj, raw: Obj): void {
    const entries = this.entries(from, to, n);
    const keys = Object.keys(raw);
    // The layout must be the one the parser saw: the same keys, each once.
    if (entries.length !== keys.length || entries.some((e) => !Object.hasOwn(raw, e.key))) decline();
    for (const e of entries) {
      const value = after[e.key];
      if (value === undefined) this.replace(e.start, e.end, []);
      else if (!isDeepStrictEqual(value, before[e.key])) this.value(e, n, value, before[e.key], raw[e.key]);
    }
    const added: string[] = [];
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined || Object.hasOwn(raw, key)) continue;
      // A key the person left out stays out while it holds the value it was read with (a default).
      if (before[key] !== undefined && isDeepStrictEqual(before[key], value)) continue;
      const lines = emitEntry(key, value, n);
      if (!lines) decline();
      added.push(...lines!);
    }
    if (added.length) {
      if (!entries.length) decline();
      this.insert(entries[entries.length - 1]!.end, added);
    }
  }

  /** Make entry `e` (at indentation `n`) hold `value`. */
  private value(e: Entry, n: number, value: unknown, before: unknown, raw: unknown): void {
    const first = this.lines.slice(e.start + 1, e.end).find((l) => !isFiller(l));
    // An emptied list is written `key: []` (with no items left, `key:` would read as null).
    const block = e.rest === '' && first !== undefined && !(Array.isArray(value) && value.length === 0);
    const inner = first === undefined ? 0 : indentOf(first);
    const isList = first !== undefined && isDash(first, inner);
    if (block && isList && Array.isArray(value) && Array.isArray(before) && Array.isArray(raw)) return this.list(e, inner, value, before, raw);
    if (block && !isList && isMapping(value) && isMapping(before) && isMapping(raw)) return this.map(e.start + 1, e.end, inner, before, value, raw);
    // A flow collection the person wrote (`[a, b]`, `{x: 1}`) keeps its style through the library.
    if (/^[[{]/.test(e.rest) && e.rest !== '[]' && e.rest !== '{}') decline();
    this.replace(e.start, e.end, emitEntry(e.key, value, n));
  }

  /** Make the list of entry `e`, its items at indentation `m`, hold `value`. */
  private list(e: Entry, m: number, value: unknown[], before: unknown[], raw: unknown[]): void {
    const items = this.items(e.start + 1, e.end, m);
    if (items.length !== raw.length || before.length !== raw.length) decline();
    const kept = Math.min(value.length, before.length);
    for (let i = 0; i < kept; i++) {
      if (!isDeepStrictEqual(value[i], before[i])) this.item(items[i]!, m, value[i], before[i], raw[i]);
    }
    if (value.length < before.length) this.replace(items[kept]!.start, items[items.length - 1]!.end, []);
    if (value.length > before.length) {
      const appended = value.slice(before.length).map((v) => emitItem(v, m));
      this.insert(items[items.length - 1]!.end, appended.every((l) => l) ? (appended as string[][]).flat() : undefined);
    }
  }

  /** Make list item `it` (at indentation `m`) hold `value`. */
  private item(it: Item, m: number, value: unknown, before: unknown, raw: unknown): void {
    const line = this.lines[it.start]!;
    if (isMapping(value) && isMapping(before) && isMapping(raw) && KEY_LINE.test(line.slice(m + 2))) {
      // `- key: v` opens a mapping whose keys sit two columns in: read the dash as spaces.
      this.lines[it.start] = `${line.slice(0, m)}  ${line.slice(m + 2)}`;
      this.dashes.set(it.start, m);
      return this.map(it.start, it.end, m + 2, before, value, raw);
    }
    this.replace(it.start, it.end, emitItem(value, m));
  }
}

/**
 * `text` (career's \n-ended file text, read as `raw` and validated as `before`) changed to hold
 * `after`, touching only the lines of what changed; undefined where the layout is not simple.
 */
export function patchText(text: string, raw: Obj, before: Obj, after: Obj): string | undefined {
  if (!text.endsWith('\n')) return undefined;
  const original = text.slice(0, -1).split('\n');
  const patcher = new Patcher(original.slice());
  try {
    patcher.map(0, original.length, 0, before, after, raw);
  } catch (err) {
    if (err instanceof Decline) return undefined;
    throw err;
  }
  // Edits are made in the order of the text; an insertion at the end of one block comes before
  // a replacement that starts where that block ends.
  const edits = patcher.edits.map((e, order) => ({ ...e, order })).sort((x, y) => x.start - y.start || x.order - y.order);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) return undefined; // overlapping edits: not a layout this understands
    out.push(...original.slice(at, e.start), ...e.lines);
    at = e.end;
  }
  out.push(...original.slice(at));
  return `${out.join('\n')}\n`;
}
