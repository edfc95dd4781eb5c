// Small helpers for the HTML report's inline SVG: linear scales over numbers and days, number
// formatting that keeps the markup short and stable, and the few shapes the charts draw.
import { addDays, daysBetween } from '../core/dates.js';
import { esc, tag } from './html.js';

/** One decimal at most: the same data always gives the same bytes, and no 0.30000000000000004. */
export const num = (x: number): string => String(Math.round(x * 10) / 10);

export type Scale = (x: number) => number;

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (x) => r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);
}

/** A scale over calendar days: a date's position between `since` and `until`. */
export function dayScale(since: string, until: string, r0: number, r1: number): (date: string) => number {
  const s = linear(0, daysBetween(since, until), r0, r1);
  return (date) => s(daysBetween(since, date));
}

/** The first day of each month (or, over long spans, each year) from `since` to `until`. */
export function dateTicks(since: string, until: string): string[] {
  const yearly = daysBetween(since, until) > 430;
  const ticks: string[] = [];
  let d = yearly ? `${since.slice(0, 4)}-01-01` : `${since.slice(0, 7)}-01`;
  while (d <= until) {
    if (d >= since) ticks.push(d);
    d = yearly ? `${Number(d.slice(0, 4)) + 1}-01-01` : addDays(`${d.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
  }
  return ticks;
}

export const line = (x1: number, y1: number, x2: number, y2: number, cls: string): string =>
  tag('line', { x1: num(x1), y1: num(y1), x2: num(x2), y2: num(y2), class: cls });

export const polyline = (pts: readonly [number, number][], cls: string): string =>
  tag('polyline', { points: pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), class: cls });

/** Text in the picture (escaped). */
export const text = (x: number, y: number, s: string, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): string =>
  tag('text', { x: num(x), y: num(y), class: cls, 'text-anchor': anchor }, esc(s));

/** A circle with a tooltip (an SVG <title>, shown on hover and read by screen readers). */
export const dot = (x: number, y: number, r: number, cls: string, hint: string): string =>
  tag('circle', { cx: num(x), cy: num(y), r: num(r), class: cls }, tag('title', {}, esc(hint)));

/** The whole picture, scaled to the page width, labelled for screen readers. Inline in HTML it needs no xmlns. */
export function svg(width: number, height: number, label: string, inner: string, cls?: string): string {
  return tag('svg', { class: cls, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label }, inner);
}
