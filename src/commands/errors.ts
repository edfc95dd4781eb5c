// The one place errors are printed. A person sees one clear sentence (and a hint); a stack
// trace only with CAREER_DEBUG=1.
import { DataError, problemLines, UserError, withHint } from '../core/errors.js';
import { terminalSafe } from '../render/safe.js';
import { savedThisRun } from './saved.js';

function isPromptCancel(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

export function printError(err: unknown): number {
  // Messages quote what the person typed (an id, a flag's value): never let it reach the terminal raw.
  const write = (line: string) => process.stderr.write(`${terminalSafe(line, false)}\n`);
  if (process.env.CAREER_DEBUG === '1' && err instanceof Error) write(err.stack ?? String(err));
  if (isPromptCancel(err)) {
    const saved = savedThisRun();
    write(saved.length
      ? `Cancelled. What was saved before stays saved: ${[...new Set(saved)].join(', ')} (see \`career log\`).`
      : 'Cancelled. Nothing was saved.');
    return 130;
  }
  if (err instanceof DataError) {
    for (const p of err.problems) problemLines(p).forEach(write);
    return err.exitCode;
  }
  if (err instanceof UserError) {
    withHint(`career: ${err.message}`, err.hint).forEach(write);
    return err.exitCode;
  }
  write(`career: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.CAREER_DEBUG !== '1') write('  hint: run again with CAREER_DEBUG=1 for details, and report it');
  return 1;
}
