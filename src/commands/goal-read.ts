// Read-only goal commands: `goal list`, `goal show`, `goal lint`. They never take the lock.
import { findGoal } from '../core/goal-make.js';
import { byHierarchy, goalView } from '../core/goal-view.js';
import { smartCheck, smartPasses } from '../core/smart.js';
import { workingBackward } from '../core/backward.js';
import { checkinStatuses } from '../core/checkin-status.js';

// goal list and show say what the latest check-in flagged, next to the pace.
import { GOALS_AND_CHECKINS, GOALS_ONLY, requireJournal } from '../store/index.js';
import { makeContext, type GlobalOptions } from './context.js';

export async function list(g: GlobalOptions, opts: { all?: boolean; json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_AND_CHECKINS);
  const goals = journal.goals.filter((x) => opts.all || x.status === 'active').sort(byHierarchy);
  const said = checkinStatuses(journal.checkins, ctx.today);
  const views = goals.map((x) => goalView(x, journal.profile.values, ctx.today, said.get(x.id) ?? null));
  if (opts.json) return ctx.out(JSON.stringify(views, null, 2));
  const { goalTable } = await import('../render/goals.js');
  const { terminalWidth } = await import('../render/text.js');
  ctx.out(goalTable(views, terminalWidth()));
}

export async function show(g: GlobalOptions, id: string, opts: { json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_AND_CHECKINS);
  const goal = findGoal(journal.goals, id);
  const view = goalView(goal, journal.profile.values, ctx.today, checkinStatuses(journal.checkins, ctx.today).get(goal.id) ?? null);
  if (opts.json) {
    return ctx.out(JSON.stringify({ ...view, progressLog: goal.progressLog, revisions: goal.revisions }, null, 2));
  }
  const { goalPage } = await import('../render/goals.js');
  const { terminalWidth, wrapWidth } = await import('../render/text.js');
  // Free text wraps at word boundaries to the terminal's width (80 or $COLUMNS when piped).
  await ctx.page(goalPage(goal, view, smartCheck(goal, journal.profile.values), ctx.today, terminalWidth(), wrapWidth()));
}

/** The SMART check for one or all active goals; exit 1 when any goal fails a criterion. */
export async function lint(g: GlobalOptions, id: string | undefined, opts: { json?: boolean }): Promise<number> {
  const ctx = makeContext(g);
  const journal = await requireJournal(ctx.dir, GOALS_ONLY);
  const goals = id ? [findGoal(journal.goals, id)] : journal.goals.filter((x) => x.status === 'active').sort(byHierarchy);
  // Working backward is part of the plan's soundness: in lint, each finding fails its goal.
  const findings = workingBackward(journal.goals);
  const results = goals.map((x) => {
    const check = smartCheck(x, journal.profile.values);
    const backward = findings.filter((f) => f.goal === x.id).map(({ message, hint }) => ({ message, hint }));
    return { goal: x, check, backward, pass: smartPasses(check) && backward.length === 0 };
  });
  const failing = results.filter((r) => !r.pass);
  if (opts.json) {
    ctx.out(JSON.stringify(results.map((r) => ({ id: r.goal.id, pass: r.pass, smart: r.check, workingBackward: r.backward })), null, 2));
  } else {
    const { smartLines, backwardLines } = await import('../render/goals.js');
    const { wrapWidth } = await import('../render/text.js');
    const cols = wrapWidth();
    for (const r of results) ctx.out(`${r.pass ? '✓' : '✗'} ${r.goal.id}\n${[...smartLines(r.check, cols), ...backwardLines(r.backward, cols)].join('\n')}\n`);
    ctx.out(goals.length === 0 ? 'No active goals to check.' : failing.length ? `${failing.length} of ${goals.length} goals fail the SMART or working-backward check.` : `All ${goals.length} goals are SMART and work backward.`);
  }
  return failing.length ? 1 : 0;
}
