// Offers ("Set up the next goal now?", "Review 2026-10 now?") have flags like every prompt: the
// flag answers for the person; without one the offer is asked on a terminal and declined elsewhere.
import type { Context } from './context.js';

export async function offer(ctx: Context, given: boolean | undefined, message: string, fallback: boolean, yes?: boolean): Promise<boolean> {
  if (given !== undefined) return given;
  if (!ctx.canPrompt(yes)) return false;
  const { askConfirm } = await import('../prompts/ask.js');
  return askConfirm(message, fallback);
}
