// `career journal list`: entries, newest first, filtered. A pure read: it loads neither the
// YAML parsers nor the schemas when the cache answers (no write stack imported here), and the
// day and goal helpers `journal add` shares live here for the same reason.
import { addDays, WEEKDAYS, weekdayOf } from '../core/dates.js';
import { parseDatePhrase } from '../core/datephrase.js';
import { filterRows, journalRows, type EntryFilter } from '../core/entries.js';
import { ENTRY_KINDS } from '../core/constants.js';
import { UserError } from '../core/errors.js';
import { parseChoice, resolveGoalId } from '../core/goal-make.js';
import { periodEdge } from '../core/period-names.js';
import { listGoalIds, requireJournal } from '../store/index.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';

/** `--goal`: a goal's id or unique prefix, among `ids` (file names; no goal is read). */
export function resolveGoal(id: string, ids: readonly string[]): string {
  try {
    return resolveGoalId(ids, id);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`--goal "${id}": no such goal`, err.hint);
    throw err;
  }
}

/**
 * How people date what already happened: "yesterday", "3 days ago", "2 weeks ago", "friday" (the
 * latest Friday, today included) or "last friday" (before today). The deadline phrases of
 * parseDatePhrase look ahead ("friday" is the coming one), which is wrong for a journal entry.
 */
function pastPhrase(text: string, today: string): string | undefined {
  const p = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (p === 'yesterday') return addDays(today, -1);
  const ago = /^(\d{1,5}|an?|one) (day|week)s? ago$/.exec(p);
  if (ago) {
    const n = /^\d/.test(ago[1]!) ? Number(ago[1]) : 1;
    return addDays(today, -(ago[2] === 'week' ? 7 * n : n));
  }
  const day = /^(last )?([a-z]+)$/.exec(p);
  const index = day ? WEEKDAYS.findIndex((w) => w === day[2] || (day[2]!.length >= 3 && w.startsWith(day[2]!))) : -1;
  if (day && index >= 0) {
    const back = (weekdayOf(today) - (index + 1) + 7) % 7;
    return addDays(today, -(back === 0 && day[1] ? 7 : back));
  }
  return undefined;
}

export function parseDate(ctx: Context, value: string | undefined, flag = '--date'): string {
  if (value === undefined) return ctx.today;
  try {
    return pastPhrase(value, ctx.today) ?? parseDatePhrase(value, ctx.today);
  } catch (err) {
    const hint = (err as UserError).hint;
    throw new UserError(`${flag}: ${(err as Error).message}`, hint ? `${hint}; for past days: yesterday, 3 days ago, last friday` : undefined);
  }
}

export interface ListOptions extends Omit<EntryFilter, 'kind'> {
  kind?: string;
  json?: boolean;
  limit?: string;
}

export async function list(g: GlobalOptions, opts: ListOptions): Promise<void> {
  const ctx = makeContext(g);
  const filter: EntryFilter = {
    // A period name gives its first day to --since and its last to --until (SPEC §3).
    since: opts.since === undefined ? undefined : periodEdge(opts.since, 'since', ctx.today) ?? parseDate(ctx, opts.since, '--since'),
    until: opts.until === undefined ? undefined : periodEdge(opts.until, 'until', ctx.today) ?? parseDate(ctx, opts.until, '--until'),
    kind: opts.kind === undefined ? undefined : parseChoice('--kind', opts.kind, ENTRY_KINDS),
    goal: opts.goal, tag: opts.tag?.replace(/^#/, ''), search: opts.search,
  };
  const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
  if (!(limit > 0)) throw new UserError(`--limit "${opts.limit}" is not a positive number`);
  const journal = await requireJournal(ctx.dir, ['journal']);
  const all = journalRows(journal.days);
  if (filter.goal !== undefined) {
    // As for `journal add`: a goal by id or unambiguous prefix; entries may name a goal since deleted.
    const ids = [...new Set([...listGoalIds(ctx.dir), ...all.flatMap((r) => (r.goal ? [r.goal] : []))])];
    filter.goal = resolveGoal(filter.goal, ids);
  }
  const rows = filterRows(all, filter).slice(0, limit);
  if (opts.json) {
    return ctx.out(JSON.stringify(rows.map((r) => ({ date: r.date, kind: r.kind, text: r.text, goal: r.goal, tags: r.tags })), null, 2));
  }
  const { entryLines } = await import('../render/entries.js');
  const { wrapWidth } = await import('../render/text.js');
  // Wrapped at word boundaries to the terminal (80 or $COLUMNS when piped; --json for one record a row).
  await ctx.page(rows.length ? entryLines(rows, wrapWidth()).join('\n') : 'No entries match.');
}
