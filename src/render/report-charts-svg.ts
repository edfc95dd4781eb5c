// The HTML report's pictures as inline SVG, drawn from core/report-charts: a goal's values against
// its ideal line and forecast, the weekly energy line, the calendar heat map, the milestone time
// line. Every chart is a plain <svg> with classes the report's stylesheet colours; no script.
import { addDays, daysBetween, weekdayOf } from '../core/dates.js';
import type { GoalChart, Heatmap, Timeline } from '../core/report-charts.js';
import { shortDate } from '../core/progress.js';
import { dateTicks, dayScale, dot, line, linear, num, polyline, svg, text } from './svg.js';
import { esc, tag } from './html.js';

const W = 640;
const PAD = { left: 48, right: 16, top: 16, bottom: 28 };

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** Month or year ticks along the bottom of a date axis. */
function dateAxis(since: string, until: string, x: (d: string) => number, y: number): string {
  const ticks = dateTicks(since, until);
  const yearly = daysBetween(since, until) > 430;
  return line(x(since), y, x(until), y, 'axis') + ticks.map((d) => line(x(d), y, x(d), y + 4, 'axis')
    + text(x(d), y + 16, yearly ? d.slice(0, 4) : shortDate(d).split(' ')[0]!, 'tick', 'middle')).join('');
}

/**
 * A goal's recorded values (dots joined by a line), the ideal line from start to target, and the
 * forecast to the day the trend reaches the target. A forecast further out than twice the goal's
 * own span is cut there, so one slow trend does not squash the rest of the picture.
 */
export function goalSvg(c: GoalChart, today: string): string {
  const H = 220;
  const [i0, i1] = c.ideal;
  let forecast = c.forecast;
  const cap = addDays(i1.date, Math.max(30, daysBetween(i0.date, i1.date)));
  if (forecast && forecast[1].date > cap) {
    const [a, b] = forecast;
    const v = linear(0, daysBetween(a.date, b.date), a.value, b.value)(daysBetween(a.date, cap));
    forecast = [a, { date: cap, value: v }];
  }
  const dates = [i0.date, i1.date, today, ...c.points.map((p) => p.date), ...(forecast ? [forecast[1].date] : [])];
  const since = dates.reduce(earlier);
  const until = dates.reduce(later);
  const values = [i0.value, i1.value, ...c.points.map((p) => p.value)];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || 1;
  lo -= pad; hi += pad;
  const x = dayScale(since, until, PAD.left, W - PAD.right);
  const y = linear(lo, hi, H - PAD.bottom, PAD.top);
  const unit = c.unit ? ` ${c.unit}` : '';
  const parts = [
    dateAxis(since, until, x, H - PAD.bottom),
    line(PAD.left, PAD.top, PAD.left, H - PAD.bottom, 'axis'),
    text(PAD.left - 6, y(i0.value) + 4, num(i0.value), 'tick', 'end'),
    text(PAD.left - 6, y(i1.value) + 4, num(i1.value), 'tick', 'end'),
    line(x(today), PAD.top, x(today), H - PAD.bottom, 'today'),
    text(x(today), PAD.top - 4, 'today', 'tick', 'middle'),
    polyline([[x(i0.date), y(i0.value)], [x(i1.date), y(i1.value)]], 'ideal'),
    forecast ? polyline([[x(forecast[0].date), y(forecast[0].value)], [x(forecast[1].date), y(forecast[1].value)]], 'forecast') : '',
    c.points.length > 1 ? polyline(c.points.map((p) => [x(p.date), y(p.value)]), 'recorded') : '',
    ...c.points.map((p) => dot(x(p.date), y(p.value), 3, 'recorded', `${p.date}: ${num(p.value)}${unit}`)),
  ];
  return svg(W, H, `${c.metric}: recorded values, ideal line and forecast`, parts.join(''));
}

/** Energy (1-5) week by week, oldest first. */
export function energySvg(energy: readonly { week: string; energy: number }[]): string {
  const H = 160;
  const x = linear(0, Math.max(1, energy.length - 1), PAD.left, W - PAD.right);
  const y = linear(1, 5, H - PAD.bottom, PAD.top);
  const grid = [1, 2, 3, 4, 5].map((v) => line(PAD.left, y(v), W - PAD.right, y(v), 'grid') + text(PAD.left - 6, y(v) + 4, String(v), 'tick', 'end'));
  const labels = energy.length ? [text(x(0), H - 8, energy[0]!.week, 'tick', 'start'), text(x(energy.length - 1), H - 8, energy[energy.length - 1]!.week, 'tick', 'end')] : [];
  const pts = energy.map((e, i) => [x(i), y(e.energy)] as [number, number]);
  const parts = [...grid, ...labels, energy.length > 1 ? polyline(pts, 'energy') : '',
    ...energy.map((e, i) => dot(x(i), y(e.energy), 3, 'energy', `${e.week}: energy ${e.energy} of 5`))];
  return svg(W, H, 'weekly energy, 1 to 5', parts.join(''));
}

const WEEKDAY_LABELS = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];

/** How dark a day is: a check-in counts as two entries. */
const level = (checkins: number, entries: number): number => Math.min(4, checkins * 2 + entries);

/** Weeks as columns (Monday on top), one square a day; darker for more check-ins and entries. */
export function heatmapSvg(h: Heatmap): string {
  const cell = 12;
  const left = 32;
  const first = addDays(h.since, 1 - weekdayOf(h.since));
  const weeks = Math.floor(daysBetween(first, h.until) / 7) + 1;
  const width = left + weeks * cell + 8;
  const height = 7 * cell + 24;
  const byDate = new Map(h.days.map((d) => [d.date, d]));
  const squares: string[] = [];
  for (let d = h.since; d <= h.until; d = addDays(d, 1)) {
    const col = Math.floor(daysBetween(first, d) / 7);
    const row = weekdayOf(d) - 1;
    const day = byDate.get(d);
    const hint = day ? `${d}: ${day.checkins ? 'check-in, ' : ''}${day.entries} entr${day.entries === 1 ? 'y' : 'ies'}` : `${d}: nothing`;
    squares.push(tag('rect', { x: left + col * cell, y: row * cell, width: cell - 2, height: cell - 2, class: `heat l${day ? level(day.checkins, day.entries) : 0}` }, tag('title', {}, hint)));
  }
  const rows = WEEKDAY_LABELS.map((l, i) => (l ? text(left - 4, i * cell + 9, l, 'tick', 'end') : '')).join('');
  const months = dateTicks(h.since, h.until).filter((d) => d.endsWith('-01'))
    .map((d) => text(left + Math.floor(daysBetween(first, d) / 7) * cell, 7 * cell + 14, d.slice(5, 7) === '01' ? d.slice(0, 4) : shortDate(d).split(' ')[0]!, 'tick')).join('');
  return svg(width, height, `check-ins and journal entries per day, ${h.since} to ${h.until}`, squares.join('') + rows + months, 'heatmap');
}

/** Up to this many characters of a goal's title beside its row; the whole title is its tooltip. */
const LABEL_CHARS = 30;

/** One row a goal; done milestones filled on the day they were done, open ones hollow on their due day. */
export function timelineSvg(t: Timeline): string {
  const rowH = 26;
  const left = 220;
  const H = PAD.top + t.rows.length * rowH + PAD.bottom;
  const x = dayScale(t.since, t.until, left, W - PAD.right);
  const parts = [dateAxis(t.since, t.until, x, H - PAD.bottom), line(x(t.today), PAD.top - 6, x(t.today), H - PAD.bottom, 'today')];
  t.rows.forEach((r, i) => {
    const cy = PAD.top + i * rowH + rowH / 2;
    const label = [...r.title].length > LABEL_CHARS ? `${[...r.title].slice(0, LABEL_CHARS - 1).join('')}…` : r.title;
    parts.push(tag('text', { x: left - 8, y: num(cy + 4), class: 'label', 'text-anchor': 'end' }, tag('title', {}, esc(r.title)) + esc(label)));
    parts.push(line(left, cy, W - PAD.right, cy, 'grid'));
    for (const m of r.milestones) {
      const cls = m.completed ? 'done' : m.overdue ? 'overdue' : 'open';
      const when = m.completed ? `done ${m.completed} (due ${m.due})` : m.overdue ? `overdue since ${m.due}` : `due ${m.due}`;
      parts.push(dot(x(m.completed ?? m.due), cy, 5, `milestone ${cls}`, `${m.title}: ${when}`));
    }
  });
  return svg(W, H, 'milestones of each goal on a time line', parts.join(''));
}
