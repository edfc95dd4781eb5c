// `career export ics|json|markdown|html [--out <file>]` (SPEC §3): read the journal, build the
// export in core, render it, and write it to stdout or to a file the person chose. A read
// command: no lock, no commit, nothing in the journal changes.
import { UsageError } from '../core/errors.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export.js';
import { findGoal } from '../core/goal-make.js';
import { closest } from '../core/text.js';
import { terminalSafe } from '../render/safe.js';
import { fileTools, GOALS_ONLY, RECORD_DIRS, REPORT_DIRS, requireJournal } from '../store/index.js';
import { makeContext, type GlobalOptions } from './context.js';

export interface ExportOptions {
  out?: string;
  /** html only: the report's period and goal, as `report` takes them. */
  period?: string;
  goal?: string;
}

async function render(format: ExportFormat, dir: string, today: string, opts: ExportOptions): Promise<string> {
  const core = await import('../core/export.js');
  if (format === 'json') {
    const journal = await requireJournal(dir, RECORD_DIRS);
    return `${JSON.stringify(core.journalExport(journal, today), null, 2)}\n`;
  }
  if (format === 'html') {
    // The same page as `report --format html --period … --goal …`.
    const { htmlDocument } = await import('./report.js');
    const journal = await requireJournal(dir, REPORT_DIRS);
    const goal = opts.goal !== undefined ? findGoal(journal.goals, opts.goal).id : undefined;
    return htmlDocument(journal, opts.period, today, goal);
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
  // Said before anything is read: a flag that would be ignored is a mistake worth naming.
  const htmlOnly = (['period', 'goal'] as const).find((k) => opts[k] !== undefined);
  if (htmlOnly && format !== 'html') {
    throw new UsageError(`--${htmlOnly} applies to export html only; the ${format} export always holds the whole journal`);
  }
  const ctx = makeContext(g);
  const text = await render(format, ctx.dir, ctx.today, opts);
  if (opts.out === undefined || opts.out === '-') {
    process.stdout.write(terminalSafe(text, false));
    return;
  }
  (await fileTools()).writeOutFile(opts.out, text);
  ctx.err(`Wrote ${opts.out}`);
}
