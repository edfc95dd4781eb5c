// Terminal text primitives: user text made safe to print, widths that count CJK and emoji as
// two columns, padding/truncation by display width, and progress bars.
import stringWidth from 'string-width';

// C0/C1 control characters (including ESC, which starts ANSI sequences) and bidi overrides
// would let a title rewrite the terminal; tabs, newlines and the Unicode line and paragraph
// separators flatten to spaces.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A control character as visible text: `\x1b` for C0 (and below U+0100), `\u202e` above. */
function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** User text as one printable line: controls shown as escapes, never raw. */
export function safeText(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(CONTROL, escapeChar);
}

// Everything that must not reach a terminal raw, whatever a command prints: C0 controls but tab,
// newline and the CR of a CRLF (an .ics file's line ends), DEL, C1, bidi controls and the Unicode
// line separators. A colour sequence (ESC [ ... m) is matched whole, so career's own colours can
// pass when colours are on.
const UNSAFE = /\x1b\[[0-9;]*m|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last line of defence for output (stdout and stderr of every command): any control left in
 * it is shown as an escape. C0 becomes `\x1b` (as safeText writes it); DEL, C1, bidi controls
 * and separators become `\u0085`-style escapes, which inside a JSON string (where JSON.stringify
 * leaves them raw) are the same character, so `--json` output still parses to the exact text.
 * With `colours`, SGR colour sequences are kept; without, they are escaped too.
 */
export function terminalSafe(text: string, colours: boolean): string {
  return text.replace(UNSAFE, (m) => {
    if (m.length > 1) return colours ? m : `\\x1b${m.slice(1)}`;
    const code = m.charCodeAt(0);
    return code < 0x20 ? escapeChar(m) : `\\u${code.toString(16).padStart(4, '0')}`;
  });
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
