// The write path every command shares: refuse during a merge (or on a detached HEAD), then one
// transaction in the store (lock, files read from disk, only this run's change applied, all files
// written as a set) and one commit of exactly those files with a message that says what changed.
import { commitMessage, type Change } from '../core/commit.js';
import { NotCommittedError, UserError } from '../core/errors.js';
import { commitPaths } from '../git/commit.js';
import { bisectInProgress, detachedHead, hasRepo, repoState } from '../git/git.js';
import { fileTools, type Tx, update } from '../store/index.js';
import type { Context } from './context.js';
import { noteSaved } from './saved.js';

export type { Tx };

/** What a change returns: the commit's Change and whatever the command reports afterwards. */
export interface Changed<R> {
  change: Change;
  result: R;
}

function refuseDuringMerge(ctx: Context): void {
  if (!hasRepo(ctx.dir)) return;
  const state = repoState(ctx.dir);
  if (state !== 'clean') {
    throw new UserError(`a git ${state} is in progress in ${ctx.dir}; career will not write until it is finished`,
      `finish or abort it with git (see \`git -C ${ctx.dir} status\`), then run this again`);
  }
  if (detachedHead(ctx.dir)) {
    const bisect = bisectInProgress(ctx.dir);
    throw new UserError(`git's HEAD is detached in ${ctx.dir}${bisect ? ' (a git bisect is in progress)' : ''}: ` +
      'a commit now would be on no branch, so career will not write',
    bisect ? `end the bisect with \`git -C ${ctx.dir} bisect reset\`, then run this again`
      : `switch back to your branch (e.g. \`git -C ${ctx.dir} switch main\`), then run this again`);
  }
}

async function commit(ctx: Context, paths: string[], message: string, added?: string[]): Promise<void> {
  const outcome = await commitPaths(ctx.dir, paths, message, { added });
  if (outcome.committed || outcome.reason === 'nothing-to-commit') return;
  throw new NotCommittedError(`saved ${paths.join(', ')}, but did not commit it to git: ${outcome.detail}`, outcome.fix);
}

/**
 * Apply `change` to the journal as it is on disk under the lock, save what it put and commit it.
 * Returns the change's result and the paths written (none: nothing changed, nothing committed).
 * Throws NotCommittedError when the data is saved but git failed.
 */
export async function persist<R>(ctx: Context, change: (tx: Tx) => Changed<R> | Promise<Changed<R>>): Promise<{ result: R; paths: string[] }> {
  // First: in the middle of a merge or rebase the fix is to finish it, whatever file is touched.
  if (ctx.git) refuseDuringMerge(ctx);
  return update(ctx.dir, async (tx) => {
    const out = await change(tx);
    return { result: out.result, message: commitMessage(out.change) };
  }, {
    notice: ctx.err,
    command: ctx.command,
    commit: async (paths, message, created) => {
      noteSaved(paths); // saved already: a prompt cancelled later must not claim otherwise
      (await fileTools()).installSchemas(ctx.dir); // what the files' `$schema` lines name, for editors
      if (ctx.git) await commit(ctx, paths, message, created);
    },
  });
}
