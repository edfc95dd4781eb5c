// `journal list` in the terminal: entries grouped by day, newest first, kinds in colour.
import { paint } from './paint.js';
import type { EntryRow } from '../core/entries.js';
import { weekdayName } from '../core/dates.js';
import { safeText } from './safe.js';
import { padEnd } from './text.js';

const KIND_STYLE: Record<string, 'dim' | 'green' | 'cyan' | 'yellow' | 'magenta'> = {
  note: 'dim',
  win: 'green',
  learning: 'cyan',
  frustration: 'yellow',
  feedback: 'magenta',
};

export function entryLines(rows: readonly EntryRow[]): string[] {
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
    const tags = r.tags.length ? paint().dim(` ${r.tags.map((t) => `#${safeText(t)}`).join(' ')}`) : '';
    const goal = r.goal ? paint().dim(` → ${r.goal}`) : '';
    out.push(`  ${padEnd(r.time ?? '', 5)}  ${style(padEnd(r.kind, 11))} ${safeText(r.text)}${tags}${goal}`);
  }
  return out;
}
