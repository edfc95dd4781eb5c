// The built CLI run inside the test process: the same `main` that bin/career.js calls, with
// the test's environment, working directory, output and exit code swapped in for the call and
// restored after. It costs a few milliseconds instead of a Node start (which is most of what
// a spawned run costs), so the command-by-command e2e files use it; the safety suite, the CLI
// shell tests and the terminal sessions still spawn the real binary (`career` in env.ts).
// Calls must not overlap (each is awaited); vitest runs a file's tests one after another.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, copyJournal, initJournal, keepForFile, onFileDone, ROOT, type RunResult } from './env.js';

type Main = (argv: string[]) => Promise<void>;
let main: Main | undefined;

type Write = typeof process.stdout.write;

/** A stand-in for stream.write that collects the text and honours the callback. */
function collector(sink: { text: string }): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as Write;
}

let running = false;

/** Run `career <args>` in this process with `env` as its whole environment. */
export async function career(args: string[], env: NodeJS.ProcessEnv, opts: { cwd?: string } = {}): Promise<RunResult> {
  if (running) throw new Error('in-process career runs must be awaited one at a time');
  running = true;
  main ??= ((await import(pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href)) as { main: Main }).main;
  const saved = { env: process.env, cwd: process.cwd(), exitCode: process.exitCode, out: process.stdout.write, err: process.stderr.write };
  const stdout = { text: '' };
  const stderr = { text: '' };
  process.env = { ...env };
  process.chdir(opts.cwd ?? os.tmpdir());
  process.exitCode = undefined;
  process.stdout.write = collector(stdout);
  process.stderr.write = collector(stderr);
  try {
    await main(['node', BIN, ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    process.env = saved.env;
    running = false;
  }
}

const fixtures = new Map<string, string>();
onFileDone(() => fixtures.clear());

/**
 * journalFixture (env.ts) with a build that runs commands in process: the journal is made once
 * per test file from a fresh `initJournal()`, and every caller gets its own copy.
 */
export async function inProcessFixture(name: string, build: (j: { dir: string; env: NodeJS.ProcessEnv }) => Promise<void>): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  let template = fixtures.get(name);
  if (!template) {
    const j = initJournal();
    await build(j);
    template = j.dir;
    keepForFile(template);
    fixtures.set(name, template);
  }
  return copyJournal(template);
}
