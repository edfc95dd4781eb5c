// The journal's history for `career log`: `git log` with what each commit changed (status and
// line counts per file), read with -z so no path is ever quoted or mangled.
import { GitError, runGit, type GitOptions } from './git.js';

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed' | 'changed';

export interface FileChange {
  status: FileStatus;
  path: string;
  /** The old path of a rename or copy. */
  from?: string;
  /** Lines added and deleted; null for a binary file. */
  additions: number | null;
  deletions: number | null;
}

export interface LogEntry {
  hash: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  /** The subject line. */
  message: string;
  files: FileChange[];
}

export interface HistoryOptions extends GitOptions {
  /** Only commits touching this path (relative to the journal). */
  path?: string;
  /** Follow `path` across renames. */
  follow?: boolean;
  limit?: number;
}

const STATUS: Record<string, FileStatus> = {
  A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed',
};

// Record separator before each commit, unit separator between its fields.
const FORMAT = '--format=%x1e%H%x1f%aI%x1f%s';

/** Commits newest first, each with the files it changed. [] before the first commit. */
export async function history(dir: string, o: HistoryOptions = {}): Promise<LogEntry[]> {
  const args = [
    // Options that keep a person's git config (log.showSignature, color.ui=always, external
    // diff drivers, textconv) from changing what is parsed here.
    'log', '--no-show-signature', '--no-color', '--no-ext-diff', '--no-textconv',
    '-z', '--raw', '--numstat', FORMAT,
  ];
  if (o.limit !== undefined) args.push(`--max-count=${o.limit}`);
  if (o.follow && o.path) args.push('--follow');
  args.push('--');
  if (o.path) args.push(o.path);
  let stdout: string;
  try {
    ({ stdout } = await runGit(dir, ['--literal-pathspecs', ...args], o));
  } catch (err) {
    // A repository without commits has no HEAD to start from: an empty history.
    if (err instanceof GitError && /does not have any commits|bad default revision|unknown revision/.test(err.stderr)) return [];
    throw err;
  }
  return parseLog(stdout);
}

/** Parses `git log -z --raw --numstat` with FORMAT. Exported for tests. */
export function parseLog(stdout: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const chunk of stdout.split('\x1e')) {
    if (!chunk) continue;
    const tokens = chunk.split('\0');
    const [hash = '', date = '', message = ''] = (tokens[0] ?? '').split('\x1f');
    const files: FileChange[] = [];
    const next = (i: number): string => tokens[i] ?? '';
    for (let i = 1; i < tokens.length; i++) {
      const t = next(i).replace(/^\n+/, '');
      if (t === '') continue;
      if (t.startsWith(':')) {
        // :<old mode> <new mode> <old sha> <new sha> <status>[score], then one or two paths
        const code = t.split(' ')[4] ?? '';
        const letter = code.charAt(0);
        const status = STATUS[letter] ?? 'changed';
        if (letter === 'R' || letter === 'C') {
          files.push({ status, from: next(i + 1), path: next(i + 2), additions: null, deletions: null });
          i += 2;
        } else {
          files.push({ status, path: next(i + 1), additions: null, deletions: null });
          i += 1;
        }
        continue;
      }
      const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(t);
      if (!m) continue;
      let target = m[3] ?? '';
      if (target === '') {
        // a rename: the old and new paths follow as their own fields
        target = next(i + 2);
        i += 2;
      }
      const file = files.find((f) => f.path === target && f.additions === null);
      if (file) {
        file.additions = m[1] === '-' ? null : Number(m[1]);
        file.deletions = m[2] === '-' ? null : Number(m[2]);
      }
    }
    if (hash) entries.push({ hash, date, message, files });
  }
  return entries;
}

/** Whether any commit touched `rel` (a file deleted since still counts). */
export async function inHistory(dir: string, rel: string, opts: GitOptions = {}): Promise<boolean> {
  try {
    const { stdout } = await runGit(dir, ['--literal-pathspecs', 'log', '-1', '--format=%H', '--', rel], opts);
    return stdout.trim() !== '';
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return false;
    throw err;
  }
}

/** Every path under `folder` that any commit touched, sorted. */
export async function pathsInHistory(dir: string, folder: string, opts: GitOptions = {}): Promise<string[]> {
  try {
    const { stdout } = await runGit(dir, ['--literal-pathspecs', 'log', '-z', '--no-renames', '--format=', '--name-only', '--', folder], opts);
    return [...new Set(stdout.split('\0').map((p) => p.replace(/^\n+/, '')).filter(Boolean))].sort();
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return [];
    throw err;
  }
}
