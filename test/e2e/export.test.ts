// `career export ics|json|markdown` on the built CLI, in process (SPEC §3): each format to
// stdout and to --out (the same bytes), the JSON round-trips the journal's ids, the calendar's
// uids are stable, an unknown format is a usage error (exit 2), and nothing in the journal
// changes. The binary itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitCount, initJournal, snapshot, tempDir, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

let dir: string;
let env: Env;

beforeAll(async () => {
  ({ dir, env } = initJournal(['--vision', 'Lead an engineering org that ships calmly.', '--skill', 'TypeScript:hard:4',
    '--relationship', 'Dana (manager) => monthly career chat']));
  await ok(['goal', 'add', '--yes', '--title', 'Become an engineering director', '--type', 'position', '--horizon', 'long',
    '--deadline', '2032-01-01', '--why', 'lead at scale, calmly'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--type', 'development', '--horizon', 'short',
    '--deadline', '2027-06-30', '--parent', 'become-an-engineering-director', '--why', 'it is the step to team lead',
    '--metric', 'teams onboarded', '--target', '8',
    '--milestone', 'Pilot live@2027-01-15', '--milestone', 'Half the teams@2027-03-31', '--milestone', 'All teams@2027-06-01',
    '--step', 'Book a demo', '--helper', 'Dana', '--risk', 'budget cut => phase the rollout'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Give a conference talk | #1 in 2027', '--deadline', '2027-05-01',
    '--milestone', 'Submit the CFP; abstract, bio@2027-01-31'], env);
  await ok(['milestone', 'done', 'roll-out-the-crm-to-8-sales-teams', 'pilot-live'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Learn Haskell properly this year', '--deadline', '2027-02-01'], env);
  await ok(['goal', 'drop', 'learn-haskell-properly-this-year', '--reason', 'no time', '--yes'], env);
  await ok(['journal', 'add', '--kind', 'win', 'Shipped the pilot'], env);
});

describe('career export', () => {
  it.each(['ics', 'json', 'markdown', 'html'])('%s: writes the same bytes to stdout and to --out, and changes nothing in the journal', async (format) => {
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const stdout = (await ok(['export', format], env)).stdout;
    expect(stdout.length).toBeGreaterThan(100);
    const out = path.join(tempDir(), `plan.${format}`);
    const r = await ok(['export', format, '--out', out], env);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe(stdout);
    // Re-exporting over an existing file replaces it whole, and leaves no temp file behind.
    fs.writeFileSync(out, 'old content that is longer than nothing');
    await ok(['export', format, '--out', out], env);
    expect(fs.readFileSync(out, 'utf8')).toBe(stdout);
    expect(fs.readdirSync(path.dirname(out))).toEqual([path.basename(out)]);
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('--out relative to the working directory', async () => {
    const cwd = tempDir();
    const r = await career(['export', 'markdown', '--out', 'plan.md'], env, { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'plan.md'), 'utf8')).toBe((await ok(['export', 'markdown'], env)).stdout);
  });

  it('--out keeps an existing file\'s mode and writes through a symbolic link to its file', async () => {
    const folder = tempDir();
    const real = path.join(folder, 'real.ics');
    fs.writeFileSync(real, 'old');
    fs.chmodSync(real, 0o600);
    const link = path.join(folder, 'link.ics');
    fs.symlinkSync(real, link);
    await ok(['export', 'ics', '--out', link], env);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe((await ok(['export', 'ics'], env)).stdout);
    expect(fs.statSync(real).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(folder).sort()).toEqual(['link.ics', 'real.ics']);
  });

  it('--out into a missing folder fails with exit 1 and a sentence', async () => {
    const r = await career(['export', 'json', '--out', path.join(tempDir(), 'no', 'such', 'x.json')], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/folder does not exist/);
  });

  it('json: the whole journal, parseable, with every id round-tripping', async () => {
    const doc = JSON.parse((await ok(['export', 'json'], env)).stdout);
    expect(Object.keys(doc)).toEqual(['version', 'exported', 'profile', 'goals', 'checkins', 'journal', 'reviews']);
    expect(doc.version).toBe(1);
    expect(doc.exported).toBe('2026-11-20');
    expect(doc.profile.name).toBe('Test Person');
    const ids = doc.goals.map((g: { id: string }) => g.id);
    const files = fs.readdirSync(path.join(dir, 'goals')).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(ids).toEqual(files);
    for (const g of doc.goals) {
      expect(g.view.id).toBe(g.id);
      expect(g.view.milestones.map((m: { id: string }) => m.id)).toEqual(g.milestones.map((m: { id: string }) => m.id));
      // Each goal's view is exactly what `goal show --json` says (minus its history).
      const show = JSON.parse((await ok(['goal', 'show', g.id, '--json'], env)).stdout);
      delete show.progressLog;
      delete show.revisions;
      expect(g.view).toEqual(show);
    }
    const crm = doc.goals.find((g: { id: string }) => g.id === 'roll-out-the-crm-to-8-sales-teams');
    expect(crm.parent).toBe('become-an-engineering-director');
    expect(crm.milestones.map((m: { id: string }) => m.id)).toEqual(['pilot-live', 'half-the-teams', 'all-teams']);
    expect(crm.milestones[0].completed).toBe('2026-11-20');
    expect(doc.goals.find((g: { id: string }) => g.id === 'learn-haskell-properly-this-year').status).toBe('dropped');
    expect(doc.journal).toHaveLength(1);
    expect(doc.journal[0].entries[0].text).toBe('Shipped the pilot');
    expect(doc.checkins).toEqual([]);
    expect(doc.reviews).toEqual([]);
  });

  it('ics: open milestones and deadlines of active goals, the weekly check-in, stable uids', async () => {
    const ics = (await ok(['export', 'ics'], env)).stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    const uids = lines.filter((l) => l.startsWith('UID:')).map((l) => l.slice(4)).sort();
    const D = 'test-person-2026-11-20.career'; // whose journal: the profile's name and start day
    expect(uids).toEqual([
      `checkin@${D}`,
      `deadline-become-an-engineering-director@${D}`,
      `deadline-give-a-conference-talk-1-in-2027@${D}`,
      `deadline-roll-out-the-crm-to-8-sales-teams@${D}`,
      `milestone-give-a-conference-talk-1-in-2027.submit-the-cfp-abstract-bio@${D}`,
      `milestone-roll-out-the-crm-to-8-sales-teams.all-teams@${D}`,
      `milestone-roll-out-the-crm-to-8-sales-teams.half-the-teams@${D}`,
    ]);
    expect(lines).toContain('SUMMARY:Milestone: Submit the CFP\\; abstract\\, bio (Give a conference talk | #1 in 2027)');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
    // init ran on Friday 2026-11-20 (CAREER_TODAY): the reminder starts that day.
    expect(lines[lines.indexOf(`UID:checkin@${D}`) + 2]).toBe('DTSTART;VALUE=DATE:20261120');
    // Another day: the same events under the same uids; only the stamp moves.
    const later = (await ok(['export', 'ics'], { ...env, CAREER_TODAY: '2026-12-04' })).stdout;
    expect(later.replace(/DTSTAMP:\d{8}T000000Z/g, '')).toBe(ics.replace(/DTSTAMP:\d{8}T000000Z/g, ''));
  });

  it('markdown: the plan with goals under their parents and the dropped goal at the end', async () => {
    const doc = (await ok(['export', 'markdown'], env)).stdout;
    const heads = doc.split('\n').filter((l) => l.startsWith('#'));
    expect(heads).toEqual([
      '# Career plan: Test Person',
      '## Vision',
      '## Who I am',
      '## Skills',
      '## Relationships',
      '## Goals',
      '### Long-term: Become an engineering director',
      '#### Short-term: Roll out the CRM to 8 sales teams',
      '### Short-term: Give a conference talk \\| \\#1 in 2027',
      '## Dropped',
      '### Learn Haskell properly this year',
    ]);
    expect(doc).toContain('  - [x] Pilot live (due 2027-01-15, done 2026-11-20)');
    expect(doc).toContain('  - [ ] Half the teams (due 2027-03-31)');
    expect(doc).toContain('- **Dana** (manager): monthly career chat');
  });

  it('an unknown format is a usage error (exit 2) naming the three formats', async () => {
    const r = await career(['export', 'xml'], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/ics, json, markdown/);
    expect((await career(['export'], env)).code).toBe(2);
  });

  it('html: --period and --goal give the same page as report --format html with them', async () => {
    const args = ['--period', 'year', '--goal', 'roll-out-the-crm-to-8-sales-teams'];
    const exported = await ok(['export', 'html', ...args], env);
    const reported = await ok(['report', '--format', 'html', ...args], env);
    expect(exported.stdout).toBe(reported.stdout);
    expect(exported.stdout).toContain('Roll out the CRM to 8 sales teams');
    expect(exported.stdout).not.toContain('Give a conference talk');
    expect(exported.stdout).not.toBe((await ok(['export', 'html'], env)).stdout);
  });

  it.each([['ics', '--period', 'year'], ['json', '--goal', 'roll-out-the-crm-to-8-sales-teams']])('%s with %s is a usage error (exit 2), nothing written', async (format, flag, value) => {
    const before = snapshot(dir);
    const out = path.join(tempDir(), 'out.txt');
    const r = await career(['export', format, flag, value, '--out', out], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag} applies to export html only`);
    expect(fs.existsSync(out)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('html with an unknown --goal says so (exit 1)', async () => {
    const r = await career(['export', 'html', '--goal', 'no-such-goal'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('without a journal, says how to start one (exit 1)', async () => {
    const r = await career(['export', 'json'], { ...env, CAREER_HOME: path.join(tempDir(), 'none') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no journal/);
  });
});
