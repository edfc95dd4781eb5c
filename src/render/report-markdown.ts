// The report as a Markdown document to send or paste into a performance review. For a year it
// reads as a brag document: achievements first, then wins, feedback and skills developed.
import { STATUS_WORDS } from '../core/checkin-status.js';
import type { PeriodItem } from '../core/entries.js';
import type { GoalView } from '../core/goal-view.js';
import { forecastText } from '../core/progress.js';
import type { Report } from '../core/report.js';
import { reflectionParts } from '../core/reflection.js';
import { md } from './markdown.js';
import { percent } from './text.js';

const PACE_WORDS: Record<GoalView['pace'], string> = { ahead: 'ahead', 'on-track': 'on track', behind: 'behind', overdue: 'overdue', done: 'done' };

function items(list: readonly PeriodItem[], empty: string): string[] {
  return list.length ? list.map((i) => `- ${i.date}: ${md(i.text)}${i.goal ? ` *(${md(i.goal)})*` : ''}`) : [`*${empty}*`];
}

function goalTable(r: Report): string[] {
  if (!r.goals.length) return ['*No active goals.*'];
  const rows = r.goals.map((g) => {
    const depth = r.depth[g.id] ?? 0;
    const title = `${'&nbsp;&nbsp;'.repeat(depth)}${depth ? '↳ ' : ''}${md(g.title)}`;
    const forecast = g.metric ? (g.forecast ? `${g.forecast} (${forecastText(g.forecast, g.deadline)})` : '—') : '—';
    return `| ${title} | ${g.horizon} | ${percent(g.progress)} | ${PACE_WORDS[g.pace]} | ${g.checkinStatus ? STATUS_WORDS[g.checkinStatus] : '—'} | ${g.deadline} | ${forecast} |`;
  });
  // "Check-in" is what the person said in the latest check-in, beside the computed pace.
  return ['| Goal | Horizon | Progress | Pace | Check-in | Deadline | Forecast |', '|---|---|---:|---|---|---|---|', ...rows];
}

function milestones(r: Report): string[] {
  const line = (m: { due: string; title: string; goal: string }) => `- ${m.due}: ${md(m.title)} *(${md(m.goal)})*`;
  return [
    '### Hit in this period', ...(r.milestonesHit.length ? r.milestonesHit.map((m) => `- ${m.completed}: ${md(m.title)} *(${md(m.goal)})*`) : ['*None.*']), '',
    '### Overdue', ...(r.milestones.overdue.length ? r.milestones.overdue.map(line) : ['*None.*']), '',
    '### Due in the next 30 days', ...(r.milestones.upcoming.length ? r.milestones.upcoming.map(line) : ['*None.*']),
  ];
}

function matrix(r: Report): string[] {
  const titles = new Map(r.goals.map((g) => [g.id, g.title]));
  const cell = (ids: string[]) => (ids.length ? ids.map((id) => md(titles.get(id) ?? id)).join('<br>') : '—');
  return [
    '| | Urgent | Not urgent |', '|---|---|---|',
    `| **Important** | Do now: ${cell(r.eisenhower.do)} | Schedule: ${cell(r.eisenhower.schedule)} |`,
    `| **Not important** | Delegate: ${cell(r.eisenhower.delegate)} | Drop?: ${cell(r.eisenhower.drop)} |`,
  ];
}

function rhythm(r: Report): string[] {
  const c = r.checkins;
  const energy = c.energy.length ? ` Average energy ${(c.energy.reduce((s, e) => s + e.energy, 0) / c.energy.length).toFixed(1)} of 5.` : '';
  return [`${c.count} weekly check-ins; current streak ${c.streak} week${c.streak === 1 ? '' : 's'}${c.missed.length ? `; missed ${c.missed.join(', ')}` : ''}.${energy}`];
}

function finished(r: Report): string[] {
  return r.finished.length ? r.finished.map((g) => `- **${md(g.title)}** (${g.type}, ${g.horizon}-term)`) : ['*No goals finished in this period.*'];
}

/** The skills re-rated in the period's reviews, from -> to; else the learnings are what there is. */
function skillsDeveloped(r: Report): string[] {
  if (!r.skillsRated.length) return ['*No skill re-rated in a review of this period (`career review annual` re-rates them).*'];
  return r.skillsRated.map((s) => `- **${md(s.name)}**: ${s.from} → ${s.to} of 5 *(${s.review} review)*`);
}

/** What the person wrote about this year at `career init`, in their words. */
function lookingBack(r: Report): string[] {
  if (!r.reflection) return [];
  return [`## Looking back on ${r.reflection.year}`, ...reflectionParts(r.reflection).flatMap((p) => [`**${p.label}**`, ...p.items.map((i) => `- ${md(i)}`), ''])].slice(0, -1);
}

/** `brag`: the year's achievements first, as a document for a performance review. */
export function renderMarkdown(r: Report, label: string, brag: boolean): string {
  const title = brag ? `# Brag document ${label}: ${md(r.name)}` : `# Career report ${label}: ${md(r.name)}`;
  const intro = [title, '', `*${r.period.since} to ${r.period.until}, as of ${r.today}*`, ...(r.vision ? ['', `> ${md(r.vision)}`] : [])];
  const journal = [
    '## Wins', ...items(r.journal.wins, 'No wins recorded.'), '',
    '## Feedback received', ...items(r.journal.feedback, 'No feedback recorded.'), '',
    ...(brag ? ['## Skills developed', ...skillsDeveloped(r), ''] : []),
    brag ? '## Lessons learned' : '## Learnings', ...items(r.journal.learnings, 'No learnings recorded.'), '',
    '## Blockers', ...items(r.journal.blockers, 'No blockers recorded.'),
  ];
  const sections = brag
    ? [intro, ['## Goals achieved', ...finished(r)], ...(r.reflection ? [lookingBack(r)] : []), ['## Milestones', ...milestones(r)], journal, ['## Goals in progress', ...goalTable(r)], ['## Check-ins', ...rhythm(r)]]
    : [intro, ['## Goals', ...goalTable(r)], ['## Milestones', ...milestones(r)], ['## Priorities', ...matrix(r)], ['## Check-ins', ...rhythm(r)], journal, ['## Finished', ...finished(r)]];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
