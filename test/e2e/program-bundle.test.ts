// The built program (scripts/program-bundle.mjs): one CommonJS bundle run from a code cache the
// build trained. What it may require, that its cache is the one made for it, and that a plain
// `node` takes that cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/env.js';

const DIST = path.join(ROOT, 'dist');
const BUNDLE = path.join(DIST, 'program.bundle.cjs');
const source = () => fs.readFileSync(BUNDLE, 'utf8');

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

  it('has exactly one code cache, named for the bundle it was made from', () => {
    const hash = createHash('sha256').update(fs.readFileSync(BUNDLE)).digest('hex').slice(0, 16);
    const caches = fs.readdirSync(DIST).filter((f) => f.endsWith('.cache'));
    expect(caches).toEqual([`program.bundle.${hash}.cache`]);
    expect(fs.readFileSync(path.join(DIST, 'program-entry.js'), 'utf8')).toContain(`program.bundle.${hash}.cache`);
  });

  it('runs from that cache in a plain node', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(path.join(DIST, 'program-entry.js'))}).then((m) => console.log(m.codeCache, typeof m.runProgram))`], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('used function');
  });

  it.each([
    ['a corrupt cache', (file: string) => fs.writeFileSync(file, 'these bytes are not bytecode')],
    ['no cache', (file: string) => fs.rmSync(file)],
  ])('gives the same answers with %s (compiled from source)', (_, spoil) => {
    // A copy of the installed program whose cache is spoiled; node_modules is the project's.
    const copy = tempDir();
    for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const cache = fs.readdirSync(path.join(copy, 'dist')).find((f) => f.endsWith('.cache'))!;
    spoil(path.join(copy, 'dist', cache));
    const env = { PATH: process.env.PATH, HOME: copy, CAREER_TODAY: '2026-11-20', NO_COLOR: '1' };
    const run = (root: string) => spawnSync(process.execPath, [path.join(root, 'bin', 'career.js'), 'report', '--demo', '--period', 'all'], { encoding: 'utf8', env, cwd: copy });
    const spoiled = run(copy);
    const real = run(ROOT);
    expect(spoiled.status).toBe(0);
    expect(spoiled.stderr).toBe('');
    expect(spoiled.stdout).toBe(real.stdout);
    expect(spoiled.stdout).toContain('Maya Chen · all time');
  });
});
