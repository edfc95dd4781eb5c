// Hand-edited files gone wrong (SPEC §5): a file that fails to parse or validate is never
// rewritten. Every write, read and `doctor` run against the real binary stops with exit 1 and
// `path:line:col: problem`, prints no stack trace, leaves every file byte-identical and makes no
// commit. Files saved with a BOM or CRLF line ends are not errors: they are edited in place and
// keep their conventions, with only the changed lines differing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, career, commitCount, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';

const ID = 'ship-three-big-features';
const GOAL = `goals/${ID}.yaml`;
const DAY = 'journal/2026/2026-11-20.yaml';
const hasStack = (text: string) => /^\s+at .+:\d+:\d+\)?$/m.test(text) || /node:internal|\.js:\d+:\d+/.test(text);

// A hand-written goal file: line numbers below refer to it.
const GOOD = `version: 1
title: Ship three big features
type: other
horizon: short
status: active
created: "2026-11-20"
deadline: "2027-06-30"
why: grow
metric:
  name: features
  start: 0
  target: 3
`;

const bomb = ['version: 1', 'title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghijk'.split('').map((c, i) => `k${c}: &${c} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(',')}]`))
  .join('\n') + '\n';

let base: string;

beforeAll(() => {
  const j = initJournal();
  base = j.dir;
  const r = career(['goal', 'add', '--yes', '--title', 'Ship three big features', '--why', 'grow', '--deadline', '2027-06-30',
    '--metric', 'features', '--target', '3'], j.env);
  if (r.code !== 0) throw new Error(r.stderr);
  const day = career(['journal', 'add', '--date', '2026-11-20', 'Kicked off the pilot'], j.env);
  if (day.code !== 0) throw new Error(day.stderr);
});

/** A fresh copy of the journal with `content` written (not committed) at `rel`. */
function journalWith(rel: string, content: string | Uint8Array): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = path.join(tempDir(), 'journal');
  fs.cpSync(base, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
  return { dir, env: testEnv(dir) };
}

const WRITES: string[][] = [
  ['goal', 'progress', ID, '2', '--note', 'halfway'],
  ['goal', 'edit', ID, '--why', 'grow faster', '--yes'],
  ['checkin', '--yes', '--progress', `${ID}=2`, '--win', 'demo went well'],
];
const DAY_WRITES: string[][] = [['journal', 'add', '--date', '2026-11-20', 'Second entry']];
const READS: string[][] = [['goal', 'list'], ['report'], ['journal', 'list']];

interface Expect { where: string; message: string | RegExp }

/** Run `args`: exit 1, the problem named, nothing else printed to stdout, nothing changed. */
function refuses(j: { dir: string; env: NodeJS.ProcessEnv }, args: string[], want: Expect, extraEnv: NodeJS.ProcessEnv = {}): RunResult {
  const before = snapshot(j.dir);
  const commits = commitCount(j.dir, j.env);
  const started = Date.now();
  const r = career(args, { ...j.env, ...extraEnv });
  const what = `career ${args.join(' ')}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
  expect(r.code, what).toBe(1);
  // doctor lists problems on stdout (its report) and the count on stderr; other commands use stderr.
  const out = args[0] === 'doctor' ? r.stdout : r.stderr;
  if (args[0] !== 'doctor') expect(r.stdout, what).toBe('');
  // The problem is one line of its own: `path:line:col: message`.
  const line = out.split('\n').find((l) => l.startsWith(`${want.where}: `)) ?? '';
  if (typeof want.message === 'string') expect(line, what).toContain(want.message);
  else expect(line, what).toMatch(want.message);
  expect(hasStack(r.stderr + r.stdout), what).toBe(false);
  expect(out.length, what).toBeLessThan(2000); // one problem, not a cascade or a dump of the file
  expect(snapshot(j.dir), what).toEqual(before);
  expect(commitCount(j.dir, j.env), what).toBe(commits);
  expect(Date.now() - started, what).toBeLessThan(10_000);
  return r;
}

function refusedEverywhere(rel: string, content: string | Uint8Array, want: Expect): void {
  const j = journalWith(rel, content);
  const writes = rel === DAY ? DAY_WRITES : WRITES;
  for (const args of [...writes, ...READS, ['doctor']]) {
    // journal list does not read goals; goal commands do not read the journal folder.
    if (rel === GOAL && args[0] === 'journal' && args[1] === 'list') continue;
    if (rel === DAY && args[0] === 'goal') continue;
    refuses(j, args, want);
  }
}

/** GOOD with its `why: grow` line replaced by `before`, raw bytes, `after`. */
function withBytes(before: string, bytes: number[], after: string): Buffer {
  const [head, tail] = GOOD.split('why: grow');
  return Buffer.concat([Buffer.from(head + before), Buffer.from(bytes), Buffer.from(after + tail!)]);
}

const G = (line: number, col: number) => `${GOAL}:${line}:${col}`;

const CASES: [string, string | Uint8Array, Expect][] = [
  ['a wrong enum value', GOOD.replace('horizon: short', 'horizon: soon'), { where: G(4, 10), message: 'horizon: must be one of short, mid, long' }],
  ['a wrong type', GOOD.replace('  target: 3', '  target: three'), { where: G(12, 11), message: 'metric.target: must be a number' }],
  ['tab indentation', GOOD.replace('  name: features', '\tname: features'), { where: G(10, 1), message: 'tab used for indentation' }],
  ['a duplicate key', GOOD.replace('why: grow\n', 'why: grow\nwhy: again\n'), { where: G(9, 1), message: 'duplicate key "why"' }],
  ['a duplicate nested key', GOOD.replace('  start: 0\n', '  start: 0\n  start: 1\n'), { where: G(12, 3), message: 'duplicate key "start"' }],
  ['an unknown key', `${GOOD}colour: blue\n`, { where: G(13, 1), message: 'unknown key "colour"' }],
  ['a misspelt key', GOOD.replace('deadline:', 'dedline:'), { where: G(7, 1), message: 'unknown key "dedline"' }],
  ['a missing key', GOOD.replace('type: other\n', ''), { where: G(1, 1), message: 'type: is required' }],
  ['an empty file', '', { where: G(1, 1), message: 'file is empty' }],
  ['a file of blank lines', '\n  \n\n', { where: G(1, 1), message: 'file is empty' }],
  ['a file of only a comment', '# nothing here\n', { where: G(1, 1), message: 'must be a mapping of keys' }],
  ['a list instead of a mapping', '- version: 1\n', { where: G(1, 1), message: 'must be a mapping of keys' }],
  ['two YAML documents', `${GOOD}---\nversion: 1\n`, { where: G(13, 1), message: 'more than one YAML document' }],
  ['a YAML 1.1 directive', `%YAML 1.1\n---\n${GOOD}`, { where: G(1, 1), message: 'YAML 1.1 is not supported' }],
  ['invalid UTF-8', Buffer.concat([Buffer.from('version: 1\ntitle: Ship th'), Buffer.from([0xff]), Buffer.from(GOOD.slice(GOOD.indexOf('ree big')))]),
    { where: G(2, 15), message: 'invalid UTF-8 byte 0xff' }],
  ['an overlong UTF-8 encoding', withBytes('why: gr', [0xc0, 0xaf], 'w'), { where: G(8, 8), message: 'invalid UTF-8 byte 0xc0' }],
  ['invalid UTF-8 after multibyte text', withBytes('why: größer ', [0xe2, 0x28, 0xa1], ''), { where: G(8, 13), message: 'invalid UTF-8 byte 0xe2' }],
  ['a lone UTF-16 surrogate', withBytes('why: gr', [0xed, 0xa0, 0x80], 'ow'), { where: G(8, 8), message: 'invalid UTF-8 byte 0xed' }],
  ['a !!js/function tag', GOOD.replace('why: grow', 'why: !!js/function "function () { require(\'fs\').writeFileSync(\'pwned\', \'x\') }"'),
    { where: G(8, 6), message: 'unknown tag !!js/function' }],
  ['a !custom tag', GOOD.replace('why: grow', 'why: !custom grow'), { where: G(8, 6), message: 'unknown tag !custom' }],
  ['a !!python/object tag', GOOD.replace('why: grow', 'why: !!python/object/apply:os.system ["touch pwned"]'),
    { where: G(8, 6), message: 'unknown tag !!python/object/apply:os.system' }],
  ['a !!binary tag', GOOD.replace('why: grow', 'why: !!binary aGVsbG8='), { where: G(8, 6), message: 'unknown tag !!binary' }],
  ['a 10 MB file', `${GOOD}# ${'x'.repeat(10 * 1024 * 1024)}\n`, { where: G(1, 1), message: 'file is 10240 KiB, more than career reads (2 MiB)' }],
  ['10,000 nested [', `${GOOD}why2: ${'['.repeat(10_000)}\n`, { where: G(13, 70), message: 'nested more than 64 levels deep' }],
  ['10,000 nested {', GOOD.replace('why: grow', `why: ${'{a: '.repeat(10_000)}`), { where: G(8, 258), message: 'nested more than 64 levels deep' }],
  ['10,000 nested block lists', `${GOOD}why2:\n  ${'- '.repeat(10_000)}x\n`, { where: G(14, 129), message: 'nested more than 64 levels deep' }],
  ['conflict markers from a merge', GOOD.replace('why: grow\n', '<<<<<<< HEAD\nwhy: grow\n=======\nwhy: grow more\n>>>>>>> theirs\n'),
    { where: G(8, 1), message: 'git conflict marker' }],
  ['conflict markers with CRLF line ends', GOOD.replace('why: grow\n', '<<<<<<< HEAD\nwhy: grow\n=======\nwhy: more\n>>>>>>> b\n').replace(/\n/g, '\r\n'),
    { where: G(8, 1), message: 'git conflict marker' }],
];

describe('a broken goal file stops writes, reads and doctor with path:line:col and changes nothing', () => {
  it.each(CASES)('%s', (_name, content, want) => {
    refusedEverywhere(GOAL, content, want);
  });

  it('nothing a tag names is executed', () => {
    const j = journalWith(GOAL, GOOD.replace('why: grow', 'why: !!js/function "function () { require(\'fs\').writeFileSync(\'/tmp/career-pwned\', \'x\') }"'));
    const cwd = tempDir();
    for (const args of [['goal', 'list'], ['goal', 'progress', ID, '1'], ['doctor']]) career(args, j.env, { cwd });
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.readdirSync(j.dir).filter((f) => /pwned/.test(f))).toEqual([]);
  });
});

describe('an alias bomb fails fast with bounded memory', () => {
  const want = { where: G(3, 9), message: /cannot read: .*alias/i };

  it('every command refuses it in under 2 s', () => {
    const j = journalWith(GOAL, bomb);
    for (const args of [WRITES[0]!, WRITES[1]!, ['goal', 'list'], ['report'], ['doctor']]) {
      const t = Date.now();
      refuses(j, args, want);
      expect(Date.now() - t, args.join(' ')).toBeLessThan(2_000);
    }
  });

  it('within a 64 MB heap, and under 150 MB of memory in all', () => {
    const j = journalWith(GOAL, bomb);
    refuses(j, ['report'], want, { NODE_OPTIONS: '--max-old-space-size=64' });
    if (!fs.existsSync('/usr/bin/time')) return;
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, 'goal', 'progress', ID, '2'], { env: j.env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(150 * 1024);
  });
});

describe('a broken journal day or profile is refused the same way', () => {
  const D = (line: number, col: number) => `${DAY}:${line}:${col}`;
  const DAY_TEXT = 'version: 1\ndate: "2026-11-20"\nentries:\n  - kind: note\n    text: Kicked off the pilot\n';
  it.each([
    ['a wrong entry kind', DAY_TEXT.replace('kind: note', 'kind: rant'), { where: D(4, 11), message: 'entries[0].kind: must be one of' }],
    ['tab indentation', DAY_TEXT.replace('    text:', '\ttext:'), { where: D(5, 1), message: 'tab used for indentation' }],
    ['a duplicate key', `${DAY_TEXT}date: "2026-11-21"\n`, { where: D(6, 1), message: 'duplicate key "date"' }],
    ['a date that disagrees with the file name', DAY_TEXT.replace('2026-11-20', '2026-11-21'), { where: D(2, 7), message: 'date: is "2026-11-21" but the file name says 2026-11-20' }],
    ['conflict markers', DAY_TEXT.replace('entries:\n', '<<<<<<< ours\nentries:\n>>>>>>> theirs\n'), { where: D(3, 1), message: 'git conflict marker' }],
    ['invalid UTF-8', Buffer.concat([Buffer.from(DAY_TEXT), Buffer.from('  - text: caf'), Buffer.from([0xe9]), Buffer.from('\n')]), { where: D(6, 14), message: 'invalid UTF-8 byte 0xe9' }],
  ] as [string, string | Uint8Array, Expect][])('%s', (_name, content, want) => {
    refusedEverywhere(DAY, content, want);
  });

  it('a wrong value in career.yaml stops every command', () => {
    const text = fs.readFileSync(path.join(base, 'career.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('checkinDay:')) + 1;
    const j = journalWith('career.yaml', text.replace(/^checkinDay: .*$/m, 'checkinDay: fryday'));
    // `journal add` reads only that day's file (and the goal it names), by design: it is not stopped.
    for (const args of [...WRITES, ...READS, ['doctor']]) {
      refuses(j, args, { where: `career.yaml:${line}:13`, message: 'checkinDay: must be one of monday' });
    }
  });
});

describe('a file saved with a BOM or CRLF line ends is edited in place and keeps them', () => {
  const HAND = `version: 1
# my own notes on this goal
title: Ship three big features    # the headline
type: other
horizon: short
status: active
created: "2026-11-20"
deadline: "2027-06-30"
why: grow
metric:
  name: features
  start: 0
  target: 3
progressLog: []
`;
  const AFTER_PROGRESS = HAND.replace('progressLog: []\n', 'progressLog:\n  - date: "2026-11-20"\n    value: 2\n    note: halfway\n');
  const AFTER_EDIT = `${AFTER_PROGRESS.replace('why: grow\n', 'why: grow faster\n')}revisions:\n  - date: "2026-11-20"\n    fields:\n      - why\n    reason: ""\n`;

  it.each([
    ['a BOM', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF line ends', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('%s', (_name, as) => {
    const j = journalWith(GOAL, as(HAND));
    const file = path.join(j.dir, GOAL);
    const commits = commitCount(j.dir, j.env);
    for (const args of [...READS.slice(0, 3), ['doctor']]) {
      const r = career(args, j.env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    let r = career(WRITES[0]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(as(AFTER_PROGRESS));
    r = career(WRITES[1]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(as(AFTER_EDIT));
    expect(commitCount(j.dir, j.env)).toBe(commits + 2);
    const show = JSON.parse(career(['goal', 'show', ID, '--json'], j.env).stdout) as { title: string; progressLog: { note: string }[] };
    expect(show.title).toBe('Ship three big features');
    expect(show.progressLog.map((p) => p.note)).toEqual(['halfway']);
    expect(career(['doctor'], j.env).code).toBe(0);
  });

  it('a CRLF journal day with a BOM takes a new entry with only new lines added', () => {
    const day = 'version: 1\r\ndate: "2026-11-20"\r\nentries:\r\n  - kind: note   # first\r\n    text: Kicked off the pilot\r\n';
    const j = journalWith(DAY, `\uFEFF${day}`);
    const r = career(DAY_WRITES[0]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(j.dir, DAY), 'utf8')).toBe(`\uFEFF${day}  - kind: note\r\n    text: Second entry\r\n    tags: []\r\n`);
  });
});
