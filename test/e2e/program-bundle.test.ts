// The built program (scripts/program-bundle.mjs): one CommonJS bundle run from a code cache the
// build trained. What it may require, that it is strict code, that its cache is the one made for
// it and a plain `node` takes it, and that without the cache — missing, damaged, refused — the
// answers are the same. CAREER_DEBUG=1 runs the plain modules, for readable stack traces.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { damageMiddle, initJournal, ROOT, tempDir } from '../helpers/env.js';

const DIST = path.join(ROOT, 'dist');
const BUNDLE = path.join(DIST, 'program.bundle.cjs');
const source = () => fs.readFileSync(BUNDLE, 'utf8');
const FRONT = (root: string) => path.join(root, 'dist', 'front.cjs');
const plainEnv = (home: string) => ({ PATH: process.env.PATH, HOME: home, CAREER_TODAY: '2026-11-20', NO_COLOR: '1' });

/**
 * Which way the program loaded in a fresh node (`flags` as on its command line), through the ES
 * module entry and through the front that bin/career.js runs: the two must agree.
 */
function cacheState(root: string, flags: string[] = [], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }): string {
  const entry = pathToFileURL(path.join(root, 'dist', 'program-entry.js')).href;
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', `import(${JSON.stringify(entry)}).then((m) => console.log(m.codeCache, typeof m.runProgram))`], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  if (env.CAREER_DEBUG !== '1') {
    const front = spawnSync(process.execPath, [...flags, '-e', `require(${JSON.stringify(FRONT(root))}).codeCacheState().then((s) => console.log(s, 'function'))`], { encoding: 'utf8', env });
    expect(front.stderr).toBe('');
    expect(front.stdout.trim()).toBe(r.stdout.trim());
  }
  return r.stdout.trim();
}

/** A copy of the installed program (node_modules is the project's), to spoil its cache. */
function installedCopy(): string {
  const copy = tempDir();
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

/** The cache for every command (the one a program loaded outside a known read takes). */
const cacheOf = (root: string) => path.join(root, 'dist', fs.readdirSync(path.join(root, 'dist')).find((f) => f.endsWith('.cache') && !f.endsWith('.reads.cache'))!);
const demoReport = (root: string, home: string, flags: string[] = []) =>
  spawnSync(process.execPath, [...flags, path.join(root, 'bin', 'career.js'), 'report', '--demo', '--period', 'all'], { encoding: 'utf8', env: plainEnv(home), cwd: home });

describe('the program bundle', () => {
  it('requires only Node built-ins, career modules already loaded by cli.js, and inquirer', () => {
    const ids = [...new Set([...source().matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))];
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const others = ids.filter((id) => !builtins.has(id) && !id.startsWith('career-shared:') && !id.startsWith('@inquirer/'));
    expect(others).toEqual([]);
    const shared = ids.filter((id) => id.startsWith('career-shared:')).map((id) => id.slice('career-shared:'.length));
    expect(shared).toContain('commands/answer-sink.js'); // the kept answer's state: one instance
    for (const rel of shared) expect(fs.existsSync(path.join(DIST, rel)), rel).toBe(true);
    // A dynamic import() would fail inside a vm script; the build turns them into requires.
    expect(source()).not.toMatch(/\bimport\(/);
  });

  it('is strict code, as the modules it was made from', () => {
    expect(source().startsWith('"use strict";')).toBe(true);
  });

  it('is run by a front of one strict CommonJS file that needs no other module of career but the completions', () => {
    const front = fs.readFileSync(FRONT(ROOT), 'utf8');
    expect(front.startsWith('"use strict";')).toBe(true);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const required = [...new Set([...front.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))];
    expect(required.filter((id) => !builtins.has(id))).toEqual([]);
    // The completions, and child_process once a pager is to start.
    expect([...front.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]).sort()).toEqual(['./commands/complete.js', 'node:child_process']);
    // bin/career.js is CommonJS (bin/package.json) and runs it, or the plain modules for CAREER_DEBUG=1.
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'bin', 'package.json'), 'utf8')).type).toBe('commonjs');
    const bin = fs.readFileSync(path.join(ROOT, 'bin', 'career.js'), 'utf8');
    expect(bin).toContain("require('../dist/front.cjs')");
    expect(bin).toContain("import('../dist/cli.js')");
  });

  it('has two code caches, for every command and for the known reads, named for the bundle, and a plain node takes them', () => {
    const caches = fs.readdirSync(DIST).filter((f) => f.endsWith('.cache')).sort();
    expect(caches).toHaveLength(2);
    const [all, reads] = caches;
    expect(reads).toBe(all!.replace(/\.cache$/, '.reads.cache'));
    const entry = fs.readFileSync(path.join(DIST, 'program-entry.js'), 'utf8');
    for (const c of caches) expect(entry).toContain(c);
    expect(fs.statSync(path.join(DIST, reads!)).size).toBeLessThan(fs.statSync(path.join(DIST, all!)).size);
    expect(cacheState(ROOT)).toBe('used function');
    // A read fast-read.ts knows loads the program with the reads' cache, and V8 takes it.
    const fast = pathToFileURL(path.join(DIST, 'fast-read.js')).href;
    const entryUrl = pathToFileURL(path.join(DIST, 'program-entry.js')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const f = await import(${JSON.stringify(fast)}); f.cacheable(['node', 'career', 'report'], process.env, '0'); const m = await import(${JSON.stringify(entryUrl)}); console.log(f.isKnownRead(), m.codeCache)`], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir() } });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true used');
  });

  it.each([
    ['a damaged cache', damageMiddle, 'mismatched'],
    ['no cache', (file: string) => fs.rmSync(file), 'none'],
  ])('gives the same answers with %s (compiled from source)', (_, spoil, state) => {
    const copy = installedCopy();
    spoil(cacheOf(copy));
    expect(cacheState(copy)).toBe(`${state} function`);
    const spoiled = demoReport(copy, copy);
    const real = demoReport(ROOT, copy);
    expect(spoiled.status).toBe(0);
    expect(spoiled.stderr).toBe('');
    expect(spoiled.stdout).toBe(real.stdout);
    expect(spoiled.stdout).toContain('Maya Chen · all time');
  });

  it('gives the same answers when V8 refuses the cache (node run with flags of its own)', () => {
    const home = tempDir();
    expect(cacheState(ROOT, ['--stack-size=2000'])).toBe('rejected function');
    const refused = demoReport(ROOT, home, ['--stack-size=2000']);
    expect(refused.status).toBe(0);
    expect(refused.stdout).toBe(demoReport(ROOT, home).stdout);
  });

  it('steps aside for CAREER_DEBUG=1: the plain modules run and a stack trace names them', () => {
    const home = tempDir();
    expect(cacheState(ROOT, [], { PATH: process.env.PATH, CAREER_DEBUG: '1' })).toBe('plain function');
    // A journal folder that is a file: the error, with its stack.
    const file = path.join(home, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'career.js'), 'journal', 'add', 'a note'], { encoding: 'utf8', env: { ...plainEnv(home), CAREER_HOME: file, CAREER_DEBUG: '1' }, cwd: home });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/at add \(file:\/\/.*\/dist\/commands\/entry-add\.js:\d+:\d+\)/);
    expect(r.stderr).not.toContain('program.bundle.cjs');
  });

  it('keeps no answer across a change to the front or the bundle that runs it', () => {
    const copy = installedCopy();
    const { dir, env } = initJournal();
    const list = () => spawnSync(process.execPath, [path.join(copy, 'bin', 'career.js'), 'goal', 'list'], { encoding: 'utf8', env });
    const results = path.join(dir, '.career', 'results');
    const kept = () => fs.readdirSync(results).map((f) => fs.readFileSync(path.join(results, f), 'latin1')).join('');
    expect(list().status).toBe(0);
    const first = kept();
    expect(list().status).toBe(0);
    expect(kept()).toBe(first); // answered from what was kept
    for (const built of ['front.cjs', 'program.bundle.cjs']) {
      const before = kept();
      fs.appendFileSync(path.join(copy, 'dist', built), '\n// rebuilt\n');
      expect(list().status).toBe(0);
      expect(kept(), built).not.toBe(before); // a new key: computed again, kept anew
    }
  });
});
