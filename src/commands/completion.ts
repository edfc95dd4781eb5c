// `career completion bash|zsh|fish`: print the shell's completion script (render/completion.ts).
import { UsageError } from '../core/errors.js';
import { closest } from '../core/text.js';
import { completionScript, SHELLS, type Shell } from '../render/completion.js';
import type { GlobalOptions } from './context.js';

export async function run(_g: GlobalOptions, shell: string): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) {
    const near = closest(shell, SHELLS);
    throw new UsageError(`career completes in bash, zsh and fish, not "${shell}"`, near ? `did you mean ${near}?` : 'for example: source <(career completion bash)');
  }
  process.stdout.write(completionScript(shell as Shell));
}
