// The plan as a Markdown document (`career export markdown`): who the person is, the skills and
// relationships, then the goals worked backward from the vision, then what was finished or let
// go. Every piece of user text goes through `md` or `cell`, so a title like `# Ship | v2` stays a
// title: it cannot open a heading, a list, a quote, a table column, HTML or a link.
import type { GoalView } from '../core/goal-view.js';
import type { Plan, PlanGoal } from '../core/export.js';
import { forecastText, unitAfterName } from '../core/progress.js';
import type { Horizon } from '../core/schemas.js';
import { cell, md } from './markdown.js';

const list = (items: readonly string[]) => items.map(md).join(', ');

const HORIZON_LABEL: Record<Horizon, string> = {
  long: 'Long-term (5–10+ years)',
  mid: 'Mid-term (2–5 years)',
  short: 'Short-term (this year)',
};

const HORIZON_HEADING: Record<Horizon, string> = { long: 'Long-term', mid: 'Mid-term', short: 'Short-term' };

const PACE_LABEL: Record<GoalView['pace'], string> = {
  ahead: 'ahead of pace',
  'on-track': 'on track',
  behind: 'behind pace',
  overdue: 'overdue',
  done: 'done',
};

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
const num = (n: number) => String(n);

function target(view: GoalView, p: PlanGoal): string {
  const m = view.metric;
  if (m) {
    const unit = unitAfterName(m);
    return `${md(m.name)}: from ${num(m.start)} to ${num(m.target)}${unit ? ` ${md(unit)}` : ''} (now ${num(m.current)})`;
  }
  const n = p.goal.milestones.length;
  return n ? `${n} milestone${n === 1 ? '' : 's'}` : '_none set_';
}

function priority(p: PlanGoal): string {
  const { important, urgent } = p.goal;
  const quadrant = important && urgent ? 'do first' : important ? 'schedule' : urgent ? 'delegate' : 'eliminate';
  return `${important ? 'important' : 'not important'}, ${urgent ? 'urgent' : 'not urgent'} (${quadrant})`;
}

/** The details of one goal, as a list and sub-lists under its heading. */
function goalBody(p: PlanGoal): string[] {
  const { goal, view } = p;
  const out: string[] = [];
  const field = (label: string, value: string) => out.push(`- **${label}:** ${value}`);
  field('Id', `\`${goal.id}\``);
  field('Type', `${goal.type}, ${HORIZON_LABEL[goal.horizon].toLowerCase()}`);
  if (goal.why.trim()) field('Why', md(goal.why));
  if (p.parent) field('Serves', `${md(p.parent.title)} (\`${p.parent.id}\`${p.parent.status === 'active' ? '' : `, ${p.parent.status}`})`);
  if (goal.values.length) field('Values', list(goal.values));
  field('Target', target(view, p));
  field('Deadline', goal.deadline);
  if (goal.status === 'active') {
    const forecast = view.metric ? `; forecast: ${forecastText(view.forecast, goal.deadline)}` : '';
    field('Progress', `${percent(view.progress)} (${PACE_LABEL[view.pace]}, ${percent(view.expected)} expected by now${forecast})`);
  } else {
    field('Progress', percent(view.progress));
  }
  field('Priority', priority(p));
  if (goal.closed) {
    const c = goal.closed;
    field(goal.status === 'done' ? 'Done' : 'Dropped', c.date);
    if (c.reason?.trim()) field('Reason', md(c.reason));
    if (c.celebration?.trim()) field('Celebration', md(c.celebration));
    if (c.next?.trim()) field('Next', md(c.next));
  }
  if (goal.milestones.length) {
    out.push('- **Milestones:**');
    for (const m of goal.milestones) {
      const when = m.completed ? `due ${m.due}, done ${m.completed}` : `due ${m.due}`;
      out.push(`  - [${m.completed ? 'x' : ' '}] ${md(m.title)} (${when})`);
    }
  }
  if (goal.steps.length) {
    out.push('- **Steps:**');
    for (const s of goal.steps) out.push(`  - [${s.done ? 'x' : ' '}] ${md(s.text)}`);
  }
  const { helpers, resources, skills } = goal.support;
  if (helpers.length || resources.length || skills.length) {
    out.push('- **Support:**');
    if (helpers.length) out.push(`  - Who can help: ${list(helpers)}`);
    if (resources.length) out.push(`  - Resources: ${list(resources)}`);
    if (skills.length) out.push(`  - Skills and habits to build: ${list(skills)}`);
  }
  if (goal.risks.length) {
    out.push('- **Risks:**');
    for (const r of goal.risks) out.push(`  - ${md(r.scenario)} → ${md(r.contingency)}`);
  }
  return out;
}

/** A goal's heading level: `###` for a root, one deeper per level of nesting, at most `######`. */
function goalSection(p: PlanGoal, depth: number): string[] {
  const hashes = '#'.repeat(Math.min(6, 3 + depth));
  const out = [`${hashes} ${HORIZON_HEADING[p.goal.horizon]}: ${md(p.goal.title)}`, '', ...goalBody(p), ''];
  for (const child of p.children) out.push(...goalSection(child, depth + 1));
  return out;
}

function closedSection(title: string, goals: readonly PlanGoal[]): string[] {
  if (goals.length === 0) return [];
  return [`## ${title}`, '', ...goals.flatMap((p) => [`### ${md(p.goal.title)}`, '', ...goalBody(p), ''])];
}

export function renderPlanMarkdown(plan: Plan): string {
  const { profile } = plan;
  const out: string[] = [`# Career plan: ${md(profile.name)}`, '', `_Exported from career on ${plan.today}._`, ''];

  out.push('## Vision', '');
  const vision = profile.vision.split(/\r\n|\r|\n/).map(md).filter(Boolean);
  out.push(...(vision.length ? vision.map((l) => `> ${l}`) : ['_No vision statement yet: write one in career.yaml._']), '');

  const self: [string, string[]][] = [
    ['Values', profile.values], ['Passions', profile.passions], ['Talents', profile.talents],
    ['Strengths', profile.strengths], ['Weaknesses', profile.weaknesses],
  ];
  if (self.some(([, items]) => items.length)) {
    out.push('## Who I am', '');
    for (const [label, items] of self) if (items.length) out.push(`- **${label}:** ${list(items)}`);
    out.push('');
  }

  if (profile.skills.length) {
    out.push('## Skills', '', '| Skill | Kind | Rating |', '| --- | --- | --- |');
    for (const s of profile.skills) out.push(`| ${cell(s.name)} | ${s.kind} | ${'●'.repeat(s.rating)}${'○'.repeat(5 - s.rating)} ${s.rating}/5 |`);
    out.push('');
  }

  if (profile.relationships.length) {
    out.push('## Relationships', '');
    for (const r of profile.relationships) {
      const role = r.role?.trim() ? ` (${md(r.role)})` : '';
      out.push(`- **${md(r.name)}**${role}: ${md(r.action)}`);
    }
    out.push('');
  }

  if (profile.partner) {
    const contact = profile.partner.contact?.trim() ? ` (${md(profile.partner.contact)})` : '';
    out.push('## Accountability partner', '', `${md(profile.partner.name)}${contact}, every ${profile.checkinDay}.`, '');
  }

  out.push('## Goals', '');
  if (plan.goals.length === 0) out.push('_No active goals. Add one with `career goal add`._', '');
  for (const root of plan.goals) out.push(...goalSection(root, 0));

  out.push(...closedSection('Done', plan.done), ...closedSection('Dropped', plan.dropped));
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
