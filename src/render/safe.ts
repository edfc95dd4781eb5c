// User text made safe to print: no control character, escape sequence or bidi override in a
// title or note may reach the terminal raw. Apart from text.ts (and its Unicode width tables)
// so that every command can guard its output without loading them.
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
