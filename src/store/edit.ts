// Comment-preserving edits: walk the existing YAML document alongside the new plain value and
// change only the nodes whose value differs. Untouched nodes keep their comments, key order,
// quoting and layout, so a hand-edited file stays the person's file after career writes it.
// The yaml package re-renders the whole document (it normalises the spaces before a comment,
// sequence indentation and the like), so mergeEdit then puts the person's own lines back
// wherever the edit did not reach.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, isPair, parseDocument, visit, type Document, type Node, type YAMLMap } from '../vendor/yaml.js';
import { isMapping } from './mapping.js';
import { PARSE_OPTIONS, quoteIfAmbiguous } from './yamlio.js';

type Plain = string | number | boolean | null | undefined | Plain[] | { [k: string]: Plain };

/** Nothing worth writing: null, false, '', [], or a mapping of only such values. */
const isEmpty = (v: unknown): boolean => v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0)
  || (isMapping<Plain>(v) && Object.values(v).every((x) => x === undefined || isEmpty(x)));

function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, { Scalar: (_k, n) => { quoteIfAmbiguous(n); } });
  return node;
}

function keyOf(pairKey: unknown): string {
  return isScalar(pairKey) ? String(pairKey.value) : String(pairKey);
}

function updateMap(doc: Document, map: YAMLMap, value: Record<string, Plain>, loaded: unknown): void {
  for (const pair of [...map.items]) {
    const key = keyOf(pair.key);
    if (value[key] === undefined) map.delete(pair.key);
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const pair = map.items.find((p) => isPair(p) && keyOf(p.key) === key);
    const was = isMapping<Plain>(loaded) ? loaded[key] : undefined;
    if (pair) {
      pair.value = updateNode(doc, pair.value as Node | null, v, was);
    } else if (was !== undefined ? !isDeepStrictEqual(was, v) : loaded !== undefined || !isEmpty(v)) {
      // A key the person left out stays out while it holds only the value it was read with
      // (the schema filled that in, e.g. `status: active` or `steps: []`). An optional key with
      // no default is written even when empty (`reason: ""`), or it would read back as absent.
      // Without the file's values to compare with, an empty value stays out.
      map.add(doc.createPair(key, createNode(doc, v)));
    }
  }
}

/**
 * Update `node` in place to hold `value`; returns the node to keep (a new one if the shape
 * changed). `loaded` is what the same place held when the file was read, defaults filled in.
 */
export function updateNode(doc: Document, node: Node | null, value: unknown, loaded?: unknown): Node {
  // What this run did not change stays the very node the person wrote: a `|` block the schema
  // trims (which would come back as `|-`), an alias (*name), a quoting or a flow style.
  if (node !== null && node !== undefined && loaded !== undefined && isDeepStrictEqual(loaded, value)) return node;
  if (isMap(node) && isMapping<Plain>(value)) {
    if (node.flow && node.items.length === 0 && Object.keys(value).length > 0) node.flow = false;
    updateMap(doc, node, value, loaded);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    // `[]` is how an empty list is written; once it has items, a block list reads better.
    if (node.flow && node.items.length === 0 && value.length > 0) node.flow = false;
    node.items.length = Math.min(node.items.length, value.length);
    value.forEach((v, i) => {
      const was = Array.isArray(loaded) ? (loaded[i] as unknown) : undefined;
      if (i < node.items.length) node.items[i] = updateNode(doc, node.items[i] as Node | null, v, was);
      else node.items.push(createNode(doc, v));
    });
    return node;
  }
  const scalarValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (isScalar(node) && scalarValue) {
    if (!Object.is(node.value, value)) {
      node.value = value;
      // The old number's notation (1e+21, 0x1F, 1.50) need not fit the new one: -0 as an exponent
      // would be written 0e+0 and read back as 0. Numbers are written plainly once changed.
      if (typeof value === 'number') { delete node.format; delete node.minFractionDigits; }
      // A block scalar (| or >) can hold anything; a plain one may need quotes now.
      if (node.type === 'PLAIN' || node.type === undefined) quoteIfAmbiguous(node);
    }
    return node;
  }
  return createNode(doc, value);
}

/** Make `doc` hold `value`, changing as little of the text as possible. */
export function updateDocument(doc: Document, value: unknown, loaded?: unknown): void {
  doc.contents = updateNode(doc, doc.contents as Node | null, value, loaded) as typeof doc.contents;
}

// ---------- keeping the person's lines ----------

/** Past this many cells the line matching is not worth its memory; the plain rendering is used. */
const MAX_CELLS = 4_000_000;

/** For each line of `a`, the line of `b` it is matched with (longest common subsequence), or -1. */
export function matchLines(a: readonly string[], b: readonly string[]): Int32Array | null {
  const match = new Int32Array(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) { match[start] = start; start++; }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; match[endA] = endB; }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return match;
  if (n * m > MAX_CELLS) return null;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w); // len[i*w+j]: LCS length of a[start+i..endA), b[start+j..endB)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[start + i] === b[start + j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[start + i] === b[start + j]) { match[start + i] = start + j; i++; j++; }
    else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) i++;
    else j++;
  }
  return match;
}

/** A line with runs of spaces after its indentation collapsed: how the library re-spaces lines. */
const loose = (line: string) => line.replace(/(\S)[ \t]+/g, '$1 ').trimEnd();

/**
 * Apply the edit's changes (base -> theirs, as hunks of replaced lines) to the person's text.
 * Each hunk lands where its base lines are in `ours`, matched loosely (the library re-spaces
 * comments and flow lists); null when a hunk cannot be placed that way.
 */
function applyHunks(base: string[], ours: string[], theirs: string[]): string[] | null {
  const toOurs = matchLines(base.map(loose), ours.map(loose));
  const toTheirs = matchLines(base, theirs);
  if (!toOurs || !toTheirs) return null;
  const out: string[] = [];
  let o = 0, t = 0, pending = -1; // pending: first base line of a hunk still open
  const place = (a0: number, a1: number, lines: string[]): boolean => {
    let o0: number, o1: number;
    if (a0 < a1) {
      o0 = toOurs[a0]!; o1 = toOurs[a1 - 1]! + 1;
      if (o0 < 0 || o1 <= 0) return false;
    } else if (a0 > 0 && toOurs[a0 - 1]! >= 0) {
      o0 = o1 = toOurs[a0 - 1]! + 1;
    } else if (a0 < base.length && toOurs[a0]! >= 0) {
      o0 = o1 = toOurs[a0]!;
    } else if (a0 === 0) {
      o0 = o1 = 0;
    } else return false;
    if (o0 < o || o1 < o0) return false;
    out.push(...ours.slice(o, o0), ...lines);
    o = o1;
    return true;
  };
  for (let i = 0; i < base.length; i++) {
    const ti = toTheirs[i]!;
    if (ti < 0) { if (pending < 0) pending = i; continue; }
    const a0 = pending < 0 ? i : pending;
    if ((a0 < i || ti > t) && !place(a0, i, theirs.slice(t, ti))) return null;
    pending = -1;
    t = ti + 1;
  }
  const a0 = pending < 0 ? base.length : pending;
  if ((a0 < base.length || t < theirs.length) && !place(a0, base.length, theirs.slice(t))) return null;
  out.push(...ours.slice(o));
  return out;
}

/**
 * Three-way merge by lines. `base` is the library's rendering of the file as read, `ours` the
 * file as the person wrote it, `theirs` the rendering after the edit. Lines whose `key` agrees in
 * all three anchor the merge; between anchors, a stretch the edit left alone keeps the person's
 * lines and a stretch the edit changed takes the edit's lines (with `lineByLine`, line by line
 * when the three stretches have the same length: one value changed next to a reformatted line).
 */
function merge3(base: string[], ours: string[], theirs: string[], key: (line: string) => string | null, lineByLine: boolean): string[] | null {
  const keys = (lines: string[], side: string) => lines.map((line, i) => key(line) ?? `\0${side}${i}`);
  const baseKeys = keys(base, 'b');
  const toOurs = matchLines(baseKeys, keys(ours, 'o'));
  const toTheirs = matchLines(baseKeys, keys(theirs, 't'));
  if (!toOurs || !toTheirs) return null;
  const out: string[] = [];
  let a = 0, o = 0, t = 0;
  const pick = (b: string, mine: string, edit: string) => (b === edit ? mine : edit);
  const stretch = (a1: number, o1: number, t1: number) => {
    const b = base.slice(a, a1), mine = ours.slice(o, o1), edit = theirs.slice(t, t1);
    if (lineByLine && b.length === mine.length && b.length === edit.length) out.push(...b.map((line, k) => pick(line, mine[k]!, edit[k]!)));
    else out.push(...(b.length === edit.length && b.every((line, k) => line === edit[k]) ? mine : edit));
  };
  for (let i = 0; i < base.length; i++) {
    const oi = toOurs[i]!, ti = toTheirs[i]!;
    if (oi < o || ti < t) continue; // unmatched (-1)
    stretch(i, oi, ti);
    out.push(pick(base[i]!, ours[oi]!, theirs[ti]!));
    a = i + 1; o = oi + 1; t = ti + 1;
  }
  stretch(base.length, ours.length, theirs.length);
  return out;
}

/**
 * The edited text, with the person's own bytes wherever the edit did not reach. `source` is the
 * file as read, `before` and `after` the library's rendering of it before and after the edit
 * (all with \n line ends). The result must read back exactly as `after` does, or `after` is used.
 */
export function mergeEdit(source: string, before: string, after: string): string {
  if (source === before) return after;
  const [b, o, t] = [before.split('\n'), source.split('\n'), after.split('\n')];
  const want = parseDocument(after, PARSE_OPTIONS).toJS();
  const readsAsWanted = (text: string) => {
    const check = parseDocument(text, PARSE_OPTIONS);
    return check.errors.length === 0 && check.warnings.length === 0 && isDeepStrictEqual(check.toJS(), want);
  };
  // Finest first: only the edit's own lines change. When the person indents differently from
  // the library, the edit may not fit between their lines; then merge around lines all three
  // share, and last around top-level keys only, so the edited top-level entry is rewritten
  // whole and every other one stays as written.
  const everyLine = (line: string) => line;
  const topLevelKey = (line: string) => /^[^\s#-][^:]*:/.exec(line)?.[0] ?? null;
  const tries = [
    () => applyHunks(b, o, t),
    ...([[everyLine, true], [everyLine, false], [topLevelKey, true], [topLevelKey, false]] as const)
      .map(([key, lineByLine]) => () => merge3(b, o, t, key, lineByLine)),
  ];
  for (const attempt of tries) {
    const merged = attempt()?.join('\n');
    if (merged !== undefined && readsAsWanted(merged)) return merged;
  }
  return after;
}
