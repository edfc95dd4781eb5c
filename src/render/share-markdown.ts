// The accountability status as Markdown, ready to paste into an email to the partner.
import type { ShareModel } from '../core/share.js';
import { mdText } from './report-markdown.js';
import { percent } from './text.js';

const bullets = (lines: string[], empty: string) => (lines.length ? lines.map((l) => `- ${l}`) : [`- ${empty}`]);

export function renderShare(s: ShareModel): string {
  const to = s.partner ? `${mdText(s.partner.name)}${s.partner.contact ? ` <${mdText(s.partner.contact)}>` : ''}` : null;
  const p = s.progress;
  const progress = [
    // The unit says what is counted; without one, the metric's name does.
    ...p.moved.map((m) => `**${mdText(m.title)}**: ${m.from} → ${m.to} of ${m.target} ${mdText(m.unit || m.metric)} (${percent(m.progress)})${m.note ? `: ${mdText(m.note)}` : ''}`),
    ...p.milestonesDone.map((m) => `Milestone done: ${mdText(m.title)} (${mdText(m.goal)})`),
    ...p.wins.map((w) => `Win: ${mdText(w.text)}`),
    ...p.statusNotes.map((n) => `${mdText(n.goal)}${n.status ? ` (${n.status})` : ''}${n.note ? `: ${mdText(n.note)}` : ''}`),
  ];
  const plans = [
    ...s.plans.focus.map((f) => mdText(f)),
    ...s.plans.dueSoon.map((m) => `Due ${m.due}: ${mdText(m.title)} (${mdText(m.goal)})`),
  ];
  const q = s.problems;
  const problems = [
    ...q.blockers.map((b) => mdText(b.text)),
    ...q.overdue.map((g) => `Overdue since ${g.deadline}: ${mdText(g.title)}`),
    ...q.behind.map((g) => `Behind pace: ${mdText(g.title)} (${percent(g.progress)} done, ${percent(g.expected)} expected by now)`),
    ...q.atRisk.filter((r) => !q.behind.some((b) => b.goal === r.goal) && !q.overdue.some((o) => o.goal === r.goal)).map((r) => `${mdText(r.title)} is ${r.status}`),
  ];
  return [
    `# Weekly status ${s.week}: ${mdText(s.name)}`,
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
