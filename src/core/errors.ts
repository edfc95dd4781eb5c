// Typed errors, thrown where they happen and printed in one place (program.ts).
// UserError -> exit 1, DataError -> exit 1 with path:line:col, UsageError -> exit 2.

export class UserError extends Error {
  readonly exitCode: number = 1;
  /** Optional second line telling the person what to do about it. */
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
  }
}

export interface Problem {
  /** Path relative to the journal directory (or absolute when outside it). */
  path: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}:${p.col}: ${p.message}`;
}

/** A message and, when there is one, its hint on the line under it: how every problem is shown. */
export function withHint(message: string, hint?: string): string[] {
  return hint ? [message, `  hint: ${hint}`] : [message];
}

/** A problem as the lines a person reads: `path:line:col: message`, then its hint. */
export const problemLines = (p: Problem): string[] => withHint(formatProblem(p), p.hint);

/** A file that failed to read, parse or validate. Carries every problem found in it. */
export class DataError extends UserError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const first = problems[0];
    super(first ? formatProblem(first) : 'invalid data', first?.hint);
    this.name = 'DataError';
    this.problems = problems;
  }
}

export class UsageError extends UserError {
  override readonly exitCode: number = 2;
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'UsageError';
  }
}

/**
 * The data was saved but git could not record it. The command's work is done; the
 * exit code (1) says something needs the person's attention.
 */
export class NotCommittedError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'NotCommittedError';
  }
}
