// `career clone <url>`: the journal from its git remote, on a second machine. Cloned into the
// journal folder (--dir, CAREER_HOME or the default), the journal's branch checked out whatever
// the remote's HEAD says, every file and the history made private, and the files checked as
// `career doctor` would. Nothing is left behind when the clone fails or holds no journal.
import { UserError, formatProblem } from '../core/errors.js';
import { plural, sh } from '../core/text.js';
import { cloneJournal } from '../git/clone.js';
import { GitError } from '../git/git.js';
import { makeTrackedPrivate, tightenGitDir } from '../git/modes.js';
import { fileTools, journalExists, loadJournal, RECORD_DIRS } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { makeContext, type GlobalOptions } from './context.js';
import { normalizeRemote } from './sync.js';

export async function run(g: GlobalOptions, urlText: string): Promise<number> {
  const ctx = makeContext(g);
  if (!ctx.git) throw new UserError('career clone works through git, but git is turned off (--no-git or CAREER_NO_GIT=1)', 'run it without --no-git');
  const url = normalizeRemote(urlText);
  const { prepareCloneTarget, refuseCloneTarget } = await fileTools();
  refuseCloneTarget(ctx.dir);
  const undo = prepareCloneTarget(ctx.dir);
  // What git writes is private from the start (SPEC §5); what it wrote anyway is tightened after.
  const umask = process.umask(0o077);
  let branch: string | null;
  try {
    branch = await cloneJournal(url, ctx.dir);
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    undo();
    if (err.kind === 'missing') throw new UserError('career clone needs git, which is not installed (not found on PATH)');
    throw new UserError(`could not clone ${safeText(url)}: ${safeText(err.stderr.trim().split('\n').pop() ?? err.message)}`,
      'check the URL (`career sync --remote <url>` on the first machine set it), your network, and that you may read the repository');
  } finally {
    process.umask(umask);
  }
  if (branch === null) {
    undo();
    throw new UserError(`${safeText(url)} has no commits yet: nothing to clone`, 'on the machine with your journal, run `career sync --remote <url>` first');
  }
  if (!journalExists(ctx.dir)) {
    undo();
    throw new UserError(`${safeText(url)} holds no career journal (no career.yaml on ${branch}); nothing was kept`, 'clone the repository that `career sync` pushes to');
  }
  await makeTrackedPrivate(ctx.dir);
  tightenGitDir(ctx.dir);
  const { journal, problems } = await loadJournal(ctx.dir, RECORD_DIRS, { cache: false, strict: true });
  ctx.say(`Cloned ${safeText(url)} (${branch}) into ${ctx.dir}; its files are private (0600).`);
  if (problems.length || !journal) {
    for (const p of problems) ctx.err(formatProblem(p)); // the paths alone: doctor gives the hints
    ctx.err(`career: the journal has ${plural(problems.length, 'problem')}; the files are all there.`);
    ctx.err(`  hint: fix them (\`career doctor --dir ${sh(ctx.dir)}\` lists them again), then \`career sync\``);
    return 1;
  }
  ctx.say(`${plural(journal.goals.length, 'goal')}, ${plural(journal.checkins.length, 'check-in')}, ${plural(journal.days.length, 'journal day')}. \`career sync\` keeps it in step with the remote.`);
  return 0;
}
