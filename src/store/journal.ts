// Loading the whole journal (or the folders a command needs). Files unchanged since they were
// last read come from the cache; only the others are parsed, and the YAML parser and schemas are
// loaded only when some file needs them, which keeps a warm `career report` fast.
import { DataError, UserError, type Problem } from '../core/errors.js';
import type { GoalRecord, Journal } from '../core/journal.js';
import type { Checkin, Goal, EntryDay, Profile, Review } from '../core/schemas.js';
import { isValidId } from '../core/slug.js';
import type { DayCount, DayGroup } from '../core/day-counts.js';
import { RecordCache } from './cache.js';
import { dayCount, journalYears, readDayCounts } from './day-count-cache.js';
import { journalExists } from './files.js';
import { noteLoad, takeSnapshot, takeStats } from './result-cache.js';
import { readRecords, type ParseJob } from './read-records.js';
import { FIELDS } from './stat-keys.js';
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
  /**
   * The terminal report: the journal's years may be only counted (day-count-cache.ts). Called
   * with every year's counts and the rest of the journal (its `countedDays` all of those), it
   * names the years to read in full; the others are the journal's `countedDays`. A year whose
   * counts are cached is then not read at all.
   */
  countDays?: (read: Journal, years: DayGroup[]) => string[];
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

type Records = Omit<Journal, 'profile'>;

const countDays = (indices: readonly number[], data: readonly unknown[]): DayCount[] =>
  indices.flatMap((i) => (data[i] === undefined ? [] : [dayCount(data[i])]));

/** The records of `data` but those of `skip`, by kind, in the files' order (so journal days come in date order). */
function gather(paths: readonly string[], kinds: readonly (PathKind | null)[], data: readonly unknown[], skip: ReadonlySet<number>): Records {
  const records: Records = { goals: [], checkins: [], days: [], reviews: [] };
  for (let i = 1; i < paths.length; i++) {
    const kind = kinds[i];
    const record = data[i];
    if (!kind || record === undefined || skip.has(i)) continue;
    if (kind.kind === 'goal') records.goals.push({ ...(record as Goal), id: kind.id } as GoalRecord);
    else if (kind.kind === 'checkin') records.checkins.push(record as Checkin);
    else if (kind.kind === 'journal') records.days.push(record as EntryDay);
    else records.reviews.push(record as Review);
  }
  return records;
}

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
  let hits = 0;
  let missed = 0;
  /** Each file of `indices` from the cache or, when it is not there as it is now, read. */
  const resolve = async (indices: Iterable<number>) => {
    const misses: (ParseJob & { index: number })[] = [];
    for (const i of indices) {
      const kind = kinds[i];
      if (!kind) continue;
      const hit = cache?.get(paths[i]!, keys, i, seen);
      if (hit !== undefined && hit !== null) { data[i] = hit; hits++; }
      else misses.push({ rel: paths[i]!, kind, index: i });
    }
    missed += misses.length;
    if (!misses.length) return;
    const byRel = new Map(misses.map((m) => [m.rel, m]));
    for (const r of await readRecords(root, misses.map(({ rel, kind, index }) => ({ rel, kind, size: keys[index * FIELDS] })), opts.strict === true)) {
      if (!r.ok) { problems.push(...r.problems); continue; }
      const m = byRel.get(r.rel)!;
      data[m.index] = r.data;
      cache?.set(r.rel, keys, m.index, r.data, seen);
    }
  };
  // The terminal report: years whose counts are cached are not read yet (see countDays).
  const years = cache && opts.countDays ? journalYears(kinds) : new Map<string, number[]>();
  const counts = new Map<string, DayCount[]>();
  for (const [name, indices] of years) {
    const days = readDayCounts(root, name, paths, indices, keys);
    if (days) counts.set(name, days);
  }
  const first: number[] = [];
  const later = new Set<number>();
  for (const name of counts.keys()) for (const i of years.get(name)!) later.add(i);
  for (let i = 0; i < paths.length; i++) if (!later.has(i)) first.push(i);
  await resolve(first);
  const onlyCounted = new Set<number>();
  const recount: string[] = [];
  let countedDays: DayCount[] | undefined;
  if (years.size && data[0] && !problems.length) {
    // Every year as counts, cached or made from the records just read: which ones are read in full
    // is the caller's to say, and the rest are only counted whatever the cache held.
    const groups: DayGroup[] = [...years].map(([name, indices]) => ({ name, days: counts.get(name) ?? countDays(indices, data) }));
    const inYears = new Set([...years.values()].flat());
    const read = { profile: data[0] as Profile, ...gather(paths, kinds, data, inYears), countedDays: groups.flatMap((g) => g.days) };
    const chosen = new Set(opts.countDays!(read, groups));
    for (const [name, indices] of years) {
      if (chosen.has(name)) {
        if (counts.has(name)) await resolve(indices);
        continue;
      }
      for (const i of indices) onlyCounted.add(i);
      if (!counts.has(name)) recount.push(name);
    }
    countedDays = groups.filter((g) => !chosen.has(g.name)).flatMap((g) => g.days);
  } else {
    // A journal that will not load (no profile, a broken file) is read whole, for its problems.
    for (const name of counts.keys()) await resolve(years.get(name)!);
  }
  const records: Records = { ...gather(paths, kinds, data, onlyCounted), ...(countedDays ? { countedDays } : {}) };
  const ids = new Set(records.goals.map((g) => g.id));
  const dangling = records.goals.filter((g) => g.parent !== null && !ids.has(g.parent));
  if (dangling.length && opts.checkParents !== false) problems.push(...(await parser()).danglingParents(root, dangling, ids));
  if (cache) {
    for (const year of recount) cache.recount(year);
    // Every entry used, none missed: nothing of a deleted file can be left to forget.
    if (missed || hits !== cache.size) cache.prune(new Set(paths), dirs);
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
export async function requireJournal(root: string, dirs: readonly RecordDir[] = RECORD_DIRS, opts: Pick<LoadOptions, 'checkParents' | 'countDays'> = {}): Promise<Journal> {
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
