// Loading the whole journal (or the folders a command needs). Files unchanged since they were
// last read come from the cache; only the others are parsed, and the YAML parser and schemas are
// loaded only when some file needs them, which keeps a warm `career report` fast.
import fs from 'node:fs';
import { DataError, UserError, type Problem } from '../core/errors.js';
import type { GoalRecord, Journal } from '../core/journal.js';
import type { Checkin, Goal, JournalDay, Profile, Review } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { nowMs, RecordCache, type FileStat } from './cache.js';
import { journalExists, listRecordFiles } from './files.js';
import { readRecords, type ParseJob } from './read-records.js';
import { classifyPath, PROFILE_FILE, RECORD_DIRS, type PathKind, type RecordDir } from './paths.js';

export interface LoadOptions {
  /** false: read every file itself (doctor, and the tests that compare both ways). */
  cache?: boolean;
  /** true: every file through the strict YAML reader, none through the fast one (doctor). */
  strict?: boolean;
  /** The moment files are looked at (ms); tests move it to make entries settle. */
  now?: number;
}

export interface LoadResult {
  journal: Journal | null;
  problems: Problem[];
}

type Slow = typeof import('./load.js');
let slow: Slow | undefined;
const parser = async (): Promise<Slow> => (slow ??= await import('./load.js'));

/** `rel` comes from the journal's own listing (or is career.yaml), so a plain join is safe here. */
function stat(root: string, rel: string): FileStat | null {
  return fs.statSync(`${root}/${rel}`, { throwIfNoEntry: false }) ?? null;
}

const UNKNOWN_NAME = { message: 'career does not know this file name', hint: 'move it out of the journal folders, or name it as README.md describes' };

/**
 * Load the profile and the records in `dirs` (all by default). Problems are collected, not
 * thrown, so `doctor` can list them all.
 */
export async function loadJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS, opts: LoadOptions = {}): Promise<LoadResult> {
  const cache = opts.cache === false ? null : RecordCache.open(root);
  const seen = opts.now ?? nowMs(); // taken before any stat: see cache.ts on same-second edits
  const problems: Problem[] = [];
  const found = new Map<string, unknown>();
  const misses: (ParseJob & { st: FileStat | null })[] = [];
  const look = (rel: string, kind: PathKind) => {
    const st = stat(root, rel);
    const hit = st && cache?.get(rel, st);
    if (hit !== undefined && hit !== null) found.set(rel, hit);
    else misses.push({ rel, kind, st });
  };
  look(PROFILE_FILE, { kind: 'profile' });
  const files = listRecordFiles(root, dirs);
  const kinds = new Map<string, Exclude<PathKind, { kind: 'profile' }>>();
  for (const rel of files) {
    const kind = classifyPath(rel);
    if (!kind || kind.kind === 'profile' || (kind.kind === 'goal' && !isValidId(kind.id))) {
      problems.push({ path: rel, line: 1, col: 1, ...UNKNOWN_NAME });
      continue;
    }
    kinds.set(rel, kind);
    look(rel, kind);
  }
  if (misses.length) {
    const stats = new Map(misses.map((m) => [m.rel, m.st]));
    for (const r of await readRecords(root, misses.map(({ rel, kind }) => ({ rel, kind })), opts.strict === true)) {
      if (!r.ok) { problems.push(...r.problems); continue; }
      found.set(r.rel, r.data);
      const st = stats.get(r.rel);
      if (st && cache) cache.set(r.rel, st, r.data, seen);
    }
  }
  const profile = found.get(PROFILE_FILE) as Profile | undefined;
  const records: Omit<Journal, 'profile'> = { goals: [], checkins: [], days: [], reviews: [] };
  for (const [rel, kind] of kinds) {
    const data = found.get(rel);
    if (data === undefined) continue;
    if (kind.kind === 'goal') records.goals.push({ ...(data as Goal), id: kind.id } as GoalRecord);
    else if (kind.kind === 'checkin') records.checkins.push(data as Checkin);
    else if (kind.kind === 'journal') records.days.push(data as JournalDay);
    else records.reviews.push(data as Review);
  }
  const ids = new Set(records.goals.map((g) => g.id));
  if (records.goals.some((g) => g.parent !== null && !ids.has(g.parent))) problems.push(...(await parser()).danglingParents(root, records.goals));
  if (cache) {
    cache.prune(new Set([PROFILE_FILE, ...files]), dirs);
    cache.save();
  }
  return { journal: profile ? { profile, ...records } : null, problems };
}

/**
 * The journal for a command: no journal or any invalid file (among those read) stops it.
 * `dirs` names the folders the command needs; the others are not read at all.
 */
export async function requireJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS): Promise<Journal> {
  if (!journalExists(root)) {
    throw new UserError(`no journal in ${root}`, 'run `career init` to start one, or pass --dir');
  }
  const { journal, problems } = await loadJournal(root, dirs);
  if (problems.length || !journal) throw new DataError(problems);
  return journal;
}

export { journalExists };
