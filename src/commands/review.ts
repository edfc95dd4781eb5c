// `career review monthly|quarterly|annual`: first the period's facts, then the question set from
// templates/ (a re-run edits the saved review, pre-filled). The annual review also offers to
// carry goals forward and to update values, vision and skill ratings.
import fs from 'node:fs';
import { UsageError, UserError } from '../core/errors.js';
import { defaultReviewPeriod, parseReviewPeriod, periodLabel, periodRange, type ReviewKind } from '../core/periods.js';
import { toAnswers, type AnswerValue } from '../core/question-set.js';
import { answersFromFlags } from '../core/answer-flags.js';
import { factLines, makeReview, reviewFacts } from '../core/review-facts.js';
import { REVIEW_KINDS, Review } from '../core/schemas.js';
import { closest } from '../core/text.js';
import { readRecord } from '../store/load.js';
import { requireJournal } from '../store/journal.js';
import { resolveInside, reviewPath } from '../store/paths.js';
import { editedFileText, newFileText, type PendingWrite } from '../store/save.js';
import { loadQuestionSet } from '../store/templates.js';
import { safeText } from '../render/safe.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { persist } from './persist.js';

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

function savedAnswers(ctx: Context, rel: string): Record<string, AnswerValue> {
  if (!fs.existsSync(resolveInside(ctx.dir, rel))) return {};
  const review = readRecord(ctx.dir, rel, Review).data;
  return Object.fromEntries(review.answers.map((a) => [a.id, a.answer]));
}

/** Facts, questions, save: shared with the check-in's "review the month just ended" offer. */
export async function reviewFlow(ctx: Context, kind: ReviewKind, period: string, o: { interactive: boolean; flags?: string[] }): Promise<void> {
  const set = loadQuestionSet(ctx.dir, `reviews/${kind}`);
  const given = answersFromFlags(set, o.flags ?? []); // a bad --answer stops us before anything is shown
  const rel = reviewPath(kind, period);
  const journal = await requireJournal(ctx.dir);
  const { since, until } = periodRange(kind, period);
  const label = periodLabel(kind, period);
  ctx.out(`${safeText(set.title)}: ${label}\n`);
  for (const line of factLines(reviewFacts(journal, since, until, ctx.today), label)) ctx.out(safeText(line));
  const start = { ...savedAnswers(ctx, rel), ...given };
  let values = start;
  let extra: () => PendingWrite[] = () => [];
  if (o.interactive) {
    if (set.intro) ctx.out(`\n${set.intro.trim().split('\n').map(safeText).join('\n')}`);
    const { askQuestions } = await import('../prompts/questions.js');
    values = await askQuestions(set, start);
    if (kind === 'annual') {
      const { annualUpdates } = await import('./review-annual.js');
      extra = await annualUpdates(ctx, journal, period);
    }
  }
  await persist(ctx, () => {
    const record = makeReview(kind, period, ctx.today, toAnswers(set, values));
    const exists = fs.existsSync(resolveInside(ctx.dir, rel));
    const content = exists ? editedFileText(readRecord(ctx.dir, rel, Review), record) : newFileText(record, rel);
    return { writes: [{ rel, content }, ...extra()], change: { kind: 'review', review: kind, period } };
  });
  ctx.out(`\nSaved ${rel}.`);
}

export async function run(g: GlobalOptions, kindText: string, opts: ReviewOptions): Promise<void> {
  const ctx = makeContext(g);
  const kind = parseKind(kindText);
  const period = opts.period !== undefined ? parseReviewPeriod(kind, opts.period) : defaultReviewPeriod(kind, ctx.today);
  if (opts.facts) {
    const journal = await requireJournal(ctx.dir);
    const { since, until } = periodRange(kind, period);
    const facts = reviewFacts(journal, since, until, ctx.today);
    if (opts.json) return ctx.out(JSON.stringify({ kind, period, since, until, ...facts }, null, 2));
    return ctx.page(factLines(facts, periodLabel(kind, period)).map(safeText).join('\n'));
  }
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive && !opts.yes) {
    throw new UserError(`career review ${kind} needs --yes when it cannot ask (no terminal)`, 'answers then come from --answer ID=TEXT; --facts shows the facts only');
  }
  await reviewFlow(ctx, kind, period, { interactive, flags: opts.answer });
}
