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
import { reflectionFor, reflectionLines, type Reflection } from '../core/reflection.js';
import { REVIEW_KINDS, Review, type Answer } from '../core/schemas.js';
import { annualLines, parseRelationshipItem, profileChanges, profileDefaults } from '../core/annual.js';
import { withRatings } from '../core/skill-ratings.js';
import { closest } from '../core/text.js';
import { documents, requireJournal, reviewPath } from '../store/index.js';
import { safeText } from '../render/safe.js';
import { wrapWidth } from '../render/text.js';
import { wrapLines } from '../render/wrap.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { persist } from './persist.js';
import { annualFromFlags, applyAnnual, askAnnual, refuseAnnualFlags, type AnnualFlags } from './review-annual.js';

export interface ReviewOptions extends AnnualFlags {
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

/** The annual review of the year `init` reflected on brings that reflection back (issue 15.5). */
function reflectionOf(journal: Journal, kind: ReviewKind, period: string): Reflection | null {
  return kind === 'annual' ? reflectionFor(journal.profile, Number(period)) : null;
}

function factText(journal: Journal, kind: ReviewKind, period: string, facts: ReturnType<typeof reviewFacts>): string[] {
  const lines = factLines(facts, periodLabel(kind, period));
  const reflection = reflectionOf(journal, kind, period);
  return reflection ? [...lines, '', ...reflectionLines(reflection, journal.profile.created)] : lines;
}

/** Facts, questions, save: shared with the check-in's "review the month just ended" offer. */
export async function reviewFlow(ctx: Context, kind: ReviewKind, period: string, o: { interactive: boolean; flags?: string[]; annual?: AnnualFlags }): Promise<void> {
  const set = (await documents()).loadQuestionSet(ctx.dir, `reviews/${kind}`);
  const given = answersFromFlags(set, o.flags ?? []); // a bad --answer stops us before anything is shown
  if (kind !== 'annual') refuseAnnualFlags(o.annual ?? {}, kind);
  const rel = reviewPath(kind, period);
  const journal = await requireJournal(ctx.dir);
  const annual = kind === 'annual' ? annualFromFlags(o.annual ?? {}, journal, period, ctx.today) : null;
  if (annual) profileChanges(journal.profile, set, given, new Set(Object.keys(given))); // --answer relationships=... too
  const { since, until } = periodRange(kind, period);
  const label = periodLabel(kind, period);
  const cols = wrapWidth();
  ctx.out(`${wrapLines([`${safeText(set.title)}: ${label}`], cols).join('\n')}\n`);
  for (const line of wrapLines(factText(journal, kind, period, reviewFacts(journal, since, until, ctx.today)).map(safeText), cols)) ctx.out(line);
  const base = savedAnswers(journal, kind, period);
  const saved = Object.fromEntries(base.map((a) => [a.id, a.answer]));
  let values = { ...saved, ...given };
  let answered = new Set(Object.keys(given));
  let changes = annual?.changes;
  if (o.interactive) {
    if (set.intro) ctx.out(`\n${wrapLines(set.intro.trim().split('\n').map(safeText), cols).join('\n')}`);
    const { askQuestions } = await import('../prompts/questions.js');
    // The profile's own fields start from career.yaml as it is (it may have been edited since).
    values = await askQuestions(set, { ...saved, ...(annual ? profileDefaults(journal.profile, set) : {}), ...given }, annual ? { relationships: relationshipCheck } : {});
    answered = new Set(set.questions.map((q) => q.id));
    if (annual) changes = await askAnnual(ctx, journal, period, annual);
  }
  const lists = annual ? profileChanges(journal.profile, set, values, answered) : {};
  // Only what this run answered or changed; the rest stays as saved when it is written (SPEC §5).
  const change = diffAnswerList(base, toAnswers(set, values));
  const { result } = await persist(ctx, (tx) => {
    const disk = tx.read(rel, Review);
    const applied = applyAnswerList(disk?.answers ?? [], base, change, set.questions.map((q) => q.id));
    const done = changes ? applyAnnual(tx, changes, lists, ctx.today) : { rated: [], moved: [] };
    const record = disk ? { ...disk, date: ctx.today, answers: applied.answers } : makeReview(kind, period, ctx.today, applied.answers);
    tx.put(rel, withRatings(record, done.rated));
    return { change: { kind: 'review', review: kind, period }, result: { notices: applied.notices, ...done } };
  });
  for (const n of result.notices) ctx.err(`Note: ${safeText(n)}.`);
  ctx.say(`\nSaved ${rel}.`);
  if (changes) for (const line of annualLines(journal, changes, lists, result)) ctx.out(safeText(line));
}

/** A relationship item typed in the annual review must say its action, as career.yaml needs one. */
function relationshipCheck(item: string): true | string {
  try {
    parseRelationshipItem(item);
    return true;
  } catch (err) {
    return `${(err as Error).message}, e.g. Dana (manager) => monthly career chat`;
  }
}

export async function run(g: GlobalOptions, kindText: string, opts: ReviewOptions): Promise<void> {
  const ctx = makeContext(g);
  const kind = parseKind(kindText);
  const period = opts.period !== undefined ? parseReviewPeriod(kind, reviewPeriodName(opts.period, ctx.today)) : defaultReviewPeriod(kind, ctx.today);
  if (opts.facts) {
    const journal = await requireJournal(ctx.dir);
    const { since, until } = periodRange(kind, period);
    const facts = reviewFacts(journal, since, until, ctx.today);
    if (opts.json) return ctx.out(JSON.stringify({ kind, period, since, until, ...facts, ...(kind === 'annual' ? { reflection: reflectionOf(journal, kind, period) } : {}) }, null, 2));
    return ctx.page(wrapLines(factText(journal, kind, period, facts).map(safeText), wrapWidth()).join('\n'));
  }
  const interactive = ctx.canPrompt(opts.yes);
  if (!interactive && !opts.yes) {
    throw new UserError(`career review ${kind} needs --yes when it cannot ask (no terminal)`, 'answers then come from --answer ID=TEXT; --facts shows the facts only');
  }
  const { deadline, deadlines, reason, vision, rate } = opts;
  await reviewFlow(ctx, kind, period, { interactive, flags: opts.answer, annual: { deadline, deadlines, reason, vision, rate } });
}
