// `career doctor`: read every file itself (never a cache), and print each problem as
// path:line:col with a hint. Exit 1 when anything is wrong. Files go through the fast reader
// first and every file it declines through the strict one, which finds and places each problem:
// what doctor reports is exactly what the strict reader alone would (test/store/doctor-readers).
import fs from 'node:fs';
import { DataError, UserError, formatProblem, type Problem } from '../core/errors.js';
import { hasRepo, repoState } from '../git/git.js';
import { journalExists, loadJournal } from '../store/journal.js';
import { listRecordFiles, unreadableFolder } from '../store/files.js';
import { placeFindings } from '../store/load.js';
import { goalIntegrity, workingBackward } from '../core/backward.js';
import { PRIVATE_DIR, PROFILE_FILE, RECORD_DIRS, resolveInside } from '../store/paths.js';
import { loadQuestionSet, templatePath, TEMPLATE_NAMES } from '../store/templates.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';

/** The person's own question sets, if any, must parse and validate like every other file. */
function templateProblems(ctx: Context): Problem[] {
  const problems: Problem[] = [];
  try {
    fs.readdirSync(resolveInside(ctx.dir, 'templates'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return [unreadableFolder('templates', err)];
  }
  for (const name of TEMPLATE_NAMES) {
    if (!fs.existsSync(resolveInside(ctx.dir, templatePath(name)))) continue;
    try {
      loadQuestionSet(ctx.dir, name);
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
function linkProblems(ctx: Context): Problem[] {
  const problems: Problem[] = [];
  const link = (rel: string) => {
    let folder = false;
    try { folder = fs.statSync(resolveInside(ctx.dir, rel)).isDirectory(); } catch { /* a dangling link */ }
    problems.push({ path: rel, line: 1, col: 1, message: `is a symbolic link; career reads through it but will not write through it`,
      hint: folder ? 'replace the link with a real folder holding its files' : 'replace the link with a copy of the file it points to' });
  };
  // Folders are read with their entries' types (no lstat of each of thousands of files).
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(resolveInside(ctx.dir, rel), { withFileTypes: true }); } catch { return; } // the load already named it
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const child = `${rel}/${e.name}`;
      if (e.isSymbolicLink()) link(child);
      else if (e.isDirectory()) walk(child);
    }
  };
  for (const top of [PROFILE_FILE, PRIVATE_DIR, ...RECORD_DIRS, 'templates']) {
    let st: fs.Stats;
    try { st = fs.lstatSync(resolveInside(ctx.dir, top)); } catch { continue; }
    if (st.isSymbolicLink()) link(top);
    else if (st.isDirectory()) walk(top);
  }
  return problems;
}

function gitProblems(ctx: Context): Problem[] {
  if (!ctx.git || !hasRepo(ctx.dir)) return [];
  const state = repoState(ctx.dir);
  if (state === 'clean') return [];
  return [{ path: '.git', line: 1, col: 1, message: `a git ${state} is in progress; career refuses to write until it is finished`, hint: `run \`git -C ${ctx.dir} status\` to finish or abort it` }];
}

/** The problems of the journal's records, read from the files (never the cache); `strict`: every file through the strict reader. */
export async function recordProblems(dir: string, strict = false): Promise<Problem[]> {
  return (await loadJournal(dir, RECORD_DIRS, { cache: false, strict })).problems;
}

export async function run(g: GlobalOptions, opts: { json?: boolean }): Promise<number> {
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) {
    throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
  }
  // The files themselves, never the cache: through the fast reader, the strict one for all it declines.
  const { journal, problems } = await loadJournal(ctx.dir, RECORD_DIRS, { cache: false });
  const goals = journal?.goals ?? [];
  problems.push(...placeFindings(ctx.dir, goalIntegrity(goals)), ...linkProblems(ctx), ...templateProblems(ctx), ...gitProblems(ctx));
  // Working backward is advice, not breakage: shown, but it does not fail doctor.
  const warnings = placeFindings(ctx.dir, workingBackward(goals));
  const fileCount = listRecordFiles(ctx.dir).length + 1;
  if (opts.json) {
    ctx.out(JSON.stringify({ dir: ctx.dir, files: fileCount, problems, warnings }, null, 2));
    return problems.length ? 1 : 0;
  }
  const show = (p: Problem, warning = false) => {
    ctx.out(warning ? formatProblem({ ...p, message: `warning: ${p.message}` }) : formatProblem(p));
    if (p.hint) ctx.out(`  hint: ${p.hint}`);
  };
  for (const w of warnings) show(w, true);
  const noted = warnings.length ? `, with ${warnings.length} working-backward warning${warnings.length === 1 ? '' : 's'} above` : '';
  if (problems.length === 0) {
    ctx.out(`Checked ${fileCount} file${fileCount === 1 ? '' : 's'} in ${ctx.dir}: all good${noted}.`);
  } else {
    for (const p of problems) show(p);
    const files = new Set(problems.map((p) => p.path)).size;
    ctx.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${ctx.dir}).`);
  }
  return problems.length ? 1 : 0;
}
