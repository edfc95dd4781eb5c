// Reading the files a load found no cache entry for: when there are many (a cold load), each
// through the fast reader and those it declines through the strict one, imported only then (so a
// big journal of plain files never loads the `yaml` package at all); otherwise, and for
// `doctor`, every file through the strict one.
import type { Problem } from '../core/errors.js';
import type { PathKind } from './paths.js';

export interface ParseJob {
  rel: string;
  kind: PathKind;
  /** The file's size when it was stat-ed, if it was. */
  size?: number;
}

export type ParseOutcome = { rel: string; ok: true; data: unknown } | { rel: string; ok: false; problems: Problem[] };

/**
 * Below this many files the strict reader alone is quicker: a handful of files parse in a few
 * milliseconds, and a command that then edits one needs the strict reader anyway, so loading a
 * second parser (and compiling validators) would cost more than it saves.
 */
const FAST_READER_MIN = 50;

/** Read and validate `jobs`; outcomes of files with problems keep the order of `jobs`. */
export async function readRecords(root: string, jobs: readonly ParseJob[], strict: boolean): Promise<ParseOutcome[]> {
  const out: ParseOutcome[] = [];
  const declined: ParseJob[] = [];
  if (strict || jobs.length < FAST_READER_MIN) declined.push(...jobs);
  else {
    const { quickRead } = await import('./fast-reader.js');
    for (const job of jobs) {
      const quick = quickRead(root, job.rel, job.kind, job.size);
      if (quick) out.push({ rel: job.rel, ok: true, data: quick.data });
      else declined.push(job);
    }
  }
  if (declined.length) {
    const { readJournalFile } = await import('./strict-reader.js');
    for (const { rel, kind } of declined) out.push({ rel, ...readJournalFile(root, rel, kind) });
  }
  return out;
}
