// The bench's journal generator (bench/generate.js): deterministic for a seed, different for
// another seed, the sizes SPEC §6 names, valid for `career doctor`, and committed to git.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateJournal } from '../../bench/generate.js';
import { career, tempDir, testEnv } from '../helpers/env.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function fresh(): string {
  const root = tempDir('career-gen-');
  made.push(root);
  return path.join(root, 'journal');
}

/** Every file outside .git, relative, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (child === '.git') continue;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** [relative path, sha256] of every file outside .git, sorted by path. */
const fingerprint = (dir: string): [string, string][] =>
  listFiles(dir).map((rel) => [rel, createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex')]);

describe('bench journal generator', () => {
  it('gives byte-identical files for the same seed', () => {
    const a = fresh();
    const b = fresh();
    generateJournal(a, { seed: 7, scale: 0.1, git: false });
    generateJournal(b, { seed: 7, scale: 0.1, git: false });
    const fa = fingerprint(a);
    expect(fa.length).toBeGreaterThan(400);
    expect(fingerprint(b)).toEqual(fa);
  });

  it('gives different files for a different seed', () => {
    const a = fresh();
    const b = fresh();
    generateJournal(a, { seed: 7, scale: 0.1, git: false });
    generateJournal(b, { seed: 8, scale: 0.1, git: false });
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(fb).not.toEqual(fa);
    // Same dates and weeks, different content: most files differ, not just one.
    const hashes = new Map(fa);
    expect(fb.filter(([p, h]) => hashes.get(p) !== h).length).toBeGreaterThan(fa.length / 2);
  });

  it('writes the full ten-year journal: the sizes SPEC §6 names, valid, and committed', () => {
    const dir = fresh();
    const info = generateJournal(dir, { seed: 42, years: 10 });
    expect(info).toMatchObject({ goals: 60, milestones: 600, checkins: 520, days: 3650 });
    const files = listFiles(dir);
    const filesUnder = (sub: string) => files.filter((p) => p.startsWith(`${sub}/`));

    const goals = filesUnder('goals');
    expect(goals).toHaveLength(60);
    const records = goals.map((rel) => parse(fs.readFileSync(path.join(dir, rel), 'utf8')) as {
      horizon: 'short' | 'mid' | 'long'; parent: string | null; milestones: unknown[]; status: string;
    });
    expect(records.reduce((n, g) => n + g.milestones.length, 0)).toBe(600);
    expect(new Set(records.map((g) => g.horizon))).toEqual(new Set(['short', 'mid', 'long']));
    expect(records.some((g) => g.status === 'active') && records.some((g) => g.status === 'done')).toBe(true);
    // Parents are longer-term than their children: long > mid > short.
    const rank = { short: 1, mid: 2, long: 3 };
    const byId = new Map(goals.map((rel, i) => [path.basename(rel, '.yaml'), records[i]!]));
    for (const g of records) {
      if (g.parent) expect(rank[byId.get(g.parent)!.horizon]).toBeGreaterThan(rank[g.horizon]);
    }

    const checkins = filesUnder('checkins');
    expect(checkins).toHaveLength(520);
    expect(checkins.every((p) => /^checkins\/(\d{4})\/\1-W\d{2}\.yaml$/.test(p))).toBe(true);
    const days = filesUnder('journal');
    expect(days).toHaveLength(3650);
    expect(days.at(-1)).toBe('journal/2026/2026-11-20.yaml');
    expect(filesUnder('reviews').length).toBeGreaterThan(0);

    const env = testEnv(dir);
    const doctor = career(['doctor'], env);
    expect(doctor.stderr).toBe('');
    expect(doctor.code).toBe(0);

    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    expect(git('status', '--porcelain').stdout).toBe('');
    expect(git('rev-list', '--count', 'HEAD').stdout.trim()).toBe('1');
  });
});
