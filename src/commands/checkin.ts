// `career checkin`: the weekly ritual. One file per ISO week (re-running edits it, pre-filled),
// metric values recorded into each goal's progress log for that week, one commit, and a short
// summary: what is overdue or behind, what is due soon, the streak and missed weeks.
import { completeStepsByText } from '../core/milestones.js';
import { answersFromCheckin, applyCheckinToGoal, checkinDate, previousCheckin, type CheckinAnswers } from '../core/checkin.js';
import { answersWith, applyCheckinChange, diffAnswers, emptyAnswers, type CheckinChange } from '../core/checkin-change.js';
import { changeFromFlags, type CheckinFlags } from '../core/checkin-flags.js';
import { valueAsOf } from '../core/progress-log.js';
import { answersFromFlags as answersFromQuestionFlags } from '../core/answer-flags.js';
import { isCheckinField, toAnswers, type QuestionSet } from '../core/question-set.js';
import { checkinSummary, overdueLines, summaryLines } from '../core/checkin-summary.js';
import { UserError } from '../core/errors.js';
import type { Journal } from '../core/journal.js';
import { Checkin, Goal, type Answer } from '../core/schemas.js';
import { periodRange } from '../core/periods.js';
import { isFirstOfPeriod, previousPeriod } from '../core/streak.js';
import { isoWeekOf, parseWeek, weekEnd, weekStart } from '../core/weeks.js';
import { checkinPath, documents, goalPath, recordExists, requireJournal, reviewPath } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { wrapWidth } from '../render/text.js';
import { hanging, wrapLines } from '../render/wrap.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { offer } from './offer.js';
import { persist } from './persist.js';

export interface CheckinOptions extends CheckinFlags {
  week?: string;
  /** Answers to the journal's own added questions: `--answer reading="Staff Engineer"`. */
  answer?: string[];
  yes?: boolean;
  json?: boolean;
  /** Only tell (by the exit code) whether this week's check-in is due; ask and save nothing. */
  due?: boolean;
  /** The offers after an interactive check-in: review the period just ended, back-fill a missed week. */
  review?: boolean;
  backfill?: boolean;
}

const NEEDS = ['goals', 'checkins'] as const;

function weekFlag(text: string): string {
  try {
    parseWeek(text.trim().toUpperCase());
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`--week: ${err.message}`, err.hint);
    throw err;
  }
  return text.trim().toUpperCase(); // 2026-w47 is what people type too
}

/**
 * Save the change: the week's file and each goal it gives a value or ticks a milestone for, all
 * read from disk under the lock, with only this run's change applied; one commit.
 */
async function save(ctx: Context, week: string, fresh: string, base: CheckinAnswers, change: CheckinChange): Promise<Saved> {
  const { result, paths } = await persist(ctx, (tx) => {
    const goals = new Map<string, Goal>();
    const rel = checkinPath(week);
    const disk = tx.read(rel, Checkin);
    // Editing an earlier week keeps the day it was recorded: its values and wins stay where they
    // were in the progress log and in that month's review. This week's check-in moves to today.
    const date = disk && week !== isoWeekOf(ctx.today) ? disk.date : fresh;
    const applied = applyCheckinChange(disk, base, week, date, change);
    tx.put(rel, applied.checkin);
    const steps: { goal: string; done: string[] }[] = [];
    for (const id of goalsTouched(change)) {
      const goal = tx.read(goalPath(id), Goal);
      if (!goal) continue; // removed since: the check-in still records it
      const g = change.goals.find((x) => x.goal === id);
      let next = g ? applyCheckinToGoal(goal, week, { value: g.value, milestones: g.milestones.add }, date) : goal;
      const ticked = change.steps.find((x) => x.goal === id);
      if (ticked) {
        const r = completeStepsByText(next, ticked.steps, `done in the ${week} check-in`, date);
        next = r.goal;
        if (r.done.length) steps.push({ goal: id, done: r.done });
        else if (!g) continue; // every step it ticked was done meanwhile: nothing to write
      }
      tx.put(goalPath(id), next);
      goals.set(id, next);
    }
    return { change: { kind: 'checkin', week, edited: Boolean(disk) }, result: { checkin: applied.checkin, goals, notices: applied.notices, steps } };
  });
  for (const n of result.notices) ctx.err(`Note: ${safeText(n)}.`);
  return { ...result, written: paths };
}

interface Saved {
  checkin: Checkin;
  goals: Map<string, Goal>;
  notices: string[];
  /** The steps this run ticked, by goal, as saved. */
  steps: { goal: string; done: string[] }[];
  /** The files that changed (none: the run repeated what they hold, and nothing was committed). */
  written: string[];
}

/** What the save did to the week's file `rel`, given the files it wrote. */
function savedLine(rel: string, written: readonly string[]): string {
  if (!written.length) return `Nothing to save: ${rel} already holds these answers.`;
  if (written.includes(rel)) return `Saved ${rel}.`;
  return `Saved ${written.join(', ')} (${rel} already held these answers).`;
}

/** The goals a change writes: a value, a milestone ticked or a step done. */
function goalsTouched(change: CheckinChange): string[] {
  const ids = change.goals.filter((g) => g.value !== undefined || g.milestones.add.length).map((g) => g.goal);
  for (const s of change.steps) if (!ids.includes(s.goal)) ids.push(s.goal);
  return ids;
}

/** The journal as it is after the save: the records it wrote, in place of those loaded before. */
function withSaved(journal: Journal, saved: Saved): Journal {
  const checkins = journal.checkins.filter((c) => c.week !== saved.checkin.week);
  return {
    ...journal,
    checkins: [...checkins, saved.checkin].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0)), // file order
    goals: journal.goals.map((g) => { const next = saved.goals.get(g.id); return next ? { ...next, id: g.id } : g; }),
  };
}

/** `--answer id=text` for the journal's own added questions; the check-in's fields have their flags. */
function customAnswers(set: QuestionSet, flags: readonly string[]): Answer[] {
  const custom = { ...set, questions: set.questions.filter((q) => !isCheckinField(q.id)) };
  return toAnswers(custom, answersFromQuestionFlags(custom, flags, 'your check-in template (its own fields have flags: --win, --energy, ...)'));
}

/** The week as saved when this run starts, and the change its flags make. */
function gather(journal: Journal, week: string, set: QuestionSet, opts: CheckinOptions) {
  const existing = journal.checkins.find((c) => c.week === week);
  const base = existing ? answersFromCheckin(existing) : emptyAnswers();
  const change = changeFromFlags(opts, journal.goals);
  change.answers.set = customAnswers(set, opts.answer ?? []);
  // A goal's default is its value as of the end of that week, from any source (SPEC §4).
  const end = weekEnd(week);
  const values = new Map(journal.goals.map((g) => [g.id, valueAsOf(g, end) ?? g.metric?.start]));
  return { existing, previous: previousCheckin(journal.checkins, week), base, change, defaultValue: (id: string) => values.get(id) };
}

/** One week's check-in, asked or from flags, saved and summarised. Returns the journal after it. */
async function checkinWeek(ctx: Context, week: string, opts: CheckinOptions, interactive: boolean): Promise<Journal> {
  const fresh = checkinDate(week, ctx.today); // also refuses a week not yet begun
  const set = (await documents()).loadQuestionSet(ctx.dir, 'checkin'); // a broken user template stops us before any question
  const journal = await requireJournal(ctx.dir, NEEDS);
  const { existing, previous, base, change: flagged, defaultValue } = gather(journal, week, set, opts);
  let change = flagged;
  if (interactive) {
    const cols = wrapWidth();
    ctx.out(hanging('', `${existing ? 'Editing your' : 'Your'} check-in for ${week} (${weekStart(week)} to ${weekEnd(week)})${existing ? '; your answers are filled in' : ''}.`, cols).join('\n'));
    for (const line of wrapLines(overdueLines(checkinSummary(journal, week, ctx.today)).map(safeText), cols)) ctx.out(line);
    const { askCheckin } = await import('../prompts/checkin.js');
    const start = answersWith(base, flagged);
    const answers = await askCheckin({ week, goals: journal.goals.filter((g) => g.status === 'active'), lastFocus: previous?.focus ?? [], start, defaultValue, set, today: ctx.today, say: ctx.out });
    change = diffAnswers(base, answers, defaultValue);
  }
  const saved = await save(ctx, week, fresh, base, change);
  const after = withSaved(journal, saved);
  const summary = checkinSummary(after, week, ctx.today);
  if (opts.json && !interactive) {
    ctx.out(JSON.stringify({ checkin: after.checkins.find((c) => c.week === week), summary, stepsDone: saved.steps }, null, 2));
  } else {
    ctx.out(`\n${savedLine(checkinPath(week), saved.written)}`);
    for (const s of saved.steps) ctx.out(safeText(`Steps done in ${after.goals.find((g) => g.id === s.goal)?.title ?? s.goal}: ${s.done.join('; ')}.`));
    for (const line of wrapLines(summaryLines(summary).map(safeText), wrapWidth())) ctx.out(line);
  }
  return after;
}

/** After an interactive check-in: back-fill the latest missed week, or review the period just ended. */
async function offerNext(ctx: Context, week: string, journal: Journal, wanted: boolean | undefined): Promise<void> {
  const weeks = journal.checkins.map((c) => c.week);
  for (const kind of ['quarter', 'month'] as const) {
    if (!isFirstOfPeriod(kind, week, weeks) || weeks.length < 2) continue;
    const period = previousPeriod(kind, week);
    const review = kind === 'quarter' ? 'quarterly' : 'monthly';
    // Nothing to review before the journal began, or a review already written.
    if (periodRange(review, period).until < journal.profile.created || recordExists(ctx.dir, reviewPath(review, period))) continue;
    if (await offer(ctx, wanted, `First check-in of a new ${kind}. Review ${period} now?`, true)) {
      const { reviewFlow } = await import('./review.js');
      await reviewFlow(ctx, review, period, { interactive: true });
    }
    return;
  }
}

async function offerBackfill(ctx: Context, journal: Journal, backfill: boolean | undefined): Promise<string | null> {
  const summary = checkinSummary(journal, isoWeekOf(ctx.today), ctx.today);
  const latest = summary.missed[summary.missed.length - 1];
  if (!latest) return null;
  return (await offer(ctx, backfill, `Back-fill ${latest} now?`, false)) ? latest : null;
}

export async function run(g: GlobalOptions, opts: CheckinOptions): Promise<number | void> {
  const ctx = makeContext(g);
  if (opts.due) return (await import('./checkin-due.js')).due(ctx);
  const week = opts.week !== undefined ? weekFlag(opts.week) : isoWeekOf(ctx.today);
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive && !opts.yes) {
    throw new UserError('career checkin needs --yes when it cannot ask (no terminal)', 'answers then come from flags: --progress ID=N --win TEXT --energy 1-5 --focus TEXT ...');
  }
  let journal = await checkinWeek(ctx, week, opts, interactive);
  if (!interactive) return;
  await offerNext(ctx, week, journal, opts.review);
  // --backfill answers for the latest missed week only (each is a whole check-in); without the
  // flag, every further missed week is offered in turn.
  const again = opts.backfill === undefined ? undefined : false;
  for (let missed = await offerBackfill(ctx, journal, opts.backfill); missed; missed = await offerBackfill(ctx, journal, again)) {
    journal = await checkinWeek(ctx, missed, {}, true);
  }
}
