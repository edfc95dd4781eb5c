// `career review monthly|quarterly|annual`: first the period's facts, then the question set from
// templates/ (a re-run edits the saved review, pre-filled). The annual review also offers to
// carry goals forward and to update values, vision and skill ratings.
import { UsageError, UserError } from '../core/errors.js';
import { reviewPeriodName } from '../core/period-names.js';
import { defaultReviewPeriod, parseReviewPeriod, periodLabel, periodRange, type ReviewKind } from '../core/periods.js';
import { toAnswers } from '../core/question-set.js';
import { applyAnswerList, diffAnswerList } from '../core/answer-change.js';
import type { Journal } from '../core/journal.js';
import { answersFromFlags } from '../core/answer-flags.js';
import { factLines, makeReview, reviewFacts } from '../core/review-facts.js';
import { REVIEW_KINDS, Review, type Answer } from '../core/schemas.js';
import { closest } from '../core/text.js';
import { requireJournal } from '../store/journal.js';
import { reviewPath } from '../store/paths.js';
import { loadQuestionSet } from '../store/templates.js';
import { safeText } from '../render/safe.js';
import { wrapWidth } from '../render/text.js';
import { wrapLines } from '../render/wrap.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { persist, type Tx } from './persist.js';

export interface ReviewOptions {
  period?: string;
  answer?: string[];
  facts?: boolean;
  yes?: boolean;
  json?: boolean;
}

function parseKind(text: string): ReviewKind {
  const hit = REVIEW_KINDS.find((k) => k === text.trim().toLowerCase());
  if (hit) return hit;
  const near = closest(text, REVIEW_KINDS);
  throw new UsageError(`unknown review "${text}": use monthly, quarterly or annual`, near ? `did you mean ${near}?` : undefined);
}

/** The review's answers as saved when this run starts: what the questions start from, and what the change is measured against. */
function savedAnswers(journal: Journal, kind: ReviewKind, period: string): Answer[] {
  return journal.reviews.find((r) => r.kind === kind && r.period === period)?.answers ?? [];
}

/** Facts, questions, save: shared with the check-in's "review the month just ended" offer. */
export async function reviewFlow(ctx: Context, kind: ReviewKind, period: string, o: { interactive: boolean; flags?: string[] }): Promise<void> {
  const set = loadQuestionSet(ctx.dir, `reviews/${kind}`);
  const given = answersFromFlags(set, o.flags ?? []); // a bad --answer stops us before anything is shown
  const rel = reviewPath(kind, period);
  const journal = await requireJournal(ctx.dir);
  const { since, until } = periodRange(kind, period);
  const label = periodLabel(kind, period);
  const cols = wrapWidth();
  ctx.out(`${wrapLines([`${safeText(set.title)}: ${label}`], cols).join('\n')}\n`);
  for (const line of wrapLines(factLines(reviewFacts(journal, since, until, ctx.today), label).map(safeText), cols)) ctx.out(line);
  const base = savedAnswers(journal, kind, period);
  const start = { ...Object.fromEntries(base.map((a) => [a.id, a.answer])), ...given };
  let values = start;
  let extra: (tx: Tx) => void = () => {};
  if (o.interactive) {
    if (set.intro) ctx.out(`\n${wrapLines(set.intro.trim().split('\n').map(safeText), cols).join('\n')}`);
    const { askQuestions } = await import('../prompts/questions.js');
    values = await askQuestions(set, start);
    if (kind === 'annual') {
      const { annualUpdates } = await import('./review-annual.js');
      extra = await annualUpdates(ctx, journal, period);
    }
  }
  // Only what this run answered or changed; the rest stays as saved when it is written (SPEC §5).
  const change = diffAnswerList(base, toAnswers(set, values));
  const { result: notices } = await persist(ctx, (tx) => {
    const disk = tx.read(rel, Review);
    const applied = applyAnswerList(disk?.answers ?? [], base, change, set.questions.map((q) => q.id));
    tx.put(rel, disk ? { ...disk, date: ctx.today, answers: applied.answers } : makeReview(kind, period, ctx.today, applied.answers));
    extra(tx);
    return { change: { kind: 'review', review: kind, period }, result: applied.notices };
  });
  for (const n of notices) ctx.err(`Note: ${safeText(n)}.`);
  ctx.out(`\nSaved ${rel}.`);
}

export async function run(g: GlobalOptions, kindText: string, opts: ReviewOptions): Promise<void> {
  const ctx = makeContext(g);
  const kind = parseKind(kindText);
  const period = opts.period !== undefined ? parseReviewPeriod(kind, reviewPeriodName(opts.period, ctx.today)) : defaultReviewPeriod(kind, ctx.today);
  if (opts.facts) {
    const journal = await requireJournal(ctx.dir);
    const { since, until } = periodRange(kind, period);
    const facts = reviewFacts(journal, since, until, ctx.today);
    if (opts.json) return ctx.out(JSON.stringify({ kind, period, since, until, ...facts }, null, 2));
    return ctx.page(wrapLines(factLines(facts, periodLabel(kind, period)).map(safeText), wrapWidth()).join('\n'));
  }
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive && !opts.yes) {
    throw new UserError(`career review ${kind} needs --yes when it cannot ask (no terminal)`, 'answers then come from --answer ID=TEXT; --facts shows the facts only');
  }
  await reviewFlow(ctx, kind, period, { interactive, flags: opts.answer });
}
