// Which journal files exist: cheap directory listings, no parsing (so no YAML or zod loaded).
import fs from 'node:fs';
import { UserError } from '../core/errors.js';
import { PROFILE_FILE, RECORD_DIRS, resolveInside, type RecordDir } from './paths.js';

export function journalExists(root: string): boolean {
  return fs.existsSync(resolveInside(root, PROFILE_FILE));
}

/**
 * Every .yaml file under the record folders, relative, sorted; stray files included. Names only
 * (no file types: on a journal of years that halves the listing's cost): a name ending in .yaml
 * or .yml is a file, anything else a folder to look into, and one that is not a folder is no
 * journal file anyway.
 */
export function listRecordFiles(root: string, dirs: readonly RecordDir[] = RECORD_DIRS): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(resolveInside(root, rel));
    } catch {
      return; // not a folder, or gone
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
