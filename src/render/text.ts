// Terminal text primitives: widths that count CJK and emoji as two columns, padding and
// truncation by display width, and progress bars. User text made safe is in safe.ts.
import { createRequire } from 'node:module';

// Printable ASCII, Latin letters, punctuation, arrows, box drawing and blocks (most of what the
// report prints) are one column a character; only the rest needs the full Unicode width rules,
// which cost far more per call.
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2190-\u21ff\u2500-\u259f]*$/;

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

/** Terminal columns to lay out for: the real width, at least 60, and 80 when not a terminal. */
export function terminalWidth(): number {
  const cols = process.stdout.isTTY ? process.stdout.columns : 80;
  return Math.max(60, Math.min(cols || 80, 120));
}

/**
 * `text` in lines of at most `cols` columns, broken between words; a word longer than a line is
 * cut between characters. Runs of spaces and line breaks count as one break. No width (Infinity):
 * the text as it is, on one line.
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
    for (const g of splitGraphemes(word)) {
      const gw = width(g);
      if (used + gw > cols) push();
      line += g;
      used += gw;
    }
  }
  push();
  return lines.length ? lines : [''];
}
