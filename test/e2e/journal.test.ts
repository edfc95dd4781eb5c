// `career journal add` and `career journal list` on the built CLI, in process (SPEC §3, §5): each
// kind, goals by id or prefix, tags, back-dating, one file per day and one commit per entry, the
// filters and the JSON shape of the listing, and hostile text kept literally but never let loose on
// a terminal. The forced-colour check runs the binary (chalk's colour level is global to a
// process); the binary itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { career as careerBinary, commitCount, gitIn, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career, inProcessFixture } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const CRM = 'roll-out-the-crm-to-8-sales-teams';
const OFFSITE = 'run-the-team-offsite-well';

const lastSubject = (dir: string, env: Env) => gitIn(dir, env, ['log', '-1', '--format=%s']).trim();
const lastFiles = (dir: string, env: Env) => gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').filter(Boolean);
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;

const succeeded = (args: string[], r: RunResult): RunResult => {
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
};
const ok = async (args: string[], env: Env): Promise<RunResult> => succeeded(args, await career(args, env));
/** `ok` on the spawned binary, for the colour check. */
const okBinary = (args: string[], env: Env): RunResult => succeeded(args, careerBinary(args, env));

/** `journal add` that must make exactly one commit, of that day's file only, with `subject`. */
async function add(dir: string, env: Env, args: string[], subject: string, file: string): Promise<RunResult> {
  const before = commitCount(dir, env);
  const r = await ok(['journal', 'add', ...args], env);
  expect(commitCount(dir, env)).toBe(before + 1);
  expect(lastSubject(dir, env)).toBe(subject);
  expect(lastFiles(dir, env)).toEqual([file]);
  expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe('');
  return r;
}

/** Must fail with exit 1 and `message`, leaving the journal byte-identical and uncommitted. */
async function refused(dir: string, env: Env, args: string[], message: string | RegExp): Promise<RunResult> {
  const snap = snapshot(dir);
  const before = commitCount(dir, env);
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(1);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(snapshot(dir)).toEqual(snap);
  expect(commitCount(dir, env)).toBe(before);
  return r;
}

/** A journal (today 2026-11-20, a Friday) with two goals and five entries over four days, built once per file. */
function journal() {
  return inProcessFixture('journal-five-entries', ({ dir, env }) => build(dir, env));
}

async function build(dir: string, env: Env): Promise<void> {
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Run the team offsite well', '--deadline', '2027-03-31'], env);
  await add(dir, env, ['--kind', 'win', '--goal', CRM, '--tag', '#crm', '--tag', 'demo', 'Shipped', 'the', 'pilot'],
    'journal: add win on 2026-11-20', 'journal/2026/2026-11-20.yaml');
  await add(dir, env, ['--kind', 'learning', '--goal', 'roll', '--tag', 'crm', 'Demo first, slides second'],
    'journal: add learning on 2026-11-20', 'journal/2026/2026-11-20.yaml');
  await add(dir, env, ['--kind', 'frustration', '--date', '2026-11-18', 'Staging access took three days'],
    'journal: add frustration on 2026-11-18', 'journal/2026/2026-11-18.yaml');
  await add(dir, env, ['--kind', 'feedback', '--date', '2026-11-02', '--goal', 'run-the', '--tag', '#Demo', 'Dana: clear demo, more time for questions'],
    'journal: add feedback on 2026-11-02', 'journal/2026/2026-11-02.yaml');
  await add(dir, env, ['--date', 'last friday', '--tag', 'reading', 'Read Team Topologies'],
    'journal: add note on 2026-11-13', 'journal/2026/2026-11-13.yaml');
}

describe('career journal add', () => {
  it('adds dated entries of each kind, one file per day and one commit each', async () => {
    const { dir, env } = await journal();
    // Two entries on one day: the same file, in the order they were written.
    const day = readYaml(dir, 'journal/2026/2026-11-20.yaml');
    expect(day).toEqual({
      version: 1,
      date: '2026-11-20',
      entries: [
        { kind: 'win', text: 'Shipped the pilot', goal: CRM, tags: ['crm', 'demo'] },
        { kind: 'learning', text: 'Demo first, slides second', goal: CRM, tags: ['crm'] },
      ],
    });
    const text = fs.readFileSync(path.join(dir, 'journal/2026/2026-11-20.yaml'), 'utf8');
    // The editor's schema line, then `version: 1`, the first key.
    expect(text).toMatch(/^# yaml-language-server: \$schema=[./]+\.career\/schemas\/journal\.schema\.json\nversion: 1\n/);
    expect(text).toContain('date: "2026-11-20"');
    expect(fs.statSync(path.join(dir, 'journal/2026/2026-11-20.yaml')).mode & 0o777).toBe(0o600);
    expect(readYaml(dir, 'journal/2026/2026-11-02.yaml').entries).toEqual([
      { kind: 'feedback', text: 'Dana: clear demo, more time for questions', goal: OFFSITE, tags: ['Demo'] },
    ]);
    // The default kind is a note; "last friday" is a date phrase, resolved against today.
    expect(readYaml(dir, 'journal/2026/2026-11-13.yaml').entries).toEqual([{ kind: 'note', text: 'Read Team Topologies', tags: ['reading'] }]);
    expect((await career(['doctor'], env)).code).toBe(0);
  });

  it('says what it added, with the goal it resolved', async () => {
    const { dir, env } = initJournal();
    await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30'], env);
    const r = await add(dir, env, ['--kind', 'feedback', '--goal', 'roll-out', 'Good demo'], 'journal: add feedback on 2026-11-20', 'journal/2026/2026-11-20.yaml');
    expect(r.stdout).toBe(`Added feedback to 2026-11-20 (${CRM}).\n`);
    const win = await add(dir, env, ['--kind', 'WIN', 'Closed it'], 'journal: add win on 2026-11-20', 'journal/2026/2026-11-20.yaml');
    expect(win.stdout).toBe('Added a win to 2026-11-20.\n');
  });

  it('refuses bad values with exit 1 and changes nothing', async () => {
    const { dir, env } = await journal();
    const unknown = await refused(dir, env, ['journal', 'add', '--goal', 'roll-out-the-crn-to-8-sales-teams', 'x'], '--goal "roll-out-the-crn-to-8-sales-teams": no such goal');
    expect(unknown.stderr).toContain(`did you mean ${CRM}?`);
    // Too short to be a prefix, and ambiguous: both goals start with "r".
    expect((await refused(dir, env, ['journal', 'add', '--goal', 'r', 'x'], '--goal "r": no such goal')).stderr).toContain(`it could be ${CRM}, ${OFFSITE}`);
    await refused(dir, env, ['journal', 'add', '--goal', '../career', 'x'], 'no such goal');
    await refused(dir, env, ['journal', 'add', '--date', '2024-02-30', 'x'], /--date: .*2024-02-30.*no such day/);
    await refused(dir, env, ['journal', 'add', '--date', 'someday', 'x'], '--date');
    await refused(dir, env, ['journal', 'add', '--kind', 'rant', 'x'], '--kind "rant" is not one of note, win, learning, frustration, feedback');
    // No text and no terminal to open the editor on.
    await refused(dir, env, ['journal', 'add', '--kind', 'win'], 'career journal add needs the text of the entry');
    await refused(dir, env, ['journal', 'add', '   '], 'needs the text of the entry');
    // No journal at all.
    const none = path.join(tempDir(), 'nothing-here');
    const r = await career(['journal', 'add', 'x'], testEnv(none));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no journal in ${none}`);
    expect(fs.existsSync(none)).toBe(false);
  });

  it('keeps hostile text literally and never prints a raw escape to the terminal', async () => {
    const { dir, env } = initJournal();
    const cwd = tempDir('career-cwd-');
    const hostile = ['$(touch pwned)', '"; rm -rf ~ #', '\u001b[31mred alert\u001b[0m', '`id` && echo ${HOME}', 'key: value # not yaml', '- not a list'];
    for (const text of hostile) {
      const before = commitCount(dir, env);
      const r = await career(['journal', 'add', '--kind', 'win', '--tag', '\u001b[2Jclear', '--', text], env, { cwd });
      expect(r.code, r.stderr).toBe(0);
      expect(commitCount(dir, env)).toBe(before + 1);
      expect(r.stdout).not.toContain('\u001b');
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(readYaml(dir, 'journal/2026/2026-11-20.yaml').entries.map((e: { text: string }) => e.text)).toEqual(hostile);
    const listed = json(await ok(['journal', 'list', '--json'], env));
    expect(listed.map((e: { text: string }) => e.text)).toEqual([...hostile].reverse());
    expect(listed[0].tags).toEqual(['\u001b[2Jclear']);

    const terminal = await ok(['journal', 'list'], env);
    expect(terminal.stdout).not.toContain('\u001b');
    expect(terminal.stdout).toContain('"; rm -rf ~ #');
    expect(terminal.stdout).toContain('$(touch pwned)');
    expect(terminal.stdout).toMatch(/red alert/);
    // With colour forced on, the only escapes are the tool's own colours, never the entry's.
    // The binary: chalk's colour level is fixed per process, so colour is not checked in process.
    const coloured = okBinary(['journal', 'list', '--kind', 'win', '--search', 'alert'], { ...env, NO_COLOR: '', FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b['); // colour is on
    expect(coloured.stdout).toContain('\\x1b[31mred alert\\x1b[0m'); // the entry's escapes, shown, not obeyed
    expect(coloured.stdout).not.toContain('\u001b[31mred');
    expect(coloured.stdout).not.toContain('\u001b[2J');
    expect((await career(['doctor'], env)).code).toBe(0);
  });
});

describe('career journal list', () => {
  // The listing only reads: one journal serves every test here.
  let shared: { dir: string; env: Env };
  beforeAll(async () => {
    shared = await journal();
  });
  it('lists newest first, by day, in the terminal', async () => {
    const { env } = shared;
    // Wide enough for one line an entry (wrapping at 60 and 80 columns: e2e/wrap.test.ts).
    const r = await ok(['journal', 'list'], { ...env, COLUMNS: '200' });
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.trimEnd());
    expect(lines).toEqual([
      '2026-11-20 Fri',
      expect.stringMatching(/^\s+learning\s+Demo first, slides second #crm → roll-out-the-crm-to-8-sales-teams$/),
      expect.stringMatching(/^\s+win\s+Shipped the pilot #crm #demo → roll-out-the-crm-to-8-sales-teams$/),
      '',
      '2026-11-18 Wed',
      expect.stringMatching(/^\s+frustration\s+Staging access took three days$/),
      '',
      '2026-11-13 Fri',
      expect.stringMatching(/^\s+note\s+Read Team Topologies #reading$/),
      '',
      '2026-11-02 Mon',
      expect.stringMatching(/^\s+feedback\s+Dana: clear demo, more time for questions #Demo → run-the-team-offsite-well$/),
    ]);
    expect((await ok(['journal', 'list', '--kind', 'note', '--since', '2026-11-14'], env)).stdout).toBe('No entries match.\n');
  });

  it('--json gives {date, kind, text, goal, tags} newest first', async () => {
    const { env } = shared;
    const rows = json(await ok(['journal', 'list', '--json'], env));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['date', 'goal', 'kind', 'tags', 'text']);
    expect(rows).toEqual([
      { date: '2026-11-20', kind: 'learning', text: 'Demo first, slides second', goal: CRM, tags: ['crm'] },
      { date: '2026-11-20', kind: 'win', text: 'Shipped the pilot', goal: CRM, tags: ['crm', 'demo'] },
      { date: '2026-11-18', kind: 'frustration', text: 'Staging access took three days', goal: null, tags: [] },
      { date: '2026-11-13', kind: 'note', text: 'Read Team Topologies', goal: null, tags: ['reading'] },
      { date: '2026-11-02', kind: 'feedback', text: 'Dana: clear demo, more time for questions', goal: OFFSITE, tags: ['Demo'] },
    ]);
    expect(json(await ok(['journal', 'list', '--json', '--kind', 'win', '--since', '2026-12-01'], env))).toEqual([]);
  });

  it('filters by --since --until --kind --goal --tag --search and --limit', async () => {
    const { env } = shared;
    const texts = async (args: string[]) => json(await ok(['journal', 'list', '--json', ...args], env)).map((r: { text: string }) => r.text);
    expect(await texts(['--since', '2026-11-02', '--until', '2026-11-18'])).toEqual([
      'Staging access took three days', 'Read Team Topologies', 'Dana: clear demo, more time for questions']);
    expect(await texts(['--since', '2026-11-19'])).toEqual(['Demo first, slides second', 'Shipped the pilot']);
    expect(await texts(['--until', '2026-11-02'])).toEqual(['Dana: clear demo, more time for questions']);
    // A period name: --since takes its first day, --until its last.
    expect(await texts(['--since', '2026-11', '--until', '2026-11'])).toEqual(await texts(['--since', '2026-11-01', '--until', '2026-11-30']));
    expect(await texts(['--since', '2026-W47'])).toEqual(await texts(['--since', '2026-11-16']));
    expect(await texts(['--until', 'last-month'])).toEqual(await texts(['--until', '2026-10-31']));
    expect(await texts(['--kind', 'win'])).toEqual(['Shipped the pilot']);
    expect(await texts(['--kind', 'frustration'])).toEqual(['Staging access took three days']);
    expect(await texts(['--goal', CRM])).toEqual(['Demo first, slides second', 'Shipped the pilot']);
    expect(await texts(['--goal', 'run-the'])).toEqual(['Dana: clear demo, more time for questions']); // a prefix, as for add
    // Tags: without the #, and whatever the case.
    expect(await texts(['--tag', '#demo'])).toEqual(['Shipped the pilot', 'Dana: clear demo, more time for questions']);
    expect(await texts(['--tag', 'CRM'])).toEqual(['Demo first, slides second', 'Shipped the pilot']);
    // Search: case-insensitive, every word, in the text or a tag.
    expect(await texts(['--search', 'DEMO'])).toEqual(['Demo first, slides second', 'Shipped the pilot', 'Dana: clear demo, more time for questions']);
    expect(await texts(['--search', 'team topologies'])).toEqual(['Read Team Topologies']);
    expect(await texts(['--search', 'reading'])).toEqual(['Read Team Topologies']);
    expect(await texts(['--search', 'demo pilot'])).toEqual(['Shipped the pilot']);
    // Together.
    expect(await texts(['--kind', 'learning', '--goal', 'roll', '--tag', 'crm', '--search', 'slides', '--since', '2026-11-20'])).toEqual(['Demo first, slides second']);
    expect(await texts(['-n', '2'])).toEqual(['Demo first, slides second', 'Shipped the pilot']);
    // Date phrases work as for add.
    expect(await texts(['--since', 'last friday', '--until', '2026-11-13'])).toEqual(['Read Team Topologies']);
  });

  it('refuses a bad filter with exit 1', async () => {
    const { dir, env } = shared;
    await refused(dir, env, ['journal', 'list', '--kind', 'rant'], '--kind "rant" is not one of');
    await refused(dir, env, ['journal', 'list', '--since', '2024-02-30'], /--since: .*no such day/);
    await refused(dir, env, ['journal', 'list', '--until', 'whenever'], '--until: ');
    const goal = await refused(dir, env, ['journal', 'list', '--goal', 'roll-out-the-crn-to-8-sales-teams'], 'no such goal');
    expect(goal.stderr).toContain(`did you mean ${CRM}?`);
    await refused(dir, env, ['journal', 'list', '-n', 'zero'], '--limit "zero" is not a positive number');
  });
});
