// The quick YAML readers (store/line-yaml.ts, store/fast-yaml.ts) may only ever decline or agree
// with the strict one (store/yamlio.ts): the comparison both their tests make.
import { parseYaml } from '../../src/store/yamlio.js';

/** What the strict reader makes of `text`: its value, or undefined when it refuses the file. */
export function strict(text: string): unknown {
  const r = parseYaml('t.yaml', Buffer.from(text, 'utf8'));
  return r.ok ? r.parsed.value : undefined;
}

/** Deep equality that tells -0 from 0, accepts NaN = NaN (what Object.is does for scalars), and minds key order. */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether `read` declines `raw` or reads it as the strict reader does (read as career reads it: from UTF-8 bytes). */
export function agreesWith(read: (text: string) => unknown, raw: string): boolean {
  const text = Buffer.from(raw, 'utf8').toString('utf8');
  const quick = read(text);
  return quick === undefined || same(quick, strict(text));
}
