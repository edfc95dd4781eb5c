// Read commands answered before commander loads: `report`, `goal list`, `goal show` and
// `journal list` print the answer kept in .career/results/ when nothing it depends on has
// changed (see store/result-cache.ts). This module recognises those command lines, builds the
// key of everything else an answer depends on, and records the answer of a run that computed
// one. It loads only node:fs and the store's listing and stat helpers (and, to show a kept
// answer on a terminal, the pager's module).
import fs from 'node:fs';
import { resolveToday } from './core/dates.js';
import { GOALS_AND_CHECKINS, REPORT_DIRS, resolveJournalDir, type RecordDir } from './store/paths.js';
import { offerSnapshot, onlyLoad, readResult, resetRun, takeStats, writeResult } from './store/result-cache.js';
import { onPaged } from './commands/answer-sink.js';

/** A command line whose answer may be kept: the journal it reads, what it reads of it, and the key. */
export interface Cacheable {
  dir: string;
  dirs: readonly RecordDir[];
  key: string;
  /** --no-pager was given: a kept answer of the pager is printed instead. */
  noPager: boolean;
}

// Tokens after which the command line is not one this path understands, or not a pure read:
// help and version, the demo journal (shipped files, never cached), `--` (everything after is
// positional), and journal list's --goal (it also reads the names in goals/).
const REFUSED = new Set(['-h', '--help', '-V', '--version', '--demo', '--']);

/** The global options, taken out of the command line; undefined if --dir has no value. */
function globals(args: readonly string[]): { dir?: string; rest: string[] } | undefined {
  let dir: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dir') {
      if (i + 1 >= args.length) return undefined;
      dir = args[++i];
    } else if (a.startsWith('--dir=')) dir = a.slice('--dir='.length);
    else if (a !== '--no-color' && a !== '--no-git') rest.push(a);
  }
  return { dir, rest };
}

/** The folders the command at the start of `rest` reads, or undefined for any other command. */
function readsOf(rest: readonly string[]): readonly RecordDir[] | undefined {
  if (rest.some((a) => REFUSED.has(a))) return undefined;
  const [a, b] = rest;
  if (a === 'report') return REPORT_DIRS;
  // goal list and show say each goal's latest check-in status beside its pace, so they read both.
  if (a === 'goal' && (b === 'list' || b === 'show')) return GOALS_AND_CHECKINS;
  if (a === 'journal' && b === 'list' && !rest.some((x) => x === '--goal' || x.startsWith('--goal='))) return ['journal'];
  return undefined;
}

/** Environment variables that differ from one shell prompt to the next and change no answer. */
const VOLATILE = new Set(['_', 'PWD', 'OLDPWD', 'SHLVL']);

/**
 * 64 bits of the environment (two FNV-1a hashes): colour, locale, CAREER_* and the rest can
 * change an answer, but their values (tokens among them) are not for a file on disk.
 */
function envDigest(env: NodeJS.ProcessEnv): string {
  const text = Object.keys(env).filter((k) => !VOLATILE.has(k)).sort().map((k) => `${k}=${env[k]}`).join('\0');
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16)}.${(b >>> 0).toString(16)}`;
}

/**
 * The build of career: its version, and this module's and the program's built files (tsc rewrites
 * every file on each build, and the program's entry is rewritten whenever its bundle is made),
 * with the front and the bundle themselves.
 * Undefined when run from source (tsx), where code changes between runs without a build: then
 * nothing is kept.
 */
function build(version: string): string | undefined {
  const stamp = (name: string) => {
    const st = fs.statSync(new URL(name, import.meta.url), { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}:${st.ino}` : undefined;
  };
  const self = stamp('./fast-read.js');
  const program = stamp('./program-entry.js');
  // And what bin/career.js runs of them, where built: the front and the program bundle.
  return self && program ? `${version}/${self}/${program}/${stamp('./front.cjs')}/${stamp('./program.bundle.cjs')}` : undefined;
}

let readSeen = false;

/**
 * Whether the last command line `cacheable` looked at is one of the reads it knows: the program
 * then runs from the code cache trained on those reads alone (scripts/program-bundle.mjs), which
 * V8 takes in faster than the one for every command.
 */
export const isKnownRead = (): boolean => readSeen;

/** Whether this command line's answer may be kept or printed, and under which key. */
export function cacheable(argv: readonly string[], env: NodeJS.ProcessEnv, version: string): Cacheable | undefined {
  resetRun();
  const args = argv.slice(2);
  const g = globals(args);
  const dirs = g && readsOf(g.rest);
  readSeen = Boolean(dirs);
  const stamp = dirs && build(version);
  if (!g || !dirs || !stamp) return undefined;
  let today: string;
  try {
    today = resolveToday(env.CAREER_TODAY, new Date());
  } catch {
    return undefined; // the command itself says what is wrong
  }
  // On a terminal the answer is laid out for its width (and coloured for it, by the environment
  // the digest holds); piped, for COLUMNS or 80.
  const terminal = process.stdout.isTTY === true ? { columns: process.stdout.columns ?? 0 } : null;
  const key = JSON.stringify([stamp, args, today, envDigest(env), process.platform, terminal]);
  return { dir: resolveJournalDir(g.dir, env), dirs, key, noPager: g.rest.includes('--no-pager') };
}

/**
 * Show the kept answer if nothing it depends on changed — through the pager if it went there
 * (the same terminal, environment and flags, so the same pager) — and resolve true. On a miss,
 * the stats taken are offered to the journal load.
 */
export async function answerFromCache(c: Cacheable): Promise<boolean> {
  let snap;
  try {
    snap = takeStats(c.dir, c.dirs);
  } catch {
    return false; // e.g. a --dir that is not a plain path: the command says so
  }
  const kept = readResult(c.key, snap);
  if (kept) {
    if (kept.paged) {
      const { throughPager } = await import('./commands/pager.js');
      if (await throughPager(kept.out.toString('utf8'), process.env, c.noPager)) return true;
    }
    process.stdout.write(kept.out);
    return true;
  }
  offerSnapshot(snap);
  return false;
}

/** Start capturing what a run prints, to keep it as the answer; returns the function that stops and keeps it. */
export function captureAnswer(c: Cacheable): (failed: boolean) => void {
  const out: Buffer[] = [];
  const pagedTexts: string[] = [];
  let spoke = false;
  onPaged((text) => pagedTexts.push(text));
  const { stdout, stderr } = process;
  const write = stdout.write;
  const writeErr = stderr.write;
  const mine = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
    out.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
    return (write as (...a: unknown[]) => boolean).call(stdout, chunk, ...rest);
  } as typeof stdout.write;
  const mineErr = function (this: unknown, ...a: unknown[]) {
    spoke = true;
    return (writeErr as (...x: unknown[]) => boolean).call(stderr, ...a);
  } as typeof stderr.write;
  stdout.write = mine;
  stderr.write = mineErr;
  return (failed) => {
    // Someone else replaced a wrapper (bin/career.js does, when the reader of a pipe has gone):
    // theirs stays, and what was captured is not the whole answer.
    const whole = stdout.write === mine;
    if (whole) stdout.write = write;
    if (stderr.write === mineErr) stderr.write = writeErr;
    onPaged(undefined);
    const snap = onlyLoad(c.dir);
    if (failed || spoke || !whole || !snap || snap.dirs.join('/') !== c.dirs.join('/')) return;
    // An answer is either printed or paged, in one piece; both, or paged twice, is not kept.
    if (pagedTexts.length > 1 || (pagedTexts.length === 1 && out.length > 0)) return;
    const paged = pagedTexts.length === 1;
    writeResult(c.key, snap, { out: paged ? Buffer.from(pagedTexts[0]!, 'utf8') : Buffer.concat(out), paged });
  };
}
