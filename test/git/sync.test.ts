// The git functions behind `career sync` and `career log`, against a real git binary, temporary
// repositories and a local bare repository as the remote. Every call gets a base environment
// built from scratch, so the machine's own git config never takes part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitPaths } from '../../src/git/commit.js';
import { initRepo, repoState, runGit } from '../../src/git/git.js';
import { history, inHistory, parseLog, pathsInHistory } from '../../src/git/log.js';
import {
  aheadBehind, countCommits, currentBranch, fetchBranch, headHash, isCareerPath, makeTrackedPrivate, pullRebase,
  push, rebaseOnto, remoteUrl, setRemote, subjects, trackedFiles, trackingRef, uncommitted,
} from '../../src/git/sync.js';

const tmpRoots: string[] = [];
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-sync-'));
  tmpRoots.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpRoots) fs.rmSync(dir, { recursive: true, force: true });
});

function baseEnv(): NodeJS.ProcessEnv {
  const home = tmp();
  const config = path.join(home, 'gitconfig');
  fs.writeFileSync(config, '[user]\n\tname = Test Person\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n');
  return { PATH: process.env.PATH, HOME: home, GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1' };
}

const env = baseEnv();
const opts = { env };

function write(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

async function git(dir: string, ...args: string[]): Promise<string> {
  return (await runGit(dir, args, opts)).stdout;
}

async function commit(dir: string, files: Record<string, string | null>, message: string): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) fs.rmSync(path.join(dir, rel));
    else write(dir, rel, text);
  }
  const out = await commitPaths(dir, Object.keys(files), message, opts);
  expect(out.committed, JSON.stringify(out)).toBe(true);
}

/** A journal-like repository with one commit. */
async function journal(): Promise<string> {
  const dir = tmp();
  await initRepo(dir, opts);
  await commit(dir, { 'career.yaml': 'version: 1\n', '.gitignore': '.career/\n', 'goals/a.yaml': 'a: 1\n' }, 'init: journal');
  return dir;
}

async function bare(): Promise<string> {
  const dir = path.join(tmp(), 'remote.git');
  await runGit(tmp(), ['init', '-q', '--bare', dir], opts);
  return dir;
}

/** A journal pushed to a new bare remote, and a second clone of it. */
async function twoClones(): Promise<{ a: string; b: string; remote: string }> {
  const a = await journal();
  const remote = await bare();
  await setRemote(a, remote, 'origin', opts);
  expect(await push(a, 'main', 'origin', opts)).toEqual({ ok: true });
  const b = path.join(tmp(), 'b');
  await runGit(tmp(), ['clone', '-q', remote, b], opts);
  return { a, b, remote };
}

describe('branch and remote', () => {
  it('names the current branch, and null when HEAD is detached', async () => {
    const dir = await journal();
    expect(await currentBranch(dir, opts)).toBe('main');
    await git(dir, 'checkout', '-q', '--detach');
    expect(await currentBranch(dir, opts)).toBeNull();
  });

  it('adds origin, updates it, and says when nothing changed', async () => {
    const dir = await journal();
    expect(await remoteUrl(dir, 'origin', opts)).toBeNull();
    expect(await setRemote(dir, '/x/one.git', 'origin', opts)).toBe('added');
    expect(await setRemote(dir, '/x/one.git', 'origin', opts)).toBe('unchanged');
    expect(await setRemote(dir, '/x/two.git', 'origin', opts)).toBe('updated');
    expect(await remoteUrl(dir, 'origin', opts)).toBe('/x/two.git');
    // `remote add` wrote the usual fetch refspec
    expect((await git(dir, 'config', '--get', 'remote.origin.fetch')).trim()).toBe('+refs/heads/*:refs/remotes/origin/*');
  });

  it('refuses a URL that git would read as an option', async () => {
    const dir = await journal();
    await expect(setRemote(dir, '--upload-pack=touch x', 'origin', opts)).rejects.toThrow(/not a remote URL/);
    expect(await remoteUrl(dir, 'origin', opts)).toBeNull();
  });
});

describe('fetch, rebase, push', () => {
  it('reports a remote without the branch as not found, then finds it once pushed', async () => {
    const dir = await journal();
    const remote = await bare();
    await setRemote(dir, remote, 'origin', opts);
    expect(await fetchBranch(dir, 'main', 'origin', opts)).toEqual({ found: false });
    expect(await pullRebase(dir, 'main', 'origin', opts)).toEqual({ ok: true, found: false });
    expect(await push(dir, 'main', 'origin', opts)).toEqual({ ok: true });
    const head = await headHash(dir, opts);
    expect(await fetchBranch(dir, 'main', 'origin', opts)).toEqual({ found: true, hash: head });
    expect((await git(remote, 'rev-parse', 'refs/heads/main')).trim()).toBe(head);
    // push -u set the upstream
    expect((await git(dir, 'rev-parse', '--abbrev-ref', '@{u}')).trim()).toBe('origin/main');
  });

  it('counts and lists what each side has, then rebases cleanly', async () => {
    const { a, b } = await twoClones();
    await commit(a, { 'goals/new.yaml': 'n: 1\n' }, 'goal: add new');
    await commit(a, { 'goals/a.yaml': 'a: 2\n' }, 'goal: progress a 1 -> 2');
    expect(await push(a, 'main', 'origin', opts)).toEqual({ ok: true });
    await commit(b, { 'journal/2026/2026-11-20.yaml': 'j: 1\n' }, 'journal: add note on 2026-11-20');

    const fetched = await fetchBranch(b, 'main', 'origin', opts);
    expect(fetched.found).toBe(true);
    const ref = trackingRef('main');
    expect(await aheadBehind(b, 'HEAD', ref, opts)).toEqual({ ahead: 1, behind: 2 });
    expect(await subjects(b, `HEAD..${ref}`, opts)).toEqual(['goal: add new', 'goal: progress a 1 -> 2']);
    expect(await rebaseOnto(b, ref, opts)).toEqual({ ok: true });
    expect(await aheadBehind(b, 'HEAD', ref, opts)).toEqual({ ahead: 1, behind: 0 });
    expect(await countCommits(b, `${ref}..HEAD`, opts)).toBe(1);
    expect(await countCommits(b, 'HEAD', opts)).toBe(4);
    expect(fs.readFileSync(path.join(b, 'goals/a.yaml'), 'utf8')).toBe('a: 2\n');
  });

  it('on a conflict names the files, aborts, and leaves both sides intact', async () => {
    const { a, b } = await twoClones();
    await commit(a, { 'goals/a.yaml': 'a: 3\n' }, 'goal: progress a 1 -> 3');
    await push(a, 'main', 'origin', opts);
    await commit(b, { 'goals/a.yaml': 'a: 5\n', 'journal/2026/2026-11-20.yaml': 'j: 1\n' }, 'goal: progress a 1 -> 5');
    const before = await headHash(b, opts);

    const outcome = await pullRebase(b, 'main', 'origin', opts);
    expect(outcome).toMatchObject({ ok: false, found: true, conflicts: ['goals/a.yaml'] });
    expect(repoState(b)).toBe('clean');
    expect(await headHash(b, opts)).toBe(before);
    expect(fs.readFileSync(path.join(b, 'goals/a.yaml'), 'utf8')).toBe('a: 5\n');
    expect(await git(b, 'show', 'origin/main:goals/a.yaml')).toBe('a: 3\n');
    expect(await git(b, 'status', '--porcelain')).toBe('');
  });

  it('reports a push the remote rejects because it moved on', async () => {
    const { a, b } = await twoClones();
    await commit(a, { 'goals/a.yaml': 'a: 3\n' }, 'from a');
    await push(a, 'main', 'origin', opts);
    await commit(b, { 'goals/b.yaml': 'b: 1\n' }, 'from b');
    const out = await push(b, 'main', 'origin', opts);
    expect(out).toMatchObject({ ok: false, reason: 'rejected' });
  });
});

describe('working tree', () => {
  it("splits uncommitted changes into career's files and the rest", async () => {
    const dir = await journal();
    await commit(dir, { 'README.md': 'mine\n', 'goals/b.yaml': 'b: 1\n' }, 'more');
    write(dir, 'career.yaml', 'version: 1\nname: x\n'); // modified
    fs.rmSync(path.join(dir, 'goals/b.yaml')); // deleted
    write(dir, 'goals/new.yaml', 'n: 1\n'); // new
    write(dir, 'templates/checkin.yaml', 'q: 1\n'); // new question set
    write(dir, 'goals/.new.yaml.swp', 'x'); // editor file: not career's
    write(dir, 'goals/notes.txt', 'x'); // new, but not a .yaml file
    write(dir, 'scratch.yaml', 'x'); // new, outside the journal folders
    write(dir, 'README.md', 'changed\n'); // tracked, not career's
    fs.symlinkSync('/etc/hostname', path.join(dir, 'goals/link.yaml')); // a link, not a file
    expect(await uncommitted(dir, opts)).toEqual({
      career: ['career.yaml', 'goals/b.yaml', 'goals/new.yaml', 'templates/checkin.yaml'],
      other: ['README.md'],
    });
  });

  it('counts staged changes, and is empty for a clean tree', async () => {
    const dir = await journal();
    expect(await uncommitted(dir, opts)).toEqual({ career: [], other: [] });
    write(dir, 'goals/a.yaml', 'a: 9\n');
    await git(dir, 'add', 'goals/a.yaml');
    expect(await uncommitted(dir, opts)).toEqual({ career: ['goals/a.yaml'], other: [] });
  });

  it('knows which paths are career\'s', () => {
    for (const p of ['career.yaml', '.gitignore', 'goals/x.yaml', 'checkins/2026/2026-W47.yaml', 'journal/2026/2026-11-20.yaml', 'reviews/2026/2026-Q4.yaml', 'templates/checkin.yaml']) {
      expect(isCareerPath(p), p).toBe(true);
    }
    for (const p of ['README.md', 'goalsx/a.yaml', 'notes/goals/a.yaml', '.career/lock', 'career.yml']) {
      expect(isCareerPath(p), p).toBe(false);
    }
  });

  it('makes tracked files 0600 and their folders 0700, never following links', async () => {
    const dir = await journal();
    const outside = path.join(tmp(), 'outside.txt');
    fs.writeFileSync(outside, 'not mine\n', { mode: 0o644 });
    fs.chmodSync(outside, 0o644);
    fs.symlinkSync(outside, path.join(dir, 'goals', 'link.yaml'));
    await commit(dir, { 'journal/2026/2026-11-20.yaml': 'j: 1\n' }, 'journal');
    await git(dir, 'add', 'goals/link.yaml');
    await git(dir, 'commit', '-q', '-m', 'a link');
    const mode = (rel: string) => fs.lstatSync(path.join(dir, rel)).mode & 0o777;
    fs.chmodSync(path.join(dir, 'career.yaml'), 0o644);
    fs.chmodSync(path.join(dir, 'journal/2026/2026-11-20.yaml'), 0o664);
    fs.chmodSync(path.join(dir, 'journal/2026'), 0o755);
    fs.chmodSync(path.join(dir, 'journal'), 0o755);
    fs.chmodSync(dir, 0o755);
    expect(await trackedFiles(dir, opts)).toContain('goals/link.yaml');

    await makeTrackedPrivate(dir, opts);
    expect(mode('career.yaml')).toBe(0o600);
    expect(mode('journal/2026/2026-11-20.yaml')).toBe(0o600);
    expect(mode('journal/2026')).toBe(0o700);
    expect(mode('journal')).toBe(0o700);
    expect(mode('goals')).toBe(0o700);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o755); // the journal folder itself is left alone
    expect(fs.statSync(outside).mode & 0o777).toBe(0o644);
  });
});

describe('history', () => {
  it('lists commits newest first with each file\'s status and line counts', async () => {
    const dir = await journal();
    await commit(dir, { 'goals/a.yaml': 'a: 1\nb: 2\n', 'goals/b.yaml': 'b: 1\n' }, 'goal: add b');
    await commit(dir, { 'goals/b.yaml': null }, 'goal: remove b');
    const all = await history(dir, opts);
    expect(all.map((e) => e.message)).toEqual(['goal: remove b', 'goal: add b', 'init: journal']);
    expect(all[0]).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{40}$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(all[0]!.files).toEqual([{ status: 'deleted', path: 'goals/b.yaml', additions: 0, deletions: 1 }]);
    expect(all[1]!.files).toEqual([
      { status: 'modified', path: 'goals/a.yaml', additions: 1, deletions: 0 },
      { status: 'added', path: 'goals/b.yaml', additions: 1, deletions: 0 },
    ]);
    expect((await history(dir, { ...opts, limit: 2 })).length).toBe(2);
  });

  it('follows one file across a rename, and still finds a deleted one', async () => {
    const dir = await journal();
    await commit(dir, { 'goals/a.yaml': null, 'goals/renamed.yaml': 'a: 1\n' }, 'goal: rename a');
    await commit(dir, { 'goals/renamed.yaml': 'a: 2\n' }, 'goal: progress renamed');
    const followed = await history(dir, { ...opts, path: 'goals/renamed.yaml', follow: true });
    expect(followed.map((e) => e.message)).toEqual(['goal: progress renamed', 'goal: rename a', 'init: journal']);
    expect(followed[1]!.files).toEqual([{ status: 'renamed', from: 'goals/a.yaml', path: 'goals/renamed.yaml', additions: 0, deletions: 0 }]);
    expect(await inHistory(dir, 'goals/a.yaml', opts)).toBe(true);
    expect(await inHistory(dir, 'goals/never.yaml', opts)).toBe(false);
    expect(await pathsInHistory(dir, 'goals', opts)).toEqual(['goals/a.yaml', 'goals/renamed.yaml']);
  });

  it('is empty before the first commit', async () => {
    const dir = tmp();
    await initRepo(dir, opts);
    expect(await history(dir, opts)).toEqual([]);
  });

  it('parses paths with tabs, newlines and quotes as they are', () => {
    const odd = 'goals/we"ird\tname\n.yaml';
    const out = `\x1eabc\x1f2026-11-20T10:00:00+01:00\x1fgoal: odd\0\n:000000 100644 0000000 1111111 A\0${odd}\0-\t-\t${odd}\0`;
    expect(parseLog(out)).toEqual([{ hash: 'abc', date: '2026-11-20T10:00:00+01:00', message: 'goal: odd', files: [{ status: 'added', path: odd, additions: null, deletions: null }] }]);
  });
});
