// The one place errors are printed. A person sees one clear sentence (and a hint); a stack
// trace only with CAREER_DEBUG=1.
import { DataError, problemLines, UserError, withHint } from '../core/errors.js';
import { terminalSafe } from '../render/safe.js';
import { messageWidth } from '../render/text.js';
import { hanging } from '../render/wrap.js';
import { savedThisRun } from './saved.js';

function isPromptCancel(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

const HINT = '  hint: ';

/**
 * On a terminal, each line wrapped at word boundaries to its width: a message's continuation
 * indented two columns, a hint's under the hint. Piped (logs, scripts, grep), one line each.
 */
function fitted(line: string): string[] {
  const cols = messageWidth(process.stderr);
  // Piped, or text of several lines (a CAREER_DEBUG stack trace): as it is.
  if (cols === Infinity || line.includes('\n')) return [line];
  return line.startsWith(HINT) ? hanging(HINT, line.slice(HINT.length), cols) : hanging('', line, cols, '  ');
}

export function printError(err: unknown): number {
  // Messages quote what the person typed (an id, a flag's value): never let it reach the terminal raw.
  const write = (line: string) => { for (const l of fitted(terminalSafe(line, false))) process.stderr.write(`${l}\n`); };
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
