// The report as one self-contained HTML page to look at, print or send (issue 16.7): the
// Markdown report's content plus pictures, inline SVG and CSS, no script and no address outside
// the file. Pure: the report model and its chart data in, the document out; all user text escaped.
import { STATUS_WORDS } from '../core/checkin-status.js';
import type { PeriodItem } from '../core/entries.js';
import type { GoalView } from '../core/goal-view.js';
import { forecastText } from '../core/progress.js';
import { reflectionParts } from '../core/reflection.js';
import type { Report } from '../core/report.js';
import type { ReportCharts } from '../core/report-charts.js';
import { energySvg, goalSvg, heatmapSvg, timelineSvg } from './report-charts-svg.js';
import { esc, tag } from './html.js';
import { percent } from './text.js';

const PACE_WORDS: Record<GoalView['pace'], string> = { ahead: 'ahead', 'on-track': 'on track', behind: 'behind', overdue: 'overdue', done: 'done' };

// Colours that survive a black-and-white printer too: the lines differ by dash as well as hue.
const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b6bcb; --good: #1a7f37; --bad: #cf222e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 960px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; } .meta, figcaption, .empty { color: var(--muted); }
blockquote { border-left: 4px solid var(--line); margin: 1rem 0; padding: .2rem 1rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pace-behind, .pace-overdue { color: var(--bad); font-weight: 600; } .pace-ahead { color: var(--good); }
figure { margin: .5rem 0 1.2rem; break-inside: avoid; } svg { width: 100%; max-width: 100%; height: auto; display: block; } svg.heatmap { width: auto; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); } svg .label { fill: var(--ink); font-size: 12px; }
.axis { stroke: #8c959f; } .grid { stroke: #eaeef2; } .today { stroke: var(--muted); stroke-dasharray: 2 3; }
polyline { fill: none; stroke-width: 2; } polyline.ideal { stroke: #8c959f; stroke-dasharray: 6 4; }
polyline.forecast { stroke: var(--accent); stroke-dasharray: 2 3; } polyline.recorded, polyline.energy { stroke: var(--accent); }
circle.recorded, circle.energy { fill: var(--accent); }
circle.milestone { stroke-width: 2; } .done { fill: var(--good); stroke: var(--good); } .open { fill: #fff; stroke: var(--accent); } .overdue { fill: #fff; stroke: var(--bad); }
rect.heat { fill: #ebedf0; } rect.l1 { fill: #9be9a8; } rect.l2 { fill: #40c463; } rect.l3 { fill: #30a14e; } rect.l4 { fill: #216e39; }
.key { display: inline-block; width: 1.6em; border-top: 2px solid; vertical-align: middle; margin: 0 .2em 0 .8em; }
.key.ideal { border-top: 2px dashed #8c959f; } .key.forecast { border-top: 2px dotted var(--accent); } .key.recorded { border-color: var(--accent); }
ul { padding-left: 1.3rem; } .goal { color: var(--muted); font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } table, figure, li { break-inside: avoid; }
  th { background: none; } a { color: inherit; text-decoration: none; }
  @page { margin: 15mm; }
}
`;

const cls = (s: string) => s.replace(/[^a-z-]/g, '');

function list(items: readonly PeriodItem[], empty: string): string {
  if (!items.length) return tag('p', { class: 'empty' }, esc(empty));
  return tag('ul', {}, items.map((i) => tag('li', {}, `${esc(i.date)}: ${esc(i.text)}${i.goal ? ` ${tag('span', { class: 'goal' }, `(${esc(i.goal)})`)}` : ''}`)).join(''));
}

function goalTable(r: Report): string {
  if (!r.goals.length) return tag('p', { class: 'empty' }, 'No active goals.');
  const head = tag('tr', {}, ['Goal', 'Horizon', 'Progress', 'Pace', 'Check-in', 'Deadline', 'Forecast'].map((h) => tag('th', {}, h)).join(''));
  const rows = r.goals.map((g) => {
    const depth = r.depth[g.id] ?? 0;
    const forecast = g.metric && g.forecast ? `${g.forecast} (${forecastText(g.forecast, g.deadline)})` : '—';
    return tag('tr', {}, [
      tag('td', { style: depth ? `padding-left:${0.5 + depth * 1.2}rem` : undefined }, `${depth ? '↳ ' : ''}${esc(g.title)}`),
      tag('td', {}, esc(g.horizon)), tag('td', { class: 'num' }, percent(g.progress)),
      tag('td', { class: `pace-${cls(g.pace)}` }, PACE_WORDS[g.pace]),
      tag('td', {}, g.checkinStatus ? STATUS_WORDS[g.checkinStatus] : '—'), tag('td', {}, esc(g.deadline)), tag('td', {}, esc(forecast)),
    ].join(''));
  });
  return tag('table', {}, head + rows.join(''));
}

function goalFigures(r: Report, c: ReportCharts): string {
  if (!c.goals.length) return '';
  const key = `${tag('span', { class: 'key recorded' })}recorded${tag('span', { class: 'key ideal' })}ideal line${tag('span', { class: 'key forecast' })}forecast`;
  return c.goals.map((g) => tag('figure', { class: 'goal-chart' },
    tag('h3', {}, esc(g.title)) + goalSvg(g, r.today)
    + tag('figcaption', {}, `${esc(g.metric)}${g.unit ? ` (${esc(g.unit)})` : ''}: ${key}${g.forecast ? '' : ' — no forecast yet'}`))).join('');
}

function milestones(r: Report, c: ReportCharts): string {
  const li = (when: string, m: { title: string; goal: string }) => tag('li', {}, `${esc(when)}: ${esc(m.title)} ${tag('span', { class: 'goal' }, `(${esc(m.goal)})`)}`);
  const part = (title: string, items: string[]) => tag('h3', {}, title) + (items.length ? tag('ul', {}, items.join('')) : tag('p', { class: 'empty' }, 'None.'));
  const picture = c.timeline.rows.length
    ? tag('figure', {}, timelineSvg(c.timeline) + tag('figcaption', {}, 'Filled: done (on the day it was done); hollow: open, on its due day; red: overdue. The dotted line is today.'))
    : '';
  return picture
    + part('Hit in this period', r.milestonesHit.map((m) => li(m.completed, m)))
    + part('Overdue', r.milestones.overdue.map((m) => li(m.due, m)))
    + part('Due in the next 30 days', r.milestones.upcoming.map((m) => li(m.due, m)));
}

function matrix(r: Report): string {
  const titles = new Map(r.goals.map((g) => [g.id, g.title]));
  const cell = (label: string, ids: string[]) => tag('td', {}, `<strong>${label}</strong>: ${ids.length ? ids.map((id) => esc(titles.get(id) ?? id)).join('<br>') : '—'}`);
  return tag('table', { class: 'matrix' }, tag('tr', {}, '<th></th><th>Urgent</th><th>Not urgent</th>')
    + tag('tr', {}, `<th>Important</th>${cell('Do now', r.eisenhower.do)}${cell('Schedule', r.eisenhower.schedule)}`)
    + tag('tr', {}, `<th>Not important</th>${cell('Delegate', r.eisenhower.delegate)}${cell('Drop?', r.eisenhower.drop)}`));
}

function rhythm(r: Report, c: ReportCharts): string {
  const k = r.checkins;
  const avg = k.energy.length ? ` Average energy ${(k.energy.reduce((s, e) => s + e.energy, 0) / k.energy.length).toFixed(1)} of 5.` : '';
  const sentence = `${k.count} weekly check-in${k.count === 1 ? '' : 's'}; current streak ${k.streak} week${k.streak === 1 ? '' : 's'}${k.missed.length ? `; missed ${k.missed.join(', ')}` : ''}.${avg}`;
  const energy = c.energy.length
    ? tag('figure', {}, tag('h3', {}, 'Energy, week by week') + energySvg(c.energy) + tag('figcaption', {}, 'From each check-in, 1 (drained) to 5 (energised).'))
    : tag('p', { class: 'empty' }, 'No energy recorded in this period.');
  const heat = tag('figure', {}, tag('h3', {}, 'Check-ins and journal entries') + heatmapSvg(c.heatmap)
    + tag('figcaption', {}, `${esc(c.heatmap.since)} to ${esc(c.heatmap.until)}, a square a day: darker for more entries; a check-in counts as two.`));
  return tag('p', {}, esc(sentence)) + energy + heat;
}

function finished(r: Report): string {
  if (!r.finished.length) return tag('p', { class: 'empty' }, 'No goals finished in this period.');
  return tag('ul', {}, r.finished.map((g) => tag('li', {}, `<strong>${esc(g.title)}</strong> (${esc(g.type)}, ${esc(g.horizon)}-term)`)).join(''));
}

function skills(r: Report): string {
  if (!r.skillsRated.length) return tag('p', { class: 'empty' }, 'No skill re-rated in a review of this period.');
  return tag('ul', {}, r.skillsRated.map((s) => tag('li', {}, `<strong>${esc(s.name)}</strong>: ${s.from} → ${s.to} of 5 (${esc(s.review)} review)`)).join(''));
}

function lookingBack(r: Report): string {
  if (!r.reflection) return '';
  return section(`Looking back on ${r.reflection.year}`, reflectionParts(r.reflection)
    .map((p) => tag('h3', {}, esc(p.label)) + tag('ul', {}, p.items.map((i) => tag('li', {}, esc(i))).join(''))).join(''));
}

const section = (title: string, inner: string) => tag('section', {}, tag('h2', {}, esc(title)) + inner);

/** `brag`: a whole year, read as a brag document (skills developed and the year's reflection added). */
export function renderHtml(r: Report, c: ReportCharts, label: string, brag: boolean): string {
  const title = `${brag ? 'Brag document' : 'Career report'} ${label}: ${r.name}`;
  const body = [
    tag('header', {}, tag('h1', {}, esc(title)) + tag('p', { class: 'meta' }, `${esc(r.period.since)} to ${esc(r.period.until)}, as of ${esc(r.today)}`)
      + (r.vision ? tag('blockquote', {}, esc(r.vision)) : '')),
    section('Goals', goalTable(r) + goalFigures(r, c)),
    brag ? section('Goals achieved', finished(r)) : '',
    lookingBack(r),
    section('Milestones', milestones(r, c)),
    section('Priorities', matrix(r)),
    section('Check-ins', rhythm(r, c)),
    section('Wins', list(r.journal.wins, 'No wins recorded.')),
    section('Feedback received', list(r.journal.feedback, 'No feedback recorded.')),
    brag ? section('Skills developed', skills(r)) : '',
    section(brag ? 'Lessons learned' : 'Learnings', list(r.journal.learnings, 'No learnings recorded.')),
    section('Blockers', list(r.journal.blockers, 'No blockers recorded.')),
    brag ? '' : section('Finished', finished(r)),
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`
    // The browser itself refuses any script or fetch, should a later change ever let one in.
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`
    + `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body.filter(Boolean).join('\n')}\n</body>\n</html>\n`;
}
