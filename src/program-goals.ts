// The `goal` and `milestone` command groups, and the two helpers every declaration uses:
// `lazy` (import a command module only when it runs) and `collect` (a repeatable flag).
import type { Command } from 'commander';
import type { GlobalOptions } from './commands/context.js';

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A command's entry: the global options, its positional arguments, then its own options. */
// (`never[]`: any entry's own argument types fit; commander hands them over as parsed.)
export type Handler = (g: GlobalOptions, ...args: never[]) => Promise<number | void>;

/**
 * What a command's entry is called with, from commander's action arguments (the positional
 * ones, the options, the command): the global options merged with the command's own and the
 * command's name as typed, the positional arguments, then the command's own options.
 */
export function handlerArgs(args: readonly unknown[]): unknown[] {
  const cmd = args[args.length - 1] as Command;
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const g = { ...cmd.optsWithGlobals(), command: names.join(' ') } as GlobalOptions;
  return [g, ...args.slice(0, -2), cmd.opts()];
}

/** Import the entry `load` picks and call it with `args`; a number it returns is the exit code (doctor, lint, checkin --due). */
export async function runHandler(load: () => Promise<Handler>, args: readonly unknown[]): Promise<void> {
  const entry = await load();
  const code = await (entry as (...a: unknown[]) => Promise<number | void>)(...args);
  if (typeof code === 'number') process.exitCode = code;
}

/**
 * Import a command module only when it runs and call the entry `load` picks from it (see
 * handlerArgs); the picked export is type-checked, so a renamed entry fails the build, not a run.
 */
export function lazy(load: () => Promise<Handler>) {
  return (...args: unknown[]) => runHandler(load, handlerArgs(args));
}

/** The field flags shared by `goal add` and `goal edit` (SPEC §3). */
function goalFieldOptions(cmd: Command): Command {
  return cmd
    .option('--title <text>', 'what you want to achieve (at least 3 words)')
    .option('--type <type>', 'development | position | networking | balance | entrepreneurial | other')
    .option('--horizon <h>', 'short (this year) | mid (2-5 years) | long (5-10+ years)')
    .option('--why <text>', 'why it matters: a motivation, a value, an industry trend or a need')
    .option('--deadline <date>', 'YYYY-MM-DD, YYYY-MM, "in 6 months", "end of Q2", "end of year", "next friday"')
    .option('--metric <name>', 'what you measure, e.g. "teams onboarded"')
    .option('--unit <unit>', 'the metric\'s unit')
    .option('--start <n>', 'the metric\'s value today (default 0)')
    .option('--target <n>', 'the metric\'s target')
    .option('--parent <id>', 'the longer-term goal this one serves')
    .option('--important', 'important (Eisenhower)')
    .option('--no-important', 'not important')
    .option('--urgent', 'urgent (Eisenhower)')
    .option('--no-urgent', 'not urgent')
    .option('--value <value>', 'one of your profile values this goal serves (repeatable)', collect)
    .option('--milestone <"title@date">', 'a milestone with its due date (repeatable)', collect)
    .option('--step <text>', 'an action step (repeatable)', collect)
    .option('--helper <who>', 'someone who can help (repeatable)', collect)
    .option('--resource <text>', 'a resource you need (repeatable)', collect)
    .option('--habit <text>', 'a skill or habit to build (repeatable)', collect)
    .option('--risk <"scenario => contingency">', 'a risk and your plan for it (repeatable)', collect);
}

/** `career goal …` (SPEC §3). */
export function goalCommands(program: Command): void {
  const goal = program.command('goal').description('SMART goals: add, list, show, edit, progress, done, drop, lint');
  goalFieldOptions(goal.command('add [sentence]').description('the SMART goal wizard (or flags); a goal sentence pre-fills its target, unit, deadline and type; prints the new id'))
    .option('-y, --yes', 'never prompt; --title and --deadline are then required')
    .action(lazy(async () => (await import('./commands/goal-add.js')).run));
  goal.command('list').description('active goals with progress and pace')
    .option('--all', 'include done and dropped goals').option('--json', 'as JSON')
    .action(lazy(async () => (await import('./commands/goal-read.js')).list));
  goal.command('show <id>').description('everything about one goal')
    .option('--json', 'as JSON').action(lazy(async () => (await import('./commands/goal-read.js')).show));
  goalFieldOptions(goal.command('edit <id>').description('change fields (lists append); no flags on a terminal opens $EDITOR'))
    .option('--reason <text>', 'why you changed it (kept in its history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(async () => (await import('./commands/goal-change.js')).edit));
  goal.command('progress <id> <value>').description('record the metric\'s value today')
    .option('--note <text>', 'a note with the value')
    .action(lazy(async () => (await import('./commands/goal-change.js')).progress));
  goal.command('done <id>').description('complete a goal (how will you celebrate? what comes next?)')
    .option('--celebrate <text>', 'how you will celebrate').option('--next <text>', 'what comes next')
    .option('--open-milestones <what>', 'what to do with milestones still open: done | drop | keep (default keep)')
    .option('--next-goal', 'then set up the next goal without asking').option('--no-next-goal', 'do not offer to set up the next goal')
    .option('-y, --yes', 'never prompt')
    .action(lazy(async () => (await import('./commands/goal-change.js')).done));
  goal.command('drop <id>').description('abandon a goal, keeping the reason')
    .option('--reason <text>', 'why you are dropping it').option('-y, --yes', 'never prompt')
    .action(lazy(async () => (await import('./commands/goal-change.js')).drop));
  goal.command('step <goal> <action> [what...]').description('action steps: `step <goal> add <text>` adds one, `step <goal> done <step>` ticks one off (by number or whole text)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .action(lazy(async () => (await import('./commands/goal-step.js')).run));
  goal.command('lint [id]').description('the SMART check for one or all active goals; exit 1 if any fails')
    .option('--json', 'as JSON').action(lazy(async () => (await import('./commands/goal-read.js')).lint));
}

/** `career milestone …` (SPEC §3). */
export function milestoneCommands(program: Command): void {
  const milestone = program.command('milestone').description('milestones of a goal');
  milestone.command('add <goal> <title>').description('add a milestone')
    .option('--due <date>', 'its due date (YYYY-MM-DD or a phrase)')
    .action(lazy(async () => (await import('./commands/milestone.js')).add));
  milestone.command('done <goal> <milestone>').description('complete a milestone (by id, unique id prefix, or whole title)')
    .action(lazy(async () => (await import('./commands/milestone.js')).done));
  milestone.command('edit <goal> <milestone>').description('reschedule or rename a milestone (a revision with --reason)')
    .option('--due <date>', 'the new due date (YYYY-MM-DD or a phrase)')
    .option('--title <text>', 'the new title (its id stays)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(async () => (await import('./commands/milestone.js')).edit));
  milestone.command('undo <goal> <milestone>').description('open a milestone marked done by mistake again')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(async () => (await import('./commands/milestone.js')).undo));
  milestone.command('rm <goal> <milestone>').description('remove a milestone (the goal\'s revisions keep what it was)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'remove without asking')
    .action(lazy(async () => (await import('./commands/milestone.js')).rm));
}
