// Every broken goal file of test/helpers/bad-files is refused by every reader with the same
// path:line:col and message: the write path's readRecord, and the loader of reads and doctor,
// in a journal big enough that cold loads take the fast reader (store/fast-yaml.ts), cached or
// not, fast or strict. (test/safety/bad-files runs the binary on one case of each kind.)
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { formatProblem } from '../../src/core/errors.js';
import { loadJournal } from '../../src/store/journal.js';
import { tryReadRecord } from '../../src/store/strict-reader.js';
import { Goal } from '../../src/core/schemas.js';
import { listRecordFiles } from '../../src/store/files.js';
import { CASES, GOAL, GOOD } from '../helpers/bad-files.js';
import { tempDir } from '../helpers/env.js';

let base: string;

beforeAll(() => {
  base = path.join(tempDir('career-big-'), 'journal');
  generateJournal(base, { seed: 11, scale: 0.05, git: false, today: '2026-11-20' });
  fs.writeFileSync(path.join(base, GOAL), GOOD);
  expect(fs.existsSync(path.join(base, '.career'))).toBe(false); // so removing it puts the journal back
});

/**
 * The file's journal with `content` as the goal file, for one test: written into the journal
 * made once (a copy of hundreds of files per case cost more than the reads it tests) and put
 * back as it was, record cache and all, when the test ends.
 */
function copyWith(content: string | Uint8Array): string {
  const file = path.join(base, GOAL);
  const saved = fs.readFileSync(file);
  fs.writeFileSync(file, content);
  onTestFinished(() => {
    fs.writeFileSync(file, saved);
    fs.rmSync(path.join(base, '.career'), { recursive: true, force: true });
  });
  return base;
}

describe('a big journal', () => {
  it('has enough files for the fast reader, and loads cleanly as generated', async () => {
    expect(listRecordFiles(base).length).toBeGreaterThanOrEqual(100);
    const { journal, problems } = await loadJournal(copyWith(GOOD));
    expect(problems).toEqual([]);
    expect(journal!.goals.some((g) => g.title === 'Ship three big features')).toBe(true);
  });

  it.each(CASES)('with %s in one goal file: the same problem, fast or strict, cached or not, and for an edit', async (_name, content, want) => {
    const dir = copyWith(content);
    const edit = tryReadRecord(dir, GOAL, Goal); // what every write command reads the file it changes with
    expect(edit.ok).toBe(false);
    const said = edit.ok ? [] : edit.problems.map(formatProblem);
    const found = said.find((l) => l.startsWith(`${want.where}: `)) ?? said.join('\n');
    if (typeof want.message === 'string') expect(found).toContain(want.message);
    else expect(found).toMatch(want.message);
    for (const opts of [{}, { cache: false }, { cache: false, strict: true }, {}]) {
      const { problems } = await loadJournal(dir, undefined, opts);
      const lines = problems.map(formatProblem);
      const line = lines.find((l) => l.startsWith(`${want.where}: `)) ?? lines.join('\n');
      if (typeof want.message === 'string') expect(line, JSON.stringify(opts)).toContain(want.message);
      else expect(line, JSON.stringify(opts)).toMatch(want.message);
    }
  });
});
