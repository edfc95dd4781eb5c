// The program: a command line to its command — straight for the reads program-direct.ts
// knows, through commander and the tree (program-tree.ts) for everything else — and the one
// place errors become exit codes: 0 success, 1 something the person can fix, 2 a usage mistake.
import { beginRun } from './commands/saved.js';
import { directCommand } from './program-direct.js';
import { runHandler } from './program-goals.js';

/**
 * `career` with no command (global options and `--json` only) is the "what now" view: the argv
 * gets its hidden command. Anything else, `--help` included, is left to commander.
 */
export function withDefaultCommand(argv: string[]): string[] {
  const args = argv.slice(2);
  let json = false;
  const globals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--no-color' || a === '--no-git' || a.startsWith('--dir=')) globals.push(a);
    else if (a === '--dir' && i + 1 < args.length) globals.push(a, args[++i]!);
    else return argv;
  }
  return [...argv.slice(0, 2), ...globals, 'now', ...(json ? ['--json'] : [])];
}

/** Run the program on `argv` and turn whatever happened into an exit code (undefined: the command's own). */
export async function runProgram(argv: string[]): Promise<number | undefined> {
  beginRun();
  const direct = directCommand(argv.slice(2));
  let commander: typeof import('./vendor/commander.js') | undefined;
  try {
    if (direct) await runHandler(direct.load, direct.args);
    else {
      // Loaded here: commander and the tree cost a read that needs neither a few milliseconds.
      commander = await import('./vendor/commander.js');
      const { buildProgram } = await import('./program-tree.js');
      await buildProgram().parseAsync(withDefaultCommand(argv));
    }
    return undefined;
  } catch (err) {
    if (commander && err instanceof commander.CommanderError) {
      // Commander has already printed its message; help and version are not failures.
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    const { printError } = await import('./commands/errors.js');
    return printError(err);
  }
}
