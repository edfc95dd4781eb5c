// Terminal text primitives: widths that count CJK and emoji as two columns, padding and
// truncation by display width, and progress bars. User text made safe is in safe.ts.
import { createRequire } from 'node:module';

// Printable ASCII, Latin, Greek and Cyrillic letters, punctuation, arrows, maths, box drawing,
// blocks and the marks the report prints (✓ ✗ ● ○) are one column a character; only the rest
// needs the full Unicode width rules, which cost far more per call (and their load, a tenth of a
// report). Left out are the few in these blocks that string-width counts otherwise (© ®, the
// soft hyphen, ‼ ⁉ and some arrows, which are also emoji): test/render/text.test.ts checks every
// character of this set against string-width.
export const NARROW = new RegExp('^[\\x20-\\x7e\\u00a0-\\u00a8\\u00aa-\\u00ac\\u00af-\\u02ff\\u0370-\\u0482\\u048a-\\u052f' +
  '\\u2010-\\u2027\\u2030-\\u203b\\u203d-\\u2048\\u204a-\\u205e\\u2190-\\u2193\\u219a-\\u21a8\\u21ab-\\u21ff\\u2200-\\u22ff' +
  '\\u2500-\\u259f\\u25cb\\u25cf\\u2713\\u2717]*$');

// The Unicode width rules (string-width) and grapheme segmentation load when first needed: both
// set up ICU data that costs more than the rest of a report's start-up, and a journal in plain
// Latin text never needs them. string-width is an ES module, loaded with require() (Node 20.19+).
let stringWidth: ((text: string) => number) | undefined;
let graphemes: Intl.Segmenter | undefined;

export const width = (text: string): number => {
  if (NARROW.test(text)) return text.length;
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: (text: string) => number }).default;
  return stringWidth(text);
};

/** What a person sees as one character: a family emoji, a flag, a letter with its accents. */
export function splitGraphemes(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Cut to at most `max` columns, with an ellipsis when cut; never inside a character. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 0) return '';
  // Narrow text is one column and one character per code unit: no segmenting needed.
  if (NARROW.test(text)) return `${text.slice(0, max - 1)}…`;
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

/**
 * The columns human text wraps to: a terminal's own width; piped (no terminal to measure), a
 * positive whole `COLUMNS`, else 80. Never used for JSON, Markdown, CSV or ICS output.
 */
export function wrapWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const given = Number(env.COLUMNS);
  return Number.isInteger(given) && given > 0 ? given : 80;
}

/**
 * The width a message wraps to: a terminal's own; piped or redirected, none (Infinity), so that a
 * script reads each message on one line and a long path or URL in it is never split.
 */
export function messageWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : Infinity;
}

/** Terminal columns to lay out for (bars, tables): the width text wraps to, between 60 and 120. */
export function terminalWidth(): number {
  return Math.max(60, Math.min(wrapWidth(), 120));
}

// An SGR colour sequence is one piece that takes no column: never cut inside one.
const ANSI = /\u001b\[[0-9;]*m/y;

/** A word in pieces, each a whole character or a whole colour sequence. */
function atoms(word: string): string[] {
  if (!word.includes('\u001b')) return splitGraphemes(word);
  const out: string[] = [];
  let plain = '';
  for (let i = 0; i < word.length;) {
    ANSI.lastIndex = i;
    const m = ANSI.exec(word);
    if (!m) { plain += word[i]; i++; continue; }
    if (plain) { out.push(...splitGraphemes(plain)); plain = ''; }
    out.push(m[0]);
    i += m[0].length;
  }
  if (plain) out.push(...splitGraphemes(plain));
  return out;
}

/**
 * `text` in lines of at most `cols` columns, broken between words; a word longer than a line is
 * cut between characters (never inside a colour sequence, which takes no column). Runs of spaces
 * and line breaks count as one break. No width (Infinity): the text as it is, on one line.
 */
export function wrapWords(text: string, cols: number): string[] {
  if (!Number.isFinite(cols) || cols < 1) return [text];
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const push = () => { if (line) lines.push(line); line = ''; used = 0; };
  for (const word of words) {
    const w = width(word);
    if (line && used + 1 + w <= cols) { line += ` ${word}`; used += 1 + w; continue; }
    if (line) push();
    if (w <= cols) { line = word; used = w; continue; }
    for (const g of atoms(word)) {
      const gw = width(g);
      if (gw && used + gw > cols) push();
      line += g;
      used += gw;
    }
  }
  push();
  return lines.length ? lines : [''];
}
