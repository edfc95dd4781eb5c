// The write path every command shares: refuse during a merge (or on a detached HEAD), take the
// lock, write each file atomically, then commit exactly those files with a message that says
// what changed.
import fs from 'node:fs';
import path from 'node:path';
import { commitMessage, type Change } from '../core/commit.js';
import { NotCommittedError, UserError } from '../core/errors.js';
import { Checkin, Goal, JournalDay, Profile, Review } from '../core/schemas.js';
import { commitPaths, detachedHead, gitDirOf, hasRepo, repoState } from '../git/git.js';
import { writeFileAtomic } from '../store/fsio.js';
import { parseRecord } from '../store/load.js';
import { withLock } from '../store/lock.js';
import { classifyPath } from '../store/paths.js';
import { installSchemas } from '../store/schema-line.js';
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
  if (detachedHead(ctx.dir)) {
    const bisect = fs.existsSync(path.join(gitDirOf(ctx.dir)!, 'BISECT_LOG'));
    throw new UserError(`git's HEAD is detached in ${ctx.dir}${bisect ? ' (a git bisect is in progress)' : ''}: ` +
      'a commit now would be on no branch, so career will not write',
    bisect ? `end the bisect with \`git -C ${ctx.dir} bisect reset\`, then run this again`
      : `switch back to your branch (e.g. \`git -C ${ctx.dir} switch main\`), then run this again`);
  }
}

const SCHEMA_OF = { profile: Profile, goal: Goal, checkin: Checkin, journal: JournalDay, review: Review } as const;

/**
 * Every record about to be written must read back as valid: a bug in a writer must never leave
 * a file that career itself then refuses to read (SPEC §5). Checked before anything is written.
 */
function checkReadsBack(writes: readonly PendingWrite[]): void {
  for (const w of writes) {
    const kind = classifyPath(w.rel);
    if (!kind) continue; // not a record (.gitignore, a question set)
    const r = parseRecord(w.rel, Buffer.from(w.content, 'utf8'), SCHEMA_OF[kind.kind]);
    if (r.ok) continue;
    const p = r.problems[0]!;
    throw new UserError(`career made ${w.rel} in a form it cannot read back (line ${p.line}: ${p.message}); nothing was saved`,
      'this is a bug in career: please report it with the command you ran');
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
    checkReadsBack(writes);
    for (const w of writes) writeFileAtomic(ctx.dir, w.rel, w.content);
    installSchemas(ctx.dir); // what the files' `$schema` lines name, for editors
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
