// The reads people run most, in their plainest forms, go straight to their command: `report`,
// `report --period P`, `goal list`, `goal show ID`, `journal list` and `journal list --search T`,
// with no other word. Commander, its tree and the built-in modules it needs (child_process among
// them) are then never loaded: on the first read after a write, or without kept answers, that
// was about 5 ms of work that decides nothing. Anything else, however close, goes to commander.
//
// The command's entry gets exactly what commander would hand it (program-goals.ts handlerArgs);
// test/program-direct.test.ts holds each form to that against the real tree.
import type { GlobalOptions } from './commands/context.js';
import type { Handler } from './program-goals.js';

export interface DirectCommand {
  load: () => Promise<Handler>;
  /** The entry's arguments: the global options, the positional ones, the command's own options. */
  args: unknown[];
}

/** What commander sets for the global options when none is given (the negatable ones are on). */
const GLOBAL_DEFAULTS = { git: true, pager: true } as const;

/** A value a flag may take here: anything commander would not read as another flag. */
const plainValue = (v: string | undefined): v is string => v !== undefined && v !== '' && !v.startsWith('-');

/** Nothing, or `flag value` (also `flag=value`): that one option as { name: value }; undefined for anything else. */
function oneOption(rest: readonly string[], flag: string): Record<string, string> | undefined {
  if (rest.length === 0) return {};
  const name = flag.slice(2);
  if (rest.length === 2 && rest[0] === flag && plainValue(rest[1])) return { [name]: rest[1] };
  const joined = rest.length === 1 && rest[0]!.startsWith(`${flag}=`) ? rest[0]!.slice(flag.length + 1) : undefined;
  return plainValue(joined) ? { [name]: joined } : undefined;
}

function direct(command: string, load: () => Promise<Handler>, positional: string[], own: Record<string, unknown>): DirectCommand {
  const g = { ...GLOBAL_DEFAULTS, ...own, command: `career ${command}` } as GlobalOptions;
  return { load, args: [g, ...positional, own] };
}

/** The command for `args` (the words after `career`), when it is one of the forms above. */
export function directCommand(args: readonly string[]): DirectCommand | undefined {
  const [a, b, ...rest] = args;
  if (a === 'report') {
    const opts = oneOption(args.slice(1), '--period');
    return opts ? direct('report', async () => (await import('./commands/report.js')).run, [], { format: 'terminal', ...opts }) : undefined;
  }
  if (a === 'goal' && b === 'list' && rest.length === 0) return direct('goal list', async () => (await import('./commands/goal-read.js')).list, [], {});
  if (a === 'goal' && b === 'show' && rest.length === 1 && plainValue(rest[0])) {
    return direct('goal show', async () => (await import('./commands/goal-read.js')).show, [rest[0]], {});
  }
  if (a === 'journal' && b === 'list') {
    const opts = oneOption(rest, '--search');
    return opts ? direct('journal list', async () => (await import('./commands/entry-list.js')).list, [], opts) : undefined;
  }
  return undefined;
}
