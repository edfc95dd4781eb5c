// User text inside Markdown documents (the report, the plan, the partner's status): it renders as
// exactly the text the person wrote, and can never open a heading, a list, a quote, a table
// column, HTML or a link. Control characters are shown as escapes (safeText), never dropped.
import { safeText } from './safe.js';

// Inline Markdown (CommonMark + GFM): emphasis, code, links and images, HTML and autolinks,
// tables, strikethrough, and backslash itself. `#` anywhere, since ` #` ends an ATX heading.
const INLINE = /[\\`*_{}[\]<>|~#!]/g;

/**
 * User text as one line of inline Markdown that renders as exactly that text. Line breaks and
 * runs of white space become one space; what would start a block (a list marker, `>`, `=`,
 * `+`, `1.`) is escaped; `&` only where it would start an entity.
 */
export function md(text: string): string {
  let s = safeText(text).replace(/\s+/g, ' ').trim();
  s = s.replace(INLINE, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Block starts: `- x`, `+ x`, `= x`, `1. x` / `1) x` (a list item or setext underline in
  // most places this text lands, e.g. right after a `- ` list marker).
  s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** A table cell: `md` already escapes `|`; an empty cell stays visibly empty. */
export const cell = (text: string) => md(text) || ' ';
