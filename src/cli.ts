// The entry point bin/career.js calls. `career --version` is answered here, before commander
// or any command is loaded; everything else goes to program.ts.
import { version } from './version.js';

/** `--color=WHEN` or `--color WHEN`, as git takes it; the last one given wins. */
function colorWhen(args: readonly string[]): string | undefined {
  let when: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i]!.startsWith('--color=')) when = args[i]!.slice('--color='.length);
    else if (args[i] === '--color') when = args[i + 1];
  }
  return when;
}

/**
 * Colour is decided before anything is loaded (chalk reads FORCE_COLOR): --color=always forces
 * it even when piped (for `less -R`), over NO_COLOR as a flag should; --color=never, --no-color
 * and NO_COLOR turn it off; auto (the default) leaves it to whether stdout is a terminal.
 */
function applyColor(args: readonly string[], env: NodeJS.ProcessEnv): void {
  const when = colorWhen(args);
  if (when === 'always') env.FORCE_COLOR = '1';
  else if (when === 'never' || args.includes('--no-color') || (env.NO_COLOR ?? '') !== '') env.FORCE_COLOR = '0';
}

/** Node's own lists of what keeps the process alive (in every Node since 0.x, not in its docs). */
interface Liveness {
  _getActiveHandles?: () => unknown[];
  _getActiveRequests?: () => unknown[];
}

/** Whether `h` is one of the process's own standard streams (stdin by its descriptor: reading process.stdin would open it). */
function isStdio(h: unknown): boolean {
  if (h === process.stdout || h === process.stderr) return true;
  const s = h as { fd?: unknown; _handle?: { fd?: unknown } } | null;
  return (s?.fd ?? s?._handle?.fd) === 0;
}

/**
 * End the process at once when a run is over and nothing is left to do: nothing alive but the
 * standard streams (no child, timer, socket or file operation), no write in flight and nothing of
 * stdout or stderr queued (a pipe whose reader is slow). Node's own teardown after that waits
 * for V8's background garbage collection and frees the heap page by page, which cost the first
 * read after a write about 13 ms on the bench journal. 'exit' listeners still run, the terminal's
 * mode is restored as on any exit, and the exit code is process.exitCode. Otherwise Node ends the
 * process as usual, when the last of those is done.
 */
export function exitWhenIdle(): void {
  const live = process as unknown as Liveness;
  if (typeof live._getActiveHandles !== 'function' || typeof live._getActiveRequests !== 'function') return;
  const handles = live._getActiveHandles();
  const stdio = handles.filter(isStdio).length;
  const idle = stdio === handles.length && live._getActiveRequests().length === 0
    // The same, and timers too, as Node counts them: nothing beyond the standard streams.
    && process.getActiveResourcesInfo().length === stdio
    && process.stdout.writableLength === 0 && process.stderr.writableLength === 0;
  if (idle) process.exit();
}

/** Run career with `argv` (as process.argv) and set the process's exit code. */
export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  // The fastest path people (and scripts) hit.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  // Each Tab of the completion scripts: answered from the command tree, never with an error.
  if (args[0] === '__complete') {
    const { run } = await import('./commands/complete.js');
    return run(args.slice(1));
  }
  // Next: a read whose answer is kept and still true is printed before commander loads.
  const fast = await import('./fast-read.js');
  const cacheable = fast.cacheable(argv, process.env, version());
  if (cacheable && (await fast.answerFromCache(cacheable))) return;
  applyColor(args, process.env);
  const keep = cacheable ? fast.captureAnswer(cacheable) : undefined;
  let code: number | undefined = 1;
  try {
    const { runProgram } = await import('./program-entry.js');
    code = await runProgram(argv);
    if (code !== undefined) process.exitCode = code;
  } finally {
    keep?.((code ?? 0) !== 0 || Number(process.exitCode ?? 0) !== 0);
  }
}
