// Creating and changing goals as pure data: the wizard, the flags and the tests all end here.
import { UserError } from './errors.js';
import type { GoalRecord } from './journal.js';
import { GOAL_TYPES, horizonRank, HORIZONS } from './constants.js';
import type { Goal, GoalType, Horizon, Metric, Milestone } from './schemas.js';
import { slugify, uniqueId } from './slug.js';
import { daysBetween } from './dates.js';
import { closest } from './text.js';
import { checkNewTitle } from './milestones.js';

export { findMilestone } from './milestones.js';

export interface GoalAnswers {
  title: string;
  type: GoalType;
  horizon: Horizon;
  why: string;
  values: string[];
  parent: string | null;
  deadline: string;
  metric: Metric | null;
  milestones: { title: string; due: string }[];
  steps: string[];
  helpers: string[];
  resources: string[];
  skills: string[];
  risks: { scenario: string; contingency: string }[];
  important: boolean;
  urgent: boolean;
}

export const HORIZON_HELP: Record<Horizon, string> = {
  long: 'long-term: 5-10+ years, the shape of your career',
  mid: 'mid-term: 2-5 years, the steps toward the long-term goal',
  short: 'short-term: this year, concrete and near',
};

/** A sensible horizon for a deadline: within a year short, within five mid, else long. */
export function horizonFor(deadline: string, today: string): Horizon {
  const days = daysBetween(today, deadline);
  return days <= 366 ? 'short' : days <= 5 * 366 ? 'mid' : 'long';
}

export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const v = value.trim().toLowerCase();
  const hit = choices.find((c) => c === v);
  if (hit) return hit;
  const near = closest(v, choices);
  throw new UserError(`${flag} "${value}" is not one of ${choices.join(', ')}`, near ? `did you mean ${near}?` : undefined);
}

export const parseType = (v: string) => parseChoice('--type', v, GOAL_TYPES);
export const parseHorizon = (v: string) => parseChoice('--horizon', v, HORIZONS);

export function parseNumber(flag: string, value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) throw new UserError(`${flag} "${value}" is not a number`);
  return n;
}

/** `"Pilot team live@2026-03-01"`: the due part may be any date phrase, resolved by `toDate`. */
export function parseMilestoneFlag(value: string, toDate: (text: string) => string): { title: string; due: string } {
  const at = value.lastIndexOf('@');
  const title = value.slice(0, at).trim();
  if (at < 0 || !title || !value.slice(at + 1).trim()) {
    throw new UserError(`--milestone "${value}" is not "TITLE@DATE"`, 'for example --milestone "Pilot team live@2026-03-01"');
  }
  return { title, due: toDate(value.slice(at + 1).trim()) };
}

/** `"Sales changes priorities => keep the pilot small"`. */
export function parseRiskFlag(value: string): { scenario: string; contingency: string } {
  const [scenario, contingency, ...rest] = value.split('=>').map((s) => s.trim());
  if (!scenario || !contingency || rest.length) {
    throw new UserError(`--risk "${value}" is not "SCENARIO => CONTINGENCY"`, 'for example --risk "Budget cut => run a smaller pilot"');
  }
  return { scenario, contingency };
}

/** The parent must exist and sit higher in the vision -> long -> mid -> short ladder. */
export function checkParent(parent: string | null, horizon: Horizon, goals: readonly GoalRecord[], self?: string): void {
  if (parent === null) return;
  const p = goals.find((g) => g.id === parent);
  if (!p) {
    const near = closest(parent, goals.map((g) => g.id));
    throw new UserError(`--parent "${parent}": no such goal`, near ? `did you mean ${near}?` : 'see `career goal list --all`');
  }
  if (p.id === self) throw new UserError('a goal cannot be its own parent');
  if (horizonRank(p.horizon) <= horizonRank(horizon)) {
    throw new UserError(`--parent "${parent}" is a ${p.horizon}-term goal; a ${horizon}-term goal's parent must have a longer horizon`,
      'goals work backward from the vision: long -> mid -> short');
  }
}

/** A goal's horizon must stay longer than that of every active goal naming it as parent. */
export function checkChildren(id: string, horizon: Horizon, goals: readonly GoalRecord[]): void {
  const blocking = goals.filter((g) => g.parent === id && g.status === 'active' && horizonRank(g.horizon) >= horizonRank(horizon));
  if (blocking.length) {
    throw new UserError(`--horizon ${horizon}: ${blocking.map((g) => `${g.id} (${g.horizon}-term)`).join(', ')} ${blocking.length === 1 ? 'names' : 'name'} ${id} as parent and needs a longer-term parent`,
      'change the --parent or --horizon of those goals first');
  }
}

export function newGoalId(title: string, taken: (id: string) => boolean): string {
  return uniqueId(slugify(title), taken);
}

export function makeMilestone(title: string, due: string, existing: readonly Milestone[]): Milestone {
  checkNewTitle(existing, title);
  const ids = new Set(existing.map((m) => m.id));
  return { id: uniqueId(slugify(title), (id) => ids.has(id)), title, due };
}

/** The record for goals/<id>.yaml. Key order here is the order in the file. */
export function makeGoal(a: GoalAnswers, today: string): Goal {
  const milestones: Milestone[] = [];
  for (const m of a.milestones) milestones.push(makeMilestone(m.title, m.due, milestones));
  return {
    version: 1,
    title: a.title,
    type: a.type,
    horizon: a.horizon,
    status: 'active',
    created: today,
    deadline: a.deadline,
    why: a.why,
    values: a.values,
    parent: a.parent,
    important: a.important,
    urgent: a.urgent,
    metric: a.metric,
    milestones,
    steps: a.steps.map((text) => ({ text, done: false })),
    support: { helpers: a.helpers, resources: a.resources, skills: a.skills },
    risks: a.risks,
    progressLog: [],
    revisions: [],
  };
}

/** Find a goal by id (or an unambiguous id prefix); unknown ids get "did you mean". */
export function findGoal(goals: readonly GoalRecord[], id: string): GoalRecord {
  const found = resolveGoalId(goals.map((g) => g.id), id);
  return goals.find((g) => g.id === found)!;
}

/** A goal named by its id or a unique prefix of it (3+ characters), among `ids`; else an error with a hint. */
export function resolveGoalId(ids: readonly string[], id: string): string {
  if (ids.includes(id)) return id;
  const prefixed = ids.filter((g) => g.startsWith(id));
  if (prefixed.length === 1 && id.length >= 3) return prefixed[0]!;
  const near = closest(id, ids);
  const hint = prefixed.length > 1 ? `it could be ${prefixed.join(', ')}` : near ? `did you mean ${near}?` : 'see `career goal list --all`';
  throw new UserError(`no goal "${id}"`, hint);
}
