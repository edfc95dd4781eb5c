// `career where`: the journal directory, resolved as SPEC §2 says.
import { makeContext, type GlobalOptions } from './context.js';

export async function run(g: GlobalOptions, opts: { json?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  ctx.out(opts.json ? JSON.stringify({ dir: ctx.dir }) : ctx.dir);
}
