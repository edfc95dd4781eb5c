// Working backward, checked (SPEC §4): goals run vision -> long -> mid -> short, each step due
// before the one it serves. What breaks that is a warning in the wizard and `doctor` and a
// failure in `goal lint`; what breaks the tools themselves (two milestones with one id, a goal
// that is its own parent) is an error in `doctor`.
import { daysBetween, isValidDate } from './dates.js';
import type { GoalRecord } from './journal.js';
import { horizonRank } from './constants.js';
import type { Horizon } from './schemas.js';

export interface Finding {
  goal: string;
  /** Where in the goal's file, for doctor's path:line:col. */
  field: (string | number)[];
  message: string;
  hint: string;
}

/** The longest a horizon may reach from the goal's creation; long has no limit. */
const HORIZON_DAYS: Partial<Record<Horizon, { days: number; what: string }>> = {
  short: { days: 366, what: 'a year' },
  mid: { days: 5 * 366, what: 'five years' },
};

function years(days: number): string {
  const y = Math.round((days / 365.25) * 10) / 10;
  return `${y} year${y === 1 ? '' : 's'}`;
}

function milestonesAfterDeadline(g: GoalRecord): Finding[] {
  return g.milestones.flatMap((m, i) => (m.completed === undefined && m.due > g.deadline ? [{
    goal: g.id, field: ['milestones', i, 'due'],
    message: `milestone "${m.title}" (${m.id}) is due ${m.due}, after the goal's deadline ${g.deadline}`,
    hint: `move it (\`career milestone edit ${g.id} ${m.id} --due <date>\`) or the deadline (\`career goal edit ${g.id} --deadline <date>\`)`,
  }] : []));
}

function horizonAgainstDeadline(g: GoalRecord): Finding[] {
  const limit = HORIZON_DAYS[g.horizon];
  if (!limit || !isValidDate(g.created) || !isValidDate(g.deadline)) return [];
  const days = daysBetween(g.created, g.deadline);
  if (days <= limit.days) return [];
  const fits: Horizon = days <= 5 * 366 ? 'mid' : 'long';
  return [{
    goal: g.id, field: ['horizon'],
    message: `a ${g.horizon}-term goal is due within ${limit.what}, but its deadline ${g.deadline} is ${years(days)} after it was created (${g.created})`,
    hint: `make it ${fits}-term (\`career goal edit ${g.id} --horizon ${fits}\`) or set an earlier --deadline`,
  }];
}

function againstParent(g: GoalRecord, byId: ReadonlyMap<string, GoalRecord>): Finding[] {
  const p = g.parent !== null && g.parent !== g.id ? byId.get(g.parent) : undefined;
  if (!p || p.status !== 'active') return [];
  const out: Finding[] = [];
  if (horizonRank(p.horizon) <= horizonRank(g.horizon)) {
    out.push({
      goal: g.id, field: ['parent'],
      message: `its parent ${p.id} is a ${p.horizon}-term goal, not longer than this ${g.horizon}-term one`,
      hint: `goals work backward from the vision, long -> mid -> short: give it a longer-term parent (\`career goal edit ${g.id} --parent <id>\`) or a shorter --horizon`,
    });
  }
  if (g.deadline > p.deadline) {
    out.push({
      goal: g.id, field: ['deadline'],
      message: `its deadline ${g.deadline} is after that of its parent ${p.id} (${p.deadline})`,
      hint: `a step toward ${p.id} is due before it: \`career goal edit ${g.id} --deadline <date>\`, or move ${p.id}'s deadline`,
    });
  }
  return out;
}

/** Each parent loop once, reported at the goal with the smallest id in it. */
function cycles(goals: readonly GoalRecord[], byId: ReadonlyMap<string, GoalRecord>): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const g of goals) {
    const chain: string[] = [];
    let at: GoalRecord | undefined = g;
    while (at && at.parent !== null && at.parent !== at.id && !chain.includes(at.id)) {
      chain.push(at.id);
      at = byId.get(at.parent);
    }
    if (!at || !chain.includes(at.id)) continue;
    const loop = chain.slice(chain.indexOf(at.id));
    const first = [...loop].sort()[0]!;
    if (reported.has(first)) continue;
    reported.add(first);
    const start = loop.indexOf(first);
    const ordered = [...loop.slice(start), ...loop.slice(0, start), first];
    out.push({
      goal: first, field: ['parent'],
      message: `its parents go round in a circle: ${ordered.join(' -> ')}`,
      hint: `break the circle: \`career goal edit ${first} --parent none\` (or another, longer-term goal)`,
    });
  }
  return out;
}

/** Working-backward warnings for the active goals (`doctor`, the wizard) and lint failures. */
export function workingBackward(goals: readonly GoalRecord[]): Finding[] {
  const active = goals.filter((g) => g.status === 'active');
  const byId = new Map(goals.map((g) => [g.id, g]));
  return [
    ...active.flatMap((g) => [...milestonesAfterDeadline(g), ...horizonAgainstDeadline(g), ...againstParent(g, byId)]),
    ...cycles(active, byId),
  ];
}

/** What breaks the tools: two milestones sharing an id (only the first can ever be named), a goal its own parent. */
export function goalIntegrity(goals: readonly GoalRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const g of goals) {
    if (g.parent === g.id) {
      out.push({ goal: g.id, field: ['parent'], message: 'parent: is the goal itself', hint: `a goal cannot serve itself: \`career goal edit ${g.id} --parent none\`` });
    }
    const seen = new Map<string, number>();
    g.milestones.forEach((m, i) => {
      const first = seen.get(m.id);
      if (first === undefined) { seen.set(m.id, i); return; }
      out.push({
        goal: g.id, field: ['milestones', i, 'id'],
        message: `milestones[${i}].id: "${m.id}" is also the id of milestones[${first}]`,
        hint: 'give each milestone its own id in the file: commands name milestones by id and could never reach this one',
      });
    });
  }
  return out;
}

/** The findings a new or changed goal brings: its own, and those of its children against it. */
export function findingsAbout(goal: GoalRecord, goals: readonly GoalRecord[]): Finding[] {
  const all = [...goals.filter((g) => g.id !== goal.id), goal];
  const children = new Set(all.filter((g) => g.parent === goal.id).map((g) => g.id));
  return workingBackward(all).filter((f) => f.goal === goal.id || children.has(f.goal));
}

/** The id a goal not yet saved is checked under (no real id can contain a space). */
export const DRAFT_ID = 'the new goal';
