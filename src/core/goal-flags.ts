// Goal flags -> answers or changes. Shared by `goal add` (answers) and `goal edit` (changes);
// every bad value is a UserError naming its flag, before anything is asked or written.
import { parseDatePhrase } from './datephrase.js';
import type { GoalChanges } from './goal-edit.js';
import { parseHorizon, parseMilestoneFlag, parseNumber, parseRiskFlag, parseType, type GoalAnswers } from './goal-make.js';
import { UserError } from './errors.js';
import { isValidId } from './slug.js';

export interface GoalFlags {
  title?: string; type?: string; horizon?: string; why?: string; deadline?: string;
  metric?: string; unit?: string; start?: string; target?: string; parent?: string;
  important?: boolean; urgent?: boolean; milestone?: string[]; step?: string[]; helper?: string[];
  resource?: string[]; habit?: string[]; risk?: string[]; value?: string[];
}

/** A date phrase from a flag; an unreadable one is an error that names the flag. */
export function dateFlag(flag: string, value: string, today: string): string {
  try {
    return parseDatePhrase(value, today);
  } catch (err) {
    const e = err as UserError;
    throw new UserError(`${flag}: ${e.message}`, e.hint);
  }
}

function parentFlag(value: string): string | null {
  const v = value.trim();
  if (v === '' || v === 'none') return null;
  if (!isValidId(v)) throw new UserError(`--parent "${value}" is not a goal id`, 'see `career goal list --all` for ids');
  return v;
}

function metricFlags(f: GoalFlags): GoalChanges['metric'] {
  const m: NonNullable<GoalChanges['metric']> = {};
  if (f.metric !== undefined) {
    if (!f.metric.trim()) throw new UserError('--metric needs a name, e.g. --metric "teams onboarded"');
    m.name = f.metric.trim();
  }
  if (f.unit !== undefined) m.unit = f.unit.trim();
  if (f.start !== undefined) m.start = parseNumber('--start', f.start);
  if (f.target !== undefined) m.target = parseNumber('--target', f.target);
  return Object.keys(m).length ? m : undefined;
}

const trimList = (v: string[] | undefined) => v?.map((s) => s.trim()).filter(Boolean);

/** What the flags say, as edits: only the fields that were given. */
export function changesFromFlags(f: GoalFlags, today: string): GoalChanges {
  const c: GoalChanges = {};
  if (f.title !== undefined) {
    if (!f.title.trim()) throw new UserError('--title must not be empty');
    c.title = f.title.trim();
  }
  if (f.type !== undefined) c.type = parseType(f.type);
  if (f.horizon !== undefined) c.horizon = parseHorizon(f.horizon);
  if (f.why !== undefined) c.why = f.why.trim();
  if (f.deadline !== undefined) c.deadline = dateFlag('--deadline', f.deadline, today);
  if (f.parent !== undefined) c.parent = parentFlag(f.parent);
  if (f.important !== undefined) c.important = f.important;
  if (f.urgent !== undefined) c.urgent = f.urgent;
  const metric = metricFlags(f);
  if (metric) c.metric = metric;
  if (f.value) c.values = trimList(f.value);
  if (f.milestone) c.milestones = f.milestone.map((m) => parseMilestoneFlag(m, (d) => dateFlag('--milestone', d, today)));
  if (f.step) c.steps = trimList(f.step);
  if (f.helper) c.helpers = trimList(f.helper);
  if (f.resource) c.resources = trimList(f.resource);
  if (f.habit) c.skills = trimList(f.habit);
  if (f.risk) c.risks = f.risk.map(parseRiskFlag);
  return c;
}

/** The answers the flags give for a new goal; the wizard (or defaults) fill the rest. */
export function answersFromFlags(f: GoalFlags, today: string): Partial<GoalAnswers> {
  const c = changesFromFlags(f, today);
  const a: Partial<GoalAnswers> = { ...c } as Partial<GoalAnswers>;
  delete (a as Record<string, unknown>).metric;
  if (c.metric) {
    if (!c.metric.name || c.metric.target === undefined) throw new UserError('a metric needs both --metric <name> and --target <number>');
    const start = c.metric.start ?? 0;
    if (start === c.metric.target) throw new UserError(`--target ${c.metric.target} must differ from --start ${start}`);
    a.metric = { name: c.metric.name, unit: c.metric.unit ?? '', start, target: c.metric.target };
  }
  return a;
}
