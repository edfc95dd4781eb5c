// The person's own editor ($VISUAL, else $EDITOR, else vi) on a scratch file in .career/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { DIR_MODE, FILE_MODE } from '../store/fsio.js';
import { PRIVATE_DIR } from '../store/paths.js';
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

/** A private scratch file in .career/ holding `content`; removed by the caller. */
export function scratchFile(ctx: Context, name: string, content: string | Uint8Array): string {
  fs.mkdirSync(path.join(ctx.dir, PRIVATE_DIR), { recursive: true, mode: DIR_MODE });
  const file = path.join(ctx.dir, PRIVATE_DIR, name);
  fs.writeFileSync(file, content, { mode: FILE_MODE });
  return file;
}

/** Text written in the editor, starting from `initial`. */
export function editText(ctx: Context, initial: string, name: string): string {
  const file = scratchFile(ctx, name, initial);
  try {
    runEditor(ctx, file);
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(file, { force: true });
  }
}
