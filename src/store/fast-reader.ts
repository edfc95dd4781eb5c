// The fast way to a record's data on a cold load: js-yaml (fast-yaml.ts) and the schema, with
// nothing kept for editing. It never rejects a file: whatever it declines, the strict reader
// (strict-reader.ts) reads, and that one finds and places every problem. Loads neither `yaml` nor strict-reader.ts.
import fs from 'node:fs';
import * as z from '../vendor/zod.js';
import { fastValue } from './fast-yaml.js';
import type { PathKind } from './paths.js';
import { preflight } from './preflight.js';
import { nameAgrees, SCHEMA_OF } from './record-kinds.js';

// zod's compiled validators: generated once per kind and process, they check a cold load's
// thousands of records in about half the time; a record they refuse is re-checked by the
// runtime parser, so the answer is the same.
const compiled = new Map<PathKind['kind'], z.ZodType>();
const validator = (kind: PathKind['kind']): z.ZodType => {
  let v = compiled.get(kind);
  if (!v) compiled.set(kind, (v = z.compile(SCHEMA_OF[kind] as z.ZodType)));
  return v;
};

/** `rel` comes from the journal's own listing (or is career.yaml), so a plain join is safe here. */
export function quickRead(root: string, rel: string, kind: PathKind): { data: unknown } | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(`${root}/${rel}`);
  } catch {
    return undefined; // the strict reader says why
  }
  const pre = preflight(rel, bytes);
  if (!pre.ok) return undefined;
  const value = fastValue(pre.text);
  if (value === undefined) return undefined;
  const result = validator(kind.kind).safeParse(value);
  if (!result.success || !nameAgrees(kind, result.data as Record<string, unknown>)) return undefined;
  return { data: result.data };
}
