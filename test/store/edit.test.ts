// Comment-preserving edits: a hand-written file read with readRecord and written back with
// editedFileText keeps every comment, its key order and every line the edit did not touch.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { Goal, Profile } from '../../src/core/schemas.js';
import { readRecord } from '../../src/store/strict-reader.js';
import { editedFileText, newFileText } from '../../src/store/file-text.js';
import { isAmbiguousString } from '../../src/store/yamlio.js';
import { tempDir } from '../helpers/env.js';
import { HAND_WRITTEN } from '../helpers/hand-written.js';


const COMMENTS = HAND_WRITTEN.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

function setup(text = HAND_WRITTEN, rel = 'goals/lead-crm-rollout.yaml') {
  const root = tempDir('career-edit-');
  fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  return { root, rel };
}

function edit(text: string, change: (g: Goal) => void): { out: string; expected: Goal; root: string; rel: string } {
  const { root, rel } = setup(text);
  const file = readRecord(root, rel, Goal);
  const expected = structuredClone(file.data);
  change(expected);
  const out = editedFileText(file, expected);
  fs.writeFileSync(path.join(root, rel), out);
  return { out, expected, root, rel };
}

const topLevelKeys = (text: string) => text.split('\n').filter((l) => /^[a-zA-Z]\w*:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));

/** Lines of `after` that are not in `before`, and lines of `before` missing from `after` (by LCS). */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n'), b = after.split('\n');
  const len = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) {
    len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  }
  const added: string[] = [], removed: string[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { i++; j++; }
    else if (j < b.length && (i === a.length || len[i]![j + 1]! >= len[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return { added, removed };
}

describe('editedFileText on a hand-written goal', () => {
  it('changing the deadline changes that one line and keeps its comment', () => {
    const { out, expected, root, rel } = edit(HAND_WRITTEN, (g) => { g.deadline = '2026-07-31'; });
    expect(lineDiff(HAND_WRITTEN, out)).toEqual({
      removed: ['deadline: 2026-06-30 # agreed with my manager'],
      added: ['deadline: "2026-07-31" # agreed with my manager'],
    });
    expect(readRecord(root, rel, Goal).data).toEqual(expected);
  });

  it('appending a progress entry inserts lines and changes none', () => {
    const { out, expected, root, rel } = edit(HAND_WRITTEN, (g) => { g.progressLog.push({ date: '2026-03-01', value: 20, note: 'two more teams' }); });
    const { added, removed } = lineDiff(HAND_WRITTEN, out);
    expect(removed).toEqual([]);
    expect(added).toEqual(['  - date: "2026-03-01"', '    value: 20', '    note: two more teams']);
    // Inserted right after the last entry, before the trailing comment.
    expect(out).toContain('    value: 10   # first week\n  - date: "2026-03-01"\n');
    expect(out.endsWith('# notes to self below\n')).toBe(true);
    expect(readRecord(root, rel, Goal).data).toEqual(expected);
  });

  it('changing a field inside a list item keeps the comment above a key in that item', () => {
    const { out } = edit(HAND_WRITTEN, (g) => { g.milestones[0]!.due = '2026-03-15'; });
    expect(lineDiff(HAND_WRITTEN, out)).toEqual({ removed: ['    due: 2026-03-01'], added: ['    due: "2026-03-15"'] });
    expect(out).toContain('  - id: pilot\n    # the pilot team is sales\n    title: Pilot with sales\n');
  });

  it.each([
    ['deadline', (g: Goal) => { g.deadline = '2027-01-31'; }],
    ['a milestone marked complete', (g: Goal) => { g.milestones[1]!.completed = '2026-04-30'; }],
    ['the metric target', (g: Goal) => { g.metric!.target = 45; }],
    ['a progress entry', (g: Goal) => { g.progressLog.push({ date: '2026-03-01', value: 20 }); }],
    ['the title', (g: Goal) => { g.title = 'Lead the CRM rollout: all phases'; }],
    ['a revision', (g: Goal) => { g.revisions.push({ date: '2026-02-02', fields: ['deadline'], reason: 'scope grew' }); }],
  ])('after changing %s: every comment survives, key order is unchanged', (_name, change) => {
    const { out, expected, root, rel } = edit(HAND_WRITTEN, change);
    for (const c of COMMENTS) expect(out).toContain(c);
    const before = topLevelKeys(HAND_WRITTEN);
    expect(topLevelKeys(out).slice(0, before.length)).toEqual(before);
    expect(out.indexOf('title: All teams')).toBeGreaterThan(out.indexOf('- due: 2026-05-01'));
    expect(out).toContain('title: "Lead the CRM rollout');
    expect(out).toContain("why: 'The sales team loses deals to bad data'");
    expect(readRecord(root, rel, Goal).data).toEqual(expected);
  });

  it('keys the file leaves out stay out while they hold their defaults', () => {
    const { out } = edit(HAND_WRITTEN, (g) => { g.deadline = '2026-07-31'; });
    // status (active), urgent (false), values, steps, support, risks, revisions: all defaults.
    expect(topLevelKeys(out)).toEqual(topLevelKeys(HAND_WRITTEN));
    for (const key of ['status', 'urgent', 'values', 'steps', 'support', 'risks', 'revisions', 'parent', 'closed']) {
      expect(out).not.toMatch(new RegExp(`^${key}:`, 'm'));
    }
  });

  it('a key the file leaves out is added once it holds something', () => {
    const { out, root, rel } = edit(HAND_WRITTEN, (g) => {
      g.status = 'done';
      g.closed = { date: '2026-06-20', celebration: 'team dinner' };
      g.support.helpers.push('Grace');
    });
    expect(topLevelKeys(out)).toEqual([...topLevelKeys(HAND_WRITTEN), 'status', 'support', 'closed']);
    expect(lineDiff(HAND_WRITTEN, out).removed).toEqual([]);
    const back = readRecord(root, rel, Goal).data;
    expect(back.status).toBe('done');
    expect(back.support).toEqual({ helpers: ['Grace'], resources: [], skills: [] });
  });

  it('a change made in place on file.data is still written', () => {
    const { root, rel } = setup();
    const file = readRecord(root, rel, Goal);
    file.data.status = 'dropped';
    file.data.deadline = '2026-08-31';
    const out = editedFileText(file, file.data);
    expect(out).toMatch(/^status: dropped$/m);
    expect(out).toContain('deadline: "2026-08-31" # agreed with my manager');
  });

  it('two edits through the same loaded file keep both', () => {
    const { root, rel } = setup();
    const file = readRecord(root, rel, Goal);
    editedFileText(file, { ...file.data, deadline: '2026-07-31' });
    const out = editedFileText(file, { ...file.data, deadline: '2026-07-31', urgent: true });
    expect(out).toContain('deadline: "2026-07-31" # agreed with my manager');
    expect(out).toMatch(/^urgent: true$/m);
    expect(out).toContain('horizon: short   # this year');
  });

  it('an unchanged value gives back the file byte for byte', () => {
    const { root, rel } = setup();
    const file = readRecord(root, rel, Goal);
    expect(editedFileText(file, structuredClone(file.data))).toBe(HAND_WRITTEN);
  });
});

describe('editedFileText on unusual layouts', () => {
  const INDENTLESS = `version: 1
title:    Learn to fly planes     # spaced out
type: development
horizon: long
created: 2026-01-05
deadline: 2030-12-31
values: [growth,   craft]
milestones:
- id: ppl
  title: Private licence    # first
  due: 2027-06-30

- id: ir
  title: Instrument rating
  due: 2028-06-30
metric:
    name: hours
    start: 0

    target: 250
why: >
  Flying has been a dream
  since I was six.
`;

  it.each([
    ['deadline', (g: Goal) => { g.deadline = '2031-06-30'; }, ['deadline']],
    ['a milestone title', (g: Goal) => { g.milestones[0]!.title = 'PPL'; }, ['milestones']],
    ['a new milestone', (g: Goal) => { g.milestones.push({ id: 'cpl', title: 'Commercial', due: '2030-06-30' }); }, ['milestones']],
    ['the metric target', (g: Goal) => { g.metric!.target = 300; }, ['metric']],
    ['a value', (g: Goal) => { g.values.push('impact'); }, ['values']],
    ['the folded why', (g: Goal) => { g.why = 'A dream.'; }, ['why']],
  ])('changing %s rewrites at most that top-level entry', (_name, change, touched) => {
    const { out, expected, root, rel } = edit(INDENTLESS, change);
    expect(readRecord(root, rel, Goal).data).toEqual(expected);
    // Split both texts into top-level entries and compare the untouched ones byte for byte.
    const entries = (text: string) => {
      const map = new Map<string, string>();
      let key = '';
      for (const line of text.split('\n')) {
        if (/^[a-zA-Z]\w*:/.test(line)) key = line.slice(0, line.indexOf(':'));
        map.set(key, (map.get(key) ?? '') + line + '\n');
      }
      return map;
    };
    const before = entries(INDENTLESS), after = entries(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [key, text] of before) if (!touched.includes(key)) expect(after.get(key), key).toBe(text);
  });
});

describe('ambiguous strings are quoted', () => {
  const AMBIGUOUS = ['0123', '123', 'no', 'on', 'off', 'yes', 'y', 'n', 'true', 'null', '2026-01-01', '1.10', '1e3', '0x1f', '12:30', '-1', '.inf', '~', 'NO'];
  const IDS = AMBIGUOUS.filter((s) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(s));

  it('the list covers ids and free text', () => {
    expect(IDS).toEqual(['0123', '123', 'no', 'on', 'off', 'yes', 'y', 'n', 'true', 'null', '2026-01-01', '1e3', '0x1f']);
    for (const s of AMBIGUOUS) expect(isAmbiguousString(s), s).toBe(true);
  });

  it('in new list items (ids, titles, notes) and in changed plain scalars, re-reading gives the same strings', () => {
    const { out, root, rel } = edit(HAND_WRITTEN, (g) => {
      g.milestones.push(...IDS.map((id, i) => ({ id, title: AMBIGUOUS[i]!, due: '2026-12-01' })));
      g.milestones[0]!.title = 'no'; // a plain scalar that now needs quotes
      g.progressLog.push(...AMBIGUOUS.map((note) => ({ date: '2026-03-01', value: 1, note })));
      g.values = [...AMBIGUOUS];
      g.parent = '0123';
    });
    const back = readRecord(root, rel, Goal).data;
    expect(back.milestones.slice(2).map((m) => m.id)).toEqual(IDS);
    expect(back.milestones.slice(2).map((m) => m.title)).toEqual(AMBIGUOUS.slice(0, IDS.length));
    expect(back.milestones[0]!.title).toBe('no');
    expect(back.progressLog.slice(1).map((p) => p.note)).toEqual(AMBIGUOUS);
    expect(back.values).toEqual(AMBIGUOUS);
    expect(back.parent).toBe('0123');
    // A YAML 1.1 reader (PyYAML and friends) sees the same strings too.
    const old = parseDocument(out, { version: '1.1' }).toJS() as Goal;
    expect(old.values).toEqual(AMBIGUOUS);
    expect(old.milestones.slice(2).map((m) => m.id)).toEqual(IDS);
    expect(old.parent).toBe('0123');
  });

  it('new files quote dates, ids and words a YAML 1.1 reader would misread', () => {
    const text = newFileText({ version: 1, name: 'no', created: '2026-01-05', values: ['on', '1.10', 'growth'], checkinDay: 'friday', partner: null }, 'career.yaml');
    expect(text).toBe('# yaml-language-server: $schema=.career/schemas/profile.schema.json\nversion: 1\nname: "no"\ncreated: "2026-01-05"\nvalues:\n  - "on"\n  - "1.10"\n  - growth\ncheckinDay: friday\npartner: null\n');
    const old = parseDocument(text, { version: '1.1' }).toJS() as Record<string, unknown>;
    expect(old).toEqual({ version: 1, name: 'no', created: '2026-01-05', values: ['on', '1.10', 'growth'], checkinDay: 'friday', partner: null });
    const { root, rel } = setup(text, 'career.yaml');
    expect(readRecord(root, rel, Profile).data).toMatchObject({ name: 'no', values: ['on', '1.10', 'growth'] });
  });

  it('numbers stay numbers and plain words stay plain', () => {
    const { out } = edit(HAND_WRITTEN, (g) => { g.metric!.target = 1.5; g.milestones[1]!.title = 'Everyone'; });
    expect(out).toMatch(/^ {2}target: 1\.5$/m);
    expect(out).toMatch(/^ {4}title: Everyone$/m);
  });
});
