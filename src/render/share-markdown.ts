// The accountability status as Markdown, ready to paste into an email to the partner.
import type { ShareModel } from '../core/share.js';
import { md } from './markdown.js';
import { percent } from './text.js';

const bullets = (lines: string[], empty: string) => (lines.length ? lines.map((l) => `- ${l}`) : [`- ${empty}`]);

export function renderShare(s: ShareModel): string {
  const to = s.partner ? `${md(s.partner.name)}${s.partner.contact ? ` <${md(s.partner.contact)}>` : ''}` : null;
  const p = s.progress;
  const progress = [
    // The unit says what is counted; without one, the metric's name does.
    ...p.moved.map((m) => `**${md(m.title)}**: ${m.from} → ${m.to} of ${m.target} ${md(m.unit || m.metric)} (${percent(m.progress)})${m.note ? `: ${md(m.note)}` : ''}`),
    ...p.milestonesDone.map((m) => `Milestone done: ${md(m.title)} (${md(m.goal)})`),
    ...p.wins.map((w) => `Win: ${md(w.text)}`),
    ...p.statusNotes.map((n) => `${md(n.goal)}${n.status ? ` (${n.status})` : ''}${n.note ? `: ${md(n.note)}` : ''}`),
  ];
  const plans = [
    ...s.plans.focus.map((f) => md(f)),
    ...s.plans.dueSoon.map((m) => `Due ${m.due}: ${md(m.title)} (${md(m.goal)})`),
  ];
  const q = s.problems;
  const problems = [
    ...q.blockers.map((b) => md(b.text)),
    ...q.overdue.map((g) => `Overdue since ${g.deadline}: ${md(g.title)}`),
    ...q.behind.map((g) => `Behind pace: ${md(g.title)} (${percent(g.progress)} done, ${percent(g.expected)} expected by now)`),
    ...q.atRisk.filter((r) => !q.behind.some((b) => b.goal === r.goal) && !q.overdue.some((o) => o.goal === r.goal)).map((r) => `${md(r.title)} is ${r.status}`),
  ];
  return [
    `# Weekly status ${s.week}: ${md(s.name)}`,
    ...(to ? ['', `To: ${to}`] : []),
    '',
    '## Progress', ...bullets(progress, 'No progress recorded this week.'),
    '',
    '## Plans', ...bullets(plans, 'No focus set for next week yet.'),
    '',
    '## Problems', ...bullets(problems, 'Nothing in the way.'),
    '',
  ].join('\n');
}
