// `journal list` in the terminal: entries grouped by day, newest first, kinds in colour.
import { paint } from './paint.js';
import type { EntryRow } from '../core/entries.js';
import { weekdayName } from '../core/dates.js';
import { safeText } from './safe.js';
import { padEnd } from './text.js';
import { wrapStyled } from './wrap.js';

const KIND_STYLE: Record<string, 'dim' | 'green' | 'cyan' | 'yellow' | 'magenta'> = {
  note: 'dim',
  win: 'green',
  learning: 'cyan',
  frustration: 'yellow',
  feedback: 'magenta',
};

/** Where an entry's text starts: two spaces, the time (5), two spaces, the kind (11), a space. */
const TEXT_COLUMN = 21;

/**
 * The entries, grouped by day. With `cols` (a terminal's width), long text wraps at word
 * boundaries under its own column; without it each entry stays on one line (for pipes and grep).
 */
export function entryLines(rows: readonly EntryRow[], cols = Infinity): string[] {
  const out: string[] = [];
  let day = '';
  for (const r of rows) {
    if (r.date !== day) {
      if (day) out.push('');
      day = r.date;
      const day3 = weekdayName(r.date).slice(0, 3);
      out.push(paint().bold(`${r.date} ${day3[0]!.toUpperCase()}${day3.slice(1)}`));
    }
    const named = KIND_STYLE[r.kind];
    const style = named ? paint()[named] : (s: string) => s;
    const tags = r.tags.map((t) => `#${safeText(t)}`).join(' ');
    const goal = r.goal ? `→ ${r.goal}` : '';
    // The tags and goal wrap with the text, dimmed, so they never run past the edge.
    const [first, ...rest] = wrapStyled([[safeText(r.text)], [tags, paint().dim], [goal, paint().dim]], cols, ' '.repeat(TEXT_COLUMN));
    out.push(`  ${padEnd(r.time ?? '', 5)}  ${style(padEnd(r.kind, 11))} ${first!.slice(TEXT_COLUMN)}`, ...rest);
  }
  return out;
}
