#!/usr/bin/env node
// The performance bench (SPEC §6): generate a ten-year journal (seed 42), then time each
// command against bare `node -e 0`, round-robin over several repetitions, and record its peak
// memory. Prints a table on stdout (progress on stderr) and exits 1 when a budgeted measure is
// over, or a command fails.
//
//   npm run bench                      (builds first)
//   node bench/run.js [--reps N] [--seed N] [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'career.js');
const WRAPPER = path.join(ROOT, 'bench', 'maxrss.cjs');
const TIME = '/usr/bin/time';
const TODAY = '2026-11-20';
const MEMORY_BUDGET_MB = 100;
/** Stop adding repetitions once the bench has run this long (each measure keeps ≥ 1 run). */
const TIME_GUARD_MS = 150_000;

function parseArgs(argv) {
  const opts = { reps: 7, seed: 42, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--reps') opts.reps = Math.max(1, Math.floor(Number(argv[++i])) || 7);
    else if (a === '--seed') opts.seed = Math.floor(Number(argv[++i])) || 42;
    else if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.js [--reps N] [--seed N] [--keep]');
      process.exit(0);
    } else {
      console.error(`bench: unexpected argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

const log = (msg) => process.stderr.write(`${msg}\n`);

/** An isolated environment: own HOME and git identity, no inherited GIT_* or CAREER_*. */
function benchEnv(journal, home) {
  const gitconfig = path.join(home, '.gitconfig');
  fs.writeFileSync(gitconfig, '[user]\n\tname = Bench Person\n\temail = bench@example.com\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GIT_') && !k.startsWith('CAREER_') && !['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'EDITOR', 'VISUAL'].includes(k)) env[k] = v;
  }
  return {
    ...env, HOME: home, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1',
    CAREER_HOME: journal, CAREER_TODAY: TODAY, NO_COLOR: '1',
  };
}

const haveTime = (() => {
  try {
    return fs.statSync(TIME).isFile() && spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
})();

/** Run argv once; wall time in ms, peak RSS in MiB (null if unknown), exit code and output. */
function measure(argv, env, cwd, memFile) {
  fs.rmSync(memFile, { force: true });
  let cmd;
  let args;
  let childEnv = env;
  if (haveTime) {
    [cmd, ...args] = [TIME, '-f', '%M', '-o', memFile, ...argv];
  } else if (argv[0] !== process.execPath) {
    [cmd, ...args] = argv; // not Node (Taskwarrior): no memory figure
  } else {
    // argv[0] is always node here: preload the wrapper that writes maxRSS on exit.
    [cmd, ...args] = [argv[0], '--require', WRAPPER, ...argv.slice(1)];
    childEnv = { ...env, BENCH_MAXRSS_FILE: memFile };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: childEnv, cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let mb = null;
  try {
    // With a non-zero exit, /usr/bin/time writes "Command exited with non-zero status N" first.
    const kib = Number(fs.readFileSync(memFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kib) && kib > 0) mb = kib / 1024;
  } catch {
    // reported as unknown
  }
  return { ms, mb, code: r.status ?? (r.signal ? `signal ${r.signal}` : 'error'), stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The top-level command names `career --help` lists. */
function listedCommands(env, cwd) {
  const r = spawnSync(process.execPath, [BIN, '--help'], { env, cwd, encoding: 'utf8' });
  const lines = (r.stdout ?? '').split('\n');
  const at = lines.findIndex((l) => /^Commands:/.test(l));
  const names = new Set();
  if (at >= 0) for (const l of lines.slice(at + 1)) {
    const m = /^ {2}([a-z][\w-]*)/.exec(l);
    if (m) names.add(m[1]);
  }
  return names;
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

/**
 * Taskwarrior's `task list` on 5,000 pending tasks, as a side-by-side row, when `task` is
 * installed (the bench installs nothing). Its own data folder and rc file, in the bench's temp dir.
 */
function taskwarrior(tmp, env) {
  const which = spawnSync('sh', ['-c', 'command -v task'], { encoding: 'utf8' });
  const bin = which.status === 0 ? which.stdout.trim() : '';
  if (!bin) {
    log('bench: Taskwarrior (`task`) is not installed: no side-by-side row');
    return null;
  }
  const data = path.join(tmp, 'task');
  fs.mkdirSync(data);
  const rc = path.join(tmp, 'taskrc');
  fs.writeFileSync(rc, `data.location=${data}\nconfirmation=off\nverbose=nothing\n`);
  const tenv = { ...env, TASKRC: rc, TASKDATA: data };
  const projects = ['career', 'search', 'hiring', 'talks', 'health'];
  const tasks = Array.from({ length: 5000 }, (_, i) => ({
    description: `Bench task ${i + 1}: follow up on the ${projects[i % 5]} plan`,
    status: 'pending', project: projects[i % 5], entry: '20260101T090000Z',
    uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    ...(i % 7 === 0 ? { due: '20270101T000000Z' } : {}),
  }));
  const file = path.join(tmp, 'tasks.json');
  fs.writeFileSync(file, JSON.stringify(tasks));
  const imp = spawnSync(bin, ['rc:' + rc, 'import', file], { env: tenv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (imp.status !== 0) {
    log(`bench: \`task import\` failed (${imp.status}): no side-by-side row`);
    return null;
  }
  return { list: [bin, 'rc:' + rc, 'list'], env: tenv };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` (or `npm run bench`, which builds first)');
    return 2;
  }
  const { generateJournal } = await import('./generate.js');
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bench-'));
  const journal = path.join(tmp, 'journal');
  const home = path.join(tmp, 'home');
  fs.mkdirSync(home);
  const env = benchEnv(journal, home);
  const memFile = path.join(tmp, 'maxrss.txt');
  let failed = false;
  try {
    log(`bench: node ${process.version}, ${os.cpus().length} CPUs, memory via ${haveTime ? TIME : 'process.resourceUsage() wrapper'}`);
    log(`bench: generating the ten-year journal (seed ${opts.seed}) in ${journal}`);
    const t0 = Date.now();
    // The generator's git commit runs with the bench's isolated identity too.
    const saved = { ...process.env };
    Object.assign(process.env, { HOME: home, GIT_CONFIG_GLOBAL: env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' });
    let info;
    try {
      info = generateJournal(journal, { seed: opts.seed, years: 10 });
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    log(`bench: ${info.files} files (${info.goals} goals, ${info.milestones} milestones, ${info.checkins} check-ins, ${info.days} journal days, ${info.reviews} reviews) in ${Date.now() - t0} ms`);

    const doctor = spawnSync(process.execPath, [BIN, 'doctor'], { env, cwd: tmp, encoding: 'utf8' });
    if (doctor.status !== 0) {
      console.error(`bench: the generated journal does not pass \`career doctor\` (exit ${doctor.status}):\n${doctor.stdout}${doctor.stderr}`);
      return 1;
    }

    const commands = listedCommands(env, tmp);
    const career = (...args) => [process.execPath, BIN, ...args];
    const cacheDir = path.join(journal, '.career');
    // Cold: no record cache and no kept answers (the lock, if any, stays).
    const dropCache = () => {
      let entries = [];
      try { entries = fs.readdirSync(cacheDir); } catch { return; }
      for (const e of entries) if (e !== 'lock') fs.rmSync(path.join(cacheDir, e), { recursive: true, force: true });
    };
    const pg = info.progressGoal;
    if (!pg) throw new Error('the generated journal has no active goal with a metric');
    // Open milestones of active goals, one for each `milestone done` run.
    const listed = spawnSync(process.execPath, [BIN, 'goal', 'list', '--json'], { env, cwd: tmp, encoding: 'utf8' });
    const open = [];
    try {
      for (const g of JSON.parse(listed.stdout)) for (const m of g.milestones) if (!m.done) open.push([g.id, m.id]);
    } catch { /* reported as a failed row below */ }
    const showId = pg.id;
    let notes = 0;
    const addNote = () => {
      const r = spawnSync(process.execPath, [BIN, 'journal', 'add', `Bench warm-up note ${++notes}`], { env, cwd: tmp, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`journal add before the first read after a write failed: ${r.stderr}`);
    };

    // budget: { ratio } to the baseline's median, or { ms }; memory applies to every career command.
    // warm: run once untimed right before (the writes in between change the journal).
    const cases = [
      { name: 'node -e 0 (baseline)', argv: () => [process.execPath, '-e', '0'], baseline: true },
      { name: 'career --version', argv: () => career('--version'), budget: { ratio: 1.3 } },
      { name: 'career report --period all (warm)', argv: () => career('report', '--period', 'all'), warm: true, budget: { ratio: 2 } },
      { name: 'career report (warm)', argv: () => career('report'), warm: true, budget: { ratio: 2 } },
      { name: 'career goal list (warm)', argv: () => career('goal', 'list'), warm: true, budget: { ratio: 1.8 } },
      { name: 'career goal show <id> (warm)', argv: () => career('goal', 'show', showId), warm: true, budget: { ratio: 1.8 } },
      { name: 'career journal list --search (warm)', argv: () => career('journal', 'list', '--search', 'Priya'), warm: true, budget: { ratio: 1.8 } },
      { name: 'report --period all, after a write', argv: () => career('report', '--period', 'all'), before: addNote, budget: { ratio: 2.5 } },
      { name: 'career report --period all (cold)', argv: () => career('report', '--period', 'all'), before: dropCache, budget: { ratio: 6 } },
      { name: 'career doctor', argv: () => career('doctor'), budget: { ms: 1000 } },
      { name: 'career journal add "text"', argv: (i) => career('journal', 'add', `Bench note ${i + 1}: paired with Priya on the search rewrite`), budget: { ratio: 2.5 } },
      {
        name: 'career goal progress <id> <n>',
        // A different value every run, between start and target, so each run is a real write.
        argv: (i) => career('goal', 'progress', pg.id, String(Math.round((pg.start + ((pg.target - pg.start) * (i + 1)) / (2 * opts.reps + 2)) * 100) / 100)),
        budget: { ratio: 2.5 },
      },
      { name: 'career checkin --yes', argv: () => career('checkin', '--yes'), budget: { ratio: 2.5 } },
      {
        name: 'career milestone done <goal> <m>',
        argv: (i) => (open[i] ? career('milestone', 'done', ...open[i]) : career('milestone', 'done', pg.id, 'no-open-milestone-left')),
        budget: { ratio: 2.5 },
      },
    ];
    const missing = [];
    for (const [cmd, rows] of [['report', 'report'], ['journal', 'journal add and list'], ['checkin', 'checkin --yes'], ['milestone', 'milestone done']]) {
      if (!commands.has(cmd)) missing.push(rows);
    }
    if (missing.length) log(`bench: not listed by \`career --help\`: ${missing.join(', ')} (their rows fail)`);
    // A CA bundle named by NODE_EXTRA_CA_CERTS is parsed at every Node start, the baseline's too
    // (some sandboxes and CIs set one): it hides how much of a command is career's own. Two
    // unbudgeted rows without it say what a machine without one sees.
    const certs = env.NODE_EXTRA_CA_CERTS;
    if (certs) {
      const bare = { ...env };
      delete bare.NODE_EXTRA_CA_CERTS;
      cases.push({ name: 'node -e 0, no CA file', argv: () => [process.execPath, '-e', '0'], env: bare, external: true, bareBase: true });
      cases.push({ name: 'report --period all (warm), no CA file', argv: () => career('report', '--period', 'all'), env: bare, warm: true, external: true, bareWarm: true });
    }
    const task = taskwarrior(tmp, env);
    if (task) cases.push({ name: 'task list (Taskwarrior, 5,000 tasks)', argv: () => task.list, env: task.env, external: true });

    // Every measure may run up to 2 × reps times: fast ones keep that many (their medians are
    // the noisiest), slow ones are cut down after their first run.
    const maxReps = 2 * opts.reps;
    for (const c of cases) Object.assign(c, { reps: maxReps, runs: [], failures: [] });
    const width = Math.max(...cases.map((c) => c.name.length));
    for (let rep = 0; rep < maxReps; rep++) {
      if (rep > 0 && Date.now() - started > TIME_GUARD_MS) {
        log(`bench: over ${TIME_GUARD_MS / 1000} s, stopping after ${rep} repetitions`);
        break;
      }
      for (const c of cases) {
        if (rep >= c.reps) continue;
        c.before?.();
        if (c.warm) measure(c.argv(rep), c.env ?? env, tmp, memFile); // warm the cache right before the timed run
        const r = measure(c.argv(rep), c.env ?? env, tmp, memFile);
        if (r.code !== 0) {
          c.failures.push(r);
          log(`  [${rep + 1}/${c.reps}] ${pad(c.name, width)}  FAILED (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' | ')}`);
          continue;
        }
        c.runs.push(r);
        log(`  [${rep + 1}/${c.reps}] ${pad(c.name, width)}  ${pad(r.ms.toFixed(0), 6, true)} ms  ${r.mb === null ? '?' : r.mb.toFixed(0)} MB`);
        // Slow commands get fewer repetitions so the whole bench stays within a few minutes.
        if (rep === 0) c.reps = r.ms > 3000 ? Math.min(opts.reps, 3) : r.ms > 1200 ? Math.min(opts.reps, 5) : r.ms > 400 ? opts.reps : maxReps;
      }
    }

    // ---------- the table ----------
    const base = cases.find((c) => c.baseline);
    const baseMs = base.runs.length ? median(base.runs.map((r) => r.ms)) : NaN;
    const rows = [];
    for (const c of cases) {
      const ms = c.runs.length ? median(c.runs.map((r) => r.ms)) : NaN;
      const mbs = c.runs.map((r) => r.mb).filter((x) => x !== null);
      const mb = mbs.length ? Math.max(...mbs) : NaN;
      const ratio = ms / baseMs;
      const budgets = [];
      const verdicts = [];
      if (c.budget?.ratio) { budgets.push(`≤ ${c.budget.ratio}× base`); verdicts.push(ratio <= c.budget.ratio); }
      if (c.budget?.ms) { budgets.push(`≤ ${c.budget.ms} ms`); verdicts.push(ms <= c.budget.ms); }
      if (!c.baseline && !c.external) { budgets.push(`≤ ${MEMORY_BUDGET_MB} MB`); verdicts.push(mb <= MEMORY_BUDGET_MB); }
      let verdict = c.baseline || c.external ? '' : verdicts.every(Boolean) ? 'OK' : 'OVER';
      if (c.failures.length) verdict = `FAIL ${c.failures.length}/${c.failures.length + c.runs.length}`;
      if (verdict !== 'OK' && verdict !== '') failed = true;
      rows.push([c.name, `${c.runs.length}`, Number.isNaN(ms) ? '-' : ms.toFixed(0), Number.isNaN(ratio) || c.bareBase || c.bareWarm ? '-' : `${ratio.toFixed(2)}×`, Number.isNaN(mb) ? '?' : mb.toFixed(0), budgets.join(', ') || '-', verdict]);
    }
    const head = ['command', 'runs', 'median ms', 'vs base', 'peak MB', 'budget', 'verdict'];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const right = [false, true, true, true, true, false, false];
    const fmt = (r) => r.map((cell, i) => pad(cell, w[i], right[i])).join('  ').trimEnd();
    console.log(fmt(head));
    console.log(w.map((n) => '-'.repeat(n)).join('  '));
    for (const r of rows) console.log(fmt(r));
    if (missing.length) console.log(`\nnot measured (not in \`career --help\`): ${missing.join(', ')}`);
    const bareMs = (pick) => { const c = cases.find(pick); return c?.runs.length ? median(c.runs.map((r) => r.ms)) : NaN; };
    if (certs) {
      const b = bareMs((c) => c.bareBase);
      const w = bareMs((c) => c.bareWarm);
      const without = Number.isNaN(b) || Number.isNaN(w) ? 'the rows without it failed (see above)'
        : `without it node -e 0 took ${b.toFixed(0)} ms and the warm report ${w.toFixed(0)} ms, ${(w / b).toFixed(2)}× (the ratios above are against the slower start)`;
      console.log(`\nNODE_EXTRA_CA_CERTS is set (${certs}): every Node start here parses it, the baseline's too; ${without}.`);
    }
    console.log(`\njournal: ${info.files} files; ${os.cpus().length} CPUs; node ${process.version}; bench took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(failed ? 'bench: OVER BUDGET or FAILED (see verdicts)' : 'bench: every budgeted measure is within budget');
    for (const c of cases) {
      for (const f of c.failures.slice(0, 1)) console.log(`\n${c.name} failed (exit ${f.code}):\n${(f.stderr || f.stdout).trim()}`);
    }
  } finally {
    if (opts.keep) log(`bench: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exitCode = 2;
});
