// The built binary's terminal report counts the journal years it does not list from
// (store/day-count-cache.ts). Concurrent writers back-filling wins into old years, and a write
// read again before its file has settled, must leave the report exactly what it is without any
// cache.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { startCareer, tempDir, testEnv } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';
import { settle } from '../helpers/kept-answers.js';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = path.join(tempDir('career-counted-'), 'journal');
  generateJournal(dir, { seed: 9, years: 4, scale: 0.5, today: '2026-11-20' }); // journal/2024 to 2026
  env = testEnv(dir);
});

async function report(period: string): Promise<string> {
  const r = await career(['report', '--period', period], env);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The report as a journal read whole gives it: no record cache, no counts, no kept answers. */
async function fromScratch(period: string): Promise<string> {
  const saved = path.join(path.dirname(dir), 'saved-cache');
  fs.renameSync(path.join(dir, '.career'), saved);
  try {
    return await report(period);
  } finally {
    fs.rmSync(path.join(dir, '.career'), { recursive: true, force: true });
    fs.renameSync(saved, path.join(dir, '.career'));
  }
}

describe('report with counted years', () => {
  it('is the report of the whole journal after concurrent back-filled wins and a read right after a write', async () => {
    await report('all');
    await settle();
    const wins = (text: string) => Number(/Wins \((\d+)\)/.exec(text)?.[1]);
    const before = await report('all'); // now the old years are only counted
    expect(fs.readdirSync(path.join(dir, '.career', 'cache')).filter((f) => f.endsWith('.counts.json')).length).toBe(3);
    const writes = ['2024-03-04', '2024-08-09', '2025-02-03', '2025-06-07', '2024-03-04', '2025-06-07'].map((date, i) =>
      startCareer(['journal', 'add', '--kind', 'win', '--date', date, `Back-filled win ${i}`], env));
    for (const r of await Promise.all(writes)) expect(r.code, r.stderr).toBe(0);
    for (const period of ['all', '2024', '2025-Q2', 'last-year']) {
      const now = await report(period); // the written files have not settled yet for the first
      expect(now).toBe(await fromScratch(period));
    }
    await settle();
    for (const period of ['all', '2024']) expect(await report(period)).toBe(await fromScratch(period));
    expect(wins(await report('all'))).toBe(wins(before) + writes.length);
  });
});
