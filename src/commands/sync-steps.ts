// What `career sync` prints and does around a rebase: the exact steps for a conflict (each one
// correct when followed literally, deletions included), and keeping both goals when two
// machines added one under the same id.
import { sh } from '../core/text.js';
import { renameGoalRefs, renameInSubject } from '../core/goal-rename.js';
import { uniqueId } from '../core/slug.js';
import { addedSince, mergeBase, namesAt, replayLocal } from '../git/replay.js';
import { REMOTE, type ConflictSides, type RebaseOutcome } from '../git/sync.js';
import { safeText } from '../render/safe.js';
import type { Context, GlobalOptions } from './context.js';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How to refer to `career` in printed steps: with --dir when the person used it. */
export function careerCmd(g: GlobalOptions, ctx: Context, sub: string): string {
  return g.dir ? `career --dir ${sh(ctx.dir)} ${sub}` : `career ${sub}`;
}

/** The one command that settles `f` on one side: take that side's file, or delete it as that side did. */
function takeSide(d: string, f: string, sides: ConflictSides | undefined, side: 'remote' | 'yours'): string {
  const has = sides ? sides[side] : true;
  if (!has) return `git -C ${d} rm --quiet -- ${sh(f)}`;
  // A checkout from a commit also stages the file, which resolves the conflict on its own.
  return `git -C ${d} checkout ${side === 'remote' ? 'HEAD' : 'REBASE_HEAD'} -- ${sh(f)}`;
}

export function conflictReport(ctx: Context, g: GlobalOptions, branch: string, outcome: Extract<RebaseOutcome, { ok: false }>, alsoChanged: string[]): void {
  const { conflicts, detail, sides } = outcome;
  const d = sh(ctx.dir);
  const tracking = `${REMOTE}/${branch}`;
  const say = ctx.err;
  if (conflicts.length === 0) {
    say(`career: sync stopped: git could not put your commits on top of the remote's: ${detail}`);
  } else {
    say(`career: sync stopped: your commits and the remote's both change ${plural(conflicts.length, 'file')}:`);
    for (const f of conflicts) {
      const s = sides[f];
      const note = s && !s.remote ? ' (deleted on the remote, changed by you)' : s && !s.yours ? ' (changed on the remote, deleted by you)' : '';
      say(`  ${safeText(f)}${note}`);
    }
  }
  // git stops at the first of your commits that conflicts; later ones may stop it again.
  const later = alsoChanged.filter((f) => !conflicts.includes(f));
  if (later.length) {
    say(`Both sides also changed ${later.length === 1 ? 'this file' : 'these files'}, so git may stop again there:`);
    for (const f of later) say(`  ${safeText(f)}`);
  }
  say(`Nothing was lost: the journal is back to your own commits, and the remote's version is in ${tracking}.`);
  say('To combine them, run:');
  say(`  1. git -C ${d} rebase ${tracking}`);
  if (conflicts.length) {
    say('  2. for each file above, take one side whole with one of its two commands:');
    for (const f of conflicts) {
      say(`       ${safeText(f)}:`);
      say(`       keep the remote's version:  ${takeSide(d, f, sides[f], 'remote')}`);
      say(`       keep your version:          ${takeSide(d, f, sides[f], 'yours')}`);
    }
    say('     or edit it to keep what you want from both sides (and delete the <<<<<<<, ======= and');
    say('     >>>>>>> lines), then mark it resolved (step 3).');
    say('  3. only for a file you edited by hand:');
    for (const f of conflicts) say(`       git -C ${d} add -- ${sh(f)}`);
  } else {
    say(`  2. fix what \`git -C ${d} status\` reports`);
    say(`  3. git -C ${d} add -- <each file you fixed>`);
  }
  say(`  4. git -C ${d} rebase --continue`);
  say('     (git may open your editor for the commit message: save and close it; if git says there is');
  say(`     nothing to commit because you kept the remote's version, run git -C ${d} rebase --skip)`);
  say('     If git stops again at another conflict, do steps 2-4 again for the files it names.');
  say(`     (\`git -C ${d} status\` lists them; for a file only one side still has, \`git -C ${d} rm\` keeps the deletion.)`);
  say(`  5. ${careerCmd(g, ctx, 'doctor')}`);
  say(`  6. ${careerCmd(g, ctx, 'sync')}`);
  say(`To stop halfway, \`git -C ${d} rebase --abort\` brings the journal back to how it is now.`);
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
    ctx.out(`Both this machine and the remote added a goal "${from}": the one added here is now "${to}" (its file and every line naming it), so both are kept.`);
  }
}
