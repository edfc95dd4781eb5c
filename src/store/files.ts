// Which journal files exist: cheap directory listings, no parsing (so no YAML or zod loaded).
import fs from 'node:fs';
import { PROFILE_FILE, RECORD_DIRS, resolveInside, type RecordDir } from './paths.js';

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

