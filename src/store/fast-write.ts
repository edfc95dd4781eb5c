// The quick way through a write: read the files a change touches with the fast reader
// (fast-yaml.ts), and write each one as a line edit (text-patch.ts) or, for a new file, as the
// `yaml` package would have written it (yaml-emit.ts). Neither step loads that package, whose
// warm-up is most of a one-shot write's time on a large goal file.
//
// Trust rests on reading back: a text is used only when the fast reader reads it as exactly the
// record the change meant (the schema applied to both). Anything else (a file the fast reader
// declines, a layout the patch does not know, a value the emitter cannot be sure of, a result
// that reads otherwise) returns undefined, and the transaction takes the strict path (update.ts).
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { fastValue } from './fast-yaml.js';
import type { PathKind } from './paths.js';
import { isMapping } from './mapping.js';
import { preflight } from './preflight.js';
import { nameAgrees, SCHEMA_OF } from './record-kinds.js';
import { schemaLine } from './schema-line.js';
import { patchText } from './text-patch.js';
import { emitDocument } from './yaml-emit.js';

/** A file as the fast reader read it: its text, the plain value and the validated record. */
export interface FastFile {
  text: string;
  raw: Record<string, unknown>;
  data: Record<string, unknown>;
}

// zod compiles a validator for each object shape on its first use (new Function): worth it over
// a cold load's thousands of records, not for the two or three a write checks. Measured on the
// bench's goal, a first check took 10-12 ms compiled and 4-6 ms without.
const ONE_SHOT = { jitless: true } as const;

/**
 * The record in `bytes` as the fast reader reads it, or undefined when the strict reader must
 * read the file (it may be broken: the strict reader says how). Only files with \n line ends and
 * no BOM, the ones the line edit keeps as they are.
 */
export function fastOpen(rel: string, bytes: Uint8Array, schema: z.ZodType, kind: PathKind | null): FastFile | undefined {
  const pre = preflight(rel, bytes);
  if (!pre.ok || pre.format.bom || pre.format.eol !== '\n') return undefined;
  const raw = fastValue(pre.text);
  if (!raw) return undefined;
  const result = schema.safeParse(raw, ONE_SHOT);
  if (!result.success || !isMapping(result.data) || (kind && !nameAgrees(kind, result.data))) return undefined;
  return { text: pre.text, raw, data: result.data };
}

/**
 * The text of `rel` holding `record` (an edit of `opened`, or a new file when there is none) and
 * the record it reads back as; undefined when only the strict path can make it.
 */
export function fastFileText(rel: string, kind: PathKind, opened: FastFile | undefined, record: unknown): { content: string; data: unknown } | undefined {
  if (!isMapping(record)) return undefined;
  const content = opened ? patchText(opened.text, opened.raw, opened.data, record) : newText(rel, record);
  if (content === undefined) return undefined;
  const schema = SCHEMA_OF[kind.kind] as z.ZodType;
  const back = fastOpen(rel, Buffer.from(content, 'utf8'), schema, kind);
  if (!back) return undefined;
  // A record read under the lock and changed is usually already in the schema's form; one
  // that is not (a default left out, an undefined key) is compared in that form.
  if (!isDeepStrictEqual(back.data, record)) {
    const meant = schema.safeParse(record, ONE_SHOT);
    if (!meant.success || !isDeepStrictEqual(back.data, meant.data)) return undefined;
  }
  return { content, data: back.data };
}

function newText(rel: string, record: Record<string, unknown>): string | undefined {
  const body = emitDocument(record);
  const line = schemaLine(rel);
  return body === undefined ? undefined : line ? `${line}\n${body}` : body;
}
