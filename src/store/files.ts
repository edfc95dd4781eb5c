// Which journal files exist: cheap directory listings, no parsing (so no YAML or zod loaded).
import fs from 'node:fs';
import { UserError, type Problem } from '../core/errors.js';
import { PROFILE_FILE, RECORD_DIRS, resolveInside, type RecordDir } from './paths.js';

export function journalExists(root: string): boolean {
  return fs.existsSync(resolveInside(root, PROFILE_FILE));
}

/** Whether the journal holds a file at `rel` (a check-in of a week, a review, a goal), unread. */
export function recordExists(root: string, rel: string): boolean {
  return fs.existsSync(resolveInside(root, rel));
}

/** A journal file's bytes as they are on disk (for an edit that must see exactly what was there). */
export function fileBytes(root: string, rel: string): Buffer {
  return fs.readFileSync(resolveInside(root, rel));
}

/** A folder career cannot list, as a problem naming it (never a silent "nothing there"). */
export function unreadableFolder(rel: string, err: unknown): Problem {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message;
  return { path: rel, line: 1, col: 1, message: `cannot read this folder: ${why}`,
    hint: `career needs to read and enter it: \`chmod u+rwx\` it (or move it out of the journal)` };
}

/** Missing, or not a folder at all: there is simply nothing to list. */
const nothingThere = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

/**
 * Every .yaml file under the record folders, relative, sorted; stray files included. Names only
 * (no file types: on a journal of years that halves the listing's cost): a name ending in .yaml
 * or .yml is a file, anything else a folder to look into, and one that is not a folder is no
 * journal file anyway. A folder that exists but cannot be read goes into `unreadable` (when
 * given), so that no command reports "nothing there" for files it could not see.
 */
export function listRecordFiles(root: string, dirs: readonly RecordDir[] = RECORD_DIRS, unreadable?: Problem[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(resolveInside(root, rel));
    } catch (err) {
      if (!nothingThere(err)) unreadable?.push(unreadableFolder(rel, err));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue; // temp files and the user's dotfiles
      const child = `${rel}/${name}`;
      if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(child);
      else walk(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

/** The ids of the goals on disk (the names in goals/), without reading any of them. */
export function listGoalIds(root: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(resolveInside(root, 'goals'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UserError(`cannot read the folder goals: ${(err as Error).message}`, 'check its permissions');
  }
  return names.filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).map((n) => n.slice(0, -'.yaml'.length)).sort();
}

/** A file the person names for career to read (an import), or standard input for `-`. */
export function readInputText(file: string): string {
  try {
    return fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
}
