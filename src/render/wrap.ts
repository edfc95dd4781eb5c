// Wrapping for the screens: a head and its text with continuation lines under the text, styled
// runs of words (each line styled on its own, so a colour never runs across a line break), and
// ready-made plain lines whose text column is found from their shape ("Label: text").
import { width, wrapWords } from './text.js';

type Style = (text: string) => string;
const plain: Style = (s) => s;

/** Narrower than this beside its head, text goes under the head instead. */
const MIN_ROOM = 16;

type Word = readonly [string, Style];

/** One line's words, each run of same-styled words styled as one (spaces inside the style). */
function styleRuns(words: readonly Word[]): string {
  const runs: [string[], Style][] = [];
  for (const [w, s] of words) {
    const last = runs[runs.length - 1];
    if (last && last[1] === s) last[0].push(w);
    else runs.push([[w], s]);
  }
  return runs.map(([ws, s]) => s(ws.join(' '))).join(' ');
}

/**
 * Words in several styles (text, then a dim hint, then a coloured command) wrapped as one text
 * to `cols`: `head` before the first line, `indent` (by default as wide as the head, so the text
 * lines up) before the others. Each line's runs are styled on their own. A word longer than a
 * line is cut between characters. No width (Infinity): one line.
 */
export function wrapStyled(parts: readonly (readonly [string, Style?])[], cols: number, head = '', indent = ' '.repeat(width(head))): string[] {
  const words: Word[] = parts.flatMap(([text, style]) => text.split(/\s+/).filter(Boolean).map((w): Word => [w, style ?? plain]));
  if (!Number.isFinite(cols)) return [head + parts.filter(([t]) => t).map(([t, s]) => (s ?? plain)(t)).join(' ')];
  const margin = Math.max(width(head), width(indent));
  if (margin > 0 && cols - margin < MIN_ROOM) {
    // A head that leaves no room (a deep indent on a narrow screen): the text goes under it.
    const under = cols > MIN_ROOM + 2 ? '  ' : '';
    return [head.trimEnd(), ...wrapStyled(parts, cols, under)].filter((l, i) => i > 0 || l);
  }
  const out: string[] = [];
  let line: Word[] = [];
  let prefix = head;
  let used = width(head);
  const flush = () => { out.push(prefix + styleRuns(line)); line = []; prefix = indent; used = width(indent); };
  for (const [w, s] of words) {
    const ww = width(w);
    const gap = line.length ? 1 : 0;
    if (used + gap + ww <= cols) { line.push([w, s]); used += gap + ww; continue; }
    const room = cols - margin;
    if (ww <= room) { flush(); line.push([w, s]); used += ww; continue; }
    // Longer than any line (a URL, Chinese written without spaces): it starts where the line is
    // and goes on in pieces that fit.
    const start = cols - used - gap;
    const firstPiece = start >= 4 ? wrapWords(w, start)[0]! : '';
    if (firstPiece) { line.push([firstPiece, s]); used += gap + width(firstPiece); }
    const pieces = wrapWords(w.slice(firstPiece.length), Math.max(1, room));
    for (const p of pieces) {
      if (line.length) flush();
      line.push([p, s]);
      used += width(p);
    }
  }
  if (line.length || !out.length) out.push((prefix + styleRuns(line)).trimEnd() || prefix.trimEnd());
  return out;
}

/**
 * `head` then `text` wrapped to `cols`, continuation lines indented to where the text began
 * (or by `indent`). No width (Infinity): one line.
 */
export function hanging(head: string, text: string, cols: number, indent?: string): string[] {
  return wrapStyled([[text]], cols, head, indent);
}

/**
 * Where a ready-made line's text begins, for its continuation lines: after its indent, then after
 * a short leading label ("Overdue: ") or a short first column ending in two spaces ("20 Nov  ").
 */
export function textColumn(line: string): number {
  const indent = /^ */.exec(line)![0];
  const m = /^(?:[^:\s][^:]{0,30}: |\S[^]{0,18}? {2})(?=\S)/.exec(line.slice(indent.length));
  return width(indent) + (m ? width(m[0]) : 0);
}

/** Plain lines (a summary, the review's facts), each wrapped to `cols` under its own text. */
export function wrapLines(lines: readonly string[], cols: number): string[] {
  return lines.flatMap((line) => {
    if (width(line) <= cols) return [line];
    const at = textColumn(line);
    return hanging(line.slice(0, at), line.slice(at), cols);
  });
}

/**
 * `tail` (a hash, a count, a command, a goal's id: kept whole) after the last line, `sep` between,
 * when it fits in `cols`; else on a line of its own after `indent`, or less far in if it must.
 */
export function withTail(lines: readonly string[], tail: string, cols: number, indent: string, sep = '  '): string[] {
  if (!tail) return [...lines];
  const last = lines[lines.length - 1] ?? '';
  if (width(last) + width(sep) + width(tail) <= cols) return [...lines.slice(0, -1), `${last}${sep}${tail}`];
  // On its own line, as far in as `indent` but never past the edge; longer than a line, cut.
  const room = cols - width(tail);
  if (room >= 0) return [...lines, ' '.repeat(Math.min(width(indent), room)) + tail];
  return [...lines, ...wrapWords(tail, cols)];
}
