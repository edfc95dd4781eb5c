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
  // Next: a read whose answer is kept and still true is printed before commander loads.
  const fast = await import('./fast-read.js');
  const cacheable = fast.cacheable(argv, process.env, version());
  if (cacheable && fast.answerFromCache(cacheable)) return;
  if (args.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  const keep = cacheable ? fast.captureAnswer(cacheable) : undefined;
  let code: number | undefined = 1;
  try {
    const { runProgram } = await import('./program.js');
    code = await runProgram(argv);
    if (code !== undefined) process.exitCode = code;
  } finally {
    keep?.((code ?? 0) !== 0 || Number(process.exitCode ?? 0) !== 0);
  }
}
