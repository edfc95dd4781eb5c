// The person's own editor ($VISUAL, else $EDITOR, else vi) on a scratch file in .career/.
import { spawnSync } from 'node:child_process';
import { UserError } from '../core/errors.js';
import { fileTools } from '../store/index.js';
import type { Context } from './context.js';

/** Run the editor on `file`; a failure to start or a non-zero exit changes nothing. */
export function runEditor(ctx: Context, file: string): void {
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || 'vi';
  // Like git, the editor setting may carry arguments (`code --wait`), so a shell runs it; the
  // file name is passed as an argument, never spliced into the command text.
  const r = spawnSync('sh', ['-c', `${editor} "$1"`, editor, file], { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    throw new UserError(`the editor (${editor}) ${r.error ? `could not start: ${r.error.message}` : `exited with code ${r.status}`}; nothing was changed`);
  }
}

/** Text written in the editor, starting from `initial`. */
export async function editText(ctx: Context, initial: string, name: string): Promise<string> {
  const { readScratch, removeScratch, scratchFile } = await fileTools();
  const file = scratchFile(ctx.dir, name, initial);
  try {
    runEditor(ctx, file);
    return readScratch(file).toString('utf8');
  } finally {
    removeScratch(file);
  }
}
