// `career checkin --due`: exit 0 when this week's check-in is due, 1 when it is not (saved, or
// the check-in day is still ahead). Reads the profile and one file's existence, nothing more, so
// a shell prompt can run it every time. It prints only when due (cron mails what a job prints),
// or, on a terminal, the reason it is not.
import { checkinDue } from '../core/checkin-due.js';
import { checkinPath, recordExists, requireJournal } from '../store/index.js';
import type { Context } from './context.js';

export async function due(ctx: Context): Promise<number> {
  const { profile } = await requireJournal(ctx.dir, []);
  const week = checkinDue(ctx.today, profile.checkinDay, false).week;
  const state = checkinDue(ctx.today, profile.checkinDay, recordExists(ctx.dir, checkinPath(week)));
  if (state.due) {
    ctx.out(`Your check-in for ${week} is due: run \`career checkin\`.`);
    return 0;
  }
  if (process.stdout.isTTY) {
    ctx.out(state.state === 'done' ? `Your check-in for ${week} is saved.` : `Nothing is due yet: your check-in day is ${profile.checkinDay}.`);
  }
  return 1;
}
