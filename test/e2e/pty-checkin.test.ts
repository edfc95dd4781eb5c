// `career checkin` through a REAL pseudo-terminal: tmux runs the built binary and the test answers
// every prompt like a person would (a checkbox, a number, a select, text, lists, the energy scale),
// then checks the screen, the check-in file, the goal's progress log and the commit. A second run
// in the same week shows every answer pre-filled; Enter through all of them keeps them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, career, commitCount, gitIn, initJournal, snapshot, tempDir, testEnv } from '../helpers/env.js';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) console.warn('pty-checkin: skipped because tmux is not installed (apt-get install tmux)');

type Env = NodeJS.ProcessEnv;

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const GOAL = 'roll-out-the-crm-to-8-sales-teams';
const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });
const lastSubject = (dir: string, env: Env) => gitIn(dir, env, ['log', '-1', '--format=%s']).trim();
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));

function ok(args: string[], env: Env): void {
  const r = career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
}

/**
 * A journal begun on Monday 2026-10-26 (2026-W44) with one metric goal that has a milestone, and
 * that week's check-in (two focus items) done with --yes: so 2026-W47 has last week's focus to
 * ask about, 2026-W45 and W46 were missed, and W47 is the first check-in of November.
 */
function journal() {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: '2026-10-26' });
  ok(['init', '--yes', '--name', 'Test Person', '--values', 'growth,craft,impact'], env);
  ok(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--why', 'the step to team lead',
    '--deadline', '2027-06-30', '--metric', 'teams onboarded', '--unit', 'teams', '--start', '0', '--target', '8',
    '--milestone', 'Pilot team live@2026-12-15', '--step', 'Book a demo with sales'], env);
  ok(['checkin', '--yes', '--progress', `${GOAL}=1`, '--focus', 'Book the demo', '--focus', 'Write the rollout plan', '--energy', '3'], at(env, '2026-10-30'));
  return { dir, env: at(env, '2026-11-20') };
}

function session(env: Env, args: string[] = []): TmuxSession {
  const t = new TmuxSession(env);
  sessions.push(t);
  t.start([process.execPath, BIN, 'checkin', ...args]);
  return t;
}

/** Wait for the prompt (a new occurrence of its text), then type the answer and Enter. */
async function ask(t: TmuxSession, prompt: string, answer: string): Promise<void> {
  await t.expectNew(prompt);
  t.answer(answer);
}

/** Move a select's or checkbox's cursor with `keys`, wait until `line` shows it under the cursor. */
async function cursorTo(t: TmuxSession, keys: string[], label: string): Promise<void> {
  if (keys.length) t.keys(...keys);
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await t.waitUntil((p) => new RegExp(`[❯>]\\s*(?:[◉◯]\\s*)?${escaped}`).test(p), `the cursor on "${label}"`);
}

const WINS = 'What went well this week?';
const LEARNINGS = 'What did you learn';
const BLOCKERS = 'What frustrated you';
const FEEDBACK = 'What feedback did you receive';
const ENERGY = 'How was your energy this week?';
const FOCUS = 'What are your top 3 priorities for next week?';
const ANOTHER = 'Another (Enter to finish)';

const SAVED = {
  version: 1,
  week: '2026-W47',
  date: '2026-11-20',
  focusDone: ['Book the demo'],
  goals: [{ goal: GOAL, value: 3, milestones: ['pilot-team-live'], status: 'at-risk', note: 'sales asked for one more week' }],
  wins: ['Pilot demo went well', 'Closed the import bug'],
  learnings: ['Demo first, slides second'],
  blockers: ['Waited three days for staging'],
  feedback: ['Dana: clear demo'],
  energy: 4,
  focus: ['Onboard team 4', 'Write the runbook', '1:1 with Sam'],
  answers: [],
};

describe.skipIf(!HAVE_TMUX)('career checkin in a real terminal (tmux)', () => {
  it('asks every question, saves the week, records the metric, commits; a re-run is pre-filled and edits it', async () => {
    const { dir, env } = journal();
    const before = commitCount(dir, env);
    const t = session(env);

    await t.waitFor('Your check-in for 2026-W47 (2026-11-16 to 2026-11-22).');
    await t.expectNew("Last week's focus: which did you finish?");
    expect(t.capture()).toContain('Write the rollout plan');
    await cursorTo(t, [], 'Book the demo');
    t.keys('Space');
    await t.waitUntil((p) => /◉\s*Book the demo/.test(p), 'Book the demo ticked');
    t.keys('Enter');

    await t.waitFor('Roll out the CRM to 8 sales teams  (13%, ');
    await t.expectNew('teams onboarded (teams) now? target 8');
    t.answer('3');
    await t.expectNew('Milestones completed this week');
    await cursorTo(t, [], 'Pilot team live (due 2026-12-15)');
    t.keys('Space');
    await t.waitUntil((p) => /◉\s*Pilot team live/.test(p), 'the milestone ticked');
    t.keys('Enter');
    // Its open steps (issue 15.1): the one ticked is saved done, as a revision.
    await t.expectNew('Which steps did you finish this week?');
    await cursorTo(t, [], 'Book a demo with sales');
    t.keys('Space');
    await t.waitUntil((p) => /◉\s*Book a demo with sales/.test(p), 'the step ticked');
    t.keys('Enter');
    await t.expectNew('How is it going?');
    await cursorTo(t, [], 'skip: no answer this week'); // no status is assumed
    await cursorTo(t, ['Down', 'Down'], 'at risk: it could slip');
    t.keys('Enter');
    await ask(t, 'A short note (optional)', 'sales asked for one more week');

    await t.waitFor('Weekly check-in');
    await ask(t, WINS, 'Pilot demo went well');
    await ask(t, ANOTHER, 'Closed the import bug');
    await ask(t, ANOTHER, '');
    await ask(t, LEARNINGS, 'Demo first, slides second');
    await ask(t, ANOTHER, '');
    await ask(t, BLOCKERS, 'Waited three days for staging');
    await ask(t, ANOTHER, '');
    await ask(t, FEEDBACK, 'Dana: clear demo');
    await ask(t, ANOTHER, '');
    await t.expectNew(ENERGY);
    await cursorTo(t, [], 'skip (no answer)'); // no energy is invented
    await cursorTo(t, ['Down', 'Down', 'Down', 'Down'], '4');
    t.keys('Enter');
    await ask(t, FOCUS, 'Onboard team 4');
    await ask(t, 'Another (Enter to finish, 2 more at most)', 'Write the runbook');
    await ask(t, 'Another (Enter to finish, 1 more at most)', '1:1 with Sam');

    // The check-in is saved (and committed) before anything else is offered.
    await t.waitFor('Saved checkins/2026/2026-W47.yaml');
    await ask(t, 'First check-in of a new month. Review 2026-10 now?', 'n');
    await ask(t, 'Back-fill 2026-W46 now?', 'n');
    expect(await t.waitExit()).toBe(0);
    const pane = t.capture();
    expect(pane).toContain('Streak: 1 week');
    expect(pane).toContain('Missed: 2026-W45, 2026-W46');

    expect(readYaml(dir, 'checkins/2026/2026-W47.yaml')).toEqual(SAVED);
    const goal = readYaml(dir, `goals/${GOAL}.yaml`);
    expect(goal.progressLog).toEqual([
      { date: '2026-10-30', value: 1, week: '2026-W44' },
      { date: '2026-11-20', value: 3, week: '2026-W47' },
    ]);
    expect(goal.milestones[0]).toMatchObject({ id: 'pilot-team-live', completed: '2026-11-20' });
    expect(goal.steps).toEqual([{ text: 'Book a demo with sales', done: true }]);
    expect(goal.revisions.at(-1)).toEqual({ date: '2026-11-20', fields: ['steps[1].done'], reason: 'done in the 2026-W47 check-in' });
    expect(commitCount(dir, env)).toBe(before + 1);
    expect(lastSubject(dir, env)).toBe('checkin: 2026-W47');
    expect(gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort())
      .toEqual(['checkins/2026/2026-W47.yaml', `goals/${GOAL}.yaml`]);
    expect(gitIn(dir, env, ['status', '--porcelain']).trim()).toBe('');

    // The next day, same week: every answer is offered again; Enter everywhere keeps them.
    const next = at(env, '2026-11-21');
    const r = session(next);
    await r.waitFor('Editing your check-in for 2026-W47 (2026-11-16 to 2026-11-22); your answers are filled in.');
    await r.expectNew("Last week's focus: which did you finish?");
    await r.waitUntil((p) => /◉\s*Book the demo/.test(p) && /◯\s*Write the rollout plan/.test(p), 'last time\'s ticks');
    r.keys('Enter');
    await r.expectNew('teams onboarded (teams) now? target 8');
    await r.waitUntil((p) => p.includes('now? target 8 (3)'), 'the value as of the week\'s end as the default');
    r.keys('Enter');
    await r.expectNew('Milestones completed this week');
    await r.waitUntil((p) => /◉\s*Pilot team live/.test(p), 'the saved milestone ticked');
    r.keys('Enter');
    await r.expectNew('How is it going?');
    await cursorTo(r, [], 'at risk: it could slip');
    r.keys('Enter');
    await r.expectNew('A short note (optional)');
    await r.waitUntil((p) => p.includes('sales asked for one more week'), 'the saved note');
    r.keys('Enter');
    for (const q of [WINS, LEARNINGS, BLOCKERS, FEEDBACK]) {
      await r.expectNew(`${q}`);
      await r.waitUntil((p) => p.includes('Keep these?'), `${q} Keep these?`);
      r.keys('Enter');
      await ask(r, ANOTHER, '');
    }
    await r.expectNew(ENERGY);
    await cursorTo(r, [], '4');
    r.keys('Enter');
    await r.expectNew(FOCUS);
    await r.waitUntil((p) => /◉\s*1:1 with Sam/.test(p), 'the saved focus items');
    r.keys('Enter');
    await r.waitFor('Saved checkins/2026/2026-W47.yaml');
    // The month's review is still not written: it is offered again; so is the missed week.
    await ask(r, 'First check-in of a new month. Review 2026-10 now?', 'n');
    await ask(r, 'Back-fill 2026-W46 now?', 'n');
    expect(await r.waitExit()).toBe(0);

    expect(readYaml(dir, 'checkins/2026/2026-W47.yaml')).toEqual({ ...SAVED, date: '2026-11-21' });
    const edited = readYaml(dir, `goals/${GOAL}.yaml`);
    // Enter kept the week's value: nothing new is recorded, the entry stays where it was.
    expect(edited.progressLog).toEqual([
      { date: '2026-10-30', value: 1, week: '2026-W44' },
      { date: '2026-11-20', value: 3, week: '2026-W47' },
    ]);
    expect(edited.milestones[0].completed).toBe('2026-11-20'); // completed once, on its first day
    expect(commitCount(dir, env)).toBe(before + 2);
    expect(lastSubject(dir, env)).toBe('checkin: 2026-W47 (edited)');
    expect(career(['doctor'], next).code).toBe(0);
  }, 120_000);

  it('shows what is overdue before the questions (and nothing else of the summary); Ctrl-C saves nothing', async () => {
    const dir = path.join(tempDir(), 'journal');
    const env = testEnv(dir, { CAREER_TODAY: '2026-10-26' });
    ok(['init', '--yes', '--name', 'Test Person'], env);
    // Two goals behind pace by 2026-11-20 (nothing done, a third of the time gone) and one overdue.
    for (const title of ['Write the platform handbook', 'Run the team offsite well']) {
      ok(['goal', 'add', '--yes', '--title', title, '--deadline', '2026-12-31'], env);
    }
    ok(['goal', 'add', '--yes', '--title', 'Renew the AWS certification', '--deadline', '2026-11-15',
      '--milestone', 'Book the exam@2026-11-01'], env);
    const snap = snapshot(dir);
    const t = session(at(env, '2026-11-20'));
    await t.expectNew('Milestones completed this week'); // the first goal's first question
    const pane = t.capture();
    expect(pane).toContain('Overdue: Renew the AWS certification (deadline 2026-11-15)');
    expect(pane).toContain('Overdue milestones: 2026-11-01 Book the exam (renew-the-aws-certification)');
    // The rest of the summary comes after the check-in, not as headless lines before it.
    expect(pane).not.toContain('expected)');
    expect(pane).not.toContain('Streak');
    t.keys('C-c');
    expect(await t.waitExit()).toBe(130);
    expect(t.capture()).toContain('Cancelled. Nothing was saved.');
    expect(snapshot(dir)).toEqual(snap);
  }, 60_000);

  it('shows escapes in goal titles, metric names, milestones and focus items as text, never obeys them', async () => {
    const { dir, env } = initJournal();
    const red = '\u001b[31m';
    ok(['goal', 'add', '--yes', '--title', `Ship ${red}the big launch`, '--deadline', '2027-06-30',
      '--metric', `users ${red}signed up`, '--target', '100', '--milestone', `Beta ${red}open@2027-01-31`], env);
    ok(['checkin', '--yes', '--week', '2026-W46', '--focus', `Call ${red}Sam`], env);
    const t = session(env);
    await t.expectNew("Last week's focus: which did you finish?");
    await t.waitFor('Call \\x1b[31mSam');
    t.keys('Enter');
    await t.expectNew('now? target 100');
    t.keys('Enter');
    await t.expectNew('Milestones completed this week');
    const pane = t.capture();
    expect(pane).toContain('Ship \\x1b[31mthe big launch');
    expect(pane).toContain('users \\x1b[31msigned up now? target 100');
    expect(pane).toContain('Beta \\x1b[31mopen (due 2027-01-31)');
    t.keys('C-c');
    expect(await t.waitExit()).toBe(130);
    expect(fs.existsSync(path.join(dir, 'checkins/2026/2026-W47.yaml'))).toBe(false);
  }, 60_000);

  it('asks the journal\'s own check-in questions: a custom one is kept under answers, a dropped one is not asked', async () => {
    const { dir, env } = initJournal();
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(path.join(dir, 'templates', 'checkin.yaml'), [
      'version: 1',
      'title: My Friday check-in',
      'questions:',
      '  - id: wins',
      '    kind: list',
      '    ask: Wins this week?',
      '  - id: reading',
      '    kind: text',
      '    ask: What are you reading?',
      '    help: "a book, a paper, a long post"',
      '  - id: energy',
      '    kind: scale',
      '    ask: Energy?',
      '',
    ].join('\n'));
    const t = session(env);
    await t.waitFor('My Friday check-in');
    await ask(t, 'Wins this week?', 'Gave the demo');
    await ask(t, ANOTHER, '');
    await t.expectNew('What are you reading?');
    expect(t.capture()).toContain('(a book, a paper, a long post)');
    t.answer('Team Topologies');
    await t.expectNew('Energy?');
    await cursorTo(t, ['Down', 'Down'], '2'); // from skip
    t.keys('Enter');
    expect(await t.waitExit()).toBe(0);
    const pane = t.capture();
    expect(pane).toContain('Saved checkins/2026/2026-W47.yaml');
    expect(pane).not.toContain('What feedback did you receive');
    expect(pane).not.toContain('priorities for next week');
    expect(readYaml(dir, 'checkins/2026/2026-W47.yaml')).toEqual({
      version: 1, week: '2026-W47', date: '2026-11-20', focusDone: [], goals: [],
      wins: ['Gave the demo'], learnings: [], blockers: [], feedback: [], energy: 2, focus: [],
      answers: [{ id: 'reading', question: 'What are you reading?', answer: 'Team Topologies' }],
    });
    expect(lastSubject(dir, env)).toBe('checkin: 2026-W47');
  }, 60_000);
});
