// `career init` through a REAL pseudo-terminal: tmux runs the built binary, the test types every
// answer of the onboarding like a person would (text, arrow keys in selects, a number), then
// checks the screen, the file and the first commit.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, career, tempDir, testEnv } from '../helpers/env.js';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) console.warn('pty-init: skipped because tmux is not installed (apt-get install tmux)');

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function gitIn(dir: string, env: NodeJS.ProcessEnv, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
}

describe.skipIf(!HAVE_TMUX)('career init in a real terminal (tmux)', () => {
  it('asks every onboarding question, saves the answers and makes the first commit', async () => {
    const dir = path.join(tempDir(), 'journal');
    const env = testEnv(dir);
    const t = new TmuxSession(env);
    sessions.push(t);
    t.start([process.execPath, BIN, 'init']);

    /** Wait for the prompt (a new occurrence of its text), then type the answer and Enter. */
    const ask = async (prompt: string, answer: string) => {
      await t.expectNew(prompt);
      t.answer(answer);
    };

    await t.waitFor('Welcome to career');
    await ask('Your name', 'Avery Quinn');
    await t.waitFor('First, look back at 2026.');
    await ask('What are you proudest of in 2026?', 'Shipped the billing rewrite');
    await ask('Anything else you are proud of?', 'Mentored two new engineers');
    await ask('Anything else you are proud of?', '');
    await ask('Your biggest challenge in 2026', 'A reorg halfway through the year');
    await ask('How did you handle it?', 'Asked for a clear charter');
    await ask('New skills you picked up', 'Rust, public speaking');
    await ask('Where did you feel out of your depth?', 'Budget planning');
    await ask('An opportunity you missed', 'A conference talk');
    await ask('Your top 3 career values', 'growth, autonomy, impact');
    await ask('Your top 3 passions', 'teaching, systems design, writing');
    await ask('Your top 2 gifts or talents', 'explaining, debugging');
    await ask('Strengths (comma-separated)', 'patience, focus');
    await ask('Weaknesses you want to work on', 'delegation');

    await t.waitFor('Skills inventory');
    await ask('A skill you use or want', 'TypeScript');
    await t.expectNew('Is TypeScript a hard or a soft skill?');
    t.keys('Enter'); // the first choice: hard
    await ask('How good are you at TypeScript today?', '4');
    await ask('Another skill (Enter to finish)', 'Negotiation');
    await t.expectNew('Is Negotiation a hard or a soft skill?');
    t.keys('Down');
    await t.waitUntil((p) => /❯\s*soft|>\s*soft/.test(p), 'the cursor on "soft"');
    t.keys('Enter');
    await ask('How good are you at Negotiation today?', '2');
    await ask('Another skill (Enter to finish)', '');

    await t.waitFor('Key relationships');
    await ask('Someone key to your career', 'Sam Rivera');
    await ask("Sam Rivera's role (optional)", 'manager');
    await ask('One thing you will do for this relationship', 'monthly career chat');
    await ask('Someone else (Enter to finish)', 'Lee');
    await ask("Lee's role (optional)", '');
    await ask('One thing you will do for this relationship', 'coffee every quarter');
    await ask('Someone else (Enter to finish)', '');

    await ask('Your vision statement', 'I lead a platform team that ships calmly and grows people.');
    await t.expectNew('Which day suits your weekly check-in?');
    t.keys('Down', 'Down'); // friday (the default) -> saturday -> sunday
    await t.waitUntil((p) => /❯\s*Sunday|>\s*Sunday/.test(p), 'the cursor on "Sunday"');
    t.keys('Enter');
    await ask('Accountability partner', 'Lee Chen');
    await ask('How do you reach Lee Chen?', 'lee@example.org');
    // The journal exists (and is committed) before the goal wizard is offered; decline it here.
    await t.waitFor('Your journal is ready');
    await ask('Set your first goals now?', 'n');

    // Read the screen once the command has ended, so all of its last lines are there.
    expect(await t.waitExit()).toBe(0);
    const pane = t.capture();
    expect(pane).toContain(`Your journal is ready in ${dir}`);
    expect(pane).toContain('career goal add');

    const doctor = career(['doctor'], env);
    expect(doctor.code, `career doctor: ${doctor.stdout}${doctor.stderr}`).toBe(0);

    const profile = parse(fs.readFileSync(path.join(dir, 'career.yaml'), 'utf8'));
    expect(profile).toMatchObject({
      version: 1,
      name: 'Avery Quinn',
      created: '2026-11-20',
      vision: 'I lead a platform team that ships calmly and grows people.',
      values: ['growth', 'autonomy', 'impact'],
      passions: ['teaching', 'systems design', 'writing'],
      talents: ['explaining', 'debugging'],
      strengths: ['patience', 'focus'],
      weaknesses: ['delegation'],
      skills: [
        { name: 'TypeScript', kind: 'hard', rating: 4 },
        { name: 'Negotiation', kind: 'soft', rating: 2 },
      ],
      relationships: [
        { name: 'Sam Rivera', role: 'manager', action: 'monthly career chat' },
        { name: 'Lee', action: 'coffee every quarter' },
      ],
      reflection: {
        year: 2026,
        accomplishments: ['Shipped the billing rewrite', 'Mentored two new engineers'],
        challenge: 'A reorg halfway through the year',
        handled: 'Asked for a clear charter',
        newSkills: ['Rust', 'public speaking'],
        outOfDepth: 'Budget planning',
        missedOpportunities: 'A conference talk',
      },
      checkinDay: 'sunday',
      partner: { name: 'Lee Chen', contact: 'lee@example.org' },
    });
    expect(profile.relationships[1]).not.toHaveProperty('role');

    const log = gitIn(dir, env, ['log', '--format=%s']).trim().split('\n');
    expect(log).toEqual(['init: career journal for Avery Quinn']);
    expect(gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort())
      .toEqual(['.gitignore', 'career.yaml']);
  }, 90_000);

  it('skips the questions its flags answered, and Ctrl-C cancels without creating anything', async () => {
    const dir = path.join(tempDir(), 'journal');
    const t = new TmuxSession(testEnv(dir));
    sessions.push(t);
    t.start([process.execPath, BIN, 'init', '--name', 'Flag Name', '--proud', 'flag win']);
    await t.waitFor('Welcome to career');
    // Name and the whole reflection came as flags: the first question is the values one.
    await t.expectNew('Your top 3 career values');
    const pane = t.capture();
    expect(pane).not.toContain('Your name');
    expect(pane).not.toContain('look back at');
    t.keys('C-c');
    const status = await t.waitExit();
    expect(t.capture()).toContain('Cancelled. Nothing was saved.');
    expect(status).toBe(130);
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);

  it('--yes never prompts, even on a terminal', async () => {
    const dir = path.join(tempDir(), 'journal');
    const t = new TmuxSession(testEnv(dir));
    sessions.push(t);
    t.start([process.execPath, BIN, 'init', '--yes', '--name', 'Quiet Person']);
    expect(await t.waitExit()).toBe(0);
    const pane = t.capture();
    expect(pane).toContain('Your journal is ready');
    expect(pane).not.toContain('Welcome to career');
    expect(parse(fs.readFileSync(path.join(dir, 'career.yaml'), 'utf8')).name).toBe('Quiet Person');
  }, 60_000);
});
