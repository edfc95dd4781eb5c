// `career log [goal]`: the journal's git history, newest first, with what each commit changed.
// With a goal, only that goal's file (followed across renames; a deleted goal still has one).
import { UserError } from '../core/errors.js';
import { isValidId } from '../core/slug.js';
import { closest } from '../core/text.js';
import { hasRepo } from '../git/git.js';
import { history, inHistory, pathsInHistory } from '../git/log.js';
import { goalPath, journalExists, listGoalIds, recordExists } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { wrapWidth } from '../render/text.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';

export interface LogOptions {
  limit?: string;
  json?: boolean;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`-n "${value}" is not a whole number of commits (1 or more)`);
  return n;
}

const idOf = (rel: string): string | null => {
  const m = /^goals\/([^/]+)\.yaml$/.exec(rel);
  return m?.[1] && isValidId(m[1]) ? m[1] : null;
};

/**
 * The goal file to follow: the goal as named if it exists now or ever did, else an unambiguous
 * prefix of one; otherwise an error with a "did you mean".
 */
async function resolveGoal(ctx: Context, id: string): Promise<string> {
  if (isValidId(id)) {
    const rel = goalPath(id);
    if (recordExists(ctx.dir, rel) || (await inHistory(ctx.dir, rel))) return rel;
  }
  const historic = (await pathsInHistory(ctx.dir, 'goals')).map(idOf).filter((g): g is string => g !== null);
  const ids = [...new Set([...listGoalIds(ctx.dir).filter(isValidId), ...historic])].sort();
  const prefixed = ids.filter((g) => g.startsWith(id));
  if (prefixed.length === 1 && id.length >= 3) return goalPath(prefixed[0]!);
  const near = closest(id, ids);
  const hint = prefixed.length > 1 ? `it could be ${prefixed.join(', ')}`
    : near ? `did you mean ${near}?` : 'see `career goal list --all`';
  throw new UserError(`no goal "${safeText(id)}", now or in the history`, hint);
}

export async function log(g: GlobalOptions, goal: string | undefined, opts: LogOptions): Promise<void> {
  const ctx = makeContext(g);
  const limit = parseLimit(opts.limit);
  if (!ctx.git) {
    throw new UserError('career log shows the git history, but git is turned off (--no-git or CAREER_NO_GIT=1)',
      'run it without --no-git');
  }
  if (!hasRepo(ctx.dir)) {
    if (!journalExists(ctx.dir)) {
      throw new UserError(`no journal in ${ctx.dir}`, 'run `career init` to start one, or pass --dir');
    }
    throw new UserError(`the journal in ${ctx.dir} has no git history`,
      `career keeps one when git is installed: run \`git -C ${ctx.dir} init\`, then \`git -C ${ctx.dir} add -A\` and \`git -C ${ctx.dir} commit -m "init: journal"\``);
  }
  const rel = goal === undefined ? undefined : await resolveGoal(ctx, goal);
  const entries = await history(ctx.dir, { path: rel, follow: rel !== undefined, limit });
  if (opts.json) {
    ctx.out(JSON.stringify(entries, null, 2));
    return;
  }
  if (entries.length === 0) {
    ctx.out(rel ? `No commits touch ${rel}.` : 'No commits yet.');
    return;
  }
  const { renderLog } = await import('../render/log.js');
  await ctx.page(renderLog(entries, wrapWidth()));
}
