// The `# yaml-language-server: $schema=…` line career puts first in every file it creates: each
// reader takes it as the comment it is — the fast reader (no fallback to the slow one), the
// strict one, the cache on a warm load and doctor's strict load — an edit keeps it, and the
// schemas it names are installed in the journal's .career/schemas/.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkin, Goal, EntryDay, Profile } from '../../src/core/schemas.js';
import { fastValue } from '../../src/store/fast-yaml.js';
import { writeFileAtomic } from '../../src/store/write-set.js';
import { loadJournal } from '../../src/store/journal.js';
import { readRecord } from '../../src/store/strict-reader.js';
import { quickRead } from '../../src/store/fast-reader.js';
import { classifyPath } from '../../src/store/paths.js';
import { editedFileText, newFileText } from '../../src/store/file-text.js';
import { installSchemas, schemaLine, SCHEMAS_DIR, shippedSchemasDir } from '../../src/store/schema-line.js';
import { tempDir } from '../helpers/env.js';

const roots: string[] = [];
afterEach(() => { for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true }); });
const newRoot = () => { const r = tempDir(); roots.push(r); return r; };

const RECORDS = [
  ['career.yaml', Profile, { version: 1, name: 'Test Person', created: '2026-01-05' }],
  ['goals/ship-the-pilot.yaml', Goal, { version: 1, title: 'Ship the pilot to ten teams', type: 'other', horizon: 'short', created: '2026-01-05', deadline: '2027-06-30' }],
  ['checkins/2026/2026-W47.yaml', Checkin, { version: 1, week: '2026-W47', date: '2026-11-20', wins: ['Shipped it'] }],
  ['journal/2026/2026-11-20.yaml', EntryDay, { version: 1, date: '2026-11-20', entries: [{ kind: 'win', text: 'Shipped it', tags: ['pilot'] }] }],
] as const;

describe('the $schema line', () => {
  it.each([
    ['career.yaml', '# yaml-language-server: $schema=.career/schemas/profile.schema.json'],
    ['goals/ship-the-pilot.yaml', '# yaml-language-server: $schema=../.career/schemas/goal.schema.json'],
    ['checkins/2026/2026-W47.yaml', '# yaml-language-server: $schema=../../.career/schemas/checkin.schema.json'],
    ['journal/2026/2026-11-20.yaml', '# yaml-language-server: $schema=../../.career/schemas/journal.schema.json'],
    ['reviews/2026/2026-Q4.yaml', '# yaml-language-server: $schema=../../.career/schemas/review.schema.json'],
    ['templates/checkin.yaml', undefined],
  ])('%s: %s', (rel, line) => {
    expect(schemaLine(rel)).toBe(line);
    // Relative to the file, the path lands on the journal's .career/schemas/.
    if (line) expect(path.posix.normalize(path.posix.join(path.posix.dirname(rel), line.split('=')[1]!))).toMatch(/^\.career\/schemas\/\w+\.schema\.json$/);
  });

  it.each(RECORDS.map((r) => [r[0], r]))('%s: the fast reader, the strict one and an edit all take it', (_rel, [rel, schema, value]) => {
    const root = newRoot();
    const text = newFileText(value, rel);
    expect(text.startsWith(`${schemaLine(rel)}\n`)).toBe(true);
    writeFileAtomic(root, rel, text);
    expect(fastValue(text)).toBeDefined(); // no detour through the slow reader
    const parsed = schema.parse(value);
    expect(quickRead(root, rel, classifyPath(rel)!)?.data).toEqual(parsed);
    const file = readRecord(root, rel, schema);
    expect(file.data).toEqual(parsed);
    expect(editedFileText(file, file.data)).toBe(text);
    const changed = rel === 'career.yaml' ? { ...file.data, vision: 'Lead a platform team' } : file.data;
    expect(editedFileText(readRecord(root, rel, schema), changed).split('\n')[0]).toBe(schemaLine(rel));
  });

  it('a journal of such files loads cold, warm (from the cache) and strictly, the same, with no problem', async () => {
    const root = newRoot();
    for (const [rel, , value] of RECORDS) writeFileAtomic(root, rel, newFileText(value, rel));
    const cold = await loadJournal(root, undefined, { now: Date.now() + 60_000 });
    expect(cold.problems).toEqual([]);
    const warm = await loadJournal(root, undefined, { now: Date.now() + 120_000 });
    const strict = await loadJournal(root, undefined, { cache: false, strict: true });
    expect(warm).toEqual(cold);
    expect(strict).toEqual(cold);
    expect(cold.journal!.days[0]!.entries[0]!.text).toBe('Shipped it');
  });

  it('installs the shipped schemas where the lines point, once, and replaces a stale one', () => {
    const root = newRoot();
    installSchemas(root);
    const shipped = fs.readdirSync(shippedSchemasDir()).sort();
    expect(fs.readdirSync(path.join(root, SCHEMAS_DIR)).sort()).toEqual(shipped);
    for (const name of shipped) expect(fs.readFileSync(path.join(root, SCHEMAS_DIR, name), 'utf8')).toBe(fs.readFileSync(path.join(shippedSchemasDir(), name), 'utf8'));
    const goal = path.join(root, SCHEMAS_DIR, 'goal.schema.json');
    fs.writeFileSync(goal, '{}');
    installSchemas(root);
    expect(fs.readFileSync(goal, 'utf8')).toBe(fs.readFileSync(path.join(shippedSchemasDir(), 'goal.schema.json'), 'utf8'));
  });
});
