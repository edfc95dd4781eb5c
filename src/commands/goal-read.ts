// Read-only goal commands: `goal list`, `goal show`, `goal lint`. They never take the lock.
import { findGoal } from '../core/goal-make.js';
import { byHierarchy, goalView } from '../core/goal-view.js';
import { smartCheck, smartPasses } from '../core/smart.js';
import { requireJournal } from '../store/journal.js';
import { GOALS_ONLY } from '../store/paths.js';
import { makeContext, type GlobalOptions } from './context.js';


export async function list(g: GlobalOptions, opts: { all?: boolean; json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const goals = journal.goals.filter((x) => opts.all || x.status === 'active').sort(byHierarchy);
  const views = goals.map((x) => goalView(x, journal.profile.values, ctx.today));
  if (opts.json) return ctx.out(JSON.stringify(views, null, 2));
  const { goalTable } = await import('../render/goals.js');
  const { terminalWidth } = await import('../render/text.js');
  ctx.out(goalTable(views, terminalWidth()));
}

export async function show(g: GlobalOptions, id: string, opts: { json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const goal = findGoal(journal.goals, id);
  const view = goalView(goal, journal.profile.values, ctx.today);
  if (opts.json) {
    return ctx.out(JSON.stringify({ ...view, progressLog: goal.progressLog, revisions: goal.revisions }, null, 2));
  }
  const { goalPage } = await import('../render/goals.js');
  const { terminalWidth } = await import('../render/text.js');
  // Free text wraps to a terminal's width; piped, each stays on its line.
  await ctx.page(goalPage(goal, view, smartCheck(goal, journal.profile.values), ctx.today, terminalWidth(), process.stdout.isTTY ? terminalWidth() : Infinity));
}

/** The SMART check for one or all active goals; exit 1 when any goal fails a criterion. */
export async function lint(g: GlobalOptions, id: string | undefined, opts: { json?: boolean }): Promise<number> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const goals = id ? [findGoal(journal.goals, id)] : journal.goals.filter((x) => x.status === 'active').sort(byHierarchy);
  const results = goals.map((x) => ({ goal: x, check: smartCheck(x, journal.profile.values) }));
  const failing = results.filter((r) => !smartPasses(r.check));
  if (opts.json) {
    ctx.out(JSON.stringify(results.map((r) => ({ id: r.goal.id, pass: smartPasses(r.check), smart: r.check })), null, 2));
  } else {
    const { smartLines } = await import('../render/goals.js');
    for (const r of results) ctx.out(`${smartPasses(r.check) ? '✓' : '✗'} ${r.goal.id}\n${smartLines(r.check).join('\n')}\n`);
    ctx.out(goals.length === 0 ? 'No active goals to check.' : failing.length ? `${failing.length} of ${goals.length} goals fail the SMART check.` : `All ${goals.length} goals are SMART.`);
  }
  return failing.length ? 1 : 0;
}
