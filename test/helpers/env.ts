// Shared test fixtures: temporary directories, an isolated git identity (never the real
// home), byte snapshots of a journal, and running the built `career` binary.
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'career.js');

// Every temporary folder is removed: one made during a test (or its beforeEach) after that test,
// one made outside a test (a file's beforeAll, a describe body, a template made once per file)
// after the file. test/helpers/cleanup.ts (a setup file of every project) runs the hooks, and
// test/helpers/temp-root.ts fails the run if anything is left in the run's temporary folder.
const perTest: string[] = [];
const perFile: string[] = [];
const fileDone: (() => void)[] = [];
let inTest = false;

/** Remove `dir` even where a test took its permissions away. */
export function removeDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    execFileSync('chmod', ['-R', 'u+rwx', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A new empty folder in the temporary folder, removed after the test (or the file) that made it. */
export function tempDir(prefix = 'career-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  (inTest ? perTest : perFile).push(dir);
  return dir;
}

/** Keep the folder `dir` is in (made by tempDir during a test) until the end of the file. */
export function keepForFile(dir: string): void {
  const i = perTest.findIndex((root) => dir === root || dir.startsWith(root + path.sep));
  if (i !== -1) perFile.push(...perTest.splice(i, 1));
}

/** Run `fn` when the file's folders are removed (to forget a cache of templates in them). */
export function onFileDone(fn: () => void): void {
  fileDone.push(fn);
}

/** For cleanup.ts: a test starts, a test ended, the file ended. */
export const tempDirHooks = {
  testStarts(): void { inTest = true; },
  testEnded(): void {
    inTest = false;
    for (const dir of perTest.splice(0).reverse()) removeDir(dir);
  },
  fileEnded(): void {
    for (const fn of fileDone.splice(0)) fn();
    for (const dir of perFile.splice(0).reverse()) removeDir(dir);
  },
};

/**
 * An environment for child processes: HOME is a temp dir with its own .gitconfig (identity,
 * no signing), no inherited GIT_* or CAREER_* variables, no colour, no COLUMNS (piped
 * text wraps to 80), and the given journal.
 */
export function testEnv(journal: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = tempDir('career-home-');
  const gitconfig = path.join(home, '.gitconfig');
  fs.writeFileSync(gitconfig, '[user]\n\tname = Test Person\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GIT_') && !k.startsWith('CAREER_') && k !== 'NO_COLOR' && k !== 'FORCE_COLOR' && k !== 'LC_ALL' && k !== 'LC_CTYPE' && k !== 'COLUMNS') env[k] = v;
  }
  // A UTF-8 locale whatever the machine has (a CI with LANG=C would otherwise see ASCII screens);
  // the plain-mode tests set their own.
  if (!/utf-?8/i.test(env.LANG ?? 'C.UTF-8')) env.LANG = 'C.UTF-8';
  return { ...env, HOME: home, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', CAREER_HOME: journal, CAREER_TODAY: '2026-11-20', NO_COLOR: '1', ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary (npm test builds first). */
export function career(args: string[], env: NodeJS.ProcessEnv, opts: { input?: string; cwd?: string } = {}): RunResult {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    env, cwd: opts.cwd ?? os.tmpdir(), input: opts.input ?? '', encoding: 'utf8', timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (except .git and .career) with its bytes, for "nothing changed" checks. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      // .git is git's; .career/ is career's cache and lock, rewritten by reads by design (SPEC §2).
      if (child === '.git' || child === '.career') continue;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) out.set(child, fs.readFileSync(path.join(dir, child)).toString('base64'));
    }
  };
  walk('');
  return out;
}

// One journal per set of init flags and test process, made by the real `career init`; every
// caller gets its own copy (with its own git repository), which is much cheaper than a new init.
const templates = new Map<string, string>();
onFileDone(() => templates.clear());

/** A journal made with `career init --yes`, committed, ready for tests to break. */
export function initJournal(extraArgs: string[] = []): { dir: string; env: NodeJS.ProcessEnv } {
  const key = JSON.stringify(extraArgs);
  let template = templates.get(key);
  if (!template) {
    template = path.join(tempDir('career-template-'), 'journal');
    keepForFile(template);
    const r = career(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft,impact', ...extraArgs], testEnv(template));
    if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
    templates.set(key, template);
  }
  return copyJournal(template);
}

/** A copy of the journal `template` (with its git repository), and an environment for it. */
export function copyJournal(template: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(tempDir(), 'journal');
  fs.cpSync(template, dir, { recursive: true, preserveTimestamps: true });
  return { dir, env: testEnv(dir) };
}

const fixtures = new Map<string, string>();
onFileDone(() => fixtures.clear());

/**
 * A journal set up once per test process by `build` (which runs real commands on a fresh
 * `initJournal()`), then copied for each caller: tests that all start from the same state pay
 * for making it once.
 */
export function journalFixture(name: string, build: (j: { dir: string; env: NodeJS.ProcessEnv }) => void): { dir: string; env: NodeJS.ProcessEnv } {
  let template = fixtures.get(name);
  if (!template) {
    const j = initJournal();
    build(j);
    template = j.dir;
    keepForFile(template);
    fixtures.set(name, template);
  }
  return copyJournal(template);
}

/** A journal with one goal measured in teams (0 -> 10), made once per test file and copied. */
export function pilotJournal(): { dir: string; env: NodeJS.ProcessEnv } {
  return journalFixture('pilot-goal', (j) => {
    const r = career(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], j.env);
    if (r.code !== 0) throw new Error(`goal add failed: ${r.stderr}`);
  });
}

/** git for a test's own checks, with the test's identity and nothing redirecting it. */
export function gitIn(dir: string, env: NodeJS.ProcessEnv, args: string[]): string {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('GIT_') || k === 'GIT_CONFIG_GLOBAL' || k === 'GIT_CONFIG_NOSYSTEM') clean[k] = v;
  }
  return execFileSync('git', ['-C', dir, ...args], { env: clean, encoding: 'utf8' });
}

export const commitCount = (dir: string, env: NodeJS.ProcessEnv) => Number(gitIn(dir, env, ['rev-list', '--count', 'HEAD']).trim());

/** Start the built binary without waiting (for races); resolves with its exit code and output. */
export function startCareer(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Make the test process look like a terminal (so commands may ask) for the tests of one file. */
export function fakeTerminal(before: (fn: () => void) => void, after: (fn: () => void) => void): void {
  let saved: [boolean | undefined, boolean | undefined];
  before(() => {
    saved = [process.stdin.isTTY, process.stdout.isTTY];
    process.stdin.isTTY = true;
    process.stdout.isTTY = true;
  });
  after(() => { process.stdin.isTTY = saved[0]!; process.stdout.isTTY = saved[1]!; });
}

/** Flip 16 bytes in the middle of `file`: damage that keeps its size (a code cache, say). */
export function damageMiddle(file: string): void {
  const bytes = fs.readFileSync(file);
  for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0xff;
  fs.writeFileSync(file, bytes);
}
