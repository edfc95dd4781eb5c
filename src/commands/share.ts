// `career share`: this week's accountability status for the partner, as Markdown.
import { UserError } from '../core/errors.js';
import { shareModel } from '../core/share.js';
import { isoWeekOf, parseWeek } from '../core/weeks.js';
import { fileTools, requireJournal } from '../store/index.js';
import { renderShare } from '../render/share-markdown.js';
import { safeText } from '../render/safe.js';
import { makeContext, type GlobalOptions } from './context.js';

export async function run(g: GlobalOptions, opts: { week?: string; out?: string }): Promise<void> {
  const ctx = makeContext(g);
  const week = opts.week?.trim() ?? isoWeekOf(ctx.today);
  if (opts.week !== undefined) parseWeek(week);
  const journal = await requireJournal(ctx.dir);
  if (week > isoWeekOf(ctx.today)) throw new UserError(`--week ${week} has not started yet`);
  const model = shareModel(journal, week, ctx.today);
  if (!model.hasCheckin) ctx.err(`No check-in for ${week} yet; the status is built from your goals and journal. Run \`career checkin\` for a fuller one.`);
  const text = renderShare(model);
  if (opts.out) {
    (await fileTools()).writeOutFile(opts.out, text);
    ctx.err(`Wrote ${opts.out}.${model.partner?.contact ? ` Send it to ${safeText(model.partner.name)} <${safeText(model.partner.contact)}>.` : ''}`);
  } else {
    ctx.out(text);
  }
}
