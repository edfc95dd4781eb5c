// `career review monthly|quarterly|annual` on the built CLI, in process (SPEC §3): the period's
// facts as JSON and as text, answers from --answer saved under reviews/ with one commit, a re-run
// editing the same file, periods and answers checked before anything is shown or written, and the
// journal's own question set replacing the shipped one. The binary itself is exercised by
// cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, initJournal, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const CRM = 'roll-out-the-crm-to-8-sales-teams';
const AWS = 'get-the-aws-solutions-architect-certification';
const PODCAST = 'start-a-podcast-about-platform-work';

const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
const lastSubject = (dir: string, env: Env) => gitIn(dir, env, ['log', '-1', '--format=%s']).trim();
const lastFiles = (dir: string, env: Env) => gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').filter(Boolean);
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** A review that must save `file` in exactly one commit with `subject`. */
async function saves(dir: string, env: Env, args: string[], subject: string, file: string): Promise<RunResult> {
  const before = commitCount(dir, env);
  const r = await ok(['review', ...args], env);
  expect(commitCount(dir, env)).toBe(before + 1);
  expect(lastSubject(dir, env)).toBe(subject);
  expect(lastFiles(dir, env)).toEqual([file]);
  expect(r.stdout).toContain(`Saved ${file}.`);
  return r;
}

/** Must exit with `code` and `message`, leaving the journal byte-identical and uncommitted. */
async function refused(dir: string, env: Env, args: string[], message: string | RegExp, code = 1): Promise<RunResult> {
  const snap = snapshot(dir);
  const before = commitCount(dir, env);
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(code);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(snapshot(dir)).toEqual(snap);
  expect(commitCount(dir, env)).toBe(before);
  return r;
}

/**
 * A journal begun on Thursday 2026-10-01, as of Friday 2026-11-20: in November a goal finished, one
 * dropped, a milestone hit and one missed, check-ins in weeks 45 and 47 (46 missed; 44's was done
 * in October), wins and feedback from check-ins and from the journal.
 */
async function journal() {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2026-10-01' });
  await ok(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft,impact'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '8',
    '--milestone', 'Pilot team live@2026-11-10', '--milestone', 'Half the teams@2026-11-15', '--milestone', 'All teams@2027-03-31'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Get the AWS Solutions Architect certification', '--deadline', '2027-03-31'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Start a podcast about platform work', '--deadline', '2027-06-30'], env);
  await ok(['checkin', '--yes', '--win', 'Kick-off done', '--feedback', 'Sam: good kick-off', '--energy', '3'], at(env, '2026-10-30'));
  await ok(['goal', 'drop', 'start-a', '--reason', 'no time this year'], at(env, '2026-11-05'));
  await ok(['journal', 'add', '--kind', 'win', '--date', '2026-11-05', 'Published the rollout plan'], at(env, '2026-11-05'));
  await ok(['checkin', '--yes', '--win', 'Pilot demo went well', '--feedback', 'Dana: clear demo', '--energy', '4', '--progress', 'roll=1'], at(env, '2026-11-06'));
  await ok(['milestone', 'done', 'roll', 'pilot team live'], at(env, '2026-11-09'));
  await ok(['goal', 'done', 'get-the', '--celebrate', 'dinner', '--next', 'the professional level'], at(env, '2026-11-12'));
  await ok(['journal', 'add', '--kind', 'learning', 'Demo first, slides second'], at(env, '2026-11-18'));
  await ok(['checkin', '--yes', '--win', 'Team 2 onboarded', '--blocker', 'Staging access', '--energy', '2', '--progress', 'roll=2'], at(env, '2026-11-20'));
  await ok(['journal', 'add', '--kind', 'feedback', 'Lee: the runbook helps'], at(env, '2026-11-20'));
  return { dir, env: at(env, '2026-11-20') };
}

describe('career review --facts', () => {
  let shared: { dir: string; env: Env };
  beforeAll(async () => {
    shared = await journal();
  }, 60_000);

  it('--json shows the month\'s facts: goals finished and dropped, milestones, check-ins, wins and feedback', async () => {
    const { dir, env } = shared;
    const snap = snapshot(dir);
    const facts = json(await ok(['review', 'monthly', '--facts', '--json'], env));
    expect(facts).toEqual({
      kind: 'monthly', period: '2026-11', since: '2026-11-01', until: '2026-11-30',
      goalsFinished: [{ id: AWS, title: 'Get the AWS Solutions Architect certification', date: '2026-11-12' }],
      goalsDropped: [{ id: PODCAST, title: 'Start a podcast about platform work', date: '2026-11-05', reason: 'no time this year' }],
      milestonesHit: [{ goal: CRM, id: 'pilot-team-live', title: 'Pilot team live', due: '2026-11-10', completed: '2026-11-09' }],
      milestonesMissed: [{ goal: CRM, id: 'half-the-teams', title: 'Half the teams', due: '2026-11-15' }],
      // Whole weeks of November before this one; week 44's check-in was on 2026-10-30.
      checkins: { done: ['2026-W45', '2026-W47'], missed: ['2026-W46'] },
      wins: [
        { date: '2026-11-20', text: 'Team 2 onboarded', goal: null, source: 'checkin' },
        { date: '2026-11-06', text: 'Pilot demo went well', goal: null, source: 'checkin' },
        { date: '2026-11-05', text: 'Published the rollout plan', goal: null, source: 'journal' },
      ],
      feedback: [
        { date: '2026-11-20', text: 'Lee: the runbook helps', goal: null, source: 'journal' },
        { date: '2026-11-06', text: 'Dana: clear demo', goal: null, source: 'checkin' },
      ],
      learnings: [{ date: '2026-11-18', text: 'Demo first, slides second', goal: null, source: 'journal' }],
      blockers: [{ date: '2026-11-20', text: 'Staging access', goal: null, source: 'checkin' }],
      energy: [{ week: '2026-W45', energy: 4 }, { week: '2026-W47', energy: 2 }],
    });
    // Facts only: nothing is asked, saved or committed.
    expect(snapshot(dir)).toEqual(snap);
  });

  it('shows the same facts as text, and other periods by --period', async () => {
    const { env } = shared;
    // Wide enough for one line a fact (wrapping is tested in e2e/wrap.test.ts).
    const text = (await ok(['review', 'monthly', '--facts'], { ...env, COLUMNS: '200' })).stdout;
    expect(text).toContain('In November 2026: 1 goal finished, 1 dropped, 1 milestone hit, 1 missed, 2 of 3 check-ins (missed 2026-W46), 3 wins, 2 pieces of feedback');
    expect(text).toMatch(/Wins:\n {2}Nov 20 +Team 2 onboarded\n {2}Nov 6 +Pilot demo went well\n {2}Nov 5 +Published the rollout plan\n/);
    expect(text).toContain('Goals dropped:\n  Nov 5  Start a podcast about platform work (start-a-podcast-about-platform-work): no time this year');
    expect(text).toContain('Milestones missed:\n  due Nov 15  Half the teams (roll-out-the-crm-to-8-sales-teams)');

    const october = json(await ok(['review', 'monthly', '--facts', '--json', '--period', '2026-10'], env));
    expect(october.checkins).toEqual({ done: ['2026-W44'], missed: ['2026-W41', '2026-W42', '2026-W43'] });
    expect(october.wins.map((w: { text: string }) => w.text)).toEqual(['Kick-off done']);
    expect(october.goalsFinished).toEqual([]);
    // The period before this one by name, as report --period takes it.
    expect(json(await ok(['review', 'monthly', '--facts', '--json', '--period', 'last-month'], env))).toEqual(october);
    expect(json(await ok(['review', 'annual', '--facts', '--json', '--period', 'last-year'], env))).toMatchObject({ period: '2025', since: '2025-01-01' });

    const q4 = json(await ok(['review', 'quarterly', '--facts', '--json'], env));
    expect(q4).toMatchObject({ period: '2026-Q4', since: '2026-10-01', until: '2026-12-31' });
    expect(q4.checkins.done).toEqual(['2026-W44', '2026-W45', '2026-W47']);
    expect(q4.wins).toHaveLength(4);
    const year = json(await ok(['review', 'annual', '--facts', '--json'], env));
    expect(year).toMatchObject({ period: '2026', since: '2026-01-01', until: '2026-12-31' });
    expect(year.goalsFinished.map((g: { id: string }) => g.id)).toEqual([AWS]);
    // Before the journal began nothing was missed.
    expect(json(await ok(['review', 'annual', '--facts', '--json', '--period', '2025'], env)).checkins).toEqual({ done: [], missed: [] });
  });
});

describe('career review --yes', () => {
  it('saves the monthly review with its answers, commits it, and a re-run edits the same file', async () => {
    const { dir, env } = initJournal();
    const r = await saves(dir, env, ['monthly', '--yes', '--answer', 'progress=Pilot live with 2 of 8 teams',
      '--answer', 'successes=a', '--answer', 'successes=b'], 'review: monthly 2026-11', 'reviews/2026/2026-11.yaml');
    // The facts come first, then the save.
    expect(r.stdout.indexOf('Monthly review: November 2026')).toBe(0);
    expect(r.stdout.indexOf('In November 2026:')).toBeLessThan(r.stdout.indexOf('Saved'));
    const first = {
      version: 1, kind: 'monthly', period: '2026-11', date: '2026-11-20',
      answers: [
        { id: 'progress', question: 'Looking at your goals, how far did you get this month?', answer: 'Pilot live with 2 of 8 teams' },
        { id: 'successes', question: 'What are you proudest of this month?', answer: ['a', 'b'] },
      ],
    };
    expect(readYaml(dir, 'reviews/2026/2026-11.yaml')).toEqual(first);
    const text = fs.readFileSync(path.join(dir, 'reviews/2026/2026-11.yaml'), 'utf8');
    // The editor's schema line, then `version: 1`, the first key.
    expect(text).toMatch(/^# yaml-language-server: \$schema=[./]+\.career\/schemas\/review\.schema\.json\nversion: 1\n/);
    expect(text).toContain('period: "2026-11"');

    // The same answers again: nothing changes, nothing is committed.
    const commits = commitCount(dir, env);
    await ok(['review', 'monthly', '--yes', '--answer', 'progress=Pilot live with 2 of 8 teams', '--answer', 'successes=a', '--answer', 'successes=b'], env);
    expect(commitCount(dir, env)).toBe(commits);

    // A re-run keeps what was said, replaces what is given again, adds what is new.
    await saves(dir, at(env, '2026-11-27'), ['monthly', '--yes', '--answer', 'successes=c', '--answer', 'problems=Staging access'],
      'review: monthly 2026-11', 'reviews/2026/2026-11.yaml');
    expect(readYaml(dir, 'reviews/2026/2026-11.yaml')).toEqual({
      ...first,
      date: '2026-11-27',
      answers: [
        first.answers[0],
        { id: 'successes', question: 'What are you proudest of this month?', answer: ['c'] },
        { id: 'problems', question: 'What problems held you back, and what was behind them?', answer: ['Staging access'] },
      ],
    });
    // An empty answer clears it.
    await saves(dir, env, ['monthly', '--yes', '--answer', 'problems=', '--answer', 'progress='], 'review: monthly 2026-11', 'reviews/2026/2026-11.yaml');
    expect(readYaml(dir, 'reviews/2026/2026-11.yaml').answers.map((a: { id: string }) => a.id)).toEqual(['successes']);
    expect(fs.readdirSync(path.join(dir, 'reviews/2026'))).toEqual(['2026-11.yaml']);
    expect((await career(['doctor'], env)).code).toBe(0);
  });

  it('saves quarterly and annual reviews to 2026-Q4.yaml and 2026-annual.yaml', async () => {
    const { dir, env } = initJournal();
    await saves(dir, env, ['quarterly', '--yes', '--answer', 'stop=Saying yes to every review request', '--answer', 'start=Fortnightly coffee', '--answer', 'start=Reading hour'],
      'review: quarterly 2026-Q4', 'reviews/2026/2026-Q4.yaml');
    expect(readYaml(dir, 'reviews/2026/2026-Q4.yaml')).toEqual({
      version: 1, kind: 'quarterly', period: '2026-Q4', date: '2026-11-20',
      answers: [
        { id: 'stop', question: 'What will you stop doing?', answer: ['Saying yes to every review request'] },
        { id: 'start', question: 'What will you start doing next quarter?', answer: ['Fortnightly coffee', 'Reading hour'] },
      ],
    });
    // The annual review's values are career.yaml's: one commit saves both.
    await ok(['review', 'annual', '--yes', '--answer', 'year-in-review=The year I became a lead', '--answer', 'values=growth', '--answer', 'values=craft'], env);
    expect(lastSubject(dir, env)).toBe('review: annual 2026');
    expect(lastFiles(dir, env).sort()).toEqual(['career.yaml', 'reviews/2026/2026-annual.yaml']);
    expect(readYaml(dir, 'career.yaml').values).toEqual(['growth', 'craft']);
    expect(readYaml(dir, 'reviews/2026/2026-annual.yaml')).toMatchObject({
      version: 1, kind: 'annual', period: '2026',
      answers: [
        { id: 'year-in-review', answer: 'The year I became a lead' },
        { id: 'values', question: 'What are your top 3 career values now? Have they changed?', answer: ['growth', 'craft'] },
      ],
    });
    // The period is normalised; in early January the annual review is last year's.
    await saves(dir, env, ['quarterly', '--yes', '--period', '2026-q3', '--answer', 'continue=Friday check-ins'], 'review: quarterly 2026-Q3', 'reviews/2026/2026-Q3.yaml');
    await saves(dir, at(env, '2027-01-04'), ['annual', '--yes'], 'review: annual 2026', 'reviews/2026/2026-annual.yaml');
    expect(readYaml(dir, 'reviews/2026/2026-annual.yaml')).toMatchObject({ period: '2026', date: '2027-01-04' });
    expect(fs.readdirSync(path.join(dir, 'reviews/2026')).sort()).toEqual(['2026-Q3.yaml', '2026-Q4.yaml', '2026-annual.yaml']);
  });

  it('refuses a wrong period, kind or answer before showing or writing anything', async () => {
    const { dir, env } = initJournal();
    const q4 = await refused(dir, env, ['review', 'monthly', '--period', '2026-Q4', '--yes'], '--period 2026-Q4 is a quarter, but a monthly review needs a month YYYY-MM');
    expect(q4.stderr).toContain('career review quarterly --period 2026-Q4');
    await refused(dir, env, ['review', 'monthly', '--period', '2026-13', '--yes'], '--period "2026-13" is not a month YYYY-MM');
    await refused(dir, env, ['review', 'annual', '--period', '2026-11', '--yes'], 'an annual review needs a year YYYY');
    await refused(dir, env, ['review', 'quarterly', '--period', '2026-Q5', '--yes'], 'is not a quarter YYYY-Qn');
    const weekly = await refused(dir, env, ['review', 'weekly'], 'unknown review "weekly": use monthly, quarterly or annual', 2);
    expect(weekly.stdout).toBe('');
    expect((await refused(dir, env, ['review', 'montly', '--yes'], 'unknown review', 2)).stderr).toContain('did you mean monthly?');
    const nope = await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'nope=x'], '--answer "nope=x" does not name a question of this review');
    expect(nope.stderr).toContain('its ids: progress, successes, problems, adjustments');
    expect(nope.stdout).toBe(''); // not even the facts
    expect((await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'progres=x'], 'does not name a question')).stderr).toContain('did you mean progress?');
    await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'no equals sign'], 'does not name a question');
    await refused(dir, env, ['review', 'monthly', '--answer', 'progress=x'], 'career review monthly needs --yes when it cannot ask (no terminal)');
    await refused(dir, env, ['review', 'monthly', '--unknown-flag'], "unknown option '--unknown-flag'", 2);
    // No journal.
    const none = path.join(tempDir(), 'none');
    const r = await career(['review', 'monthly', '--yes'], testEnv(none));
    expect(r.code).toBe(1);
    expect(fs.existsSync(none)).toBe(false);
  });

  it('asks the journal\'s own monthly questions instead of the shipped ones', async () => {
    const { dir, env } = initJournal();
    fs.mkdirSync(path.join(dir, 'templates', 'reviews'), { recursive: true });
    const rel = 'templates/reviews/monthly.yaml';
    fs.writeFileSync(path.join(dir, rel), [
      'version: 1',
      'title: My month',
      'questions:',
      '  - id: highlight',
      '    kind: text',
      '    ask: The highlight of the month?',
      '  - id: books',
      '    kind: list',
      '    ask: Books you read?',
      '  - id: mood',
      '    kind: scale',
      '    ask: How did the month feel?',
      '  - id: mentor',
      '    kind: confirm',
      '    ask: Did you meet your mentor?',
      '',
    ].join('\n'));
    const r = await saves(dir, env, ['monthly', '--yes', '--answer', 'highlight=The pilot', '--answer', 'books=Team Topologies',
      '--answer', 'books=Staff Engineer', '--answer', 'mood=4', '--answer', 'mentor=y'], 'review: monthly 2026-11', 'reviews/2026/2026-11.yaml');
    expect(r.stdout).toContain('My month: November 2026');
    expect(readYaml(dir, 'reviews/2026/2026-11.yaml').answers).toEqual([
      { id: 'highlight', question: 'The highlight of the month?', answer: 'The pilot' },
      { id: 'books', question: 'Books you read?', answer: ['Team Topologies', 'Staff Engineer'] },
      { id: 'mood', question: 'How did the month feel?', answer: 4 },
      { id: 'mentor', question: 'Did you meet your mentor?', answer: 'yes' },
    ]);
    // The shipped ids are no longer questions of this journal's monthly review.
    expect((await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'progress=x'], 'does not name a question')).stderr)
      .toContain('its ids: highlight, books, mood, mentor');
    await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'mood=high'], '--answer mood="high" must be a number');
    await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'mood=9'], '--answer mood="9" must be a whole number 1-5');
    await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'mentor=perhaps'], '--answer mentor="perhaps" must be yes or no');
    // The other reviews keep the shipped questions.
    await saves(dir, env, ['quarterly', '--yes', '--answer', 'stop=x'], 'review: quarterly 2026-Q4', 'reviews/2026/2026-Q4.yaml');

    // A broken override stops the review with its position, before the facts.
    fs.writeFileSync(path.join(dir, rel), 'version: 1\ntitle: My month\nquestions:\n  - id: highlight\n    kind: essay\n    ask: The highlight?\n');
    const bad = await refused(dir, env, ['review', 'monthly', '--yes'], /^templates\/reviews\/monthly\.yaml:5:11: /m);
    expect(bad.stdout).toBe('');
    fs.writeFileSync(path.join(dir, rel), 'version: 1\ntitle: [My month\n');
    await refused(dir, env, ['review', 'monthly', '--yes', '--answer', 'highlight=x'], /^templates\/reviews\/monthly\.yaml:\d+:\d+: /m);
    // The facts alone need no questions.
    expect((await ok(['review', 'monthly', '--facts'], env)).stdout).toContain('In November 2026:');
  });
});
