// Atomic, private, link-safe writes (SPEC §5).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../src/core/errors.js';
import { removeFile } from '../../src/store/fsio.js';
import { writeFileAtomic } from '../../src/store/write-set.js';
import { listRecordFiles } from '../../src/store/files.js';
import { loadJournal } from '../../src/store/journal.js';
import { resolveInside } from '../../src/store/paths.js';
import { ROOT, tempDir, testEnv } from '../helpers/env.js';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

function journalRoot(): string {
  const root = path.join(tempDir('career-fsio-'), 'journal');
  fs.mkdirSync(root);
  return root;
}

const PROFILE = 'version: 1\nname: Test Person\ncreated: 2026-01-05\n';
const GOAL = 'version: 1\ntitle: Learn to fly planes\ntype: development\nhorizon: short\ncreated: 2026-01-05\ndeadline: 2026-06-30\n';

describe('writeFileAtomic', () => {
  it('creates files 0600 and folders 0700', () => {
    const root = journalRoot();
    writeFileAtomic(root, 'checkins/2026/2026-W06.yaml', 'version: 1\n');
    expect(fs.readFileSync(path.join(root, 'checkins/2026/2026-W06.yaml'), 'utf8')).toBe('version: 1\n');
    expect(mode(path.join(root, 'checkins/2026/2026-W06.yaml'))).toBe(0o600);
    expect(mode(path.join(root, 'checkins'))).toBe(0o700);
    expect(mode(path.join(root, 'checkins/2026'))).toBe(0o700);
    writeFileAtomic(root, 'career.yaml', PROFILE);
    expect(mode(path.join(root, 'career.yaml'))).toBe(0o600);
  });

  it('leaves no temp file behind', () => {
    const root = journalRoot();
    writeFileAtomic(root, 'goals/a.yaml', 'one');
    writeFileAtomic(root, 'goals/a.yaml', 'two');
    writeFileAtomic(root, 'goals/b.yaml', Buffer.from('three'));
    expect(fs.readdirSync(path.join(root, 'goals')).sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(fs.readdirSync(root)).toEqual(['goals']);
  });

  it('replaces the file by rename (a new inode, never a partly overwritten one) and makes it private', () => {
    const root = journalRoot();
    const file = path.join(root, 'goals/a.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'old content that is longer than the new one\n', { mode: 0o644 });
    const before = fs.statSync(file).ino;
    writeFileAtomic(root, 'goals/a.yaml', 'new\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).ino).not.toBe(before);
    expect(mode(file)).toBe(0o600);
  });

  it('writes through an existing folder without changing its mode', () => {
    const root = journalRoot();
    fs.mkdirSync(path.join(root, 'goals'), { mode: 0o755 });
    fs.chmodSync(path.join(root, 'goals'), 0o755);
    writeFileAtomic(root, 'goals/a.yaml', 'x');
    expect(mode(path.join(root, 'goals'))).toBe(0o755);
  });

  it('refuses to write through a symlinked file; the file it points to stays byte-identical', () => {
    const root = journalRoot();
    const outside = path.join(tempDir('career-outside-'), 'secret.txt');
    fs.writeFileSync(outside, 'do not touch\n');
    fs.mkdirSync(path.join(root, 'goals'));
    fs.symlinkSync(outside, path.join(root, 'goals/a.yaml'));
    expect(() => writeFileAtomic(root, 'goals/a.yaml', 'pwned')).toThrow(UserError);
    expect(() => writeFileAtomic(root, 'goals/a.yaml', 'pwned')).toThrow(/goals\/a\.yaml is a symbolic link/);
    expect(fs.readFileSync(outside, 'utf8')).toBe('do not touch\n');
    expect(fs.lstatSync(path.join(root, 'goals/a.yaml')).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(path.join(root, 'goals'))).toEqual(['a.yaml']);
  });

  it('refuses a dangling symlink too (it would create the file elsewhere)', () => {
    const root = journalRoot();
    const outside = path.join(tempDir('career-outside-'), 'created.txt');
    fs.symlinkSync(outside, path.join(root, 'career.yaml'));
    expect(() => writeFileAtomic(root, 'career.yaml', 'x')).toThrow(/symbolic link/);
    expect(fs.existsSync(outside)).toBe(false);
  });

  it.each([
    ['goals', 'goals/a.yaml'],
    ['checkins/2026', 'checkins/2026/2026-W06.yaml'],
    ['.career', '.career/lock'],
  ])('refuses to write when the folder %s is a symlink', (linked, rel) => {
    const root = journalRoot();
    const outsideDir = tempDir('career-outside-');
    fs.mkdirSync(path.join(root, path.dirname(linked)), { recursive: true });
    fs.symlinkSync(outsideDir, path.join(root, linked));
    expect(() => writeFileAtomic(root, rel, 'x')).toThrow(new RegExp(`${linked.replace('.', '\\.')} is a symbolic link`));
    expect(fs.readdirSync(outsideDir)).toEqual([]);
  });

  it('refuses when a folder on the way is a file', () => {
    const root = journalRoot();
    fs.writeFileSync(path.join(root, 'goals'), 'not a folder');
    expect(() => writeFileAtomic(root, 'goals/a.yaml', 'x')).toThrow(/goals is not a folder/);
  });

  it.each(['../x.yaml', '../../etc/passwd', 'goals/../../x.yaml', '/tmp/x.yaml'])('refuses %s and writes nothing outside', (rel) => {
    const parent = tempDir('career-fsio-');
    const root = path.join(parent, 'journal');
    fs.mkdirSync(root);
    expect(() => writeFileAtomic(root, rel, 'x')).toThrow(UserError);
    expect(fs.readdirSync(parent)).toEqual(['journal']);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('removeFile removes inside the journal only', () => {
    const root = journalRoot();
    writeFileAtomic(root, 'goals/a.yaml', 'x');
    removeFile(root, 'goals/a.yaml');
    removeFile(root, 'goals/a.yaml'); // already gone: fine
    expect(fs.readdirSync(path.join(root, 'goals'))).toEqual([]);
    expect(() => removeFile(root, '../journal/goals')).toThrow(UserError);
  });
});

describe('resolveInside', () => {
  const root = '/j';
  it.each(['goals/a.yaml', 'career.yaml', '.career/lock', 'checkins/2026/2026-W06.yaml', 'a..b/c'])('accepts %s', (rel) => {
    expect(resolveInside(root, rel)).toBe(path.join(root, rel));
  });

  it.each([
    ['../x', 'a parent'],
    ['goals/../../x', 'a parent in the middle'],
    ['..', 'the parent itself'],
    ['/etc/passwd', 'an absolute path'],
    ['', 'an empty path'],
    ['goals//a.yaml', 'an empty segment'],
    ['goals/', 'a trailing slash'],
    ['./career.yaml', 'a . segment'],
    ['goals\\..\\..\\x', 'backslashes'],
    ['goals/a\0.yaml', 'a NUL byte'],
  ])('refuses %j (%s)', (rel) => {
    expect(() => resolveInside(root, rel)).toThrow(/not a plain path inside the journal/);
  });
});

describe('a crash between the temp write and the rename', () => {
  const fsio = pathToFileURL(path.join(ROOT, 'dist/store/write-set.js')).href;

  it('leaves the old file intact; the temp dot-file is ignored by the loader', async () => {
    expect(fs.existsSync(new URL(fsio)), 'run `npm run build` first').toBe(true);
    const root = journalRoot();
    fs.writeFileSync(path.join(root, 'career.yaml'), PROFILE);
    fs.mkdirSync(path.join(root, 'goals'));
    fs.writeFileSync(path.join(root, 'goals/learn-to-fly.yaml'), GOAL);
    const script = `import { writeFileAtomic } from ${JSON.stringify(fsio)};
      writeFileAtomic(process.env.JOURNAL, 'goals/learn-to-fly.yaml', 'version: 1\\ntitle: half-written?\\n');
      console.log('not reached');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: testEnv(root, { JOURNAL: root, CAREER_FAILPOINT: 'before-rename' }), encoding: 'utf8', timeout: 20_000,
    });
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).not.toContain('not reached');
    expect(fs.readFileSync(path.join(root, 'goals/learn-to-fly.yaml'), 'utf8')).toBe(GOAL);
    const left = fs.readdirSync(path.join(root, 'goals')).filter((f) => f !== 'learn-to-fly.yaml');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.learn-to-fly\.yaml\.\d+\.[0-9a-f]+\.tmp$/);
    expect(fs.readFileSync(path.join(root, 'goals', left[0]!), 'utf8')).toBe('version: 1\ntitle: half-written?\n');
    // The loader skips dot-files: the journal still loads, with the old goal.
    expect(listRecordFiles(root)).toEqual(['goals/learn-to-fly.yaml']);
    const { journal, problems } = await loadJournal(root);
    expect(problems).toEqual([]);
    expect(journal?.goals.map((g) => g.title)).toEqual(['Learn to fly planes']);
  });

  it('without the failpoint the same script replaces the file', () => {
    const root = journalRoot();
    fs.mkdirSync(path.join(root, 'goals'));
    fs.writeFileSync(path.join(root, 'goals/learn-to-fly.yaml'), GOAL);
    const script = `import { writeFileAtomic } from ${JSON.stringify(fsio)};
      writeFileAtomic(process.env.JOURNAL, 'goals/learn-to-fly.yaml', 'new\\n');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: testEnv(root, { JOURNAL: root }), encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(root, 'goals/learn-to-fly.yaml'), 'utf8')).toBe('new\n');
    expect(fs.readdirSync(path.join(root, 'goals'))).toEqual(['learn-to-fly.yaml']);
  });
});
