// The report a person reads every week, laid out for the terminal width (80 columns and up):
// vision and goal tree with bars and pace, milestones, the Eisenhower matrix, the check-in
// rhythm with an energy sparkline, the period's journal, and what was finished.
import { paint } from './paint.js';
import { daysBetween } from '../core/dates.js';
import { REPORT_SHOWN, type ListName } from '../core/day-counts.js';
import type { GoalView } from '../core/goal-view.js';
import type { PeriodItem } from '../core/entries.js';
import { forecastText, shortDate } from '../core/progress.js';
import type { MilestoneRef, Quadrant, Report } from '../core/report.js';
import { checkinLabel, paceLabel } from './goals.js';
import { safeText } from './safe.js';
import { bar, padEnd, percent, truncate, width } from './text.js';
import { hanging, withTail, wrapStyled } from './wrap.js';

const HORIZON_NAME = { long: 'long', mid: 'mid', short: 'short' } as const;
const heading = (text: string) => paint().bold(text.toUpperCase());
const dim = (text: string) => paint().dim(text);

/** Plain text wrapped to `cols` at spaces (inside words too long for a line), every line after `indent`. */
const wrap = (text: string, cols: number, indent = ''): string[] => hanging(indent, safeText(text), cols);

/** A quiet message (an empty section), wrapped to fit. */
const note = (text: string, cols: number): string[] => wrap(text, cols, '  ').map((l) => dim(l));

function dueWords(g: GoalView, today: string): string {
  const when = `${shortDate(g.deadline)} ${g.deadline.slice(0, 4)}`;
  return daysBetween(today, g.deadline) < 0 ? `was due ${when}` : `due ${when}`;
}

function amount(g: GoalView): string {
  // The unit says what is counted; without one, the metric's name does.
  if (g.metric) return `${g.metric.current} of ${g.metric.target} ${safeText(g.metric.unit || g.metric.name)}`;
  if (g.milestones.length) return `${g.milestones.filter((m) => m.done).length} of ${g.milestones.length} milestones`;
  return 'no measure yet';
}

/**
 * A goal: its title (wrapped in its column) with bar, percent and pace on the first line; then
 * due date, amount and forecast, wrapped under the title.
 */
function goalLines(g: GoalView, depth: number, r: Report, cols: number): string[] {
  const indent = '  '.repeat(Math.min(depth, 3) + 1);
  const tail = `  ${bar(g.progress, 10)} ${percent(g.progress).padStart(4)}  ${padEnd(paceLabel(g.pace), 8)}`;
  const titleCols = cols - width(tail);
  const titleLines = hanging(`${indent}${depth ? '└ ' : ''}`, safeText(g.title), titleCols);
  const first = `${padEnd(titleLines[0]!, titleCols)}${tail}`;
  const forecast = g.metric ? (g.forecast ? forecastText(g.forecast, g.deadline) : 'no forecast yet') : '';
  const details = [HORIZON_NAME[g.horizon], dueWords(g, r.today), forecast, amount(g)].filter(Boolean).join(' · ');
  const detailIndent = `${indent}${depth ? '  ' : ''}`;
  const style = g.pace === 'overdue' ? paint().red : dim;
  // What the person said in the latest check-in leads the line under the pace, in its own words
  // and colour, so "at risk" is never read as part of the computed forecast.
  const said: [string, ((s: string) => string)?][] = g.checkinStatus ? [[`check-in: ${checkinLabel(g.checkinStatus)}`], ['·', dim]] : [];
  return [first, ...titleLines.slice(1), ...wrapStyled([...said, [details, style]], cols, detailIndent)];
}

function goalSection(r: Report, cols: number): string[] {
  if (!r.goals.length) return [heading('Goals'), ...note('No active goals. Set one with `career goal add`.', cols)];
  const out = [heading('Goals')];
  for (const g of r.goals) out.push(...goalLines(g, r.depth[g.id] ?? 0, r, cols));
  return out;
}

const whenText = (m: MilestoneRef, r: Report, overdue: boolean): string =>
  (overdue ? `${m.due} (${daysBetween(m.due, r.today)}d late)` : `${m.due} (in ${daysBetween(r.today, m.due)}d)`);

/** One milestone, its title then its goal's id, wrapped; `whenCols` lines the titles up under each other. */
function milestoneLines(m: MilestoneRef, r: Report, cols: number, overdue: boolean, whenCols: number): string[] {
  const when = padEnd(whenText(m, r, overdue), whenCols);
  const head = overdue ? `  ${paint().red(`! ${when}`)}  ` : `  · ${when}  `;
  const indent = ' '.repeat(width(head));
  return withTail(hanging(head, safeText(m.title), cols), safeText(m.goal), cols, indent, ' · ');
}

function milestoneSection(r: Report, cols: number): string[] {
  const { overdue, upcoming } = r.milestones;
  if (!overdue.length && !upcoming.length) return [heading('Milestones'), ...note('Nothing overdue, nothing due in the next 30 days.', cols)];
  const whenCols = Math.max(...overdue.map((m) => width(whenText(m, r, true))), ...upcoming.map((m) => width(whenText(m, r, false))));
  return [
    heading('Milestones'),
    ...overdue.flatMap((m) => milestoneLines(m, r, cols, true, whenCols)),
    ...upcoming.flatMap((m) => milestoneLines(m, r, cols, false, whenCols)),
  ];
}

const QUADRANTS: [Quadrant, string][] = [['do', 'Do now (important, urgent)'], ['schedule', 'Schedule (important)'], ['delegate', 'Delegate (urgent)'], ['drop', 'Drop? (neither)']];

function matrixSection(r: Report, cols: number): string[] {
  const titles = new Map(r.goals.map((g) => [g.id, g.title]));
  const half = Math.floor((cols - 4) / 2);
  // Cells are laid out as plain text first; style goes on after truncation, never inside it.
  const cell = (q: Quadrant, label: string): [string, (s: string) => string][] => [
    [label, paint().underline],
    // Each goal's title wraps inside its half, under its own text.
    ...(r.eisenhower[q].length
      ? r.eisenhower[q].flatMap((id) => hanging('• ', safeText(titles.get(id) ?? id), half).map((l): [string, (s: string) => string] => [l, (x) => x]))
      : [['—', dim] as [string, (s: string) => string]]),
  ];
  // The padding stays outside the style, so an underline ends with the words.
  const show = (c: [string, (s: string) => string] | undefined, cols: number) => (c ? padEnd(c[1](truncate(c[0], cols)), cols) : ' '.repeat(cols));
  const out = [heading('Priorities')];
  for (const [left, right] of [[QUADRANTS[0]!, QUADRANTS[1]!], [QUADRANTS[2]!, QUADRANTS[3]!]] as const) {
    const a = cell(...left);
    const b = cell(...right);
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(`  ${show(a[i], half)}  ${show(b[i], half)}`.trimEnd());
  }
  return out;
}

const SPARK = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[]): string {
  return values.map((v) => SPARK[Math.round(((v - 1) / 4) * (SPARK.length - 1))] ?? ' ').join('');
}

function checkinSection(r: Report, cols: number): string[] {
  const c = r.checkins;
  const streak = c.streak ? paint().green(`${c.streak} week${c.streak === 1 ? '' : 's'}`) : paint().yellow('none yet');
  const recent = c.missed.slice(-4).map((w) => w.slice(5)).join(', ');
  const missed = c.missed.length ? paint().yellow(`missed ${c.missed.length}: ${c.missed.length > 4 ? '…, ' : ''}${recent}`) : 'none missed';
  const parts = [`Streak ${streak}`, `${c.count} check-in${c.count === 1 ? '' : 's'} this period`, missed];
  // One line when it fits; otherwise one part a line (each part is short).
  const one = `  ${parts.join(' · ')}`;
  const out = [heading('Rhythm'), ...(width(one) <= cols ? [one] : parts.map((p) => `  ${p}`))];
  const energy = c.energy.slice(-(cols - 30));
  if (energy.length) {
    const avg = energy.reduce((s, e) => s + e.energy, 0) / energy.length;
    out.push(`  Energy ${paint().cyan(sparkline(energy.map((e) => e.energy)))} ${dim(`avg ${avg.toFixed(1)} of 5, last ${energy[energy.length - 1]!.energy}`)}`);
  }
  return out;
}

/** A list's newest `show` items under its total (the listed ones and those only counted). */
function itemLines(label: string, items: readonly PeriodItem[], counted: number, show: number, cols: number, style: (s: string) => string): string[] {
  if (!items.length && !counted) return [];
  return [
    `  ${style(`${label} (${items.length + counted})`)}`,
    ...items.slice(0, show).flatMap((i) => hanging(`    ${dim(shortDate(i.date).padEnd(6))} `, safeText(i.text), cols)),
  ];
}

function journalSection(r: Report, cols: number): string[] {
  const j = r.journal;
  const list = (label: string, name: ListName, style: (s: string) => string) => itemLines(label, j[name], j.counted?.[name] ?? 0, REPORT_SHOWN[name], cols, style);
  const lines = [
    ...list('Wins', 'wins', paint().green),
    ...list('Learnings', 'learnings', paint().cyan),
    ...list('Blockers', 'blockers', paint().yellow),
    ...list('Feedback', 'feedback', paint().magenta),
  ];
  return [heading('This period'), ...(lines.length ? lines : note('No wins, learnings, blockers or feedback recorded in this period.', cols))];
}

function finishedSection(r: Report, cols: number): string[] {
  if (!r.finished.length && !r.milestonesHit.length) return [];
  const hits = r.milestonesHit.length ? [`  ${paint().green(`${r.milestonesHit.length} milestone${r.milestonesHit.length === 1 ? '' : 's'} hit`)}`] : [];
  return [heading('Finished'), ...r.finished.flatMap((g) => hanging(`  ${paint().green('✓')} `, safeText(g.title), cols)), ...hits];
}

function header(r: Report, label: string, cols: number): string[] {
  const dates = `${r.period.since} to ${r.period.until}`;
  // The dates in brackets after the label, unless the label is the dates or there is no room.
  const range = label === dates || width(label) + dates.length + 3 + 11 > cols ? '' : ` (${dates})`;
  const title = truncate(label, Math.max(1, cols - 3 - 8));
  const name = truncate(safeText(r.name), cols - 3 - width(title) - width(range));
  const out = [`${paint().bold(name)} · ${title}${range ? dim(range) : ''}`];
  if (r.vision) out.push('', ...wrap(`“${r.vision}”`, cols, '  ').map((l) => paint().italic(l)));
  return out;
}

/** The whole report as terminal text. `label` names the period ("Q4 2026", "all time"). */
export function renderTerminal(r: Report, label: string, cols: number): string {
  const sections = [
    header(r, label, cols),
    goalSection(r, cols),
    milestoneSection(r, cols),
    matrixSection(r, cols),
    checkinSection(r, cols),
    journalSection(r, cols),
    finishedSection(r, cols),
  ].filter((s) => s.length);
  return sections.map((s) => s.map((line) => line.trimEnd()).join('\n')).join('\n\n');
}
