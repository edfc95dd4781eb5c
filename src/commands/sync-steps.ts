// What `career sync` does around a rebase: how its printed steps name career, and keeping both
// goals when two machines added one under the same id. (The conflict steps: render/sync-conflict.ts.)
import { sh } from '../core/text.js';
import { renameGoalRefs, renameInSubject } from '../core/goal-rename.js';
import { uniqueId } from '../core/slug.js';
import { addedSince, mergeBase, namesAt, replayLocal } from '../git/replay.js';
import type { Context, GlobalOptions } from './context.js';

/** How to refer to `career` in printed steps: with --dir when the person used it. */
export function careerCmd(g: GlobalOptions, ctx: Context, sub: string): string {
  return g.dir ? `career --dir ${sh(ctx.dir)} ${sub}` : `career ${sub}`;
}

const GOAL_FILE = /^goals\/([a-z0-9-]+)\.yaml$/;

/**
 * Goals added both here and on the remote under one id are two goals (SPEC §5): before the
 * rebase, the one added here (not pushed yet, so no other machine knows its id) takes a free
 * id with a suffix in each of the local commits, with the lines that name it. Says what moved.
 */
export async function keepBothGoals(ctx: Context, tracking: string): Promise<void> {
  const base = await mergeBase(ctx.dir, 'HEAD', tracking);
  const theirs = new Set(await addedSince(ctx.dir, base, tracking, 'goals'));
  const both = (await addedSince(ctx.dir, base, 'HEAD', 'goals')).filter((f) => theirs.has(f) && GOAL_FILE.test(f));
  if (both.length === 0) return;
  const taken = new Set([...(await namesAt(ctx.dir, 'HEAD', 'goals')), ...(await namesAt(ctx.dir, tracking, 'goals'))]
    .filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)));
  const renames: [string, string][] = [];
  for (const f of both) {
    const from = GOAL_FILE.exec(f)![1]!;
    const to = uniqueId(from, (id) => taken.has(id));
    taken.add(to);
    renames.push([from, to]);
  }
  const done = await replayLocal(ctx.dir, base, {
    moves: new Map(renames.map(([from, to]) => [`goals/${from}.yaml`, `goals/${to}.yaml`])),
    rewrite: (_rel, text) => renames.reduce((t, [from, to]) => renameGoalRefs(t, from, to), text),
    subject: (subject) => renames.reduce((t, [from, to]) => renameInSubject(t, from, to), subject),
  });
  if (!done) return; // merges in the local history: the rebase reports the conflict instead
  for (const [from, to] of renames) {
    ctx.say(`Both this machine and the remote added a goal "${from}": the one added here is now "${to}" (its file and every line naming it), so both are kept.`);
  }
}
