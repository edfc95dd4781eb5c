// `career import jrnl|csv` and `career journal add -` (SPEC §3), on the built CLI: a dry run that
// writes nothing, --apply in one commit, a re-import that adds nothing, bad input refused with
// one sentence before anything changes; stdin as the entry's text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { career as spawnCareer, commitCount, gitIn, pilotJournal, ROOT, snapshot, tempDir } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const JRNL = path.join(FIXTURES, 'jrnl-export.json');
const CSV = path.join(FIXTURES, 'entries.csv');
const GOAL = 'ship-the-pilot-to-ten-teams';

type Row = { date: string; kind: string; text: string; goal: string | null; tags: string[] };
const list = async (env: NodeJS.ProcessEnv): Promise<Row[]> => JSON.parse((await career(['journal', 'list', '--json'], env)).stdout) as Row[];

describe('career import jrnl', () => {
  it('dry run, --apply in one commit, and a re-import that adds nothing', async () => {
    const { dir, env } = pilotJournal();
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const dry = await career(['import', 'jrnl', JRNL], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Would add 5 entries on 4 days:\n/);
    expect(dry.stdout).toContain('17:30  win         Pilot team went live. Two weeks early, no incidents. #pilot #starred');
    expect(dry.stdout).toMatch(/Nothing was written\. Run it again with --apply/);
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);

    const applied = await career(['import', 'jrnl', JRNL, '--apply'], env);
    expect(applied).toMatchObject({ code: 0, stdout: 'Added 5 entries on 4 days in one commit.\n' });
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(gitIn(dir, env, ['log', '-1', '--format=%s']).trim()).toBe('journal: import 5 entries on 4 days from jrnl jrnl-export.json');
    expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe('');
    const rows = await list(env);
    expect(rows).toEqual([
      { date: '2026-11-20', kind: 'win', text: 'Second team signed up.', goal: null, tags: [] },
      { date: '2026-11-19', kind: 'feedback', text: 'Dana said the demo was the clearest yet.', goal: null, tags: ['pilot'] },
      { date: '2026-11-17', kind: 'learning', text: 'Learned how the CRM\'s dedupe works.\nIt matches on e-mail first.\nThen on name and company.', goal: null, tags: [] },
      { date: '2026-11-17', kind: 'note', text: 'Staff meeting.', goal: null, tags: [] },
      { date: '2026-11-16', kind: 'win', text: 'Pilot team went live. Two weeks early, no incidents.', goal: null, tags: ['pilot', 'starred'] },
    ]);

    const after = snapshot(dir);
    const again = await career(['import', 'jrnl', JRNL, '--apply'], env);
    expect(again).toMatchObject({ code: 0, stdout: 'Nothing to add: all 5 entries are in the journal already.\n' });
    expect(snapshot(dir)).toEqual(after);
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(await list(env)).toEqual(rows);
    expect((await career(['doctor'], env)).code).toBe(0);
  });

  it('adds only what is new when the file has grown since the last import', async () => {
    const { dir, env } = pilotJournal();
    expect((await career(['import', 'jrnl', JRNL, '--apply'], env)).code).toBe(0);
    const grown = JSON.parse(fs.readFileSync(JRNL, 'utf8')) as { entries: object[] };
    grown.entries.push({ title: 'Third team next week.', body: '', date: '2026-11-20', time: '18:00', tags: [], starred: false });
    const file = path.join(tempDir(), 'grown.json');
    fs.writeFileSync(file, JSON.stringify(grown));
    const r = await career(['import', 'jrnl', file, '--apply'], env);
    expect(r.stdout).toBe('Added 1 entry on 1 day in one commit (5 entries were in the journal already).\n');
    expect((await list(env)).filter((x) => x.date === '2026-11-20').map((x) => x.text)).toEqual(['Third team next week.', 'Second team signed up.']);
    expect(fs.readFileSync(path.join(dir, 'journal/2026/2026-11-20.yaml'), 'utf8').match(/Second team/g)).toHaveLength(1);
  });
});

describe('career import csv', () => {
  it('reads quoted fields, CRLF, goals by prefix and tags; re-import adds nothing', async () => {
    const { dir, env } = pilotJournal();
    expect((await career(['import', 'csv', CSV, '--apply'], env)).stdout).toBe('Added 3 entries on 2 days in one commit.\n');
    expect(await list(env)).toEqual([
      { date: '2026-11-19', kind: 'note', text: 'Plain note without a kind', goal: null, tags: [] },
      { date: '2026-11-18', kind: 'learning', text: 'Sales wants "one pager" summaries', goal: null, tags: ['sales'] },
      { date: '2026-11-18', kind: 'win', text: 'Booked the demo with sales, finally', goal: GOAL, tags: ['pilot', 'demo'] },
    ]);
    const after = snapshot(dir);
    expect((await career(['import', 'csv', CSV, '--apply'], env)).stdout).toMatch(/^Nothing to add/);
    expect(snapshot(dir)).toEqual(after);
  });

  it.each([
    ['an unknown goal', 'date,text,goal\n2026-11-18,Booked it,no-such-goal\n', /^career: bad\.csv:2: goal "no-such-goal": no such goal\n/],
    ['a bad date', 'date,text\n2026-11-18,Fine\n2026-13-01,Not a month\n', /^career: bad\.csv:3: "2026-13-01" is not a date written YYYY-MM-DD\n/],
    ['a bad kind', 'date,kind,text\n2026-11-18,triumph,Shipped\n', /^career: bad\.csv:2: kind "triumph" is not one of note, win, learning, frustration, feedback\n/],
    ['an empty text', 'date,text\n2026-11-18,  \n', /^career: bad\.csv:2: a journal entry needs some text\n/],
    ['an unclosed quote', 'date,text\n2026-11-18,"Shipped\n', /^career: bad\.csv:2: a quoted field is not closed\n/],
    ['an unknown column', 'date,text,mood\n2026-11-18,Shipped,good\n', /^career: bad\.csv:1: unknown column "mood"\n/],
  ])('refuses %s with one sentence, exit 1, nothing changed', async (_name, content, message) => {
    const { dir, env } = pilotJournal();
    const file = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(file, content);
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const r = await career(['import', 'csv', file, '--apply'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
  });
});

describe('career import: bad arguments', () => {
  it('an unknown format is a usage error; a missing or non-jrnl file one sentence', async () => {
    const { env } = pilotJournal();
    const unknown = await career(['import', 'dayone', JRNL], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^career: unknown import format "dayone": use jrnl or csv\n/);
    const missing = await career(['import', 'jrnl', '/nonexistent/x.json'], env);
    expect(missing).toMatchObject({ code: 1, stderr: 'career: cannot read /nonexistent/x.json: no such file\n' });
    const notJrnl = await career(['import', 'jrnl', CSV], env);
    expect(notJrnl.code).toBe(1);
    expect(notJrnl.stderr).toMatch(/^career: entries\.csv is not JSON/);
  });
});

describe('career journal add -', () => {
  it('takes the text from stdin', () => {
    const { env } = pilotJournal();
    const r = spawnCareer(['journal', 'add', '--kind', 'learning', '--tag', 'crm', '-'], env, { input: 'Dedupe matches on e-mail first.\nThen on name.\n' });
    expect(r).toMatchObject({ code: 0, stdout: 'Added a learning to 2026-11-20.\n' });
    const rows = JSON.parse(spawnCareer(['journal', 'list', '--json'], env).stdout) as Row[];
    expect(rows).toEqual([{ date: '2026-11-20', kind: 'learning', text: 'Dedupe matches on e-mail first.\nThen on name.', goal: null, tags: ['crm'] }]);
  });

  it('refuses empty stdin, saving nothing', () => {
    const { dir, env } = pilotJournal();
    const before = snapshot(dir);
    const r = spawnCareer(['journal', 'add', '-'], env, { input: '  \n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^career: career journal add -: nothing came on stdin, so nothing was saved\n/);
    expect(snapshot(dir)).toEqual(before);
  });
});
