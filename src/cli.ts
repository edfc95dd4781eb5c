// The command-line shell: global options, one declaration per command (its module is imported
// only when it runs, so `career --version` stays fast), and the one place errors become exit
// codes: 0 success, 1 something the person can fix, 2 a usage mistake.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { GlobalOptions } from './commands/context.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Import a command module only when it runs, and hand it the options and global options. */
/** A command's `run` may return an exit code (e.g. doctor: 1 when it found problems). */
function lazy<A extends unknown[]>(load: () => Promise<{ run: (g: GlobalOptions, ...args: A) => Promise<number | void> }>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2) as unknown[];
    const opts = { ...cmd.optsWithGlobals() } as GlobalOptions;
    const mod = await load();
    const code = await mod.run(opts, ...([...positional, cmd.opts()] as A));
    if (typeof code === 'number') process.exitCode = code;
  };
}

export function buildProgram(): Command {
  const program = new Command('career')
    .description('A career journal: vision, values, SMART goals, weekly check-ins and honest progress reports, as YAML in git.')
    .version(version(), '-V, --version')
    .option('--dir <path>', 'journal directory (default: $CAREER_HOME, else $XDG_DATA_HOME/career, else ~/.local/share/career)')
    .option('--no-color', 'plain output without colours (also NO_COLOR)')
    .option('--no-git', 'save files without committing them to git')
    .showSuggestionAfterError()
    .exitOverride();

  program.command('init')
    .description('start your journal: reflection, values, skills, relationships, vision, check-in day')
    .option('--name <name>', 'your name')
    .option('--vision <text>', 'your vision statement: the long-term career you want, in a sentence or two')
    .option('--values <list>', 'your top 3 career values, comma-separated')
    .option('--passions <list>', 'top 3 passions, comma-separated')
    .option('--talents <list>', 'top 2 gifts or talents, comma-separated')
    .option('--strengths <list>', 'strengths, comma-separated')
    .option('--weaknesses <list>', 'weaknesses, comma-separated')
    .option('--skill <name:kind:rating>', 'a skill, e.g. "TypeScript:hard:4" (repeatable)', collect)
    .option('--relationship <"name (role) => action">', 'a key relationship and one action (repeatable)', collect)
    .option('--proud <text>', 'an accomplishment of the past year you are proud of (repeatable)', collect)
    .option('--challenge <text>', 'the biggest challenge of the past year')
    .option('--handled <text>', 'how you handled that challenge')
    .option('--new-skill <text>', 'a skill you learned this year (repeatable)', collect)
    .option('--out-of-depth <text>', 'where you felt out of your depth')
    .option('--missed <text>', 'an opportunity you missed')
    .addOption(new Option('--checkin-day <day>', 'weekday of your weekly check-in').default(undefined, 'friday'))
    .option('--partner <"name <contact>">', 'your accountability partner')
    .option('-y, --yes', 'accept defaults for everything not given; never prompt')
    .action(lazy(() => import('./commands/init.js')));

  program.command('where')
    .description('print the journal directory')
    .option('--json', 'as JSON')
    .action(lazy(() => import('./commands/where.js')));

  program.command('doctor')
    .description('check every file of the journal; print each problem as path:line:col')
    .option('--json', 'problems as JSON')
    .action(lazy(() => import('./commands/doctor.js')));

  return program;
}

/** Entry point: run the program and turn whatever happened into an exit code. */
export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  // The fastest path people (and scripts) hit: no commander needed to print a version.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (args.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = await report(err);
  }
}

async function report(err: unknown): Promise<number> {
  if (err instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  const { printError } = await import('./commands/errors.js');
  return printError(err);
}
