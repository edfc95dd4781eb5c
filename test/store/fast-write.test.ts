// The quick write path (fast-write.ts): it reads and writes without the yaml package where it
// can be sure, and where it cannot, or where its result would read as anything but the record
// meant, the transaction writes through the library as before. Nothing it does may change what
// a file holds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Checkin, Goal } from '../../src/core/schemas.js';
import { fastFileText, fastOpen } from '../../src/store/fast-write.js';
import { editedFileText, newFileText } from '../../src/store/file-text.js';
import { classifyPath } from '../../src/store/paths.js';
import { parseRecord, readRecord } from '../../src/store/strict-reader.js';
import * as patch from '../../src/store/text-patch.js';
import { update } from '../../src/store/update.js';
import { tempDir } from '../helpers/env.js';

const DEMO = path.resolve('templates/demo');
const GOAL = 'goals/become-a-staff-engineer-on-the-platform-team.yaml';
const goalText = fs.readFileSync(path.join(DEMO, GOAL), 'utf8');
const kind = (rel: string) => classifyPath(rel)!;

function journal(files: Record<string, string>): string {
  const root = tempDir('career-fast-write-');
  fs.copyFileSync(path.join(DEMO, 'career.yaml'), path.join(root, 'career.yaml'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

afterEach(() => { vi.restoreAllMocks(); });

describe('fastOpen', () => {
  it('reads a plain file as the strict reader does', () => {
    const fast = fastOpen(GOAL, Buffer.from(goalText), Goal, kind(GOAL));
    const strict = parseRecord(GOAL, Buffer.from(goalText), Goal);
    expect(strict.ok && fast?.data).toEqual(strict.ok && strict.file.data);
  });

  it.each([
    ['Windows line ends', goalText.replace(/\n/g, '\r\n')],
    ['a byte-order mark', `\uFEFF${goalText}`],
    ['an anchor', goalText.replace('values:\n  - impact', 'values:\n  - &v impact')],
    ['a value the schema refuses', goalText.replace('horizon: long', 'horizon: forever')],
    ['a conflict marker', `<<<<<<< HEAD\n${goalText}`],
  ])('leaves %s to the strict reader', (_name, text) => {
    expect(fastOpen(GOAL, Buffer.from(text), Goal, kind(GOAL))).toBeUndefined();
  });

  it('leaves a record whose name disagrees with its file to the strict reader', () => {
    const rel = 'checkins/2026/2026-W47.yaml';
    const text = 'version: 1\nweek: 2026-W46\ndate: "2026-11-13"\n';
    expect(fastOpen(rel, Buffer.from(text), Checkin, kind(rel))).toBeUndefined();
  });
});

describe('fastFileText', () => {
  it('writes a new check-in as the library does, $schema line first', () => {
    const rel = 'checkins/2026/2026-W47.yaml';
    const record = Checkin.parse({ version: 1, week: '2026-W47', date: '2026-11-20', wins: ['Shipped: the "first" cut'], energy: 4 });
    expect(fastFileText(rel, kind(rel), undefined, record)?.content).toBe(newFileText(record, rel));
  });

  it('edits a goal as the document edit does', () => {
    const opened = fastOpen(GOAL, Buffer.from(goalText), Goal, kind(GOAL))!;
    const next = structuredClone(opened.data) as ReturnType<typeof Goal.parse>;
    next.milestones[2]!.completed = '2026-11-20';
    const r = parseRecord(GOAL, Buffer.from(goalText), Goal);
    expect(fastFileText(GOAL, kind(GOAL), opened, next)?.content).toBe(r.ok && editedFileText(r.file, next, true));
  });

  it('refuses a text that would not read back as the record meant', () => {
    const opened = fastOpen(GOAL, Buffer.from(goalText), Goal, kind(GOAL))!;
    const next = { ...structuredClone(opened.data), urgent: true };
    vi.spyOn(patch, 'patchText').mockReturnValue(goalText); // a line edit that "forgot" the change
    expect(fastFileText(GOAL, kind(GOAL), opened, next)).toBeUndefined();
  });
});

describe('a transaction over the quick path', () => {
  it('writes through the library when the line edit is wrong, and the file holds what was meant', async () => {
    const root = journal({ [GOAL]: goalText });
    vi.spyOn(patch, 'patchText').mockReturnValue(goalText.replace('urgent: false', 'urgent: maybe'));
    await update(root, (tx) => {
      const g = tx.require(GOAL, Goal);
      tx.put(GOAL, { ...g, urgent: true, status: 'done' });
      return { result: null, message: 'test' };
    });
    const back = readRecord(root, GOAL, Goal).data;
    expect(back).toMatchObject({ urgent: true, status: 'done' });
    expect(fs.readFileSync(path.join(root, GOAL), 'utf8')).toBe(goalText.replace('status: active', 'status: done').replace('urgent: false', 'urgent: true'));
  });

  it('keeps a hand-edited file\'s comments and line ends when it cannot read it quickly', async () => {
    const crlf = `# my own note\r\n${goalText.replace(/\n/g, '\r\n')}`;
    const root = journal({ [GOAL]: crlf });
    await update(root, (tx) => {
      tx.put(GOAL, { ...tx.require(GOAL, Goal), urgent: true });
      return { result: null, message: 'test' };
    });
    expect(fs.readFileSync(path.join(root, GOAL), 'utf8')).toBe(crlf.replace('urgent: false', 'urgent: true'));
  });

  it('still refuses to rewrite a broken file, naming it', async () => {
    const root = journal({ [GOAL]: goalText.replace('horizon: long', 'horizon: forever') });
    await expect(update(root, (tx) => {
      tx.put(GOAL, { ...tx.require(GOAL, Goal), urgent: true });
      return { result: null, message: 'test' };
    })).rejects.toThrow(/horizon/);
    expect(fs.readFileSync(path.join(root, GOAL), 'utf8')).toContain('horizon: forever');
  });
});
