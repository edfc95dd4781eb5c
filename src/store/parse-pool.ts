// Parsing many files at once (a cold start on a journal kept for years): the YAML parser is the
// slow part, so a second thread parses part of the files while this one parses the rest.
// Results are the same as parsing them all here; a worker that fails to start or crashes simply
// leaves its share to this thread.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../core/errors.js';
import type { PathKind } from './paths.js';

export interface ParseJob {
  rel: string;
  kind: PathKind;
}

export type ParseOutcome = { rel: string; ok: true; data: unknown } | { rel: string; ok: false; problems: Problem[] };

/** Below this many files a second thread costs more to start than it saves. */
const MIN_FOR_WORKER = 400;
/** The worker spends its first ~100 ms loading the parser, so it takes the smaller share. */
const WORKER_SHARE = 0.45;

type Slow = typeof import('./load.js');

export function parseHere(load: Slow, root: string, jobs: readonly ParseJob[]): ParseOutcome[] {
  return jobs.map(({ rel, kind }) => {
    const r = kind.kind === 'profile' ? load.readProfile(root) : load.readJournalFile(root, rel, kind);
    if (!r.ok) return { rel, ok: false, problems: r.problems };
    return { rel, ok: true, data: 'file' in r ? r.file.data : r.data };
  });
}

function inWorker(root: string, jobs: readonly ParseJob[]): Promise<ParseOutcome[] | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: { root, jobs } });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (m: ParseOutcome[]) => resolve(m));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/** Parse and validate `jobs`, in two threads when there are many and the machine has the cores. */
export async function parseAll(load: Slow, root: string, jobs: readonly ParseJob[]): Promise<ParseOutcome[]> {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (jobs.length < MIN_FOR_WORKER || cores < 2 || process.env.CAREER_THREADS === '1') return parseHere(load, root, jobs);
  const split = Math.floor(jobs.length * (1 - WORKER_SHARE));
  const theirs = jobs.slice(split);
  const pending = inWorker(root, theirs);
  const mine = parseHere(load, root, jobs.slice(0, split));
  const done = (await pending) ?? parseHere(load, root, theirs);
  return [...mine, ...done];
}
