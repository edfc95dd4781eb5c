// `career doctor` end to end, on the built CLI in process: each kind of broken file is reported
// as path:line:col with a hint, the exit code is 1, and doctor never changes a byte of the journal.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { initJournal, snapshot, tempDir, testEnv } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

let template = '';

beforeAll(() => {
  template = initJournal().dir;
});

/** A fresh copy of the journal `career init` made (with its git repository). */
function journal(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(tempDir('career-doctor-'), 'journal');
  fs.cpSync(template, dir, { recursive: true });
  return { dir, env: testEnv(dir) };
}

function write(dir: string, rel: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
}

/** Run doctor and check it left every file as it was. */
async function doctor(dir: string, env: NodeJS.ProcessEnv) {
  const before = snapshot(dir);
  const r = await career(['doctor'], env);
  expect(snapshot(dir)).toEqual(before);
  return r;
}

const GOAL = [
  'version: 1', //                1
  'title: Learn to fly planes', // 2
  'type: development', //          3
  'horizon: short', //             4
  'created: 2026-01-05', //        5
  'deadline: 2026-06-30', //       6
].join('\n') + '\n';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

interface Bad {
  name: string;
  rel?: string;
  content: string | Uint8Array;
  /** The exact `path:line:col: message` line doctor prints. */
  line: string;
  hint?: string | RegExp;
}

const bad: Bad[] = [
  { name: 'invalid UTF-8', content: bytes('version: 1\ntitle: Learn\nwhy: caf', [0xff], '\n'), line: 'goals/bad-goal.yaml:3:9: invalid UTF-8 byte 0xff', hint: 'save the file as UTF-8 in your editor' },
  { name: 'duplicate key', content: 'version: 1\ntitle: a\ntitle: b\n', line: 'goals/bad-goal.yaml:3:1: duplicate key "title"', hint: 'each key may appear once; merge the two entries' },
  { name: 'alias bomb', content: 'a: &a [x, x, x, x, x, x, x, x, x]\n' + 'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`).join('\n') + '\n', line: 'goals/bad-goal.yaml:2:8: cannot read: Excessive alias count indicates a resource exhaustion attack', hint: /anchors/ },
  { name: 'unknown tag !!js/function', content: 'version: 1\ntitle: !!js/function "function () {}"\n', line: 'goals/bad-goal.yaml:2:8: unknown tag !!js/function', hint: 'career files use plain values; remove the !tag' },
  { name: 'unknown tag !custom', content: 'version: 1\ntitle: !custom x\n', line: 'goals/bad-goal.yaml:2:8: unknown tag !custom', hint: /!tag/ },
  { name: 'two documents', content: GOAL + '---\n' + GOAL, line: 'goals/bad-goal.yaml:7:1: more than one YAML document in this file (a second ---)', hint: /one record/ },
  { name: 'empty file', content: '', line: 'goals/bad-goal.yaml:1:1: file is empty', hint: 'delete it, or restore it with `git checkout -- goals/bad-goal.yaml`' },
  { name: 'whitespace-only file', content: ' \n\n   \n', line: 'goals/bad-goal.yaml:1:1: file is empty', hint: /delete it/ },
  { name: 'git conflict markers', content: 'version: 1\n<<<<<<< HEAD\ntitle: a\n=======\ntitle: b\n>>>>>>> main\n', line: 'goals/bad-goal.yaml:2:1: git conflict marker: this file is in the middle of a merge', hint: /<<<<<<< ======= >>>>>>>/ },
  { name: 'tab indentation', content: GOAL + 'metric:\n\tname: hours\n', line: 'goals/bad-goal.yaml:8:1: tab used for indentation', hint: 'indent with spaces, not tabs' },
  { name: 'wrong enum value', content: GOAL.replace('horizon: short', 'horizon: soon'), line: 'goals/bad-goal.yaml:4:10: horizon: must be one of short, mid, long' },
  { name: 'unknown key', content: GOAL + 'deadlien: 2026-07-01\n', line: 'goals/bad-goal.yaml:7:1: unknown key "deadlien"', hint: 'did you mean "deadline"?' },
  { name: 'bad date', content: GOAL.replace('2026-06-30', '2024-02-30'), line: 'goals/bad-goal.yaml:6:11: deadline: must be a real date written YYYY-MM-DD' },
  { name: '3 MB file', content: GOAL + '# ' + 'x'.repeat(3 * 1024 * 1024) + '\n', line: 'goals/bad-goal.yaml:1:1: file is 3072 KiB, more than career reads (2 MiB)', hint: /right place/ },
  { name: 'a check-in with energy 6', rel: 'checkins/2026/2026-W06.yaml', content: 'version: 1\nweek: 2026-W06\ndate: 2026-02-06\nenergy: 6\n', line: 'checkins/2026/2026-W06.yaml:4:9: energy: must be a whole number 1-5' },
  { name: 'a check-in with 4 focus items', rel: 'checkins/2026/2026-W06.yaml', content: 'version: 1\nweek: 2026-W06\ndate: 2026-02-06\nfocus: [a, b, c, d]\n', line: 'checkins/2026/2026-W06.yaml:4:8: focus: at most 3 focus items' },
  { name: 'a journal entry of an unknown kind', rel: 'journal/2026/2026-02-06.yaml', content: 'version: 1\ndate: 2026-02-06\nentries:\n  - text: hello\n    kind: rant\n', line: 'journal/2026/2026-02-06.yaml:5:11: entries[0].kind: must be one of note, win, learning, frustration, feedback' },
  { name: 'a check-in named for another week', rel: 'checkins/2026/2026-W05.yaml', content: 'version: 1\nweek: 2026-W06\ndate: 2026-02-06\n', line: 'checkins/2026/2026-W05.yaml:2:7: week: is "2026-W06" but the file name says 2026-W05', hint: 'rename the file or fix the field' },
  { name: 'a journal day named for another date', rel: 'journal/2026/2026-02-07.yaml', content: 'version: 1\ndate: 2026-02-06\n', line: 'journal/2026/2026-02-07.yaml:2:7: date: is "2026-02-06" but the file name says 2026-02-07', hint: /rename/ },
  { name: 'a review of the wrong kind for its name', rel: 'reviews/2026/2026-Q1.yaml', content: 'version: 1\nkind: monthly\nperiod: 2026-Q1\ndate: 2026-04-01\n', line: 'reviews/2026/2026-Q1.yaml:2:7: kind: is "monthly" but the file name says quarterly' },
  { name: 'a goal file name with a space and capitals', rel: 'goals/Bad Name.yaml', content: GOAL, line: 'goals/Bad Name.yaml:1:1: career does not know this file name', hint: /move it out/ },
  { name: 'a check-in in the wrong year folder', rel: 'checkins/2025/2026-W06.yaml', content: 'version: 1\nweek: 2026-W06\ndate: 2026-02-06\n', line: 'checkins/2025/2026-W06.yaml:1:1: career does not know this file name' },
  { name: 'a .yml goal', rel: 'goals/learn.yml', content: GOAL, line: 'goals/learn.yml:1:1: career does not know this file name' },
  { name: 'a goal whose parent does not exist', rel: 'goals/child.yaml', content: GOAL + 'parent: no-such-goal\n', line: 'goals/child.yaml:7:9: parent: no goal "no-such-goal"', hint: 'set it to an existing goal: `career goal edit child --parent <id>`, or `--parent none`' },
];

describe('career doctor', () => {
  it('a clean journal: exit 0, all good', async () => {
    const { dir, env } = journal();
    const r = await doctor(dir, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/all good/);
  });

  it('a journal with valid records of every kind: exit 0', async () => {
    const { dir, env } = journal();
    write(dir, 'goals/learn-to-fly.yaml', GOAL);
    write(dir, 'goals/first-solo.yaml', GOAL + 'parent: learn-to-fly\n');
    write(dir, 'checkins/2026/2026-W06.yaml', 'version: 1\nweek: 2026-W06\ndate: 2026-02-06\nenergy: 4\n');
    write(dir, 'checkins/2026/2026-W53.yaml', 'version: 1\nweek: "2026-W53"\ndate: "2027-01-01"\n');
    write(dir, 'journal/2026/2026-02-06.yaml', 'version: 1\ndate: 2026-02-06\nentries:\n  - text: first lesson\n    kind: win\n');
    write(dir, 'reviews/2026/2026-01.yaml', 'version: 1\nkind: monthly\nperiod: "2026-01"\ndate: 2026-02-01\n');
    write(dir, 'reviews/2026/2026-annual.yaml', 'version: 1\nkind: annual\nperiod: "2026"\ndate: 2026-12-31\n');
    write(dir, 'goals/.learn-to-fly.yaml.123.abcd.tmp', 'half a file');
    const r = await doctor(dir, env);
    expect(r.stdout + r.stderr).toMatch(/Checked 8 files .*all good/);
    expect(r.code).toBe(0);
  });

  it.each(bad.map((b) => [b.name, b] as const))('%s: exit 1 with path:line:col and a hint', async (_name, b) => {
    const { dir, env } = journal();
    write(dir, b.rel ?? 'goals/bad-goal.yaml', b.content);
    const r = await doctor(dir, env);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(b.line);
    expect(at, r.stdout).toBeGreaterThanOrEqual(0);
    if (b.hint !== undefined) {
      const hint = lines[at + 1] ?? '';
      expect(hint.startsWith('  hint: ')).toBe(true);
      if (typeof b.hint === 'string') expect(hint).toBe(`  hint: ${b.hint}`);
      else expect(hint).toMatch(b.hint);
    }
    expect(r.stderr).toMatch(/^\d+ problems? in 1 file \(/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    ['a typo in a key', (t: string) => t.replace('name: Test Person', 'nmae: Test Person'), ['career.yaml:2:1: name: is required', 'career.yaml:3:1: unknown key "nmae"', '  hint: did you mean "name"?']],
    ['version 2', (t: string) => t.replace('version: 1', 'version: 2'), ['career.yaml:2:10: version: must be 1 (the only schema version this career knows)']],
    ['a bad check-in day', (t: string) => t.replace('checkinDay: friday', 'checkinDay: fri'), [expect.stringMatching(/^career\.yaml:\d+:13: checkinDay: must be one of monday, .*sunday$/)]],
    ['git conflict markers', (t: string) => `<<<<<<< HEAD\n${t}=======\n${t}>>>>>>> other\n`, ['career.yaml:1:1: git conflict marker: this file is in the middle of a merge']],
    ['truncated to nothing', () => '', ['career.yaml:1:1: file is empty']],
  ])('a corrupted career.yaml (%s) is reported', async (_name, corrupt, expected) => {
    const { dir, env } = journal();
    const file = path.join(dir, 'career.yaml');
    fs.writeFileSync(file, corrupt(fs.readFileSync(file, 'utf8')));
    const r = await doctor(dir, env);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining(expected as unknown[]));
  });

  it('reports every broken file in one run, sorted by path', async () => {
    const { dir, env } = journal();
    write(dir, 'goals/b-goal.yaml', GOAL.replace('type: development', 'type: nope'));
    write(dir, 'goals/a-goal.yaml', GOAL + 'titel: x\n');
    write(dir, 'journal/2026/2026-02-06.yaml', 'version: 1\ndate: 2026-02-30\n');
    const r = await doctor(dir, env);
    expect(r.code).toBe(1);
    const located = r.stdout.split('\n').filter((l) => !l.startsWith('  hint:') && l !== '');
    expect(located).toEqual([
      'goals/a-goal.yaml:7:1: unknown key "titel"',
      'goals/b-goal.yaml:3:7: type: must be one of development, position, networking, balance, entrepreneurial, other',
      'journal/2026/2026-02-06.yaml:2:7: date: must be a real date written YYYY-MM-DD',
    ]);
    expect(r.stderr).toMatch(/^3 problems in 3 files/);
  });

  it('--json lists the problems with their positions', async () => {
    const { dir, env } = journal();
    write(dir, 'goals/bad-goal.yaml', 'version: 1\ntitle: a\ntitle: b\n');
    const before = snapshot(dir);
    const r = await career(['doctor', '--json'], env);
    expect(snapshot(dir)).toEqual(before);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { problems: unknown[] };
    expect(out.problems).toEqual([{ path: 'goals/bad-goal.yaml', line: 3, col: 1, message: 'duplicate key "title"', hint: 'each key may appear once; merge the two entries' }]);
  });
});
