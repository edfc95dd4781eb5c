// `career doctor` reads through the fast reader, with the strict one for every file it declines:
// it must report exactly what the strict reader alone reports — the same problems, positions,
// messages and hints, in the same order — on the bench's ten-year journal (plus hand edits the
// fast reader declines) and on every broken-file fixture of test/helpers/bad-files.ts.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { recordProblems } from '../../src/commands/doctor.js';
import { listRecordFiles } from '../../src/store/files.js';
import { bomb, CASES, GOAL, GOOD } from '../helpers/bad-files.js';
import { tempDir } from '../helpers/env.js';

let base: string;

beforeAll(() => {
  base = path.join(tempDir('career-doctor-readers-'), 'journal');
  generateJournal(base, { seed: 5, scale: 0.05, git: false, today: '2026-11-20' });
  fs.writeFileSync(path.join(base, GOAL), GOOD);
  expect(fs.existsSync(path.join(base, '.career'))).toBe(false); // so removing it puts the journal back
});

/**
 * The file's journal with `content` at `rel`, for one test: written into the journal made once
 * (a copy of hundreds of files per case cost more than the reads it tests) and put back as it
 * was, any cache doctor kept included, when the test ends.
 */
function copyWith(rel: string, content: string | Uint8Array): string {
  const file = path.join(base, rel);
  const saved = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  fs.writeFileSync(file, content);
  onTestFinished(() => {
    if (saved) fs.writeFileSync(file, saved);
    else fs.rmSync(file);
    fs.rmSync(path.join(base, '.career'), { recursive: true, force: true });
  });
  return base;
}

describe('doctor through the fast reader', () => {
  it('reports what the strict reader reports on the ten-year bench journal, hand edits included', async () => {
    const dir = path.join(tempDir('career-doctor-readers-'), 'journal');
    generateJournal(dir, { seed: 42, years: 10, git: false, today: '2026-11-20' });
    expect(listRecordFiles(dir).length).toBeGreaterThan(4000);
    // Hand edits the fast reader leaves to the strict one: a comment after a dash, an anchor, a tab.
    const day = path.join(dir, 'journal', '2026', fs.readdirSync(path.join(dir, 'journal', '2026')).sort()[0]!);
    fs.writeFileSync(day, fs.readFileSync(day, 'utf8').replace('entries:\n', 'entries: # hand note\n'));
    fs.writeFileSync(path.join(dir, GOAL), bomb);
    const fast = await recordProblems(dir);
    expect(fast).toEqual(await recordProblems(dir, true));
    expect(fast.map((p) => p.path)).toContain(GOAL);
  });

  it.each(CASES)('with %s in one goal file: the same problems as the strict reader', async (_name, content) => {
    const dir = copyWith(GOAL, content);
    const fast = await recordProblems(dir);
    expect(fast.length).toBeGreaterThan(0);
    expect(fast).toEqual(await recordProblems(dir, true));
  });

  it.each(CASES)('with %s as a journal day: the same problems as the strict reader', async (_name, content) => {
    const rel = 'journal/2026/2026-11-02.yaml';
    const dir = copyWith(rel, content);
    expect(await recordProblems(dir)).toEqual(await recordProblems(dir, true));
  });
});
