// Checks of the journal's files that no record read makes: the person's own question sets, and
// symbolic links among the journal's files (reads follow them; writes never go through one).
import fs from 'node:fs';
import { DataError, type Problem } from '../core/errors.js';
import { unreadableFolder } from './files.js';
import { PRIVATE_DIR, PROFILE_FILE, RECORD_DIRS, resolveInside } from './paths.js';
import { loadQuestionSet, templatePath, TEMPLATE_NAMES } from './templates.js';

/** The person's own question sets, if any, must parse and validate like every other file. */
export function templateProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  try {
    fs.readdirSync(resolveInside(root, 'templates'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return [unreadableFolder('templates', err)];
  }
  for (const name of TEMPLATE_NAMES) {
    if (!fs.existsSync(resolveInside(root, templatePath(name)))) continue;
    try {
      loadQuestionSet(root, name);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      problems.push(...err.problems);
    }
  }
  return problems;
}

/**
 * Symbolic links among the journal's own files and folders. Reads follow them, but no write ever
 * goes through one (SPEC §5), so every change to what they hold would be refused: say so now.
 */
export function linkProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  const link = (rel: string) => {
    let folder = false;
    try { folder = fs.statSync(resolveInside(root, rel)).isDirectory(); } catch { /* a dangling link */ }
    problems.push({ path: rel, line: 1, col: 1, message: `is a symbolic link; career reads through it but will not write through it`,
      hint: folder ? 'replace the link with a real folder holding its files' : 'replace the link with a copy of the file it points to' });
  };
  // Folders are read with their entries' types (no lstat of each of thousands of files).
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(resolveInside(root, rel), { withFileTypes: true }); } catch { return; } // the load already named it
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const child = `${rel}/${e.name}`;
      if (e.isSymbolicLink()) link(child);
      else if (e.isDirectory()) walk(child);
    }
  };
  for (const top of [PROFILE_FILE, PRIVATE_DIR, ...RECORD_DIRS, 'templates']) {
    let st: fs.Stats;
    try { st = fs.lstatSync(resolveInside(root, top)); } catch { continue; }
    if (st.isSymbolicLink()) link(top);
    else if (st.isDirectory()) walk(top);
  }
  return problems;
}
