// `career report`: the progress report for a period, in the terminal, as Markdown, as JSON or as
// one HTML page with pictures.
// `--demo` shows the sample journal shipped in templates/demo, as of its own "today".
import path from 'node:path';
import { DataError, UserError } from '../core/errors.js';
import type { Journal } from '../core/journal.js';
import { findGoal } from '../core/goal-make.js';
import { namedPeriod } from '../core/period-names.js';
import { buildReport, journalStart, reportLabel, reportPeriod, terminalDaysToRead } from '../core/report.js';
import { loadJournal, RECORD_DIRS, REPORT_DIRS, requireJournal, shippedTemplatesDir } from '../store/index.js';
import { terminalSafe } from '../render/safe.js';
import { makeContext, type GlobalOptions } from './context.js';

/** The demo journal's story is told as of this day. */
export const DEMO_TODAY = '2026-11-20';
export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;

export interface ReportOptions {
  period?: string;
  format?: string;
  goal?: string;
  demo?: boolean;
  json?: boolean;
}

/** The shipped sample journal, read without the cache: nothing is ever written into the package. */
async function loadDemo(dir: string): Promise<Journal> {
  const { journal, problems } = await loadJournal(dir, RECORD_DIRS, { cache: false });
  if (problems.length || !journal) throw new DataError(problems);
  return journal;
}

/** The report as one HTML page with its pictures: `report --format html` and `export html`. */
export async function htmlDocument(journal: Journal, periodText: string | undefined, today: string, goal?: string): Promise<string> {
  const period = reportPeriod(periodText, today, journalStart(journal));
  const report = buildReport(journal, period, today, goal);
  const { reportCharts } = await import('../core/report-charts.js');
  const { renderHtml } = await import('../render/report-html.js');
  const brag = namedPeriod(periodText ?? 'quarter', today)?.year ?? false;
  return renderHtml(report, reportCharts(journal, report), reportLabel(periodText, today, period), brag);
}

export async function run(g: GlobalOptions, opts: ReportOptions): Promise<void> {
  const ctx = makeContext(g);
  const format = opts.json ? 'json' : (opts.format ?? 'terminal').toLowerCase();
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UserError(`--format "${opts.format}" is not terminal, markdown, json or html`);
  const dir = opts.demo ? path.join(shippedTemplatesDir(), 'demo') : ctx.dir;
  const today = opts.demo ? DEMO_TODAY : ctx.today;
  // On the terminal (one goal's report aside) older journal years may be only counted: it lists
  // the newest few items of each list and counts the rest (core/day-counts.ts).
  const countDays = format === 'terminal' && opts.goal === undefined ? terminalDaysToRead(opts.period, today) : undefined;
  const journal = opts.demo ? await loadDemo(dir) : await requireJournal(dir, REPORT_DIRS, { countDays });
  const goal = opts.goal !== undefined ? findGoal(journal.goals, opts.goal).id : undefined;
  const period = reportPeriod(opts.period, today, journalStart(journal));
  const report = buildReport(journal, period, today, goal);
  const name = reportLabel(opts.period, today, period);
  if (format === 'json') return ctx.out(JSON.stringify(report, null, 2));
  // Written as is (UTF-8, no ASCII fallback): it is a file for a browser, not the screen.
  if (format === 'html') return void process.stdout.write(terminalSafe(await htmlDocument(journal, opts.period, today, goal), false));
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../render/report-markdown.js');
    return ctx.out(renderMarkdown(report, name, namedPeriod(opts.period ?? 'quarter', today)?.year ?? false));
  }
  const { renderTerminal } = await import('../render/report-terminal.js');
  const { terminalWidth } = await import('../render/text.js');
  await ctx.page(renderTerminal(report, name, terminalWidth()));
  if (opts.demo) ctx.out(`\nThis is a sample journal, as of ${DEMO_TODAY}. Start your own with: career init`);
}
