// `career sync` end to end on the built CLI, in process (SPEC §3, §5; the binary itself is
// exercised by cli.test and the safety suite): two clones of one journal and a local bare
// repository as the remote. Edits to different files meet cleanly; edits to the same goal stop
// with the file named, nothing lost, and steps that work when followed; hand edits are validated
// and committed first; files a pull creates are private.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitCount, gitIn, initJournal, snapshot, tempDir, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

const head = (dir: string, env: Env, ref = 'HEAD') => gitIn(dir, env, ['rev-parse', ref]).trim();
const subjectsOf = (dir: string, env: Env) => gitIn(dir, env, ['log', '--format=%s']).trim().split('\n');
const status = (dir: string, env: Env) => gitIn(dir, env, ['status', '--porcelain']).trim();
const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** The journal's files, without career's private cache and lock. */
const files = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => !k.startsWith('.career/')));

function bareRepo(env: Env): string {
  const dir = path.join(tempDir(), 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', dir], { env: cleanGit(env) });
  return dir;
}

/** The test's git identity and config, nothing else of GIT_*. */
function cleanGit(env: Env, extra: Env = {}): Env {
  const out: Env = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('GIT_') || k === 'GIT_CONFIG_GLOBAL' || k === 'GIT_CONFIG_NOSYSTEM') out[k] = v;
  }
  return { ...out, ...extra };
}

/** Journal A pushed to a new bare remote, and B, a `git clone` of it. */
async function twoClones() {
  // Wide (COLUMNS): each message is checked whole, on one line; wrapping has its own tests (wrap.test.ts).
  const made = initJournal();
  const a = { ...made, env: { ...made.env, COLUMNS: '200' } };
  const remote = bareRepo(a.env);
  const first = await ok(['sync', '--remote', remote], a.env);
  const bDir = path.join(tempDir(), 'b');
  execFileSync('git', ['clone', '-q', remote, bDir], { env: cleanGit(a.env) });
  return { a, remote, first, b: { dir: bDir, env: { ...a.env, CAREER_HOME: bDir } } };
}

async function addGoal(env: Env, title: string): Promise<string> {
  return (await ok(['goal', 'add', '--yes', '--title', title, '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], env)).stdout.trim().split('\n').pop()!;
}

describe('career sync', () => {
  it('pushes the whole journal to an empty remote, then has nothing to do', async () => {
    const { a, remote, first } = await twoClones();
    expect(first.stdout).toContain(`Remote origin set to ${remote}.`);
    expect(first.stdout).toContain('Pushed 1 commit to origin/main (a new branch on the remote).');
    expect(gitIn(remote, a.env, ['rev-parse', 'refs/heads/main']).trim()).toBe(head(a.dir, a.env));
    expect(gitIn(a.dir, a.env, ['config', '--get', 'remote.origin.url']).trim()).toBe(remote);
    const again = await ok(['sync'], a.env);
    expect(again.stdout.trim()).toBe('Already up to date.');
    expect(status(a.dir, a.env)).toBe('');
  });

  it('stores a relative --remote as an absolute path', async () => {
    const a = initJournal();
    const remote = bareRepo(a.env);
    const r = await career(['sync', '--remote', path.basename(remote)], a.env, { cwd: path.dirname(remote) });
    expect(r.code, r.stderr).toBe(0);
    expect(gitIn(a.dir, a.env, ['config', '--get', 'remote.origin.url']).trim()).toBe(remote);
  });

  it('without a remote: exit 1 and how to add one', async () => {
    const a = initJournal();
    const r = await career(['sync'], a.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no remote to sync with/);
    expect(r.stderr).toContain('career sync --remote <url>');
  });

  it('refuses with --no-git, and without a journal', async () => {
    const a = initJournal();
    expect(await career(['--no-git', 'sync'], a.env)).toMatchObject({ code: 1, stderr: expect.stringMatching(/git is turned off/) });
    const none = await career(['sync'], { ...a.env, CAREER_HOME: path.join(tempDir(), 'nothing') });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no journal in/);
  });

  it('edits to different files sync cleanly both ways; files a pull creates are 0600', async () => {
    const { a, b } = await twoClones();
    const id = await addGoal(a.env, 'Lead the CRM rollout');
    await ok(['sync'], a.env);
    await ok(['journal', 'add', '--kind', 'win', 'Demo went well'], b.env);

    const rb = await ok(['sync'], b.env);
    expect(rb.stdout).toContain('Pulled 1 commit from origin/main:');
    expect(rb.stdout).toContain(`  goal: add ${id}`);
    expect(rb.stdout).toContain('Pushed 1 commit to origin/main.');
    const ra = await ok(['sync'], a.env);
    expect(ra.stdout).toContain('Pulled 1 commit from origin/main:');
    expect(ra.stdout).toContain('  journal: add win on 2026-11-20');
    expect(ra.stdout).not.toContain('Pushed');

    expect(files(b.dir)).toEqual(files(a.dir));
    expect(head(a.dir, a.env)).toBe(head(b.dir, b.env));
    expect(status(a.dir, a.env)).toBe('');
    expect(status(b.dir, b.env)).toBe('');
    // Created by git during B's pull (the goal) and A's pull (the journal day and its folders).
    expect(mode(path.join(b.dir, 'goals', `${id}.yaml`))).toBe(0o600);
    expect(mode(path.join(b.dir, 'goals'))).toBe(0o700);
    expect(mode(path.join(a.dir, 'journal/2026/2026-11-20.yaml'))).toBe(0o600);
    expect(mode(path.join(a.dir, 'journal/2026'))).toBe(0o700);
    expect(mode(path.join(a.dir, 'journal'))).toBe(0o700);
    // ... and what `git clone` wrote with the umask is tightened too.
    expect(mode(path.join(b.dir, 'career.yaml'))).toBe(0o600);
    expect((await ok(['sync'], b.env)).stdout.trim()).toBe('Already up to date.');
    expect((await ok(['doctor'], b.env)).code).toBe(0);
  });

  it('edits to the same goal: conflict named, nothing lost, and the printed steps work', async () => {
    const { a, b } = await twoClones();
    const id = await addGoal(a.env, 'Lead the CRM rollout');
    const file = `goals/${id}.yaml`;
    await ok(['sync'], a.env);
    await ok(['sync'], b.env);
    await ok(['goal', 'progress', id, '3'], a.env);
    await ok(['sync'], a.env);
    await ok(['goal', 'progress', id, '5', '--note', 'from B'], b.env);
    const mine = head(b.dir, b.env);
    const commitsBefore = commitCount(b.dir, b.env);
    const remoteBefore = gitIn(b.dir, b.env, ['rev-parse', 'refs/heads/main']).trim();

    const r = await career(['sync'], b.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('both change 1 file:');
    expect(r.stderr).toContain(`  ${file}\n`);
    expect(r.stderr).toContain('the remote\'s version is in origin/main');
    expect(r.stderr).toContain(`git -C ${b.dir} rebase origin/main`);
    expect(r.stderr).toContain(`keep your version:          git -C ${b.dir} checkout REBASE_HEAD -- ${file}`);
    expect(r.stderr).toContain(`keep the remote's version:  git -C ${b.dir} checkout HEAD -- ${file}`);
    expect(r.stderr).toContain(`git -C ${b.dir} add -- ${file}`);
    expect(r.stderr).toContain(`git -C ${b.dir} rebase --continue`);
    expect(r.stderr).toMatch(/career doctor\n/);
    expect(r.stderr).toMatch(/career sync\n/);

    // Nothing lost: B is back on its own commit with its file, A's version is in origin/main.
    expect(head(b.dir, b.env)).toBe(mine);
    expect(commitCount(b.dir, b.env)).toBe(commitsBefore);
    expect(gitIn(b.dir, b.env, ['rev-parse', 'refs/heads/main']).trim()).toBe(remoteBefore);
    expect(fs.existsSync(path.join(b.dir, '.git', 'rebase-merge'))).toBe(false);
    expect(status(b.dir, b.env)).toBe('');
    expect(fs.readFileSync(path.join(b.dir, file), 'utf8')).toMatch(/value: 5/);
    expect(gitIn(b.dir, b.env, ['show', `origin/main:${file}`])).toMatch(/value: 3/);
    expect(subjectsOf(b.dir, b.env)[0]).toBe(`goal: progress ${id} 0 -> 5`);
    expect((await ok(['doctor'], b.env)).code).toBe(0);

    // Follow the printed steps, keeping B's version. Each git line is run exactly as printed.
    const printed = (pattern: RegExp): string[] => {
      const line = r.stderr.split('\n').find((l) => pattern.test(l));
      expect(line, `a printed step matching ${pattern}`).toBeDefined();
      return line!.replace(/^.*?git -C /, '-C ').trim().split(/\s+/);
    };
    const run = (args: string[]) => execFileSync('git', args, { env: cleanGit(b.env, { GIT_EDITOR: 'true' }), stdio: 'pipe' });
    expect(() => run(printed(/^\s+1\. git -C/))).toThrow(); // stops at the conflict, as announced
    // Meanwhile career refuses to sync and says how to go on.
    const during = await career(['sync'], b.env);
    expect(during.code).toBe(1);
    expect(during.stderr).toMatch(/rebase is in progress/);
    expect(during.stderr).toContain('rebase --continue');
    run(printed(/keep your version:/)); // takes and stages B's file: no separate add needed
    run(printed(/^\s+4\. git -C/));
    expect((await ok(['doctor'], b.env)).stdout).toMatch(/all good/);
    const synced = await ok(['sync'], b.env);
    expect(synced.stdout).toContain('Pushed 1 commit to origin/main.');
    await ok(['sync'], a.env);
    expect(files(a.dir)).toEqual(files(b.dir));
    expect(fs.readFileSync(path.join(a.dir, file), 'utf8')).toMatch(/value: 5/);
    // Both progress commits are in the shared history.
    const shared = subjectsOf(a.dir, a.env);
    expect(shared.slice(0, 2)).toEqual([`goal: progress ${id} 0 -> 5`, `goal: progress ${id} 0 -> 3`]);
  });

  it('commits hand edits to career files first, as "sync: hand edits", and nothing else', async () => {
    const { a, remote } = await twoClones();
    const profile = path.join(a.dir, 'career.yaml');
    fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace('name: Test Person', 'name: Test P. Person'));
    await ok(['--no-git', 'journal', 'add', 'written without git'], a.env); // a new file, not committed
    fs.writeFileSync(path.join(a.dir, 'notes.txt'), 'my own notes\n');
    const r = await ok(['sync'], a.env);
    expect(r.stdout).toContain('Committed your hand edits (career.yaml, journal/2026/2026-11-20.yaml) as "sync: hand edits".');
    expect(r.stdout).toContain('Pushed 1 commit to origin/main.');
    expect(subjectsOf(a.dir, a.env)[0]).toBe('sync: hand edits');
    expect(gitIn(a.dir, a.env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n'))
      .toEqual(['career.yaml', 'journal/2026/2026-11-20.yaml']);
    expect(status(a.dir, a.env)).toBe('?? notes.txt');
    expect(gitIn(remote, a.env, ['rev-parse', 'refs/heads/main']).trim()).toBe(head(a.dir, a.env));
  });

  it('an invalid hand edit stops the sync with path:line:col; nothing committed or pushed', async () => {
    const { a, remote } = await twoClones();
    const id = await addGoal(a.env, 'Lead the CRM rollout');
    const goalFile = path.join(a.dir, 'goals', `${id}.yaml`);
    const broken = `${fs.readFileSync(goalFile, 'utf8')}bogus: 1\n`;
    fs.writeFileSync(goalFile, broken);
    const before = head(a.dir, a.env);
    const remoteBefore = gitIn(remote, a.env, ['rev-parse', 'refs/heads/main']).trim();

    const r = await career(['sync'], a.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`goals/${id}\\.yaml:\\d+:\\d+: .*bogus`));
    expect(r.stderr).toMatch(/nothing was committed, pulled or pushed/);
    expect(head(a.dir, a.env)).toBe(before);
    expect(gitIn(remote, a.env, ['rev-parse', 'refs/heads/main']).trim()).toBe(remoteBefore);
    expect(fs.readFileSync(goalFile, 'utf8')).toBe(broken);
  });

  it('reports problems in what it pulled, and does not push', async () => {
    const { a, b, remote } = await twoClones();
    const id = await addGoal(a.env, 'Lead the CRM rollout');
    // A commits a broken goal behind career's back and pushes it with git itself.
    const goalFile = path.join(a.dir, 'goals', `${id}.yaml`);
    fs.writeFileSync(goalFile, `${fs.readFileSync(goalFile, 'utf8')}bogus: 1\n`);
    gitIn(a.dir, a.env, ['commit', '-q', '-am', 'by hand']);
    gitIn(a.dir, a.env, ['push', '-q', 'origin', 'main']);
    await ok(['journal', 'add', 'a note from B'], b.env);
    const r = await career(['sync'], b.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Pulled 2 commits from origin/main:');
    expect(r.stderr).toMatch(new RegExp(`goals/${id}\\.yaml:\\d+:\\d+: `));
    expect(r.stderr).toMatch(/after pulling, the journal has 1 problem; .*nothing was pushed/);
    expect(fs.existsSync(path.join(b.dir, 'goals', `${id}.yaml`))).toBe(true);
    expect(gitIn(remote, a.env, ['log', '-1', '--format=%s', 'main']).trim()).toBe('by hand');
  });

  it('refuses to pull over uncommitted changes to files career does not manage', async () => {
    const { a, b } = await twoClones();
    fs.writeFileSync(path.join(b.dir, 'README.md'), 'mine\n');
    gitIn(b.dir, b.env, ['add', 'README.md']);
    await addGoal(a.env, 'Lead the CRM rollout');
    await ok(['sync'], a.env);
    const r = await career(['sync'], b.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/README\.md has uncommitted changes that career does not manage/);
    expect(r.stderr).toContain('stash');
    expect(status(b.dir, b.env)).toBe('A  README.md');
  });
});
