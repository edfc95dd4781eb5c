// Kept answers on a terminal: a read shown through the pager is kept as what the pager was
// given, and shown through the pager again while nothing changed; the terminal's width is part
// of what it depends on; --no-pager answers are printed. Runs the built CLI in process with
// stdout made a terminal and a pager that writes what it is given to a file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeTerminal, tempDir } from '../helpers/env.js';
import { career, inProcessFixture } from '../helpers/in-process.js';
import { RESULTS, settle, tamper } from '../helpers/kept-answers.js';

fakeTerminal(beforeAll, afterAll);
let columns: number | undefined;
beforeAll(() => { columns = process.stdout.columns; process.stdout.columns = 100; });
afterAll(() => { process.stdout.columns = columns!; });

async function journal() {
  const j = await inProcessFixture('kept-on-a-terminal', async ({ env }) => {
    const r = await career(['goal', 'add', '--yes', '--title', 'Ship the search rewrite this year', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '5', '--why', 'growth'], env);
    if (r.code !== 0) throw new Error(r.stderr);
  });
  await settle();
  const pagedFile = path.join(tempDir(), 'paged.txt');
  return { ...j, pagedFile, env: { ...j.env, CAREER_PAGER: `cat > '${pagedFile}'` } };
}

describe('kept answers on a terminal', () => {
  it('go through the pager again while nothing changed', async () => {
    const { dir, env, pagedFile } = await journal();
    const first = await career(['report'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(''); // it went to the pager
    const shown = fs.readFileSync(pagedFile, 'utf8');
    expect(shown).toContain('Ship the search rewrite');
    fs.rmSync(pagedFile);
    tamper(dir, 'Ship the search', 'SHIP THE SEARCH');
    const again = await career(['report'], env);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    const shownAgain = fs.readFileSync(pagedFile, 'utf8');
    expect(shownAgain).toContain('SHIP THE SEARCH');
    expect(shownAgain.replaceAll('SHIP THE SEARCH', 'Ship the search')).toBe(shown);
  });

  it('depend on the terminal\'s width', async () => {
    const { dir, env, pagedFile } = await journal();
    await career(['report'], env);
    tamper(dir, 'Ship the search', 'SHIP THE SEARCH');
    process.stdout.columns = 120;
    try {
      await career(['report'], env);
    } finally {
      process.stdout.columns = 100;
    }
    expect(fs.readFileSync(pagedFile, 'utf8')).toContain('Ship the search rewrite');
    expect(fs.readdirSync(path.join(dir, RESULTS))).toHaveLength(2);
  });

  it('with --no-pager are printed, and printed again', async () => {
    const { dir, env, pagedFile } = await journal();
    const first = await career(['report', '--no-pager'], env);
    expect(first.stdout).toContain('Ship the search rewrite');
    expect(fs.existsSync(pagedFile)).toBe(false);
    tamper(dir, 'Ship the search', 'SHIP THE SEARCH');
    const again = await career(['report', '--no-pager'], env);
    expect(again.stdout).toContain('SHIP THE SEARCH');
    expect(again.stdout.replaceAll('SHIP THE SEARCH', 'Ship the search')).toBe(first.stdout);
    expect(fs.existsSync(pagedFile)).toBe(false);
  });

  it('are not the piped answer: the same command piped keeps its own', async () => {
    const { dir, env } = await journal();
    await career(['goal', 'list'], env);
    process.stdout.isTTY = false;
    try {
      expect((await career(['goal', 'list'], env)).stdout).toContain('Ship the search rewrite');
    } finally {
      process.stdout.isTTY = true;
    }
    expect(fs.readdirSync(path.join(dir, RESULTS))).toHaveLength(2);
  });
});
