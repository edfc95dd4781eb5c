// A small terminal chart of a goal's metric: recorded values (●) against the ideal line (·)
// from the start value on the creation date to the target on the deadline.
import { paint } from './paint.js';
import { toDayNumber } from '../core/dates.js';
import type { GoalRecord } from '../core/journal.js';

const ROWS = 8;

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function metricChart(g: GoalRecord, today: string, cols: number): string[] {
  if (!g.metric) return [];
  const { start, target } = g.metric;
  const x0 = toDayNumber(g.created);
  const lastLog = g.progressLog.length ? toDayNumber(g.progressLog[g.progressLog.length - 1]!.date) : x0;
  const x1 = Math.max(toDayNumber(g.deadline), toDayNumber(today), lastLog, x0 + 1);
  const values = g.progressLog.map((p) => p.value);
  const lo = Math.min(start, target, ...values);
  const hi = Math.max(start, target, ...values);
  const span = hi - lo || 1;
  const grid: string[][] = Array.from({ length: ROWS }, () => Array<string>(cols).fill(' '));
  const col = (day: number) => Math.min(cols - 1, Math.max(0, Math.round(((day - x0) / (x1 - x0)) * (cols - 1))));
  const row = (value: number) => ROWS - 1 - Math.round(((value - lo) / span) * (ROWS - 1));
  const d0 = x0;
  const d1 = toDayNumber(g.deadline);
  for (let c = 0; c < cols; c++) {
    const day = x0 + ((x1 - x0) * c) / (cols - 1);
    if (day > d1 || d1 === d0) continue;
    const ideal = start + ((target - start) * (day - d0)) / (d1 - d0);
    grid[row(ideal)]![c] = paint().dim('·');
  }
  for (const p of g.progressLog) grid[row(p.value)]![col(toDayNumber(p.date))] = paint().cyan('●');
  const labelWidth = Math.max(fmt(hi).length, fmt(lo).length);
  const lines = grid.map((cells, i) => {
    const label = i === 0 ? fmt(hi) : i === ROWS - 1 ? fmt(lo) : '';
    return `  ${label.padStart(labelWidth)} ┤${cells.join('')}`;
  });
  const axisEnd = x1 === d1 ? g.deadline : today > g.deadline ? today : g.deadline;
  lines.push(`  ${' '.repeat(labelWidth)} └${'─'.repeat(cols)}`);
  lines.push(`  ${' '.repeat(labelWidth)}  ${g.created}${' '.repeat(Math.max(1, cols - 20))}${axisEnd}`);
  lines.push(`  ${' '.repeat(labelWidth)}  ${paint().cyan('●')} recorded  ${paint().dim('·')} ideal pace to ${fmt(target)} by ${g.deadline}`);
  return lines;
}
