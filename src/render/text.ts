// Terminal text primitives: user text made safe to print, widths that count CJK and emoji as
// two columns, padding/truncation by display width, and progress bars.
import stringWidth from 'string-width';

// C0/C1 control characters (including ESC, which starts ANSI sequences) and bidi overrides
// would let a title rewrite the terminal; tabs and newlines flatten to spaces.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** User text as one printable line: controls shown as U+FFFD-free escapes, never raw. */
export function safeText(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// Printable ASCII, Latin letters, punctuation, arrows, box drawing and blocks (most of what the
// report prints) are one column a character; only the rest needs the full Unicode width rules,
// which cost far more per call.
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2190-\u21ff\u2500-\u259f]*$/;
export const width = (text: string): number => (NARROW.test(text) ? text.length : stringWidth(text));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What a person sees as one character: a family emoji, a flag, a letter with its accents. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Cut to at most `max` columns, with an ellipsis when cut; never inside a character. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let used = 0;
  for (const g of splitGraphemes(text)) {
    const w = width(g);
    if (used + w > max - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

export function padEnd(text: string, cols: number): string {
  return text + ' '.repeat(Math.max(0, cols - width(text)));
}

export function padStart(text: string, cols: number): string {
  return ' '.repeat(Math.max(0, cols - width(text))) + text;
}

/** A bar of `cols` cells; eighth-blocks give smooth ends. */
export function bar(fraction: number, cols: number): string {
  const f = Math.max(0, Math.min(1, fraction));
  const eighths = Math.round(f * cols * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part ? '▏▎▍▌▋▊▉'[part - 1]! : '';
  return '█'.repeat(full) + partial + '░'.repeat(cols - full - (part ? 1 : 0));
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Terminal columns to lay out for: the real width, at least 60, and 80 when not a terminal. */
export function terminalWidth(): number {
  const cols = process.stdout.isTTY ? process.stdout.columns : 80;
  return Math.max(60, Math.min(cols || 80, 120));
}
