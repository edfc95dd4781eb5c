// The record cache (.career/cache/*.json, one file per folder) is never a source of truth: a file changed behind the
// tool's back is seen, even with the same size in the same second; a deleted file disappears;
// a corrupt cache is rebuilt silently; and a report reads the same with and without it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateJournal } from '../../bench/generate.js';
import { buildReport, reportPeriod } from '../../src/core/report.js';
import { RecordCache, recordWritten, statKeys } from '../../src/store/cache.js';
import { loadJournal } from '../../src/store/journal.js';
import { tempDir } from '../helpers/env.js';

const TODAY = '2026-11-20';
const CACHE = '.career/cache';
const GOALS_CACHE = `${CACHE}/goals.json`;

/** Every entry of every cache file. */
function cacheEntries(dir: string): Record<string, { settled: boolean }> {
  const out: Record<string, { settled: boolean }> = {};
  for (const f of fs.readdirSync(path.join(dir, CACHE))) {
    Object.assign(out, (JSON.parse(fs.readFileSync(path.join(dir, CACHE, f), 'utf8')) as { entries: Record<string, { settled: boolean }> }).entries);
  }
  return out;
}
/** Far enough ahead that every file counts as settled when it is cached. */
const LATER = Date.now() + 60_000;

async function small(): Promise<string> {
  const dir = path.join(tempDir('career-cache-'), 'journal');
  await generateJournal(dir, { seed: 7, scale: 0.05, git: false, today: TODAY });
  return dir;
}

function firstGoal(dir: string): string {
  const name = fs.readdirSync(path.join(dir, 'goals')).sort()[0]!;
  return path.join(dir, 'goals', name);
}

describe('record cache', () => {
  it('is written on the first load and used on the next, with identical results', async () => {
    const dir = await small();
    const cold = await loadJournal(dir, undefined, { cache: false });
    const first = await loadJournal(dir, undefined, { now: LATER });
    expect(fs.existsSync(path.join(dir, CACHE))).toBe(true);
    const warm = await loadJournal(dir, undefined, { now: LATER });
    expect(first).toEqual(cold);
    expect(warm).toEqual(cold);
    expect(Object.values(cacheEntries(dir)).every((e) => e.settled)).toBe(true);
  });

  it('sees a file changed behind its back with the same size and the same mtime', async () => {
    const dir = await small();
    await loadJournal(dir, undefined, { now: LATER });
    const file = firstGoal(dir);
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    const changed = text.replace(/^title: (.)/m, (_m, c: string) => `title: ${c === 'X' ? 'Y' : 'X'}`);
    expect(changed.length).toBe(text.length);
    fs.writeFileSync(file, changed);
    fs.utimesSync(file, before.atime, before.mtime); // same size, same mtime: only ctime tells
    const after = await loadJournal(dir, undefined, { now: LATER });
    const id = path.basename(file, '.yaml');
    expect(after.journal!.goals.find((g) => g.id === id)!.title).toBe(/^title: (.*)$/m.exec(changed)![1]);
  });

  it('does not trust an entry cached while its file was still changing (same-second edits)', async () => {
    const dir = await small();
    // Looked at the moment the last file was written: its entry must not be trusted.
    const justWritten = Math.max(...fs.readdirSync(path.join(dir, 'goals')).map((f) => fs.statSync(path.join(dir, 'goals', f)).ctimeMs));
    await loadJournal(dir, undefined, { now: justWritten });
    expect(Object.values(cacheEntries(dir)).some((e) => !e.settled)).toBe(true);
    const file = firstGoal(dir);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^why: .*$/m, 'why: changed in the same second'));
    const after = await loadJournal(dir, undefined, { now: justWritten });
    expect(after.journal!.goals.find((g) => g.id === path.basename(file, '.yaml'))!.why).toBe('changed in the same second');
  });

  it('forgets a deleted file', async () => {
    const dir = await small();
    await loadJournal(dir, undefined, { now: LATER });
    const file = firstGoal(dir);
    const id = path.basename(file, '.yaml');
    // Children of the deleted goal would now point at nothing; keep the test about the cache.
    for (const f of fs.readdirSync(path.join(dir, 'goals'))) {
      const p = path.join(dir, 'goals', f);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(new RegExp(`^parent: "?${id}"?$`, 'm'), 'parent: null'));
    }
    fs.rmSync(file);
    const after = await loadJournal(dir, undefined, { now: LATER });
    expect(after.journal!.goals.some((g) => g.id === id)).toBe(false);
    expect(Object.keys(cacheEntries(dir))).not.toContain(`goals/${id}.yaml`);
  });

  it.each([
    ['garbage', 'not json at all {'],
    ['another format', JSON.stringify({ format: 999, shard: 'goals', entries: { 'career.yaml': { key: 'x', settled: true, data: { name: 'wrong' } } } })],
    ['empty', ''],
  ])('rebuilds a %s cache silently', async (_name, content) => {
    const dir = await small();
    const cold = await loadJournal(dir, undefined, { cache: false });
    fs.mkdirSync(path.join(dir, CACHE), { recursive: true });
    fs.writeFileSync(path.join(dir, GOALS_CACHE), content);
    expect(await loadJournal(dir, undefined, { now: LATER })).toEqual(cold);
    expect(() => JSON.parse(fs.readFileSync(path.join(dir, GOALS_CACHE), 'utf8'))).not.toThrow();
  });

  it('keeps text outside ASCII exactly (the file itself is ASCII, read back as Latin-1)', async () => {
    const dir = await small();
    const file = firstGoal(dir);
    const title = 'Ship 中文 docs 🚀, café, \u2028 and ünïcödé';
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
    const cold = await loadJournal(dir, undefined, { cache: false });
    await loadJournal(dir, undefined, { now: LATER });
    const bytes = fs.readFileSync(path.join(dir, GOALS_CACHE));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const warm = await loadJournal(dir, undefined, { now: LATER });
    expect(warm).toEqual(cold);
    expect(warm.journal!.goals.find((g) => g.id === path.basename(file, '.yaml'))!.title).toBe(title);
  });

  it('ignores a cache file that is not ASCII (not one it wrote), and rebuilds it', async () => {
    const dir = await small();
    const cold = await loadJournal(dir, undefined, { cache: false });
    await loadJournal(dir, undefined, { now: LATER });
    const cachePath = path.join(dir, GOALS_CACHE);
    // The same JSON with one record's text changed to something only UTF-8 can say.
    const tampered = fs.readFileSync(cachePath, 'utf8').replace(/"title":"[^"]*"/, '"title":"Fälschung"');
    fs.writeFileSync(cachePath, tampered);
    expect(await loadJournal(dir, undefined, { now: LATER })).toEqual(cold);
    expect(fs.readFileSync(cachePath).every((b) => b < 0x80)).toBe(true);
  });

  it('gives the same report with and without the cache on a generated journal', async () => {
    const dir = await small();
    const plain = (await loadJournal(dir, undefined, { cache: false })).journal!;
    await loadJournal(dir, undefined, { now: LATER });
    const cached = (await loadJournal(dir, undefined, { now: LATER })).journal!;
    const period = reportPeriod('all', TODAY, plain.profile.created);
    expect(buildReport(cached, period, TODAY)).toEqual(buildReport(plain, period, TODAY));
  });
});

describe('write-through (recordWritten)', () => {
  it('leaves the files it is told about cached, so the next load parses nothing', async () => {
    const { readJournalFile } = await import('../../src/store/strict-reader.js');
    const { classifyPath } = await import('../../src/store/paths.js');
    const dir = await small();
    await loadJournal(dir, undefined, { now: LATER });
    const file = firstGoal(dir);
    const rel = `goals/${path.basename(file)}`;
    const text = fs.readFileSync(file, 'utf8').replace(/^why: .*$/m, 'why: written through the cache');
    fs.writeFileSync(file, text);
    const read = readJournalFile(dir, rel, classifyPath(rel)!);
    if (!read.ok) throw new Error('the test file must be valid');
    // Recorded the instant it was written (the clock held at its ctime, so a loaded machine cannot
    // let it settle first): not settled, so its entry holds the bytes and is trusted while they match.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Math.floor(fs.statSync(file).ctimeMs));
    try {
      recordWritten(dir, [{ rel, record: read.data, content: text }]);
    } finally {
      clock.mockRestore();
    }
    const entry = cacheEntries(dir)[rel] as { settled: boolean; bytes?: string; data: { why: string } };
    expect(entry.settled).toBe(false);
    expect(entry.data.why).toBe('written through the cache');
    const warm = await loadJournal(dir, undefined, { now: Date.now() });
    expect(warm).toEqual(await loadJournal(dir, undefined, { cache: false }));
  });

  it('trusts an unsettled entry only while the file holds the very bytes written (stats alone cannot tell)', async () => {
    const dir = await small();
    const rel = `goals/${path.basename(firstGoal(dir))}`;
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    const keys = statKeys(dir, [rel]);
    const cache = RecordCache.open(dir);
    // Looked at the instant it was written: not settled, so only the bytes can vouch for it.
    cache.set(rel, keys, 0, { marker: 1 }, keys[2]!, Buffer.from(text));
    expect(cache.get(rel, keys, 0, keys[2]!)).toEqual({ marker: 1 });
    // Rewritten within the same clock tick, same size: the stats would match; the bytes do not.
    fs.writeFileSync(path.join(dir, rel), text.replace(/^title: (.)/m, (_m, c: string) => `title: ${c === 'X' ? 'Y' : 'X'}`));
    expect(cache.get(rel, keys, 0, keys[2]!)).toBeUndefined();
    fs.writeFileSync(path.join(dir, rel), text);
    expect(cache.get(rel, keys, 0, keys[2]!)).toEqual({ marker: 1 });
  });

  it('does not cache a file whose bytes are not what the writer says it wrote', async () => {
    const dir = await small();
    const file = firstGoal(dir);
    const rel = `goals/${path.basename(file)}`;
    recordWritten(dir, [{ rel, record: { title: 'not what is on disk' }, content: 'version: 1\n' }]);
    const after = await loadJournal(dir, undefined, { now: Date.now() });
    expect(after).toEqual(await loadJournal(dir, undefined, { cache: false }));
  });

  it('ignores a cache file of another folder put in place of this one', async () => {
    const dir = await small();
    const cold = await loadJournal(dir, undefined, { cache: false });
    await loadJournal(dir, undefined, { now: LATER });
    const year = fs.readdirSync(path.join(dir, 'journal')).sort()[0]!;
    // journal-<year>.json renamed to goals.json: valid, ours, but about other files.
    fs.copyFileSync(path.join(dir, CACHE, `journal-${year}.json`), path.join(dir, GOALS_CACHE));
    expect(await loadJournal(dir, undefined, { now: LATER })).toEqual(cold);
  });
});
