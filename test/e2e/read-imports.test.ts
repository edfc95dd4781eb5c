// Read commands stay lean: answered from the record cache (the kept answers removed, as after a
// write), `report`, `goal list`, `goal show` and `journal list --search` load neither the YAML
// parsers nor zod — nor anything else of the write stack. Runs the binary with a module-load
// hook that names every module it loads, and with CAREER_DEBUG=1, so that the program runs as its
// plain modules: the bundle the build makes of them (scripts/program-bundle.mjs) keeps each lazy
// import lazy, but a hook cannot see inside it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { BIN, tempDir, testEnv } from '../helpers/env.js';

const HOOKS = `export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { env, encoding: 'utf8' });
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length));
  return { code: r.status, stdout: r.stdout, loaded, stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('LOADED ')).join('\n') };
}

let dir = '';
let goal = '';

beforeAll(async () => {
  dir = path.join(tempDir('career-imports-'), 'journal');
  goal = generateJournal(dir, { seed: 3, scale: 0.05, git: false, today: '2026-11-20' }).progressGoal!.id;
  // Files changed within the last moment are read again rather than trusted on their stats (the
  // same-second rule, store/cache.ts): let the new ones settle, or the first read would parse them.
  await new Promise((r) => setTimeout(r, 250));
});

describe('read commands answered from the record cache', () => {
  it.each([
    [['report', '--period', 'all']],
    [['report']],
    [['goal', 'list']],
    [['goal', 'show', 'GOAL']],
    [['journal', 'list', '--search', 'Priya']],
  ])('career %j loads no YAML parser, no zod and no write stack', (args) => {
    const env = { ...testEnv(dir), CAREER_DEBUG: '1' };
    const argv = args.map((a) => (a === 'GOAL' ? goal : a));
    const first = run(argv, env); // fills the record cache
    expect(first.code, first.stderr).toBe(0);
    fs.rmSync(path.join(dir, '.career', 'results'), { recursive: true, force: true });
    const warm = run(argv, env);
    expect(warm.code, warm.stderr).toBe(0);
    expect(warm.stdout).toBe(first.stdout);
    // The hook saw the command's own modules (answer-sink.js is loaded by cli.js for every run).
    expect(warm.loaded.some((u) => u.includes('/dist/commands/') && !u.endsWith('/answer-sink.js'))).toBe(true);
    const heavy = warm.loaded.filter((u) => /\/node_modules\/(?:yaml|js-yaml|zod)\/|\/dist\/vendor\/(?:yaml|js-yaml|zod)\.js$|\/dist\/store\/(?:load|yamlio|validate|save|edit|fsio|lock)\.js$|\/dist\/commands\/persist\.js$/.test(u));
    expect(heavy).toEqual([]);
  });
});
