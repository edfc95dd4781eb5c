// `career` with no arguments: inside a journal, what to do now; outside one, how to start.
// Read-only: never takes the lock, and exits 0 either way.
import { nowView } from '../core/now.js';
import { journalExists, requireJournal } from '../store/index.js';
import { makeContext, type GlobalOptions } from './context.js';

export async function run(g: GlobalOptions, opts: { json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  if (!journalExists(ctx.dir)) {
    if (opts.json) return ctx.out(JSON.stringify({ journal: null, dir: ctx.dir, start: 'career init' }, null, 2));
    ctx.out(`No journal in ${ctx.dir} yet.\nStart one with:  career init   (or pass --dir, or set CAREER_HOME)\nAll commands:    career --help`);
    return;
  }
  const journal = await requireJournal(ctx.dir);
  const view = nowView(journal, ctx.today);
  if (opts.json) return ctx.out(JSON.stringify(view, null, 2));
  const { renderNow } = await import('../render/now.js');
  const { wrapWidth } = await import('../render/text.js');
  ctx.out(renderNow(view, journal.profile.name, wrapWidth()));
}
