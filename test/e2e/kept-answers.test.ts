// Kept answers (.career/results/): a read whose files, command line, today and environment are
// as last time prints the answer it printed then, before commander loads; any change to any file
// it reads — by hand, by a git pull, a new file, the same size in the same second — is seen; a
// corrupt or foreign kept answer is ignored. Runs the built CLI in process (the same `main`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { career, inProcessFixture } from '../helpers/in-process.js';
import { RESULTS, settle, tamper } from '../helpers/kept-answers.js';

async function journal() {
  const j = await inProcessFixture('kept-answers', async ({ env }) => {
    for (const args of [
      ['goal', 'add', '--yes', '--title', 'Ship the search rewrite this year', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '5', '--why', 'growth'],
      ['journal', 'add', '--kind', 'win', 'Paired with Priya on the search rewrite'],
    ]) {
      const r = await career(args, env);
      if (r.code !== 0) throw new Error(r.stderr);
    }
  });
  await settle();
  return j;
}

describe('kept answers of read commands', () => {
  it('are printed while nothing changed, and recomputed after a hand edit of the same size with the times put back', async () => {
    const { dir, env } = await journal();
    const first = await career(['report', '--period', 'all'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, RESULTS))).toHaveLength(1);
    // Prove the next run prints the kept bytes: mark them.
    tamper(dir, 'Ship the search', 'SHIP THE SEARCH');
    expect((await career(['report', '--period', 'all'], env)).stdout).toContain('SHIP THE SEARCH');
    const goal = fs.readdirSync(path.join(dir, 'goals'))[0]!;
    const file = path.join(dir, 'goals', goal);
    const st = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('Ship the search', 'Ship the seArch'));
    fs.utimesSync(file, st.atime, st.mtime);
    const after = await career(['report', '--period', 'all'], env);
    expect(after.stdout).toContain('Ship the seArch');
    expect(after.stdout).not.toContain('SHIP THE SEARCH');
  });

  it('see a file replaced as git does (a new file renamed over it, same size)', async () => {
    const { dir, env } = await journal();
    const SHOW = ['goal', 'show', 'ship-the-search-rewrite-this-year'];
    await career(SHOW, env);
    tamper(dir, 'Ship the', 'SHIP THE');
    expect((await career(SHOW, env)).stdout).toContain('SHIP THE');
    const goal = path.join(dir, 'goals', fs.readdirSync(path.join(dir, 'goals'))[0]!);
    fs.writeFileSync(`${goal}.new`, fs.readFileSync(goal, 'utf8').replace('Ship the search', 'Ship the Search'));
    fs.renameSync(`${goal}.new`, goal);
    const r = await career(SHOW, env);
    expect(r.stdout).toContain('Ship the Search');
    expect(r.stdout).not.toContain('SHIP THE');
  });

  it('see a new file, a changed one, and git resetting both to an older commit', async () => {
    const { dir, env } = await journal();
    const before = await career(['journal', 'list', '--search', 'Priya'], env);
    expect(before.stdout).toContain('Paired with Priya');
    for (const [date, text] of [['yesterday', 'Priya again, on the index'], ['2026-11-20', 'And Priya once more']]) {
      const add = await career(['journal', 'add', '--date', date!, text!], env);
      expect(add.code, add.stderr).toBe(0);
      expect((await career(['journal', 'list', '--search', 'Priya'], env)).stdout).toContain(text);
    }
    await settle();
    expect((await career(['journal', 'list', '--search', 'Priya'], env)).stdout).toContain('Priya once more');
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env, stdio: 'pipe' });
    git('reset', '--hard', 'HEAD~2');
    const r = await career(['journal', 'list', '--search', 'Priya'], env);
    expect(r.stdout).toContain('Paired with Priya');
    expect(r.stdout).not.toContain('Priya again');
    expect(r.stdout).not.toContain('Priya once more');
  });

  it('are not kept while a file it read may still change in the same instant', async () => {
    const { dir, env } = await journal();
    const goal = path.join(dir, 'goals', fs.readdirSync(path.join(dir, 'goals'))[0]!);
    fs.appendFileSync(goal, '');
    fs.writeFileSync(goal, fs.readFileSync(goal));
    await career(['goal', 'list'], env);
    expect(fs.existsSync(path.join(dir, RESULTS)) ? fs.readdirSync(path.join(dir, RESULTS)) : []).toEqual([]);
  });

  it('depend on the command line, today and the environment', async () => {
    const { dir, env } = await journal();
    await career(['goal', 'list'], env);
    await career(['goal', 'list', '--json'], env);
    await career(['goal', 'list'], { ...env, CAREER_TODAY: '2027-01-04' });
    await career(['goal', 'list'], { ...env, FORCE_COLOR: '1' });
    expect(fs.readdirSync(path.join(dir, RESULTS))).toHaveLength(4);
    const today = await career(['goal', 'list', '--json'], { ...env, CAREER_TODAY: '2027-01-04' });
    expect(JSON.parse(today.stdout)[0].expected).toBeGreaterThan(JSON.parse((await career(['goal', 'list', '--json'], env)).stdout)[0].expected);
  });

  it.each([
    ['garbage', () => Buffer.from('not a kept answer')],
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 10)],
    ['empty', () => Buffer.alloc(0)],
  ])('ignore a %s kept answer and compute the right one', async (_name, spoil) => {
    const { dir, env } = await journal();
    const right = await career(['report'], env);
    const name = fs.readdirSync(path.join(dir, RESULTS))[0]!;
    const file = path.join(dir, RESULTS, name);
    fs.writeFileSync(file, spoil(fs.readFileSync(file)));
    const again = await career(['report'], env);
    expect(again).toEqual(right);
  });

  it('ignore a kept answer of another journal copied in', async () => {
    const a = await journal();
    const b = await journal();
    await career(['goal', 'list'], a.env);
    const name = fs.readdirSync(path.join(a.dir, RESULTS))[0]!;
    // b's own answer under the same name, replaced by a's (same command line and environment but another folder).
    fs.mkdirSync(path.join(b.dir, RESULTS), { recursive: true });
    fs.copyFileSync(path.join(a.dir, RESULTS, name), path.join(b.dir, RESULTS, name));
    fs.appendFileSync(path.join(a.dir, 'career.yaml'), '');
    const r = await career(['goal', 'list', '--json'], b.env);
    expect(r.code, r.stderr).toBe(0);
    const own = await career(['goal', 'list', '--json'], b.env);
    expect(r.stdout).toBe(own.stdout);
  });

  it('are not kept for a failing command or the demo journal', async () => {
    const { dir, env } = await journal();
    expect((await career(['goal', 'show', 'no-such-goal'], env)).code).toBe(1);
    expect((await career(['report', '--demo'], env)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, RESULTS)) ? fs.readdirSync(path.join(dir, RESULTS)) : []).toEqual([]);
  });
});
