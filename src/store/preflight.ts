// The checks every journal file passes before a YAML parser sees it: size, strict UTF-8, BOM and
// line ends, git conflict markers, emptiness. Shared by the strict reader (yamlio.ts) and the
// fast one (fast-yaml.ts), and free of either parser so the fast path loads neither.
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../core/errors.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';

/** No career file comes near this; a bigger one is almost certainly not ours. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface TextFormat {
  bom: boolean;
  eol: '\n' | '\r\n';
  /**
   * Only for a file with both kinds of line end: for each line of the text (as split on \n),
   * whether it ended with \r\n. An edit keeps each untouched line's own ending.
   */
  crlf?: boolean[];
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/;
/** The same over the whole text at once: most files have none, and splitting them costs. */
const ANY_CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |\r?$)/m;

export function problem(path: string, line: number, col: number, message: string, hint?: string): Problem {
  return { path, line, col, message, hint };
}

/** Decode bytes strictly; report the first invalid byte by line and column. */
function decode(path: string, buf: Uint8Array): { text: string } | { problem: Problem } {
  if (buf.length > MAX_FILE_BYTES) {
    return { problem: problem(path, 1, 1, `file is ${Math.round(buf.length / 1024)} KiB, more than career reads (${MAX_FILE_BYTES / 1024 / 1024} MiB)`, 'career files are small; is this file in the right place?') };
  }
  // Node's native check first (the same strict UTF-8: no overlong forms, surrogates or code
  // points past U+10FFFF); the byte-by-byte walk only to place the first bad byte.
  const bad = isUtf8(buf) ? -1 : firstInvalidUtf8(buf);
  if (bad >= 0) {
    const { line, col: byteCol } = bytePosition(buf, bad);
    // Count characters, as the YAML errors do; what precedes the bad byte on its line is valid.
    const col = new TextDecoder().decode(buf.subarray(bad - byteCol + 1, bad)).length + 1;
    const hex = buf[bad]!.toString(16).padStart(2, '0');
    return { problem: problem(path, line, col, `invalid UTF-8 byte 0x${hex}`, 'save the file as UTF-8 in your editor') };
  }
  return { text: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8') };
}

function conflictMarkers(path: string, text: string): Problem | null {
  if (!ANY_CONFLICT_MARKER.test(text)) return null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (CONFLICT_MARKER.test(lines[i]!.replace(/\r$/, ''))) {
      return problem(path, i + 1, 1, 'git conflict marker: this file is in the middle of a merge',
        'keep the version you want, delete the <<<<<<< ======= >>>>>>> lines, then run `career doctor`');
    }
  }
  return null;
}

export type Preflight = { ok: true; text: string; format: TextFormat } | { ok: false; problems: Problem[] };

/**
 * The checks before any YAML parser sees a file: size, strict UTF-8, BOM and line ends, git
 * conflict markers, emptiness. Both readers (strict and fast) start from its text.
 */
export function preflight(path: string, buf: Uint8Array): Preflight {
  const decoded = decode(path, buf);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  let text = decoded.text;
  const format: TextFormat = { bom: text.startsWith('\uFEFF'), eol: text.includes('\r\n') ? '\r\n' : '\n' };
  if (format.bom) text = text.slice(1);
  if (format.eol === '\r\n' && /(^|[^\r])\n/.test(text)) format.crlf = text.split('\n').slice(0, -1).map((l) => l.endsWith('\r'));
  const marker = conflictMarkers(path, text);
  if (marker) return { ok: false, problems: [marker] };
  // What trim() takes off, without copying every file to find out.
  if (!/\S/.test(text)) {
    return { ok: false, problems: [problem(path, 1, 1, 'file is empty', 'delete it, or restore it with `git checkout -- ' + path + '`')] };
  }
  return { ok: true, text, format };
}
