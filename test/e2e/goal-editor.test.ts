// `career goal edit <id>` with no flags opens the goal's file in $EDITOR: that needs a real
// terminal (ctx.canPrompt checks isTTY), so tmux runs the built binary and the "editor" is a
// small shell script. An accepted edit records a revision and one commit; an editor that fails,
// or an invalid edit the person gives up on, leaves every file byte-identical (SPEC §3, §5).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, career, journalFixture, snapshot, tempDir, commitCount, gitIn } from '../helpers/env.js';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) console.warn('goal-editor: skipped because tmux is not installed (apt-get install tmux)');

type Env = NodeJS.ProcessEnv;
const ID = 'roll-out-the-crm-to-8-sales-teams';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const git = gitIn;

/** A journal with one goal whose file carries a comment written by hand (committed). */
function journal(): { dir: string; env: Env; file: string } {
  const { dir, env } = journalFixture('editor', (j) => {
    const r = career(['goal', 'add', '--yes', '--title', 'Roll out the CRM to 8 sales teams', '--why', 'the step to team lead',
      '--deadline', '2027-06-30', '--metric', 'teams onboarded', '--target', '8', '--step', 'Book a demo'], j.env);
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(j.dir, 'goals', `${ID}.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('metric:\n', '# my note\nmetric:\n'));
    git(j.dir, j.env, ['commit', '-qam', 'hand edit']);
  });
  return { dir, env, file: path.join(dir, 'goals', `${ID}.yaml`) };
}

/** An executable "editor": a shell script that gets the file to edit as $1. */
function editor(body: string): string {
  const script = path.join(tempDir('career-editor-'), 'edit.sh');
  fs.writeFileSync(script, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return script;
}

function start(env: Env, editorScript: string, args: string[] = []): TmuxSession {
  const t = new TmuxSession({ ...env, EDITOR: editorScript, VISUAL: '' });
  sessions.push(t);
  t.start([process.execPath, BIN, 'goal', 'edit', ID, ...args]);
  return t;
}

describe.skipIf(!HAVE_TMUX)('goal edit in $EDITOR (tmux)', () => {
  it('accepts a valid edit, asks why, records the revision and commits once', async () => {
    const { dir, env, file } = journal();
    const commits = commitCount(dir, env);
    const t = start(env, editor(`sed -i 's/^why: .*/why: edited/' "$1"`));
    await t.expectNew('Why this change?');
    t.answer('sharper motivation');
    expect(await t.waitExit()).toBe(0);
    const pane = t.capture();
    expect(pane).toContain(`Updated ${ID}: why.`);

    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('why: edited\n');
    expect(text).toContain('# my note\nmetric:\n'); // the person's comment survives
    const data = parse(text);
    expect(data.revisions).toEqual([{ date: '2026-11-20', fields: ['why'], reason: 'sharper motivation' }]);
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(git(dir, env, ['log', '-1', '--format=%s']).trim()).toBe(`goal: edit ${ID} (why)`);
    expect(git(dir, env, ['status', '--porcelain']).trim()).toBe('');
    expect(fs.readdirSync(path.join(dir, '.career')).filter((f) => f.startsWith('edit-'))).toEqual([]); // scratch removed
    expect(career(['doctor'], env).code).toBe(0);
  });

  it('takes the reason from --reason without asking', async () => {
    const { dir, env, file } = journal();
    const t = start(env, editor(`sed -i 's/^deadline: .*/deadline: "2027-09-30"/' "$1"`), ['--reason', 'pilot slipped']);
    expect(await t.waitExit()).toBe(0);
    expect(t.capture()).not.toContain('Why this change?');
    expect(parse(fs.readFileSync(file, 'utf8')).revisions).toEqual([{ date: '2026-11-20', fields: ['deadline'], reason: 'pilot slipped' }]);
    expect(git(dir, env, ['log', '-1', '--format=%s']).trim()).toBe(`goal: edit ${ID} (deadline)`);
  });

  it('an editor that exits 1 changes nothing', async () => {
    const { dir, env } = journal();
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const t = start(env, editor(`sed -i 's/^why: .*/why: half-done/' "$1"\nexit 1`));
    expect(await t.waitExit()).toBe(1);
    // The message is wrapped to the pane, where it breaks depends on the temp path's length.
    expect(t.capture().replace(/\s+/g, ' ')).toContain('exited with code 1; nothing was changed');
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('closing the editor without a change says so and writes nothing', async () => {
    const { dir, env } = journal();
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const t = start(env, editor('true'));
    expect(await t.waitExit()).toBe(0);
    expect(t.capture()).toContain('No changes.');
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('invalid YAML is shown with path:line:col; answering "n" to "Open the editor again" keeps the file byte-identical', async () => {
    const { dir, env } = journal();
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const t = start(env, editor(`printf 'version: 1\\ntitle: [unclosed\\n' > "$1"`));
    await t.expectNew('Open the editor again');
    const pane = t.capture();
    expect(pane).toMatch(new RegExp(`goals/${ID}\\.yaml:\\d+:\\d+: `));
    t.answer('n');
    expect(await t.waitExit()).toBe(0);
    expect(t.capture()).toContain('Discarded the edit');
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
  });

  it('a parent that does not exist is refused like invalid YAML, so the journal stays loadable', async () => {
    const { dir, env } = journal();
    const before = snapshot(dir);
    const commits = commitCount(dir, env);
    const t = start(env, editor(`sed -i 's/^parent: .*/parent: no-such-goal/' "$1"`));
    await t.expectNew('Open the editor again');
    expect(t.capture()).toMatch(new RegExp(`goals/${ID}\\.yaml:\\d+:\\d+: parent: "no-such-goal": no such goal`));
    t.answer('n');
    expect(await t.waitExit()).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(commitCount(dir, env)).toBe(commits);
    expect(career(['goal', 'list'], env).code).toBe(0);
  });

  it('a change to comments only is saved as written, without a revision or a reason', async () => {
    const { dir, env, file } = journal();
    const commits = commitCount(dir, env);
    const t = start(env, editor(`sed -i 's/^# my note$/# my note, reworded/' "$1"`));
    expect(await t.waitExit()).toBe(0);
    expect(t.capture()).not.toContain('Why this change?');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# my note, reworded\nmetric:\n');
    expect(parse(text).revisions).toEqual([]);
    expect(commitCount(dir, env)).toBe(commits + 1);
    expect(git(dir, env, ['log', '-1', '--format=%s']).trim()).toBe(`goal: edit ${ID} (comments and layout)`);
  });

  it('an edit that breaks the schema is offered back to the editor, and the fixed edit is saved', async () => {
    const { dir, env, file } = journal();
    const commits = commitCount(dir, env);
    // First run: an unknown key (a typo of "why"). Second run: fix it.
    const marker = path.join(tempDir('career-editor-state-'), 'ran-once');
    const t = start(env, editor([
      `if [ ! -e '${marker}' ]; then`,
      `  touch '${marker}'`,
      `  sed -i 's/^why: \\(.*\\)/wyh: \\1/' "$1"`,
      'else',
      `  sed -i 's/^wyh: .*/why: fixed/' "$1"`,
      'fi',
    ].join('\n')));
    await t.expectNew('Open the editor again');
    expect(t.capture()).toMatch(/wyh/);
    t.answer('y');
    await t.expectNew('Why this change?');
    t.answer('typo fixed');
    expect(await t.waitExit()).toBe(0);
    const data = parse(fs.readFileSync(file, 'utf8'));
    expect(data.why).toBe('fixed');
    expect(data).not.toHaveProperty('wyh');
    expect(data.revisions).toEqual([{ date: '2026-11-20', fields: ['why'], reason: 'typo fixed' }]);
    expect(commitCount(dir, env)).toBe(commits + 1);
  });
});
