// End-to-end tests of the built binary (`bin/career.js`): global options and exit codes, where
// the journal lives, and `career init` with flags — the files it writes, their modes, the first
// commit, and every way git can be missing, anonymous or pointed elsewhere (SPEC §2, §3, §5).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { career, copyJournal, initJournal, ROOT, snapshot, tempDir, testEnv } from '../helpers/env.js';

const PKG_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** git for the test's own checks: the test env's identity, never a GIT_DIR or GIT_WORK_TREE. */
function git(dir: string, args: string[], env: NodeJS.ProcessEnv = testEnv(dir)): string {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('GIT_') || k === 'GIT_CONFIG_GLOBAL' || k === 'GIT_CONFIG_NOSYSTEM') clean[k] = v;
  }
  return execFileSync('git', ['-C', dir, ...args], { env: clean, encoding: 'utf8' });
}

function commitCount(dir: string, env?: NodeJS.ProcessEnv): number {
  return Number(git(dir, ['rev-list', '--count', 'HEAD'], env).trim());
}

function subjects(dir: string, env?: NodeJS.ProcessEnv): string[] {
  return git(dir, ['log', '--format=%s'], env).trim().split('\n').filter(Boolean);
}

function committedFiles(dir: string, env?: NodeJS.ProcessEnv): string[] {
  return git(dir, ['show', '--name-only', '--format=', 'HEAD'], env).trim().split('\n').filter(Boolean).sort();
}

/** A repository outside the journal with one commit, to prove career never commits there. */
function otherRepo(env: NodeJS.ProcessEnv, dir = path.join(tempDir(), 'other')): string {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q'], env);
  fs.writeFileSync(path.join(dir, 'README'), 'not a journal\n');
  git(dir, ['add', 'README'], env);
  git(dir, ['commit', '-q', '-m', 'other: first'], env);
  return dir;
}

const readProfile = (dir: string) => parse(fs.readFileSync(path.join(dir, 'career.yaml'), 'utf8'));
const newJournal = () => path.join(tempDir(), 'journal');
const hasStack = (text: string) => /^\s+at .+:\d+:\d+\)?$/m.test(text);
const firstLine = (text: string) => text.split('\n')[0] ?? '';

/** `career doctor` passes; on failure the message shows what it printed. */
function expectDoctorOk(env: NodeJS.ProcessEnv): void {
  const r = career(['doctor'], env);
  expect(r.code, `career doctor: ${r.stdout}${r.stderr}`).toBe(0);
}

describe('global options and exit codes', () => {
  const env = testEnv(newJournal());

  it('--version prints the package version and exits 0', () => {
    for (const flag of ['--version', '-V']) {
      const r = career([flag], env);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(PKG_VERSION);
      expect(r.stderr).toBe('');
    }
  });

  it('--help lists the commands and exits 0', () => {
    const r = career(['--help'], env);
    expect(r.code).toBe(0);
    for (const cmd of ['init', 'where', 'doctor']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('--dir');
    expect(r.stdout).toContain('--no-git');
  });

  it('an unknown command exits 2 with commander\'s message and a suggestion', () => {
    const r = career(['bogus'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown command 'bogus'");
    const typo = career(['wher'], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean where?');
  });

  it('an unknown flag exits 2 with commander\'s message', () => {
    for (const args of [['--bogus'], ['where', '--bogus'], ['init', '--nmae', 'x']]) {
      const r = career(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`error: unknown option '${args.find((a) => a.startsWith('--'))}'`);
    }
  });

  it('a missing option argument is a usage error (exit 2)', () => {
    const r = career(['init', '--name'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--name <name>' argument missing");
  });

  it('an invalid CAREER_TODAY exits 1 with one clear line and no stack trace', () => {
    const dir = newJournal();
    const r = career(['init', '--yes', '--name', 'A', '--vision', 'v'], testEnv(dir, { CAREER_TODAY: '2024-02-30' }));
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toBe('career: CAREER_TODAY must be a date YYYY-MM-DD, got "2024-02-30"');
    expect(hasStack(r.stderr)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('CAREER_DEBUG=1 adds the stack trace', () => {
    const r = career(['where'], testEnv(newJournal(), { CAREER_TODAY: '2024-02-30', CAREER_DEBUG: '1' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CAREER_TODAY must be a date YYYY-MM-DD');
    expect(hasStack(r.stderr)).toBe(true);
  });
});

describe('the end of a run', () => {
  // bin/career.js ends the process as soon as a run is over (cli.ts exitWhenIdle), but only once
  // nothing is left to write: a slow reader still gets every byte, and the exit code is kept.
  it('gives a reader that starts late all of a long output, then the exit code', () => {
    const { env } = copyJournal(path.join(ROOT, 'templates', 'demo'));
    const whole = career(['export', 'json'], env).stdout;
    expect(whole.length).toBeGreaterThan(64 * 1024 * 2); // more than a pipe holds
    const late = spawnSync('sh', ['-c', `{ "$0" "$1" export json; echo "exit=$?" >&2; } | { sleep 1; cat; }`, process.execPath, path.join(ROOT, 'bin', 'career.js')],
      { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(late.stdout).toBe(whole);
    expect(late.stderr.trim()).toBe('exit=0');
  });

  it('keeps a failing command\'s exit code and message', () => {
    const { env } = initJournal();
    const r = career(['goal', 'progress', 'no-such-goal', '3'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no goal "no-such-goal"');
    expect(career(['frobnicate'], env).code).toBe(2);
  });
});

describe('output into a pipe that closes early', () => {
  // `career … | head`: the reader goes away; career must neither print a stack trace nor stop
  // half-way through a change.
  /** stderr of `career <args> | <reader>`, career's exit code last as "exit=N". */
  const piped = (args: string, env: NodeJS.ProcessEnv, reader: string) => spawnSync('sh', ['-c',
    `{ "$0" "$1" ${args}; echo "exit=$?" >&2; } | ${reader}`, process.execPath, path.join(ROOT, 'bin', 'career.js')],
  { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr;

  it('a long listing into `head -c 1` ends quietly with exit 0', () => {
    const { env } = initJournal();
    expect(piped('export json', env, 'head -c 1 >/dev/null').trim()).toBe('exit=0');
  });

  it('a change whose output nobody reads is still saved and committed', () => {
    const { dir, env } = initJournal();
    expect(piped('journal add "Shipped it" --kind win', env, 'true').trim()).toBe('exit=0');
    const day = fs.readFileSync(path.join(dir, 'journal', '2026', '2026-11-20.yaml'), 'utf8');
    expect(day).toContain('Shipped it');
    expect(execFileSync('git', ['-C', dir, 'log', '-1', '--format=%s'], { env, encoding: 'utf8' }).trim()).toBe('journal: add win on 2026-11-20');
  });
});

describe('career where', () => {
  it('prefers --dir, then CAREER_HOME, then XDG_DATA_HOME/career, then ~/.local/share/career', () => {
    const base = tempDir();
    const flag = path.join(base, 'flag');
    const home = path.join(base, 'career-home');
    const xdg = path.join(base, 'xdg');
    const env = testEnv(home, { XDG_DATA_HOME: xdg });

    expect(career(['where', '--dir', flag], env).stdout).toBe(`${flag}\n`);
    expect(career(['--dir', flag, 'where'], env).stdout).toBe(`${flag}\n`);
    expect(career(['where'], env).stdout).toBe(`${home}\n`);

    const noCareerHome = { ...env };
    delete noCareerHome.CAREER_HOME;
    expect(career(['where'], noCareerHome).stdout).toBe(`${path.join(xdg, 'career')}\n`);

    const noXdg = { ...noCareerHome };
    delete noXdg.XDG_DATA_HOME;
    expect(career(['where'], noXdg).stdout).toBe(`${path.join(env.HOME!, '.local', 'share', 'career')}\n`);
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    expect(career(['where'], { ...noXdg, XDG_DATA_HOME: 'relative/xdg' }).stdout)
      .toBe(`${path.join(env.HOME!, '.local', 'share', 'career')}\n`);
  });

  it('resolves a relative --dir against the working directory, and ~ against HOME', () => {
    const cwd = tempDir();
    const env = testEnv(newJournal());
    expect(career(['where', '--dir', 'sub/j'], env, { cwd }).stdout).toBe(`${path.join(fs.realpathSync(cwd), 'sub', 'j')}\n`);
    expect(career(['where', '--dir', '~/j'], env).stdout).toBe(`${path.join(env.HOME!, 'j')}\n`);
  });

  it('--json prints {dir}', () => {
    const dir = newJournal();
    const r = career(['where', '--json'], testEnv(dir));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ dir });
  });
});

describe('career init with flags', () => {
  const FLAGS = [
    'init', '--name', 'Avery Quinn', '--vision', 'Lead a calm platform team.', '--values', 'a,b,c',
    '--skill', 'TypeScript:hard:4', '--relationship', 'Sam (manager) => monthly chat',
    '--partner', 'Lee <lee@x.org>', '--checkin-day', 'mon', '--proud', 'shipped X',
  ];

  it('writes career.yaml with the given values, private modes, .gitignore and one commit', () => {
    const dir = newJournal();
    const env = testEnv(dir);
    const r = career(FLAGS, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Your journal is ready in ${dir}`);

    const profile = readProfile(dir);
    expect(profile).toMatchObject({
      version: 1,
      name: 'Avery Quinn',
      created: '2026-11-20',
      vision: 'Lead a calm platform team.',
      values: ['a', 'b', 'c'],
      skills: [{ name: 'TypeScript', kind: 'hard', rating: 4 }],
      relationships: [{ name: 'Sam', role: 'manager', action: 'monthly chat' }],
      partner: { name: 'Lee', contact: 'lee@x.org' },
      checkinDay: 'monday',
    });
    expect(profile.reflection.accomplishments).toEqual(['shipped X']);
    expect(Object.keys(profile)[0]).toBe('version');

    // Files 0600, directories 0700, the journal directory itself included.
    const walk = (abs: string) => {
      const st = fs.statSync(abs);
      expect((st.mode & 0o777).toString(8), abs).toBe(st.isDirectory() ? '700' : '600');
      if (st.isDirectory()) for (const e of fs.readdirSync(abs)) if (e !== '.git') walk(path.join(abs, e));
    };
    walk(dir);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n')).toContain('.career/');

    expect(subjects(dir)).toEqual(['init: career journal for Avery Quinn']);
    expect(committedFiles(dir)).toEqual(['.gitignore', 'career.yaml']);
    expect(git(dir, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    expect(git(dir, ['log', '-1', '--format=%an <%ae>']).trim()).toBe('Test Person <test@example.com>');

    expectDoctorOk(env);
  });

  it('without a terminal and without --name/--vision: exit 1 naming both flags, nothing created', () => {
    const dir = newJournal();
    const r = career(['init'], testEnv(dir));
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toContain('--name');
    expect(firstLine(r.stderr)).toContain('--vision');
    expect(hasStack(r.stderr)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);

    const onlyName = career(['init', '--name', 'A'], testEnv(dir));
    expect(onlyName.code).toBe(1);
    expect(firstLine(onlyName.stderr)).toContain('--vision');
    expect(firstLine(onlyName.stderr)).not.toContain('--name');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('--yes accepts defaults without asking', () => {
    const dir = newJournal();
    const env = testEnv(dir);
    const r = career(['init', '--yes'], env);
    expect(r.code).toBe(0);
    const profile = readProfile(dir);
    // The name git knows the person by (the test's .gitconfig says "Test Person"), not the login.
    expect(profile.name).toBe('Test Person');
    expect(profile.checkinDay).toBe('friday');
    expect(subjects(dir)).toEqual([`init: career journal for ${profile.name}`]);
    expectDoctorOk(env);
  });

  it('refuses a second init and leaves every file byte-identical', () => {
    const { dir, env } = initJournal();
    const before = snapshot(dir);
    for (const args of [['init', '--yes'], ['init', '--name', 'Other', '--vision', 'x']]) {
      const r = career(args, env);
      expect(r.code).toBe(1);
      expect(firstLine(r.stderr)).toContain('already exists');
      expect(snapshot(dir)).toEqual(before);
    }
    expect(commitCount(dir)).toBe(1);
  });

  it.each([
    [['--skill', 'X:medium:9'], '--skill', undefined],
    [['--skill', 'X:hard:9'], '--skill', undefined],
    [['--checkin-day', 'funday'], '--checkin-day', 'did you mean sunday?'],
    [['--relationship', 'nope'], '--relationship', undefined],
  ])('bad value %j: exit 1 naming %s, nothing created', (bad, flag, hint) => {
    const dir = newJournal();
    const r = career(['init', '--name', 'A', '--vision', 'v', ...bad], testEnv(dir));
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toContain(flag);
    if (hint) expect(r.stderr).toContain(hint);
    expect(hasStack(r.stderr)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('--no-git and CAREER_NO_GIT=1 save the journal without a repository', () => {
    for (const [args, extra] of [[['--no-git'], {}], [[], { CAREER_NO_GIT: '1' }]] as const) {
      const dir = newJournal();
      const env = testEnv(dir, extra);
      const r = career([...args, 'init', '--yes', '--name', 'A'], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(fs.existsSync(path.join(dir, 'career.yaml'))).toBe(true);
      expect(fs.existsSync(path.join(dir, '.git'))).toBe(false);
      expectDoctorOk(env);
    }
  });
});

describe('career init when git cannot commit', () => {
  it('git not installed: exit 1, data saved, says how to fix', () => {
    const dir = newJournal();
    const bin = tempDir('career-bin-');
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const r = career(['init', '--yes', '--name', 'A'], testEnv(dir, { PATH: bin }));
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toContain('git is not installed');
    expect(r.stderr).toMatch(/Install git/);
    expect(hasStack(r.stderr)).toBe(false);
    expect(readProfile(dir).name).toBe('A');
    expect(fs.existsSync(path.join(dir, '.gitignore'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.git'))).toBe(false);
    const env = testEnv(dir);
    expectDoctorOk(env);

    // The printed fix works as is once git is there: it creates the repository and commits.
    const fix = /`([^`]+)`/.exec(r.stderr.split('\n').find((l) => l.includes('Install git')) ?? '')?.[1];
    expect(fix).toContain(`git -C ${dir} init`);
    execFileSync('/bin/sh', ['-c', fix!], { env, cwd: tempDir(), stdio: 'pipe' });
    expect(subjects(dir, env)).toEqual(['init: career journal for A']);
    expect(committedFiles(dir, env)).toEqual(['.gitignore', 'career.yaml']);
  });

  it('no git identity: exit 1, data saved, says how to set one', () => {
    const dir = path.join(tempDir(), "Avery's journal");
    const home = tempDir('career-empty-home-');
    const gitconfig = path.join(home, 'empty-gitconfig');
    // Without this, git may invent an identity from the user and host name.
    fs.writeFileSync(gitconfig, '[user]\n\tuseConfigOnly = true\n[commit]\n\tgpgsign = false\n');
    const env = testEnv(dir, { HOME: home, GIT_CONFIG_GLOBAL: gitconfig });
    delete env.EMAIL;
    const r = career(['init', '--yes', '--name', 'A'], env);
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toContain('did not commit it to git');
    expect(r.stderr).toContain('git config --global user.name');
    expect(r.stderr).toContain('git config --global user.email');
    expect(hasStack(r.stderr)).toBe(false);
    expect(readProfile(dir).name).toBe('A');
    expect(fs.existsSync(path.join(dir, '.git'))).toBe(true);
    expect(git(dir, ['rev-list', '--all', '--count'], env).trim()).toBe('0');

    // Once an identity exists, the printed manual commit (quoted for the shell) records the journal.
    const fix = [...(r.stderr.split('\n').find((l) => l.includes('hint:')) ?? '').matchAll(/`([^`]+)`/g)].at(-1)?.[1];
    expect(fix).toMatch(/ commit -m /);
    execFileSync('/bin/sh', ['-c', fix!], { env: testEnv(dir), cwd: tempDir(), stdio: 'pipe' });
    expect(subjects(dir)).toEqual(['init: career journal for A']);
    expect(committedFiles(dir)).toEqual(['.gitignore', 'career.yaml']);
  });

  it('GIT_DIR / GIT_WORK_TREE / GIT_INDEX_FILE in the caller\'s env never redirect the commit', () => {
    const dir = newJournal();
    const base = testEnv(dir);
    const other = otherRepo(base);
    const otherStatus = git(other, ['status', '--porcelain'], base);
    const env = {
      ...base,
      GIT_DIR: path.join(other, '.git'),
      GIT_WORK_TREE: other,
      GIT_INDEX_FILE: path.join(other, '.git', 'index'),
    };
    const r = career(['init', '--yes', '--name', 'A'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(subjects(other, base)).toEqual(['other: first']);
    expect(git(other, ['status', '--porcelain'], base)).toBe(otherStatus);
    expect(fs.existsSync(path.join(other, 'career.yaml'))).toBe(false);
    expect(subjects(dir, base)).toEqual(['init: career journal for A']);
    expect(committedFiles(dir, base)).toEqual(['.gitignore', 'career.yaml']);
  });

  it('a journal inside another repository gets its own repository; the outer one gets nothing', () => {
    const outerParent = tempDir();
    const base = testEnv(path.join(outerParent, 'x'));
    const outer = otherRepo(base, path.join(outerParent, 'outer'));
    const dir = path.join(outer, 'notes', 'journal');
    const r = career(['init', '--yes', '--name', 'A'], { ...base, CAREER_HOME: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.statSync(path.join(dir, '.git')).isDirectory()).toBe(true);
    expect(git(dir, ['rev-parse', '--show-toplevel'], base).trim()).toBe(fs.realpathSync(dir));
    expect(subjects(dir, base)).toEqual(['init: career journal for A']);
    expect(subjects(outer, base)).toEqual(['other: first']);
    expect(git(outer, ['diff', '--cached', '--name-only'], base)).toBe('');
  });
});

describe('career doctor', () => {
  it('exits 0 on a clean journal', () => {
    const { dir, env } = initJournal();
    const r = career(['doctor'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`in ${dir}: all good`);
    const json = career(['doctor', '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ dir, problems: [] });
  });

  it('exits 1 when there is no journal', () => {
    const dir = newJournal();
    const r = career(['doctor'], testEnv(dir));
    expect(r.code).toBe(1);
    expect(firstLine(r.stderr)).toContain(`no journal in ${dir}`);
  });
});
