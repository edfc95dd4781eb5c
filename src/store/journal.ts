// Loading the whole journal (or the folders a command needs). Files unchanged since they were
// last read come from the cache; only the others are parsed, and the YAML parser and schemas are
// loaded only when some file needs them, which keeps a warm `career report` fast.
import { DataError, UserError, type Problem } from '../core/errors.js';
import type { GoalRecord, Journal } from '../core/journal.js';
import type { Checkin, Goal, EntryDay, Profile, Review } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import { RecordCache } from './cache.js';
import { journalExists } from './files.js';
import { noteLoad, takeSnapshot, takeStats } from './result-cache.js';
import { readRecords, type ParseJob } from './read-records.js';
import { classifyPath, RECORD_DIRS, type PathKind, type RecordDir } from './paths.js';

export interface LoadOptions {
  /** false: read every file itself (doctor, and the tests that compare both ways). */
  cache?: boolean;
  /** true: every file through the strict YAML reader, none through the fast one (doctor). */
  strict?: boolean;
  /** The moment files are looked at (ms); tests move it to make entries settle. */
  now?: number;
  /** false: a goal whose parent does not exist is not a problem here (`goal edit --parent` fixes it, and checks the rest itself). */
  checkParents?: boolean;
}

export interface LoadResult {
  journal: Journal | null;
  problems: Problem[];
}

type Slow = typeof import('./strict-reader.js');
let slow: Slow | undefined;
const parser = async (): Promise<Slow> => (slow ??= await import('./strict-reader.js'));

const PROFILE_KIND: PathKind = { kind: 'profile' };
const UNKNOWN_NAME = { message: 'career does not know this file name', hint: 'move it out of the journal folders, or name it as README.md describes' };

/**
 * Load the profile and the records in `dirs` (all by default). Problems are collected, not
 * thrown, so `doctor` can list them all.
 */
export async function loadJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS, opts: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = [];
  // One slot per file, the profile first: kinds[i] says what paths[i] holds, data[i] its record.
  // The time is taken before any stat (see cache.ts on same-second edits), and every stat before
  // the cache is parsed (see statKeys on why); a run that looked for a kept answer first has
  // taken them already.
  // Without the cache (doctor), nothing is keyed: the files are listed, not stat-ed.
  const snap = opts.cache === false ? takeStats(root, dirs, opts.now, false)
    : (opts.now === undefined ? takeSnapshot(root, dirs) : undefined) ?? takeStats(root, dirs, opts.now);
  const { paths, keys, seen } = snap;
  problems.push(...snap.unreadable);
  const kinds: (PathKind | null)[] = new Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    const kind = i === 0 ? PROFILE_KIND : classifyPath(paths[i]!);
    if (i > 0 && (!kind || kind.kind === 'profile' || (kind.kind === 'goal' && !isValidId(kind.id)))) {
      problems.push({ path: paths[i]!, line: 1, col: 1, ...UNKNOWN_NAME });
    } else kinds[i] = kind;
  }
  const cache = opts.cache === false ? null : RecordCache.open(root);
  const data: unknown[] = new Array(paths.length);
  const misses: (ParseJob & { index: number })[] = [];
  let hits = 0;
  for (let i = 0; i < paths.length; i++) {
    const kind = kinds[i];
    if (!kind) continue;
    const hit = cache?.get(paths[i]!, keys, i);
    if (hit !== undefined && hit !== null) { data[i] = hit; hits++; }
    else misses.push({ rel: paths[i]!, kind, index: i });
  }
  if (misses.length) {
    const byRel = new Map(misses.map((m) => [m.rel, m]));
    for (const r of await readRecords(root, misses.map(({ rel, kind }) => ({ rel, kind })), opts.strict === true)) {
      if (!r.ok) { problems.push(...r.problems); continue; }
      const m = byRel.get(r.rel)!;
      data[m.index] = r.data;
      cache?.set(r.rel, keys, m.index, r.data, seen);
    }
  }
  const records: Omit<Journal, 'profile'> = { goals: [], checkins: [], days: [], reviews: [] };
  for (let i = 1; i < paths.length; i++) {
    const kind = kinds[i];
    const record = data[i];
    if (!kind || record === undefined) continue;
    if (kind.kind === 'goal') records.goals.push({ ...(record as Goal), id: kind.id } as GoalRecord);
    else if (kind.kind === 'checkin') records.checkins.push(record as Checkin);
    else if (kind.kind === 'journal') records.days.push(record as EntryDay);
    else records.reviews.push(record as Review);
  }
  const ids = new Set(records.goals.map((g) => g.id));
  const dangling = records.goals.filter((g) => g.parent !== null && !ids.has(g.parent));
  if (dangling.length && opts.checkParents !== false) problems.push(...(await parser()).danglingParents(root, dangling, ids));
  if (cache) {
    // Every entry used, none missed: nothing of a deleted file can be left to forget.
    if (misses.length || hits !== cache.size) cache.prune(new Set(paths), dirs);
    cache.save();
    noteLoad(snap);
  }
  const profile = data[0] as Profile | undefined;
  return { journal: profile ? { profile, ...records } : null, problems };
}

/**
 * The journal for a command: no journal or any invalid file (among those read) stops it.
 * `dirs` names the folders the command needs; the others are not read at all.
 */
export async function requireJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS, opts: Pick<LoadOptions, 'checkParents'> = {}): Promise<Journal> {
  if (!journalExists(root)) {
    throw new UserError(`no journal in ${root}`, 'run `career init` to start one, or pass --dir');
  }
  let { journal, problems } = await loadJournal(root, dirs, opts);
  // A writer in the middle of a change (a sync mid-rebase leaves conflict markers for a moment):
  // what it leaves behind is what counts, so wait for it and read again.
  // (lock.js is loaded only then: a read that finds nothing wrong never touches the write stack.)
  if (problems.length && (await (await import('./lock.js')).waitForWriter(root, (m) => process.stderr.write(`${m}\n`)))) ({ journal, problems } = await loadJournal(root, dirs, opts));
  if (problems.length || !journal) throw new DataError(problems);
  return journal;
}

export { journalExists };
