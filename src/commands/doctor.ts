// `career doctor`: read every file itself (never a cache), and print each problem as
// path:line:col with a hint. Exit 1 when anything is wrong. Files go through the fast reader
// first and every file it declines through the strict one, which finds and places each problem:
// what doctor reports is exactly what the strict reader alone would (test/store/doctor-readers).
import { problemLines, UserError, type Problem } from '../core/errors.js';
import { hasRepo, repoState } from '../git/git.js';
import { documents, journalExists, listRecordFiles, loadJournal, RECORD_DIRS } from '../store/index.js';
import { goalIntegrity, workingBackward } from '../core/backward.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';

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
  const { linkProblems, placeFindings, templateProblems } = await documents();
  problems.push(...placeFindings(ctx.dir, goalIntegrity(goals)), ...linkProblems(ctx.dir), ...templateProblems(ctx.dir), ...gitProblems(ctx));
  // Working backward is advice, not breakage: shown, but it does not fail doctor.
  const warnings = placeFindings(ctx.dir, workingBackward(goals));
  const fileCount = listRecordFiles(ctx.dir).length + 1;
  if (opts.json) {
    ctx.out(JSON.stringify({ dir: ctx.dir, files: fileCount, problems, warnings }, null, 2));
    return problems.length ? 1 : 0;
  }
  const show = (p: Problem, warning = false) => {
    for (const line of problemLines(warning ? { ...p, message: `warning: ${p.message}` } : p)) ctx.out(line);
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
