// The entry point bin/career.js calls. `career --version` is answered here, before commander
// or any command is loaded; everything else goes to program.ts.
import { readFileSync } from 'node:fs';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
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
  if (args.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  const { runProgram } = await import('./program.js');
  const code = await runProgram(argv);
  if (code !== undefined) process.exitCode = code;
}
