// Reading the journal: every file is parsed strictly and validated against its schema; any
// problem is reported as path:line:col and the file is never rewritten.
import fs from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { DataError, UserError, type Problem } from '../core/errors.js';
import type { GoalRecord, Journal } from '../core/journal.js';
import { Checkin, Goal, JournalDay, Profile, Review } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { classifyPath, PROFILE_FILE, RECORD_DIRS, resolveInside, type PathKind, type RecordDir } from './paths.js';
import { parseYaml, type TextFormat } from './yamlio.js';
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

function readBytes(root: string, rel: string): Uint8Array | Problem {
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

export function journalExists(root: string): boolean {
  return fs.existsSync(resolveInside(root, PROFILE_FILE));
}

/** Every .yaml file under the record folders, relative, sorted; stray files included. */
export function listRecordFiles(root: string, dirs: readonly RecordDir[] = RECORD_DIRS): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(resolveInside(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue; // temp files and the user's dotfiles
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.yaml') || e.name.endsWith('.yml')) out.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

const SCHEMA_OF = { profile: Profile, goal: Goal, checkin: Checkin, journal: JournalDay, review: Review } as const;

/** The file name must agree with what the file says it is (its week, date or period). */
function nameMismatch(kind: PathKind, data: Record<string, unknown>, file: LoadedFile<unknown>): Problem | null {
  const expect = kind.kind === 'checkin' ? ['week', kind.week] : kind.kind === 'journal' ? ['date', kind.date]
    : kind.kind === 'review' ? ['period', kind.period] : null;
  if (!expect || data[expect[0]!] === expect[1]) {
    if (kind.kind === 'review' && data.kind !== kind.review) {
      return at(file, ['kind'], `kind: is "${String(data.kind)}" but the file name says ${kind.review}`);
    }
    return null;
  }
  return at(file, [expect[0]!], `${expect[0]}: is "${String(data[expect[0]!])}" but the file name says ${expect[1]}`, 'rename the file or fix the field');
}

function at(file: LoadedFile<unknown>, path: string[], message: string, hint?: string): Problem {
  const node = file.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const { line, col } = file.lines.linePos(node?.range?.[0] ?? 0);
  return { path: file.rel, line, col, message, hint };
}

export interface LoadResult {
  journal: Journal | null;
  problems: Problem[];
}

/**
 * Load the profile and the records in `dirs` (all by default; a command reads only the folders
 * it needs). Problems are collected, not thrown, so `doctor` can list them all.
 */
export function loadJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS): LoadResult {
  const problems: Problem[] = [];
  const profile = tryReadRecord(root, PROFILE_FILE, Profile);
  if (!profile.ok) problems.push(...profile.problems);
  const records: Omit<Journal, 'profile'> = { goals: [], checkins: [], days: [], reviews: [] };
  for (const rel of listRecordFiles(root, dirs)) {
    const kind = classifyPath(rel);
    if (!kind || kind.kind === 'profile' || (kind.kind === 'goal' && !isValidId(kind.id))) {
      problems.push({ path: rel, line: 1, col: 1, message: 'career does not know this file name', hint: 'move it out of the journal folders, or name it as README.md describes' });
      continue;
    }
    const r = tryReadRecord(root, rel, SCHEMA_OF[kind.kind] as z.ZodType);
    if (!r.ok) { problems.push(...r.problems); continue; }
    const data = r.file.data as Record<string, unknown>;
    const mismatch = nameMismatch(kind, data, r.file);
    if (mismatch) { problems.push(mismatch); continue; }
    if (kind.kind === 'goal') records.goals.push({ ...(data as Goal), id: kind.id } as GoalRecord);
    else if (kind.kind === 'checkin') records.checkins.push(data as Checkin);
    else if (kind.kind === 'journal') records.days.push(data as JournalDay);
    else records.reviews.push(data as Review);
  }
  problems.push(...danglingParents(root, records.goals));
  return { journal: profile.ok ? { profile: profile.file.data, ...records } : null, problems };
}

function danglingParents(root: string, goals: GoalRecord[]): Problem[] {
  const ids = new Set(goals.map((g) => g.id));
  return goals
    .filter((g) => g.parent !== null && !ids.has(g.parent))
    .map((g) => {
      const file = readRecord(root, `goals/${g.id}.yaml`, Goal);
      return at(file, ['parent'], `parent: no goal "${g.parent}"`, 'set parent to an existing goal id, or null');
    });
}

/**
 * The journal for a command: no journal or any invalid file (among those read) stops it.
 * `dirs` names the folders the command needs; the others are not read at all.
 */
export function requireJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS): Journal {
  if (!journalExists(root)) {
    throw new UserError(`no journal in ${root}`, 'run `career init` to start one, or pass --dir');
  }
  const { journal, problems } = loadJournal(root, dirs);
  if (problems.length || !journal) throw new DataError(problems);
  return journal;
}
