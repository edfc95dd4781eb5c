// `career sync`: commit hand edits (once they validate), pull the remote's commits (fetch, then
// rebase the local ones on top), check the result, push. A conflict is undone at once, so the
// journal is never left half-rebased: the person gets the files and the exact steps instead.
import { NotCommittedError, problemLines, UserError, type Problem } from '../core/errors.js';
import { commitPaths } from '../git/commit.js';
import { GitError, hasRepo, repoState } from '../git/git.js';
import {
  aheadBehind, changedOnBothSides, countCommits, currentBranch, fetchBranch, gitMessage, headHash, localRemotePath, makeTrackedPrivate,
  rebaseOnto, REMOTE, remoteUrl, setRemote, subjects, tightenGitDir, trackingRef, uncommitted, push,
} from '../git/sync.js';
import { documents, fileTools, journalExists, loadJournal, RECORD_DIRS } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { plural, sh } from '../core/text.js';
import { careerCmd, keepBothGoals } from './sync-steps.js';

export interface SyncOptions {
  remote?: string;
}

export const HAND_EDITS_MESSAGE = 'sync: hand edits';
const MAX_SUBJECTS = 5;

/** `--remote`: a local path that exists is stored absolute, so it works from any directory. */
export function normalizeRemote(value: string, cwd = process.cwd()): string {
  const url = value.trim();
  if (url === '') throw new UserError('--remote needs a URL or a path, e.g. git@github.com:you/career.git');
  if (url.startsWith('-')) throw new UserError(`--remote "${safeText(url)}" is not a URL or a path`);
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  return (isUrl ? undefined : localRemotePath(url, cwd)) ?? url;
}

/** Every problem `career doctor` would report about the files (git state aside). */
async function validate(ctx: Context): Promise<Problem[]> {
  const { problems } = await loadJournal(ctx.dir, RECORD_DIRS, { cache: false, strict: true }); // validation reads the files themselves, strictly
  problems.push(...(await documents()).templateProblems(ctx.dir));
  return problems;
}

function printProblems(ctx: Context, problems: readonly Problem[]): void {
  for (const p of problems) for (const line of problemLines(p)) ctx.err(line);
}

function refuseInProgress(ctx: Context, g: GlobalOptions): void {
  const state = repoState(ctx.dir);
  if (state === 'clean') return;
  const d = sh(ctx.dir);
  const after = `then \`${careerCmd(g, ctx, 'doctor')}\` and \`${careerCmd(g, ctx, 'sync')}\``;
  if (state === 'rebase' || state === 'merge') {
    throw new UserError(`a git ${state} is in progress in ${ctx.dir}; finish it before syncing`,
      `resolve the files \`git -C ${d} status\` lists as conflicted, \`git -C ${d} add\` them and run ` +
        `\`git -C ${d} ${state} --continue\` (or go back with \`git -C ${d} ${state} --abort\`), ${after}`);
  }
  throw new UserError(`a git ${state} is in progress in ${ctx.dir}; finish it before syncing`,
    `finish it with \`git -C ${d} ${state} --continue\` or undo it with \`git -C ${d} ${state} --abort\`, ${after}`);
}

/** An unexpected git failure as a sentence with a next step. */
function gitFailure(ctx: Context, what: string, err: GitError): UserError {
  if (err.kind === 'missing') return new UserError('git is not installed (not found on PATH)', 'install git (https://git-scm.com/downloads), then run `career sync` again');
  return new UserError(`${what}: ${gitMessage(`${err.stdout}\n${err.stderr}`)}`, `run \`git -C ${sh(ctx.dir)} status\` to see what git needs`);
}

const IDENTITY_PROBLEM = /Please tell me who you are|identity unknown|auto-detect|empty ident name/i;

const NETWORK_HINT = 'check the address (`career sync --remote <url>` changes it), your network, and that you may read and write that repository';

/** Commit hand edits to career's files, after they validate. False when they do not. */
async function commitHandEdits(ctx: Context, files: string[]): Promise<boolean> {
  const problems = await validate(ctx);
  if (problems.length) {
    printProblems(ctx, problems);
    ctx.err(`career: sync stopped: ${plural(problems.length, 'problem')} in the journal's files (hand edits to ${files.map(safeText).join(', ')}); nothing was committed, pulled or pushed.`);
    ctx.err('  hint: fix them (`career doctor` lists them again), then run `career sync`');
    return false;
  }
  const outcome = await commitPaths(ctx.dir, files, HAND_EDITS_MESSAGE);
  if (!outcome.committed && outcome.reason !== 'nothing-to-commit') {
    throw new NotCommittedError(`could not commit your hand edits before syncing: ${outcome.detail}`, outcome.fix);
  }
  const shown = files.slice(0, MAX_SUBJECTS).map(safeText).join(', ');
  const more = files.length > MAX_SUBJECTS ? ` and ${files.length - MAX_SUBJECTS} more` : '';
  ctx.say(`Committed your hand edits (${shown}${more}) as "${HAND_EDITS_MESSAGE}".`);
  return true;
}

function pulledSummary(ctx: Context, branch: string, pulled: string[]): void {
  if (pulled.length === 0) return;
  ctx.say(`Pulled ${plural(pulled.length, 'commit')} from ${REMOTE}/${branch}:`);
  for (const s of pulled.slice(-MAX_SUBJECTS).reverse()) ctx.out(`  ${safeText(s)}`);
  if (pulled.length > MAX_SUBJECTS) ctx.out(`  … and ${pulled.length - MAX_SUBJECTS} older`);
}

async function syncLocked(ctx: Context, g: GlobalOptions, remote: string | undefined): Promise<number> {
  refuseInProgress(ctx, g); // again, under the lock
  tightenGitDir(ctx.dir); // a .git a umask of 000 left world-writable runs anyone's hooks
  if (remote !== undefined) {
    const what = await setRemote(ctx.dir, remote);
    if (what !== 'unchanged') ctx.say(`Remote ${REMOTE} ${what === 'added' ? 'set to' : 'changed to'} ${safeText(remote)}.`);
  }
  const url = await remoteUrl(ctx.dir);
  if (url === null) {
    throw new UserError(`the journal in ${ctx.dir} has no remote to sync with`,
      'add one with `career sync --remote <url>`: a private repository of yours (e.g. git@github.com:you/career.git), ' +
        'or a folder made with `git init --bare` on a drive you carry');
  }
  const branch = await currentBranch(ctx.dir);
  if (branch === null) {
    throw new UserError(`the journal in ${ctx.dir} is not on a branch (detached HEAD)`,
      `switch back to your branch, e.g. \`git -C ${sh(ctx.dir)} switch main\`, then run \`career sync\` again`);
  }

  // 1. Hand edits become a commit of their own, once they validate.
  const tree = await uncommitted(ctx.dir);
  let validated = false;
  if (tree.career.length) {
    if (!(await commitHandEdits(ctx, tree.career))) return 1;
    validated = true;
  }
  if ((await headHash(ctx.dir)) === null) {
    throw new UserError(`the journal in ${ctx.dir} has no commits yet, so there is nothing to sync`,
      `commit it first: \`git -C ${sh(ctx.dir)} add -A && git -C ${sh(ctx.dir)} commit -m "init: journal"\``);
  }

  // 2. Pull: fetch the remote's branch, then put the local commits on top of it.
  let fetched;
  try {
    fetched = await fetchBranch(ctx.dir, branch);
  } catch (err) {
    if (!(err instanceof GitError) || err.kind === 'missing') throw err;
    throw new UserError(`could not fetch from ${REMOTE} (${safeText(url)}): ${gitMessage(`${err.stdout}\n${err.stderr}`)}`, NETWORK_HINT);
  }
  const tracking = trackingRef(branch);
  let pulled: string[] = [];
  if (fetched.found) {
    const { behind } = await aheadBehind(ctx.dir, 'HEAD', tracking);
    if (behind > 0) {
      if (tree.other.length) {
        throw new UserError(`the remote has ${plural(behind, 'new commit')}, but ${tree.other.map(safeText).join(', ')} ${tree.other.length === 1 ? 'has' : 'have'} uncommitted changes that career does not manage`,
          `commit them, or put them aside with \`git -C ${sh(ctx.dir)} stash\` (and back with \`git -C ${sh(ctx.dir)} stash pop\` after syncing), then run \`career sync\` again`);
      }
      await keepBothGoals(ctx, tracking);
      pulled = await subjects(ctx.dir, `HEAD..${tracking}`);
      let outcome;
      try {
        outcome = await rebaseOnto(ctx.dir, fetched.hash);
      } finally {
        // Git wrote files with the umask; whatever it checked out (or restored) becomes private.
        await makeTrackedPrivate(ctx.dir);
      }
      if (!outcome.ok && outcome.conflicts.length === 0 && IDENTITY_PROBLEM.test(outcome.detail)) {
        throw new UserError(`git needs to know who you are to put your commits on top of the remote's: ${outcome.detail}; nothing was changed`,
          'run `git config --global user.name "Your Name"` and `git config --global user.email "you@example.com"`, then `career sync` again');
      }
      if (!outcome.ok) {
        const alsoChanged = await changedOnBothSides(ctx.dir, 'HEAD', tracking);
        const { conflictLines } = await import('../render/sync-conflict.js');
        for (const line of conflictLines({ ...outcome, dir: ctx.dir, tracking: `${REMOTE}/${branch}`, alsoChanged, career: (sub) => careerCmd(g, ctx, sub) })) ctx.err(line);
        return 1;
      }
      validated = false;
    }
  }
  // Also tightens a fresh `git clone`, whose files git made with the umask.
  if (pulled.length === 0) await makeTrackedPrivate(ctx.dir);
  pulledSummary(ctx, branch, pulled);

  // 3. Check what is about to be pushed (and what was just pulled) like `career doctor`.
  const toPush = fetched.found ? await countCommits(ctx.dir, `${tracking}..HEAD`) : await countCommits(ctx.dir, 'HEAD');
  if (!validated && (pulled.length > 0 || toPush > 0)) {
    const problems = await validate(ctx);
    if (problems.length) {
      printProblems(ctx, problems);
      const source = pulled.length ? 'after pulling, the journal has' : 'the journal has';
      ctx.err(`career: ${source} ${plural(problems.length, 'problem')}; the files are all there, but nothing was pushed.`);
      ctx.err(`  hint: fix them (\`${careerCmd(g, ctx, 'doctor')}\` lists them again), then run \`${careerCmd(g, ctx, 'sync')}\``);
      return 1;
    }
  }

  // 4. Push.
  if (toPush > 0) {
    const pushed = await push(ctx.dir, branch);
    if (!pushed.ok) {
      if (pushed.reason === 'rejected') {
        throw new UserError(`the remote changed while syncing (pushed from elsewhere meanwhile), so nothing was pushed; nothing was lost`,
          'run `career sync` again');
      }
      throw new UserError(`could not push to ${REMOTE} (${safeText(url)}): ${pushed.detail}`, NETWORK_HINT);
    }
    ctx.say(`Pushed ${plural(toPush, 'commit')} to ${REMOTE}/${branch}${fetched.found ? '' : ' (a new branch on the remote)'}.`);
  }
  if (pulled.length === 0 && toPush === 0) ctx.out('Already up to date.');
  return 0;
}

export async function sync(g: GlobalOptions, opts: SyncOptions): Promise<number> {
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) {
    throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
  }
  if (!ctx.git) {
    throw new UserError('career sync works through git, but git is turned off (--no-git or CAREER_NO_GIT=1)', 'run it without --no-git');
  }
  if (!hasRepo(ctx.dir)) {
    const d = sh(ctx.dir);
    throw new UserError(`the journal in ${ctx.dir} is not a git repository, so there is nothing to sync`,
      `run \`git -C ${d} init && git -C ${d} add -A && git -C ${d} commit -m "init: journal"\`, then \`career sync --remote <url>\``);
  }
  refuseInProgress(ctx, g);
  const remote = opts.remote === undefined ? undefined : normalizeRemote(opts.remote);
  // Files and folders git creates while pulling are private from the start (SPEC §5).
  const umask = process.umask(0o077);
  try {
    const { withLock } = await fileTools();
    return await withLock(ctx.dir, () => syncLocked(ctx, g, remote), { notice: ctx.err, command: 'career sync' });
  } catch (err) {
    if (err instanceof GitError) throw gitFailure(ctx, 'git failed while syncing', err);
    throw err;
  } finally {
    process.umask(umask);
  }
}
