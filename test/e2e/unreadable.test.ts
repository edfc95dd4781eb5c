// A file or folder career cannot read is an error naming it, in every command, and a problem in
// `doctor` (SPEC §5: never silently skipped). Tests run as any user, root included, so the
// permission error is made by the file system calls themselves failing with EACCES for one
// path, in process; where the suite does not run as root the same is checked with chmod.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { career as spawnCareer, initJournal } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const denied = (p: string) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', errno: -13 });

/** A journal with a goal and a win in journal/2026, and no cache (so every file is read). */
async function journal(): Promise<{ dir: string; env: Env }> {
  const j = initJournal();
  for (const args of [['goal', 'add', '--yes', '--title', 'Learn the violin properly', '--deadline', '2027-01-31'], ['journal', 'add', '--kind', 'win', 'Played a full piece']]) {
    const r = await career(args, j.env);
    expect(r.code, r.stderr).toBe(0);
  }
  fs.rmSync(path.join(j.dir, '.career'), { recursive: true, force: true });
  return j;
}

const READS = [['journal', 'list'], ['journal', 'list', '--kind', 'win'], ['report'], ['report', '--period', 'all', '--json'], ['share'], ['export', 'json']];
/** With the file itself unreadable, the write that would change it stops too. */
const WRITES = [['journal', 'add', 'another']];

afterEach(() => { vi.restoreAllMocks(); });

describe('unreadable files and folders', () => {
  it('a folder career cannot list: every command names it (exit 1), doctor lists it', async () => {
    const j = await journal();
    const folder = path.join(j.dir, 'journal', '2026');
    const readdir = fs.readdirSync.bind(fs);
    vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
      if (path.resolve(String(p)) === folder) throw denied(folder);
      return (readdir as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readdirSync);
    for (const args of READS) {
      const r = await career(args, j.env);
      expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stderr).toContain('journal/2026:1:1: cannot read this folder: permission denied');
      expect(r.stdout).not.toMatch(/No entries match/);
    }
    const doctor = await career(['doctor'], j.env);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('journal/2026:1:1: cannot read this folder: permission denied');
    expect(doctor.stderr).not.toMatch(/unexpected error/);
  });

  it('a file career cannot read: every command names it (exit 1), doctor lists it', async () => {
    const j = await journal();
    const file = path.join(j.dir, 'journal', '2026', '2026-11-20.yaml');
    const read = fs.readFileSync.bind(fs);
    vi.spyOn(fs, 'readFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof p === 'string' && path.resolve(p) === file) throw denied(file);
      return (read as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync);
    for (const args of [...READS, ...WRITES, ['doctor']]) {
      const r = await career(args, j.env);
      expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toContain('journal/2026/2026-11-20.yaml:1:1: cannot read: permission denied');
    }
  });

  it.skipIf(process.getuid?.() === 0)('with real permissions (chmod 000 on the folder)', async () => {
    const j = await journal();
    const folder = path.join(j.dir, 'journal', '2026');
    fs.chmodSync(folder, 0o000);
    try {
      for (const args of [['journal', 'list'], ['report'], ['doctor']]) {
        const r = spawnCareer(args, j.env);
        expect(r.code, args.join(' ')).toBe(1);
        expect(`${r.stdout}${r.stderr}`).toContain('journal/2026:1:1: cannot read this folder: permission denied');
      }
    } finally {
      fs.chmodSync(folder, 0o700);
    }
  });
});
