// `career export ics|json|markdown [--out <file>]` (SPEC §3): read the journal, build the
// export in core, render it, and write it to stdout or to a file the person chose. A read
// command: no lock, no commit, nothing in the journal changes.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError, UserError } from '../core/errors.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export.js';
import { closest } from '../core/text.js';
import { terminalSafe } from '../render/safe.js';
import { requireJournal } from '../store/journal.js';
import { GOALS_ONLY, RECORD_DIRS } from '../store/paths.js';
import { makeContext, type GlobalOptions } from './context.js';

export interface ExportOptions {
  out?: string;
}

async function render(format: ExportFormat, dir: string, today: string): Promise<string> {
  const core = await import('../core/export.js');
  if (format === 'json') {
    const journal = await requireJournal(dir, RECORD_DIRS);
    return `${JSON.stringify(core.journalExport(journal, today), null, 2)}\n`;
  }
  // The calendar and the plan need only the profile and the goals.
  const journal = await requireJournal(dir, GOALS_ONLY);
  if (format === 'ics') {
    const { renderIcs } = await import('../render/ics.js');
    return renderIcs(core.calendar(journal, today));
  }
  const { renderPlanMarkdown } = await import('../render/plan-markdown.js');
  return renderPlanMarkdown(core.plan(journal, today));
}

export async function run(g: GlobalOptions, format: string, opts: ExportOptions): Promise<void> {
  if (!isExportFormat(format)) {
    const near = closest(format, EXPORT_FORMATS);
    throw new UsageError(`unknown export format "${format}": use ${EXPORT_FORMATS.join(', ')}`, near ? `did you mean ${near}?` : undefined);
  }
  const ctx = makeContext(g);
  const text = await render(format, ctx.dir, ctx.today);
  if (opts.out === undefined || opts.out === '-') {
    process.stdout.write(terminalSafe(text, false));
    return;
  }
  writeOut(opts.out, text);
  ctx.err(`Wrote ${opts.out}`);
}

function outError(file: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return new UserError(`cannot write ${file}: its folder does not exist`, 'create the folder first, or choose another --out');
    case 'ENOTDIR': return new UserError(`cannot write ${file}: part of the path is not a folder`);
    case 'EISDIR': return new UserError(`cannot write ${file}: it is a folder`, 'give a file name, e.g. --out plan.md');
    case 'EACCES': case 'EPERM': return new UserError(`cannot write ${file}: permission denied`);
    case 'ENOSPC': case 'EDQUOT': return new UserError(`cannot write ${file}: the disk is full`);
    case 'EROFS': return new UserError(`cannot write ${file}: the file system is read-only`);
    default: return new UserError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/**
 * Write `--out` atomically: a temp file beside the target, then a rename, so a reader (a
 * calendar subscribed to the file, say) sees the old export or the new one, never half. A
 * symbolic link is written through to the file it names, as a person linking it expects; an
 * existing file keeps its mode, a new one is 0600 like the journal (an export is the whole plan).
 */
export function writeOut(file: string, text: string): void {
  let target = path.resolve(file);
  let keep: number | null = null;
  try {
    const st = fs.lstatSync(target);
    if (st.isSymbolicLink()) {
      try { target = fs.realpathSync(target); } catch { /* a dangling link is replaced */ }
    }
    const real = fs.statSync(target, { throwIfNoEntry: false });
    if (real?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (real?.isFile()) keep = real.mode & 0o777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw outError(file, err);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), keep ?? 0o600);
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    // An existing file keeps its mode even where the umask would have narrowed it.
    if (keep !== null) fs.chmodSync(tmp, keep);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== null) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw outError(file, err);
  }
}
