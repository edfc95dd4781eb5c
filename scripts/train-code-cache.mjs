// The code cache's training run, called by scripts/program-bundle.mjs with the file to write and
// which commands to train: `all`, the commands people run most (reads first without a record
// cache, then with one, then each kind of write), or `reads`, the reads fast-read.ts knows. They
// run in this one process on a scratch copy of the demo journal, so that V8 has compiled what
// they use; then that bytecode is saved beside the bundle. Nothing outside the scratch folder is
// touched: git runs with its own identity and no global or system config.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const cacheFile = process.argv[2];
// `all`: every common command; `reads`: the reads fast-read.ts knows, cold and then from the
// record cache, as the first read after a write runs them.
const kind = process.argv[3] ?? 'all';
if (!cacheFile || !['all', 'reads'].includes(kind)) throw new Error('usage: node scripts/train-code-cache.mjs <cache file to write> [all|reads]');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'career-train-'));
const journal = path.join(scratch, 'journal');

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch, CAREER_HOME: journal, CAREER_TODAY: '2026-11-20', NO_COLOR: '1',
  GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'career build', GIT_AUTHOR_EMAIL: 'build@career.invalid', GIT_COMMITTER_NAME: 'career build', GIT_COMMITTER_EMAIL: 'build@career.invalid',
};

try {
  fs.cpSync(path.join(ROOT, 'templates', 'demo'), journal, { recursive: true });
  fs.writeFileSync(env.GIT_CONFIG_GLOBAL, '[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
  const git = (...args) => execFileSync('git', args, { cwd: journal, env, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo journal');

  process.env = env;
  const { main } = await import(pathToFileURL(path.join(DIST, 'cli.js')).href);
  const entry = await import(pathToFileURL(path.join(DIST, 'program-entry.js')).href);
  const write = process.stdout.write.bind(process.stdout);
  /** Run one command; its output is kept (for the ids the next ones need), not printed. */
  const career = async (...args) => {
    let out = '';
    process.stdout.write = (chunk, ...rest) => {
      out += String(chunk);
      const done = rest.find((r) => typeof r === 'function');
      if (done) process.nextTick(done);
      return true;
    };
    process.exitCode = undefined;
    try {
      await main(['node', 'career', ...args]);
    } finally {
      process.stdout.write = write;
    }
    if (process.exitCode) throw new Error(`career ${args.join(' ')} exited ${process.exitCode}`);
    return out;
  };

  const goals = JSON.parse(await career('goal', 'list', '--json'));
  const measured = goals.find((g) => g.metric && g.status === 'active') ?? goals.find((g) => g.metric);
  const open = goals.flatMap((g) => g.milestones.filter((m) => !m.done).map((m) => [g.id, m.id]));
  if (!measured || !open.length) throw new Error('the demo journal has no measured goal or no open milestone to train on');
  if (kind === 'reads') {
    const reads = [['report', '--period', 'all'], ['report'], ['goal', 'list'], ['goal', 'show', measured.id], ['journal', 'list', '--search', 'the']];
    for (const round of [1, 2]) {
      // Without kept answers (which never load the program); the second round from the record cache.
      fs.rmSync(path.join(journal, '.career', 'results'), { recursive: true, force: true });
      for (const read of reads) await career(...read);
      if (round === 1) await new Promise((r) => setTimeout(r, 250)); // the files settle: cached
    }
  } else {
    for (const read of [['report', '--period', 'all'], ['report'], ['goal', 'show', measured.id], ['journal', 'list', '--search', 'the'], ['log'], ['now']]) await career(...read);
    await career('doctor');
    await career('journal', 'add', 'A note written by the build, to train the code cache');
    await career('goal', 'progress', measured.id, String(measured.metric.start ?? 0));
    await career('checkin', '--yes');
    await career('milestone', 'done', ...open[0]);
    await career('report', '--period', 'all');
  }
  fs.writeFileSync(cacheFile, entry.createCodeCache());
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
