// Schema validation with positions: each zod issue is mapped back to the YAML node it is
// about, so a hand-edit mistake is reported as path:line:col with the field named.
import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from '../vendor/yaml.js';
import type { z } from 'zod';
import type { Problem } from '../core/errors.js';
import { closest } from '../core/text.js';

type PathKey = PropertyKey;

function fieldName(path: readonly PathKey[]): string {
  return path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), '');
}

/** The deepest existing node along `path`, and how far down the path it is. */
function nodeAt(doc: Document, path: readonly PathKey[]): { node: Node | null; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) return { node: node as Node, depth };
  }
  return { node: null, depth: 0 };
}

/** The key node of `key` inside the map at `path`, to point at an unknown key itself. */
function keyNode(doc: Document, path: readonly PathKey[], key: string): Node | null {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(map)) return null;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return null;
}

function position(lines: LineCounter, node: Node | null): { line: number; col: number } {
  const offset = node?.range?.[0] ?? 0;
  return lines.linePos(offset);
}

const TYPE_WORDS: Record<string, string> = { number: 'a number', array: 'a list', object: 'a mapping of keys', string: 'text', boolean: 'true or false' };

// zod's own wording starts like this; anything else is a message the schema chose for the person.
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

function describe(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'is required';
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_value' && 'values' in issue) return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type') return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
    return issue.origin === 'array' ? `must have ${bound} items` : issue.origin === 'string' ? `must be ${bound} characters` : `must be ${bound}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

// zod keeps wrappers (optional, default, nullable) around the real type; peel them off.
type AnySchema = { _zod?: { def?: { innerType?: AnySchema; element?: AnySchema; shape?: Record<string, AnySchema> } } };
function unwrap(s: AnySchema | undefined): AnySchema | undefined {
  while (s?._zod?.def?.innerType) s = s._zod.def.innerType;
  return s;
}

/** Allowed keys of the object schema at `path`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let s = unwrap(schema as AnySchema);
  for (const k of path) {
    const def = s?._zod?.def;
    s = unwrap(typeof k === 'number' ? def?.element : def?.shape?.[String(k)]);
  }
  const shape = s?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

export function problemsFromIssues(
  file: string,
  doc: Document,
  lines: LineCounter,
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const { line, col } = position(lines, keyNode(doc, issue.path, key) ?? nodeAt(doc, issue.path).node);
        const near = closest(key, allowed);
        const where = issue.path.length ? ` in ${fieldName(issue.path)}` : '';
        out.push({
          path: file, line, col,
          message: `unknown key "${key}"${where}`,
          hint: near ? `did you mean "${near}"?` : allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined,
        });
      }
      continue;
    }
    const { node, depth } = nodeAt(doc, issue.path);
    const missing = depth < issue.path.length;
    const { line, col } = position(lines, node);
    const message = describe(issue, missing);
    const name = fieldName(issue.path);
    out.push({ path: file, line, col, message: name ? `${name}: ${message}` : message });
  }
  return out;
}
