// `career checkin` without a terminal, on the built CLI in process (SPEC §3, §4, §5): --yes
// check-ins across the 2025/2026 week-year boundary and into 2026-W53, the streak and missed
// weeks in --json, the metric values they record (one entry per week, a re-run replaces it),
// milestones, one commit per check-in, every bad flag refused before anything is written, and the
// journal's own question set. The binary itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const CRM = 'roll-out-the-crm-to-8-sales-teams';
const BOOK = 'write-the-platform-handbook';

const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
const lastSubject = (dir: string, env: Env) => gitIn(dir, env, ['log', '-1', '--format=%s']).trim();
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** A check-in that must make exactly one commit with `subject`. */
async function checkin(dir: string, env: Env, args: string[], subject: string): Promise<RunResult> {
  const before = commitCount(dir, env);
  const r = await ok(['checkin', '--yes', ...args], env);
  expect(commitCount(dir, env), `one commit for checkin ${args.join(' ')}`).toBe(before + 1);
  expect(lastSubject(dir, env)).toBe(subject);
  expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe('');
  return r;
}

/** `GGGG-Www` for weeks `from`..`to` of one week-year. */
const weeks = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-W${String(from + i).padStart(2, '0')}`);

/** A journal begun on Monday 2025-12-15 (2025-W51) with a metric goal and a milestone goal. */
async function journal() {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2025-12-15' });
  await ok(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft,impact'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--why', 'the step to team lead',
    '--deadline', '2026-12-31', '--metric', 'teams onboarded', '--unit', 'teams', '--target', '8', '--step', 'Book a demo'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Write the platform handbook', '--why', 'share what works', '--deadline', '2026-09-30',
    '--milestone', 'Outline agreed@2026-01-31', '--milestone', 'First draft@2026-06-30', '--step', 'Collect the runbooks'], env);
  return { dir, env };
}

describe('career checkin --yes', () => {
  it('checks in across the year boundary and into 2026-W53: files, streak, missed weeks, progress', async () => {
    const { dir, env } = await journal();

    await checkin(dir, at(env, '2025-12-19'), ['--progress', `${CRM}=1`, '--win', 'Kick-off went well', '--energy', '3',
      '--focus', 'Book the demo', '--focus', 'Draft the outline'], 'checkin: 2025-W51');
    const w52of2025 = await checkin(dir, at(env, '2025-12-26'), ['--progress', 'roll-out=2', '--focus-done', 'Book the demo', '--status', 'write=at-risk'], 'checkin: 2025-W52');
    // What the person flagged leads the summary; pace alone would have called it all fine.
    expect(w52of2025.stdout).toContain('You flagged: Write the platform handbook (at risk)');
    expect(w52of2025.stdout).not.toContain('Everything is on pace.');
    // Wednesday 2025-12-31 is in ISO week 2026-W01: the file goes under 2026/, dated that day.
    const w01 = await checkin(dir, at(env, '2025-12-31'), ['--progress', `${CRM}=3`, '--learning', 'Demo first', '--energy', '4'], 'checkin: 2026-W01');
    expect(w01.stdout).toContain('Saved checkins/2026/2026-W01.yaml.');
    expect(readYaml(dir, 'checkins/2026/2026-W01.yaml')).toMatchObject({ version: 1, week: '2026-W01', date: '2025-12-31', learnings: ['Demo first'], energy: 4 });
    expect(fs.existsSync(path.join(dir, 'checkins/2025/2025-W51.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'checkins/2025/2025-W52.yaml'))).toBe(true);

    const w02 = await checkin(dir, at(env, '2026-01-09'), ['--json', '--progress', `${CRM}=4`, '--milestone', `${BOOK}=outline agreed`,
      '--blocker', 'Staging access', '--feedback', 'Dana: clear demo'], 'checkin: 2026-W02');
    const saved = json(w02);
    expect(saved.checkin).toEqual({
      version: 1, week: '2026-W02', date: '2026-01-09', focusDone: [],
      goals: [
        { goal: CRM, value: 4, milestones: [] },
        // Last week's status is not copied: a week's status is what the person said that week.
        { goal: BOOK, milestones: ['outline-agreed'] },
      ],
      wins: [], learnings: [], blockers: ['Staging access'], feedback: ['Dana: clear demo'], focus: [], answers: [],
    });
    expect(saved.summary).toMatchObject({ streak: 4, missed: [], overdue: [], overdueMilestones: [] });
    expect(saved.summary.flagged).toEqual([]);
    expect(saved.summary.dueSoon).toEqual([]);

    // The milestone is completed on the check-in's date; the goal's progress counts it.
    const book = json(await ok(['goal', 'show', BOOK, '--json'], at(env, '2026-01-09')));
    expect(book.milestones).toEqual([
      { id: 'outline-agreed', title: 'Outline agreed', due: '2026-01-31', done: true },
      { id: 'first-draft', title: 'First draft', due: '2026-06-30', done: false },
    ]);
    expect(book.progress).toBe(0.5);
    expect(readYaml(dir, `goals/${BOOK}.yaml`).milestones[0].completed).toBe('2026-01-09');

    let crm = json(await ok(['goal', 'show', CRM, '--json'], at(env, '2026-01-09')));
    expect(crm.progressLog).toEqual([
      { date: '2025-12-19', value: 1, week: '2025-W51' },
      { date: '2025-12-26', value: 2, week: '2025-W52' },
      { date: '2025-12-31', value: 3, week: '2026-W01' },
      { date: '2026-01-09', value: 4, week: '2026-W02' },
    ]);
    expect(crm.metric.current).toBe(4);
    expect(crm.progress).toBe(0.5);

    // 2026-W03 is skipped. In W04 the streak starts again and W03 is missed.
    const w04 = json(await checkin(dir, at(env, '2026-01-21'), ['--json'], 'checkin: 2026-W04'));
    expect(w04.summary.streak).toBe(1);
    expect(w04.summary.missed).toEqual(['2026-W03']);
    // The check-in says nothing of the goals: no value, nothing recorded for the week.
    expect(w04.checkin.goals).toEqual([]);

    // A re-run of a past week with a new value replaces that week's entry: one per week.
    await checkin(dir, at(env, '2026-01-21'), ['--week', '2026-W02', '--progress', `${CRM}=5`], 'checkin: 2026-W02 (edited)');
    crm = json(await ok(['goal', 'show', CRM, '--json'], at(env, '2026-01-21')));
    // The edit keeps the day the week was recorded: the value stays where it was in the history.
    expect(crm.progressLog).toEqual([
      { date: '2025-12-19', value: 1, week: '2025-W51' },
      { date: '2025-12-26', value: 2, week: '2025-W52' },
      { date: '2025-12-31', value: 3, week: '2026-W01' },
      { date: '2026-01-09', value: 5, week: '2026-W02' },
    ]);
    expect(crm.metric.current).toBe(5);
    // The rest of the week's answers were kept.
    expect(readYaml(dir, 'checkins/2026/2026-W02.yaml')).toMatchObject({
      date: '2026-01-09', blockers: ['Staging access'], feedback: ['Dana: clear demo'], goals: [{ goal: CRM, value: 5 }, { goal: BOOK, milestones: ['outline-agreed'] }],
    });

    // Back-filling the missed week (dated its Sunday) mends the streak.
    const w03 = json(await checkin(dir, at(env, '2026-01-21'), ['--json', '--week', '2026-W03'], 'checkin: 2026-W03'));
    expect(w03.checkin.date).toBe('2026-01-18');
    expect(w03.summary).toMatchObject({ streak: 6, missed: [] });

    // Friday 2027-01-01 is in 2026-W53 (a 53-week year): its file is 2026's.
    const w53 = json(await checkin(dir, at(env, '2027-01-01'), ['--json', '--energy', '2'], 'checkin: 2026-W53'));
    expect(w53.checkin).toMatchObject({ week: '2026-W53', date: '2027-01-01', energy: 2 });
    expect(fs.existsSync(path.join(dir, 'checkins/2026/2026-W53.yaml'))).toBe(true);
    expect(w53.summary.streak).toBe(1);
    expect(w53.summary.missed).toEqual(weeks(2026, 5, 52));
    // Both deadlines have passed with neither goal reached, the earlier first.
    expect(w53.summary.overdue).toEqual([
      { id: BOOK, title: 'Write the platform handbook', deadline: '2026-09-30' },
      { id: CRM, title: 'Roll out the CRM to 8 sales teams', deadline: '2026-12-31' },
    ]);
    expect(w53.summary.overdueMilestones).toEqual([
      { goal: BOOK, goalTitle: 'Write the platform handbook', milestone: 'first-draft', title: 'First draft', due: '2026-06-30' },
    ]);

    // The next Wednesday (2027-W01, no check-in yet): back-fill 2026-W52; the streak ends at last week.
    const w52 = await checkin(dir, at(env, '2027-01-06'), ['--week', '2026-W52'], 'checkin: 2026-W52');
    expect(w52.stdout).toContain('Saved checkins/2026/2026-W52.yaml.');
    expect(w52.stdout).toContain('Streak: 2 weeks');
    // Wrapped at 80 columns (piped), under the text after the label.
    expect(w52.stdout).toContain('Missed: 47 weeks, latest 2026-W47, 2026-W48, 2026-W49, 2026-W50, 2026-W51 —\n        back-fill with career checkin --week 2026-W51');
    expect(w52.stdout).toContain('Overdue:\n  Write the platform handbook (deadline 2026-09-30)\n  Roll out the CRM to 8 sales teams (deadline 2026-12-31)\n');
    const summary = json(await ok(['checkin', '--yes', '--json', '--week', '2026-W52'], at(env, '2027-01-06'))).summary;
    expect(summary.streak).toBe(2);
    expect(summary.missed).toEqual(weeks(2026, 5, 51));

    // Every file is valid; each check-in was its own commit.
    expect((await career(['doctor'], at(env, '2027-01-06'))).code).toBe(0);
    const log = gitIn(dir, env, ['log', '--format=%s']).trim().split('\n').filter((s) => s.startsWith('checkin:'));
    expect(log.reverse()).toEqual([
      'checkin: 2025-W51', 'checkin: 2025-W52', 'checkin: 2026-W01', 'checkin: 2026-W02', 'checkin: 2026-W04',
      'checkin: 2026-W02 (edited)', 'checkin: 2026-W03', 'checkin: 2026-W53', 'checkin: 2026-W52',
    ]);
  }, 120_000);

  it('a re-run with the same flags changes nothing, makes no commit and says so; list flags add, others are kept', async () => {
    const { dir, env } = initJournal();
    await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '8'], env);
    const args = ['--progress', 'roll=2', '--win', 'Pilot live', '--win', 'Demo done', '--energy', '4'];
    await checkin(dir, env, args, 'checkin: 2026-W47');
    const before = commitCount(dir, env);
    const snap = snapshot(dir);
    const again = await ok(['checkin', '--yes', ...args], env);
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(before);
    // It says so, rather than "Saved" for a file it did not touch.
    expect(again.stdout).toContain('Nothing to save: checkins/2026/2026-W47.yaml already holds these answers.');
    expect(again.stdout).not.toContain('Saved');

    await checkin(dir, env, ['--win', 'One more', '--note', `${CRM}=EMEA next`], 'checkin: 2026-W47 (edited)');
    expect(readYaml(dir, 'checkins/2026/2026-W47.yaml')).toMatchObject({
      wins: ['Pilot live', 'Demo done', 'One more'], energy: 4, goals: [{ goal: CRM, value: 2, milestones: [], note: 'EMEA next' }],
    });
    expect(readYaml(dir, `goals/${CRM}.yaml`).progressLog).toEqual([{ date: '2026-11-20', value: 2, week: '2026-W47' }]);
  });

  it('a re-run that only writes a goal names the goal, not the week\'s file it left alone', async () => {
    const { dir, env } = initJournal();
    await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '8'], env);
    await checkin(dir, env, ['--progress', 'roll=2'], 'checkin: 2026-W47');
    await ok(['goal', 'progress', CRM, '3'], env);
    const week = fs.readFileSync(path.join(dir, 'checkins/2026/2026-W47.yaml'), 'utf8');
    // The week already says 2; the goal's value for today is 3 again: only the goal changes.
    const again = await checkin(dir, env, ['--progress', 'roll=2'], 'checkin: 2026-W47 (edited)');
    expect(fs.readFileSync(path.join(dir, 'checkins/2026/2026-W47.yaml'), 'utf8')).toBe(week);
    expect(again.stdout).toContain(`Saved goals/${CRM}.yaml (checkins/2026/2026-W47.yaml already held these answers).`);
  });

  it('refuses every bad value with exit 1, naming the flag, before anything is written', async () => {
    const { dir, env } = initJournal();
    await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '8',
      '--milestone', 'Pilot live@2027-01-31'], env);
    await ok(['goal', 'add', '--yes', '--title', 'Finish the AWS course', '--deadline', '2027-03-31'], env);
    await ok(['goal', 'done', 'finish-the-aws-course', '--yes'], env);
    const snap = snapshot(dir);
    const commits = commitCount(dir, env);
    const cases: [string[], RegExp][] = [
      [['--energy', '9'], /--energy "9" must be a whole number 1-5/],
      [['--energy', 'high'], /--energy/],
      [['--status', `${CRM}=bogus`], /--status "bogus" is not one of on-track, at-risk, off-track, blocked/],
      [['--status', 'x=on-track'], /--status: no goal "x"/],
      [['--status', 'bogus'], /--status "bogus" is not GOAL=VALUE/],
      [['--progress', 'nope=3'], /--progress: no goal "nope"/],
      [['--progress', `${CRM}=abc`], /--progress "abc" is not a number/],
      [['--progress', `${CRM}=`], /--progress "" is not a number/],
      [['--progress', 'finish-the-aws-course=3'], /goal finish-the-aws-course is done; a check-in covers active goals/],
      [['--milestone', `${CRM}=nope`], /--milestone: goal roll-out-the-crm-to-8-sales-teams has no milestone "nope"/],
      [['--focus', 'a', '--focus', 'b', '--focus', 'c', '--focus', 'd'], /--focus: at most 3 focus items/],
      [['--week', '2025-W53'], /--week: not a valid week: "2025-W53" \(ISO week-year 2025 has weeks 01 to 52\)/],
      [['--week', '2026-W7'], /--week: not a valid week/],
      [['--week', '2026-W48'], /cannot check in for 2026-W48: it has not started yet/],
    ];
    for (const [args, message] of cases) {
      const r = await career(['checkin', '--yes', ...args], env);
      expect(r.code, `checkin ${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe('');
    }
    // The future week's hint names the flag to use.
    expect((await career(['checkin', '--yes', '--week', '2027-W01'], env)).stderr).toContain('this week is 2026-W47; use --week with this or an earlier week');
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);

    // No terminal and no --yes: it cannot ask, and says which flag it needs.
    const r = await career(['checkin', '--win', 'x'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('career checkin needs --yes when it cannot ask (no terminal)');
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('a broken check-in template in the journal stops it with templates/checkin.yaml:LINE:COL, writing nothing', async () => {
    const { dir, env } = initJournal();
    fs.mkdirSync(path.join(dir, 'templates'));
    const file = path.join(dir, 'templates', 'checkin.yaml');
    const broken: [string, RegExp][] = [
      // An unknown key, with its position.
      ['version: 1\ntitle: Mine\nquestions:\n  - id: wins\n    kind: list\n    ask: Wins?\n    colour: red\n',
        /^templates\/checkin\.yaml:7:5: unknown key "colour"/m],
      // YAML that does not parse.
      ['version: 1\ntitle: Mine\nquestions:\n  - id: wins\n    kind: list\n    ask: [Wins?\n',
        /^templates\/checkin\.yaml:\d+:\d+: /m],
      // A reserved id asked with the wrong kind: wins are a list.
      ['version: 1\ntitle: Mine\nquestions:\n  - id: wins\n    kind: text\n    ask: Wins?\n',
        /^templates\/checkin\.yaml:5:11: .*must be list/m],
      // A focus list longer than a check-in keeps.
      ['version: 1\ntitle: Mine\nquestions:\n  - id: focus\n    kind: list\n    max: 5\n    ask: Focus?\n',
        /^templates\/checkin\.yaml:6:10: .*at most 3/m],
    ];
    for (const [text, message] of broken) {
      fs.writeFileSync(file, text);
      const snap = snapshot(dir);
      const commits = commitCount(dir, env);
      const r = await career(['checkin', '--yes', '--win', 'x'], env);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(snapshot(dir)).toEqual(snap);
      expect(commitCount(dir, env)).toBe(commits);
      expect(fs.existsSync(path.join(dir, 'checkins'))).toBe(false);
    }
  });

  it('with --yes a journal\'s own (valid) check-in template is read, and the saved answers stay the start', async () => {
    const { dir, env } = initJournal();
    // A first check-in with the shipped questions (feedback among them).
    await checkin(dir, env, ['--win', 'Demo', '--feedback', 'Dana: clear'], 'checkin: 2026-W47');
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(path.join(dir, 'templates', 'checkin.yaml'),
      'version: 1\ntitle: Mine\nquestions:\n  - id: wins\n    kind: list\n    ask: Wins?\n  - id: reading\n    kind: text\n    ask: Reading?\n');
    // With --yes the user's set is read (and must be valid); the saved answers are the start.
    await ok(['checkin', '--yes', '--win', 'Demo', '--win', 'Runbook'], env);
    expect(lastSubject(dir, env)).toBe('checkin: 2026-W47 (edited)');
    // The person's own template is theirs to commit: the tool stages only what it wrote.
    expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe('?? templates/');
    expect(readYaml(dir, 'checkins/2026/2026-W47.yaml')).toMatchObject({ wins: ['Demo', 'Runbook'], feedback: ['Dana: clear'] });
  });
});
