// `career __complete <words...>`: what the shell scripts of `career completion` call on each
// Tab. It prints the candidates for the last word, one a line as `value<TAB>description`, from
// the commander tree itself and the journal's own values. Silent on every failure: a Tab must
// never print an error into the person's command line.
import type { Command, Option } from 'commander';
import { complete, type TreeCommand, type ValueSource } from '../core/complete.js';
import { resolveToday, WEEKDAYS } from '../core/dates.js';
import { ENTRY_KINDS, GOAL_TYPES, HORIZONS, IMPORT_FORMATS, REVIEW_KINDS } from '../core/constants.js';
import { EXPORT_FORMATS } from '../core/export.js';
import { FILE_KINDS } from '../core/file-kinds.js';
import { addWeeks, isoWeekOf } from '../core/weeks.js';
import { listGoalIds, resolveJournalDir } from '../store/index.js';
import { SHELLS } from '../render/completion.js';

const placeholder = (flags: string) => /[<[]([^>\]]+)[>\]]/.exec(flags)?.[1]?.toLowerCase();

/** The commander tree as plain data: names, options and arguments (hidden commands left out). */
export function treeOf(cmd: Command): TreeCommand {
  const options = (cmd.options as Option[]).filter((o) => !o.hidden).map((o) => ({
    names: [o.long, o.short].filter((n): n is string => Boolean(n)),
    takesValue: o.required || o.optional,
    valueName: placeholder(o.flags),
  }));
  options.push({ names: ['--help', '-h'], takesValue: false, valueName: undefined });
  return {
    name: cmd.name(),
    description: cmd.description(),
    options,
    args: cmd.registeredArguments.map((a) => ({ name: a.name().toLowerCase(), variadic: a.variadic })),
    commands: (cmd.commands as Command[]).filter((c) => !(c as unknown as { _hidden?: boolean })._hidden).map(treeOf),
  };
}

const PERIODS = ['week', 'month', 'quarter', 'year', 'all', 'last-week', 'last-month', 'last-quarter', 'last-year'];

function values(dir: string, today: string): ValueSource {
  const goals = () => {
    try { return listGoalIds(dir); } catch { return []; } // Tab must never print an error
  };
  return {
    goals,
    milestones: () => [], // both replaced in run() when asked for: they read files
    tags: () => [],
    weeks: () => Array.from({ length: 8 }, (_, i) => addWeeks(isoWeekOf(today), -i)),
    fixed: {
      '--kind': ENTRY_KINDS, 'review.kind': REVIEW_KINDS, 'schema.kind': FILE_KINDS, 'export.format': EXPORT_FORMATS,
      'import.format': IMPORT_FORMATS, 'completion.shell': SHELLS, '--format': ['terminal', 'markdown', 'json', 'html'], '--type': GOAL_TYPES,
      '--horizon': HORIZONS, '--period': PERIODS, '--checkin-day': WEEKDAYS, '--energy': ['1', '2', '3', '4', '5'],
    },
  };
}

/** The milestone ids of the goal typed (by id or unique prefix), from its file. */
async function milestoneIds(dir: string, goals: string[], goal: string): Promise<string[]> {
  const prefixed = goals.filter((g) => g.startsWith(goal));
  const id = goals.includes(goal) ? goal : prefixed.length === 1 ? prefixed[0] : undefined;
  if (!id) return [];
  const { quickRead } = await import('../store/fast-reader.js');
  const data = quickRead(dir, `goals/${id}.yaml`, { kind: 'goal', id })?.data as { milestones?: { id: string }[] } | undefined;
  return (data?.milestones ?? []).map((m) => m.id);
}

async function journalTags(dir: string): Promise<string[]> {
  const { loadJournal } = await import('../store/journal.js');
  const { journal } = await loadJournal(dir, ['journal']);
  const tags = new Set<string>();
  for (const day of journal?.days ?? []) for (const e of day.entries) for (const t of e.tags) tags.add(t);
  return [...tags].sort();
}

export async function run(words: string[]): Promise<void> {
  try {
    const { buildProgram } = await import('../program-tree.js');
    const at = words.indexOf('--dir');
    const dir = resolveJournalDir(at >= 0 ? words[at + 1] : undefined, process.env);
    const src = values(dir, resolveToday(process.env.CAREER_TODAY, new Date()));
    const prev = words[words.length - 2];
    if (prev === '--tag') {
      const tags = await journalTags(dir);
      src.tags = () => tags;
    }
    if (words[0] === 'milestone' && words.length >= 4) {
      const ids = await milestoneIds(dir, src.goals(), words[2]!);
      src.milestones = () => ids;
    }
    const out = complete(treeOf(buildProgram()), words, src);
    process.stdout.write(out.map((c) => (c.description ? `${c.value}\t${c.description}` : c.value)).join('\n') + (out.length ? '\n' : ''));
  } catch {
    // nothing to offer
  }
}
