// The write path every command shares: refuse during a merge, take the lock, write each file
// atomically, then commit exactly those files with a message that says what changed.
import { commitMessage, type Change } from '../core/commit.js';
import { NotCommittedError, UserError } from '../core/errors.js';
import { commitPaths, hasRepo, repoState } from '../git/git.js';
import { writeFileAtomic } from '../store/fsio.js';
import { withLock } from '../store/lock.js';
import type { PendingWrite } from '../store/save.js';
import type { Context } from './context.js';

/** What a command wants saved: the files, and the change they make (for the commit message). */
export interface Saving {
  writes: PendingWrite[];
  change: Change;
}

function refuseDuringMerge(ctx: Context): void {
  if (!hasRepo(ctx.dir)) return;
  const state = repoState(ctx.dir);
  if (state !== 'clean') {
    throw new UserError(`a git ${state} is in progress in ${ctx.dir}; career will not write until it is finished`,
      `finish or abort it with git (see \`git -C ${ctx.dir} status\`), then run this again`);
  }
}

/**
 * Save what `build` returns and commit it. `build` runs under the lock, so it reads the latest
 * files. Returns the paths written. Throws NotCommittedError when the data is saved but git failed.
 */
export async function persist(ctx: Context, build: () => Saving | Promise<Saving>): Promise<string[]> {
  if (ctx.git) refuseDuringMerge(ctx);
  return withLock(ctx.dir, async () => {
    const { writes, change } = await build();
    for (const w of writes) writeFileAtomic(ctx.dir, w.rel, w.content);
    const paths = writes.map((w) => w.rel);
    if (ctx.git && paths.length) await commit(ctx, paths, change);
    return paths;
  }, { notice: ctx.err, command: `career ${process.argv.slice(2, 4).join(' ')}` });
}

async function commit(ctx: Context, paths: string[], change: Change): Promise<void> {
  const outcome = await commitPaths(ctx.dir, paths, commitMessage(change));
  if (outcome.committed || outcome.reason === 'nothing-to-commit') return;
  throw new NotCommittedError(`saved ${paths.join(', ')}, but did not commit it to git: ${outcome.detail}`, outcome.fix);
}
