// Kept answers (.career/results/) as tests see them: the folder, a wait for just-written files
// to settle (store/cache.ts: answers computed from them are not kept), and a way to mark the one
// kept answer so that a run that shows it can be told from one that computes it.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const RESULTS = '.career/results';

export const settle = () => new Promise((r) => setTimeout(r, 250));

/** The single kept answer's file, with the last `from` in its output replaced by `to` of the same length. */
export function tamper(dir: string, from: string, to: string): void {
  const names = fs.readdirSync(path.join(dir, RESULTS));
  expect(names).toHaveLength(1);
  const file = path.join(dir, RESULTS, names[0]!);
  const bytes = fs.readFileSync(file);
  const at = bytes.lastIndexOf(Buffer.from(from));
  expect(at).toBeGreaterThan(0);
  Buffer.from(to).copy(bytes, at);
  fs.writeFileSync(file, bytes);
}
