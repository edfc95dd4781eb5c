// What `career init` finds where it is asked to start a journal (SPEC §5: nothing the person
// owns is overwritten). A folder that is the file system's root, the home folder, or one
// holding files career did not make needs the person's say-so; an existing .gitignore is kept
// and career's line is added to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIR_MODE, fsError } from './fsio.js';
import { GITIGNORE_FILE, PRIVATE_DIR } from './paths.js';

/** Entries a fresh journal folder may already hold: git's, and career's own private folder. */
const EXPECTED = new Set(['.git', GITIGNORE_FILE, PRIVATE_DIR, '.gitattributes']);

export const CAREER_IGNORE = `${PRIVATE_DIR}/`;
const IGNORE_BLOCK = `# career's cache and lock; never versioned\n${CAREER_IGNORE}\n`;

const same = (a: string, b: string) => {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
};

/** Why starting a journal in `dir` needs a confirmation, or null when it does not. */
export function initConcern(dir: string): string | null {
  if (same(dir, path.parse(path.resolve(dir)).root)) return `${dir} is the root of the file system`;
  const home = os.homedir();
  if (home && same(dir, home)) return `${dir} is your home folder`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fsError(dir, err);
  }
  const unrelated = names.filter((n) => !EXPECTED.has(n)).sort();
  if (unrelated.length === 0) return null;
  const shown = unrelated.slice(0, 3).join(', ') + (unrelated.length > 3 ? ` and ${unrelated.length - 3} more` : '');
  return `${dir} already holds files career did not make (${shown})`;
}

/**
 * The .gitignore to write: career's block alone, or the person's file with the block appended
 * (unchanged when it already ignores .career/). Their lines, order and line ends stay as they are.
 */
export function mergedGitignore(dir: string): string {
  let existing: string;
  try {
    existing = fs.readFileSync(path.join(dir, GITIGNORE_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return IGNORE_BLOCK;
    throw fsError(GITIGNORE_FILE, err);
  }
  const ignored = existing.split(/\r?\n/).some((l) => ['.career', '.career/', '/.career', '/.career/'].includes(l.trim()));
  if (ignored) return existing;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const sep = existing === '' || existing.endsWith('\n') ? '' : eol;
  return `${existing}${sep}${existing === '' ? '' : eol}${IGNORE_BLOCK.replace(/\n/g, eol)}`;
}

/** Whether `dir` exists as something other than a folder (a file where the journal would go). */
export function existsAsNonFolder(dir: string): boolean {
  return fs.existsSync(dir) && !fs.statSync(dir).isDirectory();
}

/** The journal's folder, private (0700), with any parents it needs. */
export function makeJournalFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
}
