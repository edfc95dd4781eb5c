// `career goal edit <id>` with no flags: the goal's file in $VISUAL/$EDITOR. The edit is
// validated before it is accepted; an invalid one is offered back to the editor, never saved,
// and an editor that fails changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataError, formatProblem, UserError } from '../core/errors.js';
import { changedFields } from '../core/goal-edit.js';
import { Goal } from '../core/schemas.js';
import { DIR_MODE, FILE_MODE } from '../store/fsio.js';
import { parseRecord } from '../store/load.js';
import { goalPath, PRIVATE_DIR, resolveInside } from '../store/paths.js';
import { editedFileText } from '../store/save.js';
import type { Context } from './context.js';
import { persist } from './persist.js';

function runEditor(ctx: Context, file: string): void {
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || 'vi';
  // Like git, the editor setting may carry arguments (`code --wait`), so a shell runs it; the
  // file name is passed as an argument, never spliced into the command text.
  const r = spawnSync('sh', ['-c', `${editor} "$1"`, editor, file], { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    throw new UserError(`the editor (${editor}) ${r.error ? `could not start: ${r.error.message}` : `exited with code ${r.status}`}; nothing was changed`);
  }
}

async function again(ctx: Context, problems: DataError['problems']): Promise<boolean> {
  for (const p of problems) ctx.err(formatProblem(p) + (p.hint ? `\n  hint: ${p.hint}` : ''));
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message: 'That edit is not valid. Open the editor again to fix it?', default: true });
}

export async function editInEditor(ctx: Context, id: string, reasonFlag?: string): Promise<void> {
  const rel = goalPath(id);
  const abs = resolveInside(ctx.dir, rel);
  const original = fs.readFileSync(abs);
  fs.mkdirSync(path.join(ctx.dir, PRIVATE_DIR), { recursive: true, mode: DIR_MODE });
  const scratch = path.join(ctx.dir, PRIVATE_DIR, `edit-${id}.yaml`);
  fs.writeFileSync(scratch, original, { mode: FILE_MODE });
  try {
    for (;;) {
      runEditor(ctx, scratch);
      const edited = fs.readFileSync(scratch);
      if (edited.equals(original)) return ctx.out('No changes.');
      const parsed = parseRecord(rel, edited, Goal);
      if (parsed.ok) return await accept(ctx, id, original, parsed.file, reasonFlag);
      if (!(await again(ctx, parsed.problems))) return ctx.out(`Discarded the edit; ${rel} is unchanged.`);
    }
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}

async function accept(ctx: Context, id: string, original: Buffer, file: NonNullable<Extract<ReturnType<typeof parseRecord<typeof Goal>>, { ok: true }>['file']>, reasonFlag?: string): Promise<void> {
  const rel = goalPath(id);
  const before = parseRecord(rel, original, Goal);
  const fields = before.ok ? changedFields(before.file.data, file.data) : ['(all)'];
  let reason = reasonFlag;
  if (reason === undefined) {
    const { input } = await import('@inquirer/prompts');
    reason = (await input({ message: 'Why this change? (kept in the goal\'s history)' })).trim();
  }
  const revised = { ...file.data, revisions: [...file.data.revisions, { date: ctx.today, fields, reason }] };
  await persist(ctx, () => {
    // Someone (a sync, another terminal) changed the file while the editor was open.
    if (!fs.readFileSync(resolveInside(ctx.dir, rel)).equals(original)) {
      throw new UserError(`${rel} changed while you were editing it; your edit was not saved`, 'run the edit again');
    }
    return { writes: [{ rel, content: editedFileText(file, revised) }], change: { kind: 'goal', action: 'edit', id, detail: fields.join(', ') } };
  });
  ctx.out(`Updated ${id}: ${fields.join(', ') || 'formatting only'}.`);
}
