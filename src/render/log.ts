// `career log` on the screen: each commit on a line (date, subject, short hash), the files it
// changed under it, long subjects and paths wrapped at word boundaries under themselves.
import { paint } from './paint.js';
import { safeText } from './safe.js';
import { hanging, withTail } from './wrap.js';

/** A commit as git/log.ts reads it (only what the screen shows). */
export interface LogEntry {
  hash: string;
  date: string;
  message: string;
  files: FileChange[];
}

export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed' | 'changed';
  path: string;
  from?: string;
  additions: number | null;
  deletions: number | null;
}

const WORD: Record<FileChange['status'], string> = {
  added: 'added', modified: 'modified', deleted: 'deleted', renamed: 'renamed',
  copied: 'copied', 'type-changed': 'changed', changed: 'changed',
};

function fileLines(f: FileChange, cols: number): string[] {
  const where = f.from !== undefined ? `${safeText(f.from)} -> ${safeText(f.path)}` : safeText(f.path);
  const counts = f.additions === null || f.deletions === null ? '' : paint().dim(`+${f.additions} -${f.deletions}`);
  const head = `${' '.repeat(12)}${WORD[f.status].padEnd(9)}`;
  return withTail(hanging(head, where, cols), counts, cols, ' '.repeat(head.length));
}

/**
 * `2026-11-20  goal: progress lead-crm 3 -> 5  (a1b2c3d)`, then one line per file changed; a long
 * message wraps at word boundaries to `cols`, under itself.
 */
export function renderLog(entries: readonly LogEntry[], cols = Infinity): string {
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(...withTail(hanging(`${e.date.slice(0, 10)}  `, safeText(e.message), cols), paint().dim(`(${e.hash.slice(0, 7)})`), cols, ' '.repeat(12)));
    for (const f of e.files) lines.push(...fileLines(f, cols));
  }
  return lines.join('\n');
}
