// Where each record lives inside the journal (SPEC §2), and the reverse: what a path holds.
// Paths are relative, with forward slashes, and built only from validated ids, dates and weeks.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.js';

export const PROFILE_FILE = 'career.yaml';
export const PRIVATE_DIR = '.career';
export const GITIGNORE_FILE = '.gitignore';
export const RECORD_DIRS = ['goals', 'checkins', 'journal', 'reviews'] as const;
export type RecordDir = (typeof RECORD_DIRS)[number];
/** What the goal and milestone commands read: the profile and goals/ only. */
export const GOALS_ONLY: readonly RecordDir[] = ['goals'];
/** What reports read: everything (reviews/ for the skills they re-rated). */
export const REPORT_DIRS: readonly RecordDir[] = ['goals', 'checkins', 'journal', 'reviews'];
/** What goal list and goal show read: the goals, and the check-ins for each one's latest status. */
export const GOALS_AND_CHECKINS: readonly RecordDir[] = ['goals', 'checkins'];

export type ReviewKind = 'monthly' | 'quarterly' | 'annual';

export const goalPath = (id: string) => `goals/${id}.yaml`;
export const checkinPath = (week: string) => `checkins/${week.slice(0, 4)}/${week}.yaml`;
export const journalPath = (date: string) => `journal/${date.slice(0, 4)}/${date}.yaml`;
export function reviewPath(kind: ReviewKind, period: string): string {
  const year = period.slice(0, 4);
  return `reviews/${year}/${kind === 'annual' ? `${year}-annual` : period}.yaml`;
}

export type PathKind =
  | { kind: 'profile' }
  | { kind: 'goal'; id: string }
  | { kind: 'checkin'; week: string }
  | { kind: 'journal'; date: string }
  | { kind: 'review'; review: ReviewKind; period: string };

/** What the file at a journal-relative path should contain, or null for a stray file. */
export function classifyPath(rel: string): PathKind | null {
  if (rel === PROFILE_FILE) return { kind: 'profile' };
  // Most frequent first: a journal of years is mostly days. The year folder must match the
  // file's own year (compared after the match: a backreference makes these regexes slow).
  let m = /^journal\/(\d{4})\/(\d{4}-\d{2}-\d{2})\.yaml$/.exec(rel);
  if (m) return m[2]!.startsWith(m[1]!) ? { kind: 'journal', date: m[2]! } : null;
  m = /^checkins\/(\d{4})\/(\d{4}-W\d{2})\.yaml$/.exec(rel);
  if (m) return m[2]!.startsWith(m[1]!) ? { kind: 'checkin', week: m[2]! } : null;
  m = /^goals\/([^/]+)\.yaml$/.exec(rel);
  if (m) return { kind: 'goal', id: m[1]! };
  m = /^reviews\/(\d{4})\/(\1-(\d{2}|Q[1-4]|annual))\.yaml$/.exec(rel);
  if (m) {
    const tail = m[3]!;
    if (tail === 'annual') return { kind: 'review', review: 'annual', period: m[1]! };
    return { kind: 'review', review: tail.startsWith('Q') ? 'quarterly' : 'monthly', period: m[2]! };
  }
  return null;
}

/** The journal directory: --dir, else $CAREER_HOME, else $XDG_DATA_HOME/career, else ~/.local/share/career. */
export function resolveJournalDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const expand = (p: string) => (p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p);
  if (flag) return path.resolve(expand(flag));
  if (env.CAREER_HOME) return path.resolve(expand(env.CAREER_HOME));
  if (env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)) return path.join(env.XDG_DATA_HOME, 'career');
  return path.join(os.homedir(), '.local', 'share', 'career');
}

/** Absolute path of `rel` inside `root`; refuses anything that would leave the journal. */
export function resolveInside(root: string, rel: string): string {
  const parts = rel.split('/');
  if (path.isAbsolute(rel) || rel.includes('\\') || rel.includes('\0') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new UserError(`refusing to use "${rel}": it is not a plain path inside the journal`);
  }
  return path.join(root, ...parts);
}

/** The package's templates/ folder: ../../templates/ from both src/store (tsx) and dist/store. */
export function shippedTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}
