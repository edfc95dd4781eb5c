// Terminal views of goals: the `goal list` table and the `goal show` page.
import { paint } from './paint.js';
import type { GoalView } from '../core/goal-view.js';
import type { GoalRecord } from '../core/journal.js';
import type { Pace } from '../core/progress.js';
import { forecastText, unitAfterName } from '../core/progress.js';
import { SMART_LABELS, SMART_KEYS, type SmartCheck } from '../core/smart.js';
import { safeText } from './safe.js';
import { bar, padEnd, percent, truncate, width } from './text.js';
import { hanging, withTail, wrapStyled } from './wrap.js';
import { metricChart } from './chart.js';
import { byCodeUnit } from '../core/text.js';
import type { CheckinStatus } from '../core/checkin-status.js';

const PACE_STYLE: Record<Pace, 'green' | 'cyan' | 'yellow' | 'red'> = {
  ahead: 'green',
  'on-track': 'cyan',
  behind: 'yellow',
  overdue: 'red',
  done: 'green',
};

export const paceLabel = (pace: Pace) => paint()[PACE_STYLE[pace]](pace);

const STATUS_STYLE: Record<CheckinStatus, 'cyan' | 'yellow' | 'red'> = { 'on-track': 'cyan', 'at-risk': 'yellow', 'off-track': 'red', blocked: 'red' };
/** The person's own flag, beside the pace and never instead of it; '' when the check-in said nothing. */
export const checkinLabel = (s: CheckinStatus | null) => (s ? paint()[STATUS_STYLE[s]](s) : '');
/** Cells the flag column takes: none when no goal has one, else two spaces and the widest word (off-track). */
export const checkinCells = (views: readonly Pick<GoalView, 'checkinStatus'>[]) => (views.some((v) => v.checkinStatus) ? 11 : 0);
/** A dropped goal has no pace worth showing (the formula would call it overdue): say dropped. */
const paceOrStatus = (v: GoalView) => (v.status === 'dropped' ? 'dropped' : paceLabel(v.pace));

const STATUS_MARK: Record<string, string> = { done: '✓ ', dropped: '✗ ', active: '' };

/**
 * One aligned row per goal: id, title, horizon, deadline, bar and percent, pace. The id is what
 * people type, so it is kept whole; on a narrow terminal the title moves to a line of its own
 * under the row, then the bar goes, then the horizon, and only then is the id cut. No line is
 * wider than `cols`.
 */
export function goalTable(views: readonly GoalView[], cols: number): string {
  if (views.length === 0) return 'No goals yet. Add one with `career goal add`.';
  const idNeed = Math.max(2, ...views.map((v) => width(STATUS_MARK[v.status]! + v.id)));
  let showHorizon = true;
  // After the id: its gap, [HORIZON  ]DEADLINE  [BAR ]PCT  PACE (pace is at most 8 cells).
  const flagCells = checkinCells(views);
  const rest = (barCells: number) => 2 + (showHorizon ? 9 : 0) + 12 + (barCells ? barCells + 1 : 0) + 4 + 2 + 8 + flagCells;
  // The bar shrinks from 10 cells to 4 before it goes.
  let barCells = Math.min(10, cols - idNeed - rest(0) - 1);
  if (barCells < 4) barCells = 0;
  if (idNeed + rest(barCells) > cols) showHorizon = false;
  const idWidth = Math.max(2, Math.min(idNeed, cols - rest(barCells)));
  const titleWidth = cols - idWidth - rest(barCells) - 2;
  const showTitle = titleWidth >= 16;
  const title = (text: string) => (showTitle ? `${padEnd(truncate(text, titleWidth), titleWidth)}  ` : '');
  const horizon = (text: string) => (showHorizon ? `${padEnd(text, 7)}  ` : '');
  const progress = (v?: GoalView) => (v ? `${barCells ? `${bar(v.progress, barCells)} ` : ''}${percent(v.progress).padStart(4)}` : (barCells ? padEnd('PROGRESS', barCells + 5) : '   %'));
  const flag = (text: string) => (flagCells ? `${text ? `  ${text}` : ''}` : '');
  const header = paint().dim(`${padEnd('ID', idWidth)}  ${title('TITLE')}${horizon('HORIZON')}${padEnd('DEADLINE', 10)}  ${progress()}  ${flagCells ? padEnd('PACE', 8) : 'PACE'}${flag('SAID')}`);
  const rows = views.map((v) => {
    const id = padEnd(truncate(STATUS_MARK[v.status]! + v.id, idWidth), idWidth);
    const said = v.status === 'active' ? checkinLabel(v.checkinStatus) : '';
    const line = `${id}  ${title(safeText(v.title))}${horizon(v.horizon)}${v.deadline}  ${progress(v)}  ${said ? padEnd(paceOrStatus(v), 8) : paceOrStatus(v)}${flag(said)}`;
    // No room for a title column: the title goes under its row, so every goal still says what it is.
    const full = showTitle ? line : `${line}\n  ${paint().dim(truncate(safeText(v.title), Math.max(8, cols - 2)))}`;
    return v.status === 'active' ? full : paint().dim(full);
  });
  return [header, ...rows].join('\n');
}

/** Each SMART criterion with its hint, wrapped to `cols` under the hint. */
export function smartLines(check: SmartCheck, cols = Infinity): string[] {
  return SMART_KEYS.flatMap((k) => {
    const c = check[k];
    const head = `  ${c.pass ? paint().green('✓') : paint().red('✗')} ${padEnd(SMART_LABELS[k], 11)} `;
    return wrapStyled([[safeText(c.hint), c.pass ? paint().dim : undefined]], cols, head);
  });
}

/** Working-backward findings under the SMART lines: each with its hint. */
export function backwardLines(findings: readonly { message: string; hint: string }[], cols = Infinity): string[] {
  return findings.flatMap((f) => [
    ...hanging(`  ${paint().red('✗')} ${padEnd('Backward', 11)} `, safeText(f.message), cols),
    ...wrapStyled([[`hint: ${safeText(f.hint)}`, paint().dim]], cols, '    '),
  ]);
}

function quadrant(g: GoalRecord): string {
  if (g.important) return g.urgent ? 'important and urgent: do it now' : 'important, not urgent: schedule it';
  return g.urgent ? 'urgent, not important: delegate it' : 'neither important nor urgent: consider dropping it';
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', paint().bold(title), ...lines] : [];
}

function milestoneLines(g: GoalRecord, today: string, cols: number): string[] {
  return [...g.milestones].sort((a, b) => byCodeUnit(a.due, b.due)).flatMap((m) => {
    const id = [`[${m.id}]`, paint().dim] as const;
    if (m.completed) return wrapStyled([[safeText(m.title)], id, [`(done ${m.completed})`, paint().dim]], cols, `  ${paint().green('✓')} ${m.due}  `);
    if (m.due < today) return wrapStyled([[safeText(m.title)], id, ['overdue', paint().red]], cols, `  ${paint().red('!')} ${m.due}  `);
    return wrapStyled([[safeText(m.title)], id], cols, `  ${paint().dim('·')} ${m.due}  `);
  });
}

function supportLines(g: GoalRecord, cols: number): string[] {
  const parts: [string, string[]][] = [['who can help', g.support.helpers], ['resources', g.support.resources], ['skills and habits', g.support.skills]];
  return parts.filter(([, v]) => v.length).flatMap(([k, v]) => hanging(`  ${k}: `, v.map(safeText).join(', '), cols));
}

function progressLine(g: GoalRecord, v: GoalView, cols: number): string[] {
  const unit = v.metric ? unitAfterName(v.metric) : '';
  const amount = v.metric
    ? `${safeText(v.metric.name)}: ${v.metric.current} of ${v.metric.target}${unit ? ` ${safeText(unit)}` : ''}`
    : `${v.milestones.filter((m) => m.done).length} of ${v.milestones.length} milestones`;
  const expected = g.status === 'active' ? `, expected ${percent(v.expected)} by now` : '';
  const said = g.status === 'active' && v.checkinStatus ? ` · latest check-in: ${checkinLabel(v.checkinStatus)}` : '';
  return wrapStyled([[`${bar(v.progress, 20)} ${percent(v.progress)}`], [`(${amount}${expected})`, paint().dim], [`${paceOrStatus(v)}${said}`]], cols);
}

/**
 * Everything about one goal, for `goal show`. `wrap` is the terminal's width for free text (why,
 * steps, risks); without one (piped) each stays on its line.
 */
export function goalPage(g: GoalRecord, v: GoalView, check: SmartCheck, today: string, cols: number, wrap = Infinity): string {
  const facts = [g.type, `${g.horizon}-term`, g.status, quadrant(g)].join(' · ');
  const dates = [`deadline ${g.deadline}`, `created ${g.created}`, g.parent ? `parent ${g.parent}` : ''].filter(Boolean).join(' · ');
  const title = withTail(hanging('', safeText(g.title), wrap).map((l) => paint().bold(l)), paint().dim(`(${g.id})`), wrap, '');
  const lines = [...title, ...wrapStyled([[facts, paint().dim]], wrap), ...wrapStyled([[dates, paint().dim]], wrap)];
  if (g.why) lines.push('', ...hanging('Why: ', safeText(g.why), wrap));
  if (g.values.length) lines.push(...hanging('Values: ', g.values.map(safeText).join(', '), wrap));
  if (g.closed) lines.push(...hanging('', `Closed ${g.closed.date}${g.closed.reason ? `: ${safeText(g.closed.reason)}` : ''}${g.closed.celebration ? ` · celebrate: ${safeText(g.closed.celebration)}` : ''}${g.closed.next ? ` · next: ${safeText(g.closed.next)}` : ''}`, wrap));
  lines.push('', ...progressLine(g, v, wrap));
  if (g.metric && g.status === 'active') lines.push(...hanging('Forecast: ', v.forecast ? `${v.forecast}, ${forecastText(v.forecast, g.deadline)}` : 'not enough progress recorded yet (needs two values going the right way)', wrap));
  lines.push(...section('SMART', smartLines(check, wrap)));
  lines.push(...section('Milestones', milestoneLines(g, today, wrap)));
  lines.push(...section('Steps', g.steps.flatMap((s, i) => {
    const head = `  ${String(i + 1).padStart(2)}. [ ] `;
    const [first, ...rest] = hanging(head, safeText(s.text), wrap);
    return [`  ${String(i + 1).padStart(2)}. ${s.done ? paint().green('[x]') : '[ ]'} ` + first!.slice(head.length), ...rest];
  })));
  lines.push(...section('Support', supportLines(g, wrap)));
  lines.push(...section('Risks', g.risks.flatMap((r) => hanging('  ', `${safeText(r.scenario)} -> ${safeText(r.contingency)}`, wrap)
    .map((l) => l.replace(' -> ', ` ${paint().dim('->')} `)))));
  if (g.metric && g.progressLog.length) {
    lines.push(...section('Progress', [...metricChart(g, today, Math.min(60, cols - 14)), '',
      ...g.progressLog.flatMap((p) => wrapStyled([[p.note ? safeText(p.note) : '', paint().dim]], wrap, `  ${p.date}  ${String(p.value).padStart(6)}  `))]));
  }
  lines.push(...section('Revisions', g.revisions.flatMap((r) => wrapStyled([[r.fields.join(', ') + (r.reason ? ':' : '')], [r.reason ? safeText(r.reason) : '', paint().dim]], wrap, `  ${r.date}  `))));
  return lines.join('\n');
}
