// The "what now" screen: one line per thing to do, each followed by its command, in the order a
// person would do them. At most a few of each kind, so it stays under a screen.
import type { NowView } from '../core/now.js';
import { nothingToDo } from '../core/now.js';
import { STATUS_WORDS } from '../core/checkin-status.js';
import { paint } from './paint.js';
import { safeText } from './safe.js';

const SHOWN = 3;
const cmd = (c: string) => paint().cyan(c);

function capped<T>(items: readonly T[], line: (t: T) => string[]): string[] {
  const out = items.slice(0, SHOWN).flatMap(line);
  if (items.length > SHOWN) out.push(paint().dim(`  … and ${items.length - SHOWN} more`));
  return out;
}

export function renderNow(v: NowView, name: string): string {
  const lines: string[] = [paint().bold(`${safeText(name)} · ${v.today} · week ${v.week}`), ''];
  if (v.checkin.state === 'due') lines.push(`• This week's check-in is due.  ${cmd(v.checkin.command)}`);
  else if (v.checkin.state === 'upcoming') lines.push(paint().dim(`• This week's check-in comes on ${v.checkin.day}.`));
  else lines.push(paint().dim('• This week\'s check-in is done.'));
  if (v.missed.total) {
    const more = v.missed.total > v.missed.weeks.length ? ` (and ${v.missed.total - v.missed.weeks.length} earlier)` : '';
    lines.push(`• ${v.missed.total} missed week${v.missed.total === 1 ? '' : 's'} to back-fill: ${v.missed.weeks.join(', ')}${more}.  ${cmd(v.missed.command!)}`);
  }
  if (v.milestones.overdue.length) {
    lines.push('• Overdue milestones:');
    lines.push(...capped(v.milestones.overdue, (m) => [`    ${m.due}  ${safeText(m.title)} (${m.goal})  ${cmd(m.command)}`]));
  }
  if (v.milestones.thisWeek.length) {
    lines.push('• Milestones due this week:');
    lines.push(...capped(v.milestones.thisWeek, (m) => [`    ${m.due}  ${safeText(m.title)} (${m.goal})  ${cmd(m.command)}`]));
  }
  if (v.focus.items.length) {
    lines.push(`• Your focus from ${v.focus.week}:`);
    lines.push(...capped(v.focus.items, (f) => [`    ${safeText(f)}`]));
    lines.push(`    tick them off in the check-in: ${cmd('career checkin --focus-done "<item>"')}`);
  }
  if (v.goals.length) {
    lines.push('• Goals that need you:');
    lines.push(...capped(v.goals, (g) => {
      const why = [g.pace === 'behind' || g.pace === 'overdue' ? g.pace : '', g.checkinStatus && g.checkinStatus !== 'on-track' ? `you said ${STATUS_WORDS[g.checkinStatus]}` : ''].filter(Boolean).join(', ');
      return [`    ${safeText(g.title)} (${why})  ${cmd(g.command)}`];
    }));
  }
  for (const r of v.reviews) lines.push(`• Your ${r.kind} review of ${r.period} is due.  ${cmd(r.command)}`);
  if (nothingToDo(v)) lines.push('', 'Nothing else is waiting. The full picture: ' + cmd('career report'));
  else lines.push('', paint().dim(`More: career report · career goal list · career --help`));
  return lines.join('\n');
}
