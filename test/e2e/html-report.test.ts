// The HTML report in a real browser (issue 16.7): headless Chromium from the system packages
// loads the file `career report --format html` and `career export html --out` wrote, the test
// reads the DOM the browser built (--dump-dom) and takes a screenshot at 1280 px. Where Chromium
// is not installed (`.ci/run` installs it) the tests are skipped with the reason printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { career, initJournal, ROOT, tempDir, testEnv } from '../helpers/env.js';

const EVIL = `<script>alert(1)</script> & "x"`;

/** /usr/bin/chromium, or a chromium (or chromium-browser) on PATH. */
function findChromium(): string | null {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  for (const name of ['chromium', 'chromium-browser']) {
    for (const d of dirs) {
      const p = path.join(d, name);
      try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* not here */ }
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) console.warn('html-report.test: skipped, Chromium is not installed (apt-get install chromium; .ci/run installs it)');
const browserIt = chromium ? it : it.skip;

const temps: string[] = [];
afterAll(() => { for (const d of temps) fs.rmSync(d, { recursive: true, force: true }); });

/** Chromium with a fresh profile and nothing that reaches the network on its own. */
function browse(args: string[]): { stdout: string; stderr: string } {
  const profile = tempDir('career-chromium-');
  temps.push(profile);
  const r = spawnSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args],
  { encoding: 'utf8', timeout: 120_000, maxBuffer: 32 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** The demo's report as a file, written from the built CLI's stdout. */
function demoFile(): string {
  const home = tempDir('career-html-');
  temps.push(home);
  const env = testEnv(path.join(home, 'none'));
  temps.push(env.HOME!);
  const r = career(['report', '--demo', '--format', 'html'], env);
  expect(r.code, r.stderr).toBe(0);
  const file = path.join(home, 'report.html');
  fs.writeFileSync(file, r.stdout);
  return file;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('the HTML report in Chromium', () => {
  browserIt('renders every goal, section and picture of the demo report', () => {
    const file = demoFile();
    const dom = browse(['--dump-dom', pathToFileURL(file).href]).stdout;
    const goals = fs.readdirSync(path.join(ROOT, 'templates', 'demo', 'goals'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'templates', 'demo', 'goals', f), 'utf8'))
      .filter((y) => /^status: active$/m.test(y));
    const titles = goals.map((y) => /^title: (.*)$/m.exec(y)![1]!);
    const metric = goals.filter((y) => !/^metric: null$/m.test(y)).length;
    expect(titles.length).toBeGreaterThan(3);
    for (const t of titles) expect(dom, t).toContain(t);
    for (const h of ['Goals', 'Milestones', 'Priorities', 'Check-ins', 'Wins', 'Learnings', 'Blockers']) expect(dom).toContain(`<h2>${h}</h2>`);
    // A picture for each metric goal, then the time line, the energy line and the calendar.
    expect(count(dom, /<svg /g)).toBe(metric + 3);
    expect(count(dom, /<polyline [^>]*class="ideal"/g)).toBe(metric);
    expect(count(dom, /<rect [^>]*class="heat /g)).toBeGreaterThan(28);
    expect(dom).not.toMatch(/<script/i);
  }, 180_000);

  browserIt('takes a 1280 px wide screenshot of the page', () => {
    const file = demoFile();
    const shot = path.join(path.dirname(file), 'shot.png');
    browse([`--screenshot=${shot}`, '--window-size=1280,2000', pathToFileURL(file).href]);
    const png = fs.readFileSync(shot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: the width, big-endian, at byte 16.
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBe(2000);
    // A blank page compresses to a few kilobytes; charts, tables and text do not.
    expect(png.length).toBeGreaterThan(50_000);
  }, 180_000);

  browserIt('shows a hostile goal title as text: the browser builds no script from it', () => {
    const { dir, env } = initJournal();
    temps.push(path.dirname(dir), env.HOME!);
    const add = career(['goal', 'add', '--yes', '--title', `Goal ${EVIL}`, '--deadline', '2027-05-01',
      '--metric', 'talks', '--target', '3', '--milestone', `Submit ${EVIL}@2027-01-31`], env);
    expect(add.code, add.stderr).toBe(0);
    const file = path.join(path.dirname(dir), 'export.html');
    const r = career(['export', 'html', '--out', file], env);
    expect(r.code, r.stderr).toBe(0);
    const dom = browse(['--dump-dom', pathToFileURL(file).href]).stdout;
    expect(dom).not.toMatch(/<script/i);
    expect(dom).toContain('Goal &lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"');
    expect(dom).toContain('Submit &lt;script&gt;alert(1)&lt;/script&gt; &amp; "x": due 2027-01-31');
    // The goal's picture, the time line and the calendar; no check-in yet, so no energy line.
    expect(count(dom, /<svg /g)).toBe(3);
    expect(dom).toContain('No energy recorded in this period.');
  }, 180_000);
});
