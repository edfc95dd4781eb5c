// Reading the journal: every file is parsed strictly and validated against its schema; any
// problem is reported as path:line:col and the file is never rewritten.
import fs from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { DataError, type Problem } from '../core/errors.js';
import type { GoalRecord } from '../core/journal.js';
import { Goal, Profile } from '../core/schemas.js';
import type { Profile as ProfileRecord } from '../core/schemas.js';
import { PROFILE_FILE, resolveInside, type PathKind } from './paths.js';
import { parseYaml, type TextFormat } from './yamlio.js';
import { nameAgrees, nameField, SCHEMA_OF } from './record-kinds.js';
import { problemsFromIssues } from './validate.js';

export interface LoadedFile<T> {
  rel: string;
  data: T;
  doc: Document.Parsed;
  lines: LineCounter;
  format: TextFormat;
  /** The text as read (no BOM, \n line ends) and its schema: what editedFileText starts from. */
  source?: string;
  schema?: z.ZodType;
}

export type ReadResult<T> = { ok: true; file: LoadedFile<T> } | { ok: false; problems: Problem[] };

export function readBytes(root: string, rel: string): Uint8Array | Problem {
  try {
    return fs.readFileSync(resolveInside(root, rel));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return { path: rel, line: 1, col: 1, message: `cannot read: ${why}` };
  }
}

/** Parse and validate one file. Never throws for bad content; returns its problems. */
export function tryReadRecord<S extends z.ZodType>(root: string, rel: string, schema: S): ReadResult<z.infer<S>> {
  const bytes = readBytes(root, rel);
  if (!(bytes instanceof Uint8Array)) return { ok: false, problems: [bytes] };
  return parseRecord(rel, bytes, schema);
}

/** Parse and validate bytes as the file `rel` (e.g. an editor's buffer before it is saved). */
export function parseRecord<S extends z.ZodType>(rel: string, bytes: Uint8Array, schema: S): ReadResult<z.infer<S>> {
  const parsed = parseYaml(rel, bytes);
  if (!parsed.ok) return parsed;
  const { doc, lines, format, value, text } = parsed.parsed;
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, problems: problemsFromIssues(rel, doc, lines, result.error.issues, schema) };
  return { ok: true, file: { rel, data: result.data, doc, lines, format, source: text, schema } };
}

/** Parse and validate one file, throwing DataError with every problem. */
export function readRecord<S extends z.ZodType>(root: string, rel: string, schema: S): LoadedFile<z.infer<S>> {
  const r = tryReadRecord(root, rel, schema);
  if (!r.ok) throw new DataError(r.problems);
  return r.file;
}

/** The file name must agree with what the file says it is (its week, date or period). */
export function nameMismatch(kind: PathKind, data: Record<string, unknown>, file: LoadedFile<unknown>): Problem | null {
  if (nameAgrees(kind, data)) return null;
  const expect = nameField(kind);
  if (!expect || data[expect[0]] === expect[1]) {
    return at(file, ['kind'], `kind: is "${String(data.kind)}" but the file name says ${(kind as { review: string }).review}`);
  }
  return at(file, [expect[0]], `${expect[0]}: is "${String(data[expect[0]])}" but the file name says ${expect[1]}`, 'rename the file or fix the field');
}

function at(file: LoadedFile<unknown>, path: (string | number)[], message: string, hint?: string): Problem {
  const node = file.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const { line, col } = file.lines.linePos(node?.range?.[0] ?? 0);
  return { path: file.rel, line, col, message, hint };
}

export type RecordOutcome = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/**
 * Read, parse and validate one journal file of a known kind (the profile too) with the strict
 * reader, including the check that its file name agrees with its content; every problem placed.
 */
export function readJournalFile(root: string, rel: string, kind: PathKind): RecordOutcome {
  const r = tryReadRecord(root, rel, SCHEMA_OF[kind.kind] as z.ZodType);
  if (!r.ok) return r;
  const data = r.file.data as Record<string, unknown>;
  const mismatch = nameMismatch(kind, data, r.file);
  return mismatch ? { ok: false, problems: [mismatch] } : { ok: true, data };
}

/** The profile, parsed and validated. */
export function readProfile(root: string): ReadResult<ProfileRecord> {
  return tryReadRecord(root, PROFILE_FILE, Profile);
}

/** A goal whose parent does not exist, reported at its `parent` field. */
export function danglingParents(root: string, goals: readonly GoalRecord[], ids: ReadonlySet<string> = new Set(goals.map((g) => g.id))): Problem[] {
  return goals
    .filter((g) => g.parent !== null && !ids.has(g.parent))
    .map((g) => {
      const file = readRecord(root, `goals/${g.id}.yaml`, Goal);
      return at(file, ['parent'], `parent: no goal "${g.parent}"`, `set it to an existing goal: \`career goal edit ${g.id} --parent <id>\`, or \`--parent none\``);
    });
}

/** Findings about goals (core/backward.ts), placed at the line and column of the field they name. */
export function placeFindings(root: string, findings: readonly { goal: string; field: (string | number)[]; message: string; hint: string }[]): Problem[] {
  const files = new Map<string, LoadedFile<unknown>>();
  return findings.map((f) => {
    const rel = `goals/${f.goal}.yaml`;
    let file = files.get(rel);
    if (!file) { file = readRecord(root, rel, Goal); files.set(rel, file); }
    return at(file, f.field, f.message, f.hint);
  });
}
