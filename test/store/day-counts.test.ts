// The terminal report reads only the journal years it lists from and counts the others from
// .career/cache/journal-<year>.counts.json (store/day-count-cache.ts). What it prints must be
// exactly what a journal read whole gives: for every period, with counts cached or not, after a
// hand edit in a counted year (same size, same mtime), a back-filled day, a removed year, and
// with a corrupt or foreign counts file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { buildReport, journalStart, reportPeriod, terminalDaysToRead } from '../../src/core/report.js';
import { renderTerminal } from '../../src/render/report-terminal.js';
import { loadJournal } from '../../src/store/journal.js';
import { tempDir } from '../helpers/env.js';

const TODAY = '2026-11-20';
const CACHE = '.career/cache';
const PERIODS = ['all', 'year', 'last-year', 'quarter', 'month', 'week', '2025', '2024-Q2', '2025-03', '2024-01-01..2025-06-30', '..2024-12-31'];
/** Far enough ahead that every file counts as settled when it is cached. */
const LATER = Date.now() + 60_000;

let template: string;

beforeAll(() => {
  template = path.join(tempDir('career-days-'), 'journal');
  generateJournal(template, { seed: 5, years: 4, scale: 0.5, git: false, today: TODAY }); // journal/2024, 2025 and 2026
});

async function copy(): Promise<string> {
  const dir = path.join(tempDir('career-days-'), 'journal');
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

/** The terminal report of `period`, read as `career report` reads it on a terminal, and whole. */
async function both(dir: string, period: string): Promise<{ counted: string; whole: string; countedDays: number }> {
  const render = async (countDays?: ReturnType<typeof terminalDaysToRead>) => {
    const { journal, problems } = await loadJournal(dir, undefined, { now: LATER, countDays });
    expect(problems).toEqual([]);
    const range = reportPeriod(period, TODAY, journalStart(journal!));
    return { text: renderTerminal(buildReport(journal!, range, TODAY), period, 100), countedDays: journal!.countedDays?.length ?? 0 };
  };
  const counted = await render(terminalDaysToRead(period, TODAY));
  const whole = await render();
  return { counted: counted.text, whole: whole.text, countedDays: counted.countedDays };
}

const years = (dir: string) => fs.readdirSync(path.join(dir, 'journal')).sort();
const countsFiles = (dir: string) => fs.readdirSync(path.join(dir, CACHE)).filter((f) => f.endsWith('.counts.json')).sort();

afterEach(() => { vi.restoreAllMocks(); });

describe('journal years only counted', () => {
  it.each(PERIODS)('report --period %s: the same on the terminal as from the whole journal, before and after the counts are cached', async (period) => {
    const dir = await copy();
    const first = await both(dir, period);
    expect(first.counted).toBe(first.whole);
    expect(countsFiles(dir)).toEqual(years(dir).map((y) => `journal-${y}.counts.json`));
    const warm = await both(dir, period);
    expect(warm.counted).toBe(warm.whole);
    expect(warm.counted).toBe(first.whole);
  });

  it('reads only the years it lists from: the older years come from their counts', async () => {
    const dir = await copy();
    await both(dir, 'all');
    const read = vi.spyOn(fs, 'readFileSync');
    const { journal } = await loadJournal(dir, undefined, { now: LATER, countDays: terminalDaysToRead('all', TODAY) });
    const names = read.mock.calls.map((c) => path.basename(String(c[0])));
    const [oldest, , newest] = years(dir);
    expect(newest).toBe('2026');
    expect(names).toContain(`journal-${newest}.json`);
    expect(names).toContain(`journal-${oldest}.counts.json`);
    expect(names).not.toContain(`journal-${oldest}.json`);
    expect(journal!.countedDays!.length).toBeGreaterThan(0);
    expect(journal!.days.every((d) => d.date.startsWith(newest!))).toBe(true);
  });

  it('sees a hand edit in a counted year, of the same size and with the mtime put back', async () => {
    const dir = await copy();
    const before = await both(dir, 'all');
    const folder = path.join(dir, 'journal', years(dir)[0]!);
    const file = fs.readdirSync(folder).map((f) => path.join(folder, f)).find((f) => fs.readFileSync(f, 'utf8').includes('kind: learning\n'))!;
    const { mtime } = fs.statSync(file);
    // A learning becomes feedback: the same number of bytes, one learning fewer.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: learning\n', 'kind: feedback\n'));
    fs.utimesSync(file, mtime, mtime);
    const after = await both(dir, 'all');
    expect(after.counted).toBe(after.whole);
    expect(after.counted).not.toBe(before.counted);
  });

  it('counts a back-filled day in an old year, and a year removed by hand no more', async () => {
    const dir = await copy();
    const before = await both(dir, 'all');
    const [oldest, middle] = years(dir);
    fs.writeFileSync(path.join(dir, 'journal', middle!, `${middle}-01-01.yaml`), `version: 1\ndate: "${middle}-01-01"\nentries:\n  - kind: win\n    text: A back-filled win\n    tags: []\n`);
    const filled = await both(dir, 'all');
    expect(filled.counted).toBe(filled.whole);
    expect(filled.counted).not.toBe(before.counted);
    fs.rmSync(path.join(dir, 'journal', oldest!), { recursive: true });
    const removed = await both(dir, 'all');
    expect(removed.counted).toBe(removed.whole);
    expect(removed.counted).not.toBe(filled.counted);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['not ASCII', '{"format":4,"shard":"journal-X","files":"é"}'],
    ['of another format', null],
    ['with counts that do not match its files', 'short'],
  ])('ignores a counts file %s, and writes a good one', async (_name, text) => {
    const dir = await copy();
    const whole = (await both(dir, 'all')).whole;
    const oldest = years(dir)[0]!;
    const file = path.join(dir, CACHE, `journal-${oldest}.counts.json`);
    const good = JSON.parse(fs.readFileSync(file, 'latin1')) as Record<string, unknown>;
    if (text === null) fs.writeFileSync(file, JSON.stringify({ ...good, format: 3 }));
    else if (text === 'short') fs.writeFileSync(file, JSON.stringify({ ...good, counts: Buffer.alloc(8).toString('base64') }));
    else fs.writeFileSync(file, text);
    const after = await both(dir, 'all');
    expect(after.counted).toBe(whole);
    expect(JSON.parse(fs.readFileSync(file, 'latin1'))).toEqual(good);
  });
});
