// The fast way to a record's data on a cold load: js-yaml (fast-yaml.ts) and the schema, with
// nothing kept for editing. It never rejects a file: whatever it declines, the strict reader
// (strict-reader.ts) reads, and that one finds and places every problem. Loads neither `yaml` nor strict-reader.ts.
import fs from 'node:fs';
import * as z from '../vendor/zod.js';
import { fastValue } from './fast-yaml.js';
import type { PathKind } from './paths.js';
import { preflight } from './preflight.js';
import { nameAgrees, SCHEMA_OF } from './record-kinds.js';

// zod's compiled parsers: generated once per kind and process, they check a cold load's
// thousands of records in about half the time; a record they refuse is re-checked by the
// runtime parser, so the answer is the same. This is what z.compile does, without the second,
// check-only function it also generates for `validate`, which career never calls (that halves
// the cost of compiling, paid on every cold load). A schema the generator cannot express keeps
// the runtime parser, as z.compile would.
const compiled = new Map<PathKind['kind'], z.ZodType>();
function compileParser(schema: z.ZodType): z.ZodType {
  try {
    return z.withParser(schema, z.compileFn(schema)) as z.ZodType;
  } catch {
    return schema;
  }
}
/** The compiled parser of a kind of record (exported for the test that each kind compiles). */
export const validator = (kind: PathKind['kind']): z.ZodType => {
  let v = compiled.get(kind);
  if (!v) compiled.set(kind, (v = compileParser(SCHEMA_OF[kind] as z.ZodType)));
  return v;
};

/** One buffer for every file of a load: most are a few hundred bytes, read and decoded at once. */
const shared = Buffer.allocUnsafe(64 * 1024);

/**
 * The bytes of the file at `abs`, whose stat said `size` (NaN: not known). A file of that size
 * is read with one call into the shared buffer (valid until the next read): fs.readFileSync
 * adds a stat, a second read to find the end and a new buffer, which on a cold load of
 * thousands of files cost more than the reading. Any other length, and every bigger file, is
 * read whole by fs.readFileSync.
 */
function readBytes(abs: string, size: number): Uint8Array {
  if (size >= 0 && size < shared.length) {
    const fd = fs.openSync(abs, 'r');
    try {
      // One byte more than the stat said: a file that grew since reads more and is read again below.
      if (fs.readSync(fd, shared, 0, size + 1, 0) === size) return shared.subarray(0, size);
    } finally {
      fs.closeSync(fd);
    }
  }
  return fs.readFileSync(abs);
}

/**
 * `rel` comes from the journal's own listing (or is career.yaml), so a plain join is safe here;
 * `size` is what its stat said, or NaN.
 */
export function quickRead(root: string, rel: string, kind: PathKind, size = NaN): { data: unknown } | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(`${root}/${rel}`, size);
  } catch {
    return undefined; // the strict reader says why
  }
  const quick = quickParse(rel, bytes, validator(kind.kind));
  return quick && nameAgrees(kind, quick.data as Record<string, unknown>) ? quick : undefined;
}

/**
 * `bytes` (the file at `rel`) read the fast way and accepted by `schema`, or undefined: then the
 * strict reader decides, and places any problem. Records go through quickRead; question sets
 * (templates.ts) come here directly.
 */
export function quickParse(rel: string, bytes: Uint8Array, schema: z.ZodType): { data: unknown } | undefined {
  const pre = preflight(rel, bytes);
  if (!pre.ok) return undefined;
  const value = fastValue(pre.text);
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : undefined;
}
