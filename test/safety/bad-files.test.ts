// Hand-edited files gone wrong (SPEC §5): a file that fails to parse or validate is never
// rewritten. Every write, read and `doctor` run of the built CLI (in process: the same `main`
// bin/career.js calls; the alias bomb on the real binary, whose heap is bounded) stops with exit 1 and
// `path:line:col: problem`, prints no stack trace, leaves every file byte-identical and makes no
// commit. Files saved with a BOM or CRLF line ends are not errors: they are edited in place and
// keep their conventions, with only the changed lines differing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, career as careerBin, commitCount, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';
import { bomb, CASES, G, GOAL, GOOD, ID, type Expect } from '../helpers/bad-files.js';

const DAY = 'journal/2026/2026-11-20.yaml';
const hasStack = (text: string) => /^\s+at .+:\d+:\d+\)?$/m.test(text) || /node:internal|\.js:\d+:\d+/.test(text);

let base: string;

beforeAll(async () => {
  const j = initJournal();
  base = j.dir;
  const r = await career(['goal', 'add', '--yes', '--title', 'Ship three big features', '--why', 'grow', '--deadline', '2027-06-30',
    '--metric', 'features', '--target', '3'], j.env);
  if (r.code !== 0) throw new Error(r.stderr);
  const day = await career(['journal', 'add', '--date', '2026-11-20', 'Kicked off the pilot'], j.env);
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

type Run = (args: string[], env: NodeJS.ProcessEnv) => Promise<RunResult>;
/** The real binary in a 64 MB heap: only a separate process shows the memory a read needs. */
const small: Run = async (args, env) => careerBin(args, { ...env, NODE_OPTIONS: '--max-old-space-size=64' });


/** Run `args`: exit 1, the problem named, nothing else printed to stdout, nothing changed. */
async function refuses(j: { dir: string; env: NodeJS.ProcessEnv }, args: string[], want: Expect, run: Run = career): Promise<RunResult> {
  const before = snapshot(j.dir);
  const commits = commitCount(j.dir, j.env);
  const r = await run(args, j.env);
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
  return r;
}

// Every command on every case would be hundreds of runs of the CLI. The CLI runs the
// cases below (one of each family of problem): the first through every write and read command
// and doctor, the others through doctor and one write and one read each, in turn; the other
// cases are checked in-process by test/store/big-journal against the readers writes, reads
// and doctor use (the write path's readRecord, the loader cached or not, fast or strict).
const BINARY_CASES = new Set(['a wrong enum value', 'a duplicate key', 'invalid UTF-8', 'a !!js/function tag', '10,000 nested [']);

/**
 * Every command that reads `rel` refuses it. With `turn`, one write and one read (taking
 * turns, so over the cases each command has its go) and doctor: the loader they share is
 * the same, and the first case runs them all.
 */
async function refusedEverywhere(rel: string, content: string | Uint8Array, want: Expect, turn?: number): Promise<void> {
  const j = journalWith(rel, content);
  // journal list does not read goals; goal commands do not read the journal folder.
  const writes = rel === DAY ? DAY_WRITES : WRITES;
  const reads = READS.filter((args) => !(rel === GOAL && args[0] === 'journal') && !(rel === DAY && args[0] === 'goal'));
  const pick = <T>(all: T[]): T[] => (turn === undefined ? all : [all[turn % all.length]!]);
  for (const args of [...pick(writes), ...pick(reads), ['doctor']]) await refuses(j, args, want);
}

describe('a broken goal file stops writes, reads and doctor with path:line:col and changes nothing', () => {
  const cases = CASES.filter(([name]) => BINARY_CASES.has(name));
  it.each(cases.map((c, i) => [...c, i] as const))('%s', async (_name, content, want, i) => {
    await refusedEverywhere(GOAL, content, want, i === 0 ? undefined : i - 1);
  });

  it('nothing a tag names is executed', async () => {
    const j = journalWith(GOAL, GOOD.replace('why: grow', 'why: !!js/function "function () { require(\'fs\').writeFileSync(\'/tmp/career-pwned\', \'x\') }"'));
    const cwd = tempDir();
    for (const args of [['goal', 'list'], ['goal', 'progress', ID, '1'], ['doctor']]) await career(args, j.env, { cwd });
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.readdirSync(j.dir).filter((f) => /pwned/.test(f))).toEqual([]);
  });
});

describe('an alias bomb fails fast with bounded memory', () => {
  const want = { where: G(3, 9), message: /cannot read: .*alias/i };

  // Work is bounded, not timed (a loaded machine makes any time flaky): expanding the bomb
  // would need gigabytes, so refusing it inside a 64 MB heap shows it was never expanded.
  it('every command refuses it without expanding it (a 64 MB heap is enough)', async () => {
    const j = journalWith(GOAL, bomb);
    for (const args of [WRITES[0]!, WRITES[1]!, ['goal', 'list'], ['report'], ['doctor']]) {
      await refuses(j, args, want, small);
    }
  });

  it('within a 64 MB heap, and under 150 MB of memory in all', async () => {
    const j = journalWith(GOAL, bomb);
    await refuses(j, ['report'], want, small);
    if (!fs.existsSync('/usr/bin/time')) return;
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, 'goal', 'progress', ID, '2'], { env: j.env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(150 * 1024);
  });
});

describe('a broken journal day or profile is refused the same way', () => {
  // Tabs and duplicate keys are the parser's, the same in every file: the goal cases cover them.
  const D = (line: number, col: number) => `${DAY}:${line}:${col}`;
  const DAY_TEXT = 'version: 1\ndate: "2026-11-20"\nentries:\n  - kind: note\n    text: Kicked off the pilot\n';
  it.each([
    ['a wrong entry kind', DAY_TEXT.replace('kind: note', 'kind: rant'), { where: D(4, 11), message: 'entries[0].kind: must be one of' }],
    ['a date that disagrees with the file name', DAY_TEXT.replace('2026-11-20', '2026-11-21'), { where: D(2, 7), message: 'date: is "2026-11-21" but the file name says 2026-11-20' }],
    ['conflict markers', DAY_TEXT.replace('entries:\n', '<<<<<<< ours\nentries:\n>>>>>>> theirs\n'), { where: D(3, 1), message: 'git conflict marker' }],
    ['invalid UTF-8', Buffer.concat([Buffer.from(DAY_TEXT), Buffer.from('  - text: caf'), Buffer.from([0xe9]), Buffer.from('\n')]), { where: D(6, 14), message: 'invalid UTF-8 byte 0xe9' }],
  ] as [string, string | Uint8Array, Expect][])('%s', async (_name, content, want) => {
    await refusedEverywhere(DAY, content, want);
  });

  it('a wrong value in career.yaml stops every command', async () => {
    const text = fs.readFileSync(path.join(base, 'career.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('checkinDay:')) + 1;
    const j = journalWith('career.yaml', text.replace(/^checkinDay: .*$/m, 'checkinDay: fryday'));
    // `journal add` reads only that day's file (and the goal it names), by design: it is not stopped.
    for (const args of [...WRITES, ...READS, ['doctor']]) {
      await refuses(j, args, { where: `career.yaml:${line}:13`, message: 'checkinDay: must be one of monday' });
    }
  });
});

describe('a file saved with a BOM or CRLF line ends is edited in place and keeps them', () => {
  // GOOD with the person's own comments, and an empty progress log career will fill.
  const HAND = `${GOOD.replace('title: Ship three big features\n', '# my own notes on this goal\ntitle: Ship three big features    # the headline\n')}progressLog: []\n`;
  const AFTER_PROGRESS = HAND.replace('progressLog: []\n', 'progressLog:\n  - date: "2026-11-20"\n    value: 2\n    note: halfway\n');
  const AFTER_EDIT = `${AFTER_PROGRESS.replace('why: grow\n', 'why: grow faster\n')}revisions:\n  - date: "2026-11-20"\n    fields:\n      - why\n    reason: ""\n`;

  it.each([
    ['a BOM', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF line ends', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('%s', async (_name, as) => {
    const j = journalWith(GOAL, as(HAND));
    const file = path.join(j.dir, GOAL);
    const commits = commitCount(j.dir, j.env);
    const list = await career(READS[0]!, j.env);
    expect(list.code, list.stderr).toBe(0);
    let r = await career(WRITES[0]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(as(AFTER_PROGRESS));
    r = await career(WRITES[1]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(as(AFTER_EDIT));
    expect(commitCount(j.dir, j.env)).toBe(commits + 2);
    const show = JSON.parse((await career(['goal', 'show', ID, '--json'], j.env)).stdout) as { title: string; progressLog: { note: string }[] };
    expect(show.title).toBe('Ship three big features');
    expect(show.progressLog.map((p) => p.note)).toEqual(['halfway']);
    expect((await career(['doctor'], j.env)).code).toBe(0);
  });

  it('a CRLF journal day with a BOM takes a new entry with only new lines added', async () => {
    const day = 'version: 1\r\ndate: "2026-11-20"\r\nentries:\r\n  - kind: note   # first\r\n    text: Kicked off the pilot\r\n';
    const j = journalWith(DAY, `\uFEFF${day}`);
    const r = await career(DAY_WRITES[0]!, j.env);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(j.dir, DAY), 'utf8')).toBe(`\uFEFF${day}  - kind: note\r\n    text: Second entry\r\n    tags: []\r\n`);
  });
});
