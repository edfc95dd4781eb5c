// The "what now" screen: one line per thing to do, each followed by its command, in the order a
// person would do them. At most a few of each kind, so it stays under a screen.
import type { NowView } from '../core/now.js';
import { nothingToDo } from '../core/now.js';
import { STATUS_WORDS } from '../core/checkin-status.js';
import { plural } from '../core/text.js';
import { paint } from './paint.js';
import { safeText } from './safe.js';
import { hanging, withTail } from './wrap.js';

const SHOWN = 3;

function capped<T>(items: readonly T[], line: (t: T) => string[]): string[] {
  const out = items.slice(0, SHOWN).flatMap(line);
  if (items.length > SHOWN) out.push(paint().dim(`  … and ${items.length - SHOWN} more`));
  return out;
}

/**
 * `head` and `text` wrapped to `cols` under the text, then the command (kept whole, in colour)
 * after two spaces, or on a line of its own under the text when it does not fit.
 */
function actionLines(head: string, text: string, command: string | undefined, cols: number, style = (s: string) => s): string[] {
  const indent = ' '.repeat(head.length);
  const lines = hanging(head, text, cols).map(style);
  return command ? withTail(lines, paint().cyan(command), cols, indent) : lines;
}

/** The "what now" screen, wrapped to `cols` (Infinity: one line a thing). */
export function renderNow(v: NowView, name: string, cols = Infinity): string {
  const lines: string[] = [...hanging('', `${safeText(name)} · ${v.today} · week ${v.week}`, cols).map((l) => paint().bold(l)), ''];
  const dim = paint().dim;
  if (v.checkin.state === 'due') lines.push(...actionLines('• ', "This week's check-in is due.", v.checkin.command, cols));
  else if (v.checkin.state === 'upcoming') lines.push(...actionLines('• ', `This week's check-in comes on ${v.checkin.day}.`, undefined, cols, dim));
  else lines.push(...actionLines('• ', 'This week\'s check-in is done.', undefined, cols, dim));
  if (v.missed.total) {
    const more = v.missed.total > v.missed.weeks.length ? ` (and ${v.missed.total - v.missed.weeks.length} earlier)` : '';
    lines.push(...actionLines('• ', `${plural(v.missed.total, 'missed week')} to back-fill: ${v.missed.weeks.join(', ')}${more}.`, v.missed.command!, cols));
  }
  if (v.milestones.overdue.length) {
    lines.push('• Overdue milestones:');
    lines.push(...capped(v.milestones.overdue, (m) => actionLines(`    ${m.due}  `, `${safeText(m.title)} (${m.goal})`, m.command, cols)));
  }
  if (v.milestones.thisWeek.length) {
    lines.push('• Milestones due this week:');
    lines.push(...capped(v.milestones.thisWeek, (m) => actionLines(`    ${m.due}  `, `${safeText(m.title)} (${m.goal})`, m.command, cols)));
  }
  if (v.focus.items.length) {
    lines.push(`• Your focus from ${v.focus.week}:`);
    lines.push(...capped(v.focus.items, (f) => actionLines('    ', safeText(f), undefined, cols)));
    lines.push(...actionLines('    ', 'tick them off in the check-in:', 'career checkin --focus-done "<item>"', cols));
  }
  if (v.goals.length) {
    lines.push('• Goals that need you:');
    lines.push(...capped(v.goals, (g) => {
      const why = [g.pace === 'behind' || g.pace === 'overdue' ? g.pace : '', g.checkinStatus && g.checkinStatus !== 'on-track' ? `you said ${STATUS_WORDS[g.checkinStatus]}` : ''].filter(Boolean).join(', ');
      return actionLines('    ', `${safeText(g.title)} (${why})`, g.command, cols);
    }));
  }
  for (const r of v.reviews) lines.push(...actionLines('• ', `Your ${r.kind} review of ${r.period} is due.`, r.command, cols));
  if (nothingToDo(v)) lines.push('', ...actionLines('', 'Nothing else is waiting. The full picture:', 'career report', cols));
  else lines.push('', ...actionLines('', 'More: career report · career goal list · career --help', undefined, cols, dim));
  return lines.join('\n');
}
