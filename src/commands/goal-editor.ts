// `career goal edit <id>` with no flags: the goal's file in $VISUAL/$EDITOR. The edit is
// validated before it is accepted; an invalid one is offered back to the editor, never saved,
// and an editor that fails changes nothing.
import { DataError, problemLines, UserError, type Problem } from '../core/errors.js';
import { changedFields } from '../core/goal-edit.js';
import { checkChildren, checkParent } from '../core/goal-make.js';
import { Goal } from '../core/schemas.js';
import { documents, fileBytes, fileTools, goalPath, GOALS_ONLY, type LoadedFile, requireJournal } from '../store/index.js';
import type { Context } from './context.js';
import { runEditor } from './editor.js';
import { persist } from './persist.js';

async function again(ctx: Context, problems: DataError['problems']): Promise<boolean> {
  for (const p of problems) ctx.err(problemLines(p).join('\n'));
  const { askConfirm } = await import('../prompts/ask.js');
  return askConfirm('That edit is not valid. Open the editor again to fix it?', true);
}

export async function editInEditor(ctx: Context, id: string, reasonFlag?: string): Promise<void> {
  const rel = goalPath(id);
  const original = fileBytes(ctx.dir, rel);
  const { readScratch, removeScratch, scratchFile } = await fileTools();
  const scratch = scratchFile(ctx.dir, `edit-${id}.yaml`, original);
  try {
    for (;;) {
      runEditor(ctx, scratch);
      const edited = readScratch(scratch);
      if (edited.equals(original)) return ctx.out('No changes.');
      const parsed = (await documents()).parseRecord(rel, edited, Goal);
      const problems = parsed.ok ? await relationProblems(ctx, id, parsed.file) : parsed.problems;
      if (parsed.ok && problems.length === 0) return await accept(ctx, id, original, parsed.file, reasonFlag);
      if (!(await again(ctx, problems))) return ctx.say(`Discarded the edit; ${rel} is unchanged.`);
    }
  } finally {
    removeScratch(scratch);
  }
}

type EditedFile = LoadedFile<Goal>;

/**
 * What the schema cannot see: the parent must exist and be longer-term, and this goal must stay
 * longer-term than its children. Saving such an edit would make every later command refuse the
 * journal, so it is offered back to the editor like any other invalid edit.
 */
async function relationProblems(ctx: Context, id: string, file: EditedFile): Promise<Problem[]> {
  const goals = (await requireJournal(ctx.dir, GOALS_ONLY)).goals;
  const problems: Problem[] = [];
  for (const [key, check] of [
    ['parent', () => checkParent(file.data.parent, file.data.horizon, goals, id)],
    ['horizon', () => checkChildren(id, file.data.horizon, goals)],
  ] as const) {
    try {
      check();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const node = file.doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
      const { line, col } = file.lines.linePos(node?.range?.[0] ?? 0);
      problems.push({ path: file.rel, line, col, message: `${key}: ${err.message.replace(/^--\w+ /, '')}`, hint: err.hint });
    }
  }
  return problems;
}

async function accept(ctx: Context, id: string, original: Buffer, file: EditedFile, reasonFlag?: string): Promise<void> {
  const rel = goalPath(id);
  const { editedFileText, parseRecord } = await documents();
  const before = parseRecord(rel, original, Goal);
  const fields = before.ok ? changedFields(before.file.data, file.data) : ['(all)'];
  let reason = reasonFlag;
  if (reason === undefined && fields.length) {
    const { askText } = await import('../prompts/ask.js');
    reason = await askText('Why this change? (kept in the goal\'s history)');
  }
  // Only comments or layout changed: saved as written, with no revision (nothing was revised).
  const revised = fields.length ? { ...file.data, revisions: [...file.data.revisions, { date: ctx.today, fields, reason: reason ?? '' }] } : file.data;
  await persist(ctx, (tx) => {
    // Someone (a sync, another terminal) changed the file while the editor was open.
    if (!Buffer.from(tx.raw(rel) ?? []).equals(original)) {
      throw new UserError(`${rel} changed while you were editing it; your edit was not saved`, 'run the edit again');
    }
    tx.putText(rel, editedFileText(file, revised)); // the person's own text, with the revision added
    return { change: { kind: 'goal', action: 'edit', id, detail: fields.join(', ') || 'comments and layout' }, result: null };
  });
  ctx.say(`Updated ${id}: ${fields.join(', ') || 'comments and layout only'}.`);
}
