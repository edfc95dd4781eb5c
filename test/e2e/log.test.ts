// `career log [goal]` end to end on the built CLI, in process (SPEC §3): the plan's git history
// newest first with what each commit changed, one goal's history (even after the goal was
// deleted), --json and -n. The binary itself is exercised by cli.test and the safety suite.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitIn, initJournal, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

// Parsed command output: tests index into it freely, so it is typed loosely.
const json = <T = any>(r: RunResult): T => JSON.parse(r.stdout) as T;

let dir: string;
let env: Env;
let id: string;
let other: string;

beforeAll(async () => {
  ({ dir, env } = initJournal());
  id = (await ok(['goal', 'add', '--yes', '--title', 'Lead the CRM rollout', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], env)).stdout.trim().split('\n').pop()!;
  other = (await ok(['goal', 'add', '--yes', '--title', 'Speak at a conference', '--deadline', '2027-09-30'], env)).stdout.trim().split('\n').pop()!;
  await ok(['goal', 'progress', id, '3'], env);
  await ok(['journal', 'add', '--kind', 'win', 'Demo went well'], env);
});

describe('career log', () => {
  it('lists the commits newest first, with their messages and files', async () => {
    const out = (await ok(['log'], env)).stdout;
    const subjects = [
      'journal: add win on 2026-11-20',
      `goal: progress ${id} 0 -> 3`,
      `goal: add ${other}`,
      `goal: add ${id}`,
      'init: career journal for Test Person',
    ];
    const at = subjects.map((s) => out.indexOf(s));
    for (const [i, pos] of at.entries()) expect(pos, subjects[i]).toBeGreaterThanOrEqual(0);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const hash = gitIn(dir, env, ['rev-parse', '--short=7', 'HEAD']).trim();
    const lines = out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}  journal: add win on 2026-11-20  \\(${hash}\\)$`));
    expect(lines[1]).toMatch(/^ {12}added {4}journal\/2026\/2026-11-20\.yaml {2}\+\d+ -0$/);
    expect(out).toMatch(new RegExp(` {12}modified goals/${id}\\.yaml {2}\\+\\d+ -\\d+`));
    expect(out).toMatch(/ {12}added {4}career\.yaml/);
  });

  it('shows only one goal\'s commits for `career log <goal>`', async () => {
    const r = await ok(['log', id], env);
    const heads = r.stdout.split('\n').filter((l) => /^\d{4}-/.test(l));
    expect(heads).toHaveLength(2);
    expect(heads[0]).toContain(`goal: progress ${id}`);
    expect(heads[1]).toContain(`goal: add ${id}`);
    expect(r.stdout).not.toContain('journal:');
    expect(r.stdout).not.toContain(other);
  });

  it('--json: [{ hash, date, message, files: [{ status, path }] }]', async () => {
    const entries = json<any[]>(await ok(['log', '--json'], env));
    expect(entries).toHaveLength(5);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['date', 'files', 'hash', 'message']);
      expect(e.hash).toMatch(/^[0-9a-f]{40}$/);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      for (const f of e.files) {
        expect(['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed', 'changed']).toContain(f.status);
        expect(typeof f.path).toBe('string');
      }
    }
    expect(entries[0]).toMatchObject({
      hash: gitIn(dir, env, ['rev-parse', 'HEAD']).trim(),
      message: 'journal: add win on 2026-11-20',
      files: [{ status: 'added', path: 'journal/2026/2026-11-20.yaml', deletions: 0 }],
    });
    expect(entries[4].files.map((f: any) => f.path).sort()).toEqual(['.gitignore', 'career.yaml']);
    const one = json<any[]>(await ok(['log', id, '--json'], env));
    expect(one.map((e) => e.message)).toEqual([`goal: progress ${id} 0 -> 3`, `goal: add ${id}`]);
    expect(one[0].files).toEqual([{ status: 'modified', path: `goals/${id}.yaml`, additions: expect.any(Number), deletions: expect.any(Number) }]);
  });

  it('-n limits the number of commits', async () => {
    expect(json<any[]>(await ok(['log', '-n', '2', '--json'], env))).toHaveLength(2);
    const text = (await ok(['log', '-n', '2'], env)).stdout;
    expect(text.split('\n').filter((l) => /^\d{4}-/.test(l))).toHaveLength(2);
    expect((await ok(['log', id, '-n', '1', '--json'], env)).stdout).toContain('goal: progress');
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = await career(['log', '-n', bad], env);
      expect(r.code, bad).toBe(1);
      expect(r.stderr).toMatch(/-n ".*" is not a whole number/);
    }
  });

  it('an unknown goal: exit 1 with a did-you-mean; a prefix is enough', async () => {
    const r = await career(['log', `${id.slice(0, -1)}x`], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no goal');
    expect(r.stderr).toContain(`did you mean ${id}?`);
    expect(json<any[]>(await ok(['log', id.slice(0, 8), '--json'], env))).toHaveLength(2);
    const junk = await career(['log', '../career'], env);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain('no goal');
  });

  it('a deleted goal still has its history', async () => {
    const j = initJournal();
    const gone = (await ok(['goal', 'add', '--yes', '--title', 'Write a short book', '--deadline', '2027-06-30'], j.env)).stdout.trim().split('\n').pop()!;
    fs.rmSync(path.join(j.dir, 'goals', `${gone}.yaml`));
    gitIn(j.dir, j.env, ['commit', '-q', '-am', `goal: delete ${gone}`]);
    const entries = json<any[]>(await ok(['log', gone, '--json'], j.env));
    expect(entries.map((e) => e.message)).toEqual([`goal: delete ${gone}`, `goal: add ${gone}`]);
    expect(entries[0].files[0]).toMatchObject({ status: 'deleted', path: `goals/${gone}.yaml` });
    expect((await ok(['log', gone], j.env)).stdout).toMatch(new RegExp(`deleted  goals/${gone}\\.yaml`));
    // a typo of a deleted goal is still suggested
    expect((await career(['log', `${gone}s`], j.env)).stderr).toContain(`did you mean ${gone}?`);
  });

  it('without git history: exit 1 with a clear message', async () => {
    const noGit = await career(['--no-git', 'log'], env);
    expect(noGit.code).toBe(1);
    expect(noGit.stderr).toMatch(/git is turned off/);

    const plain = path.join(tempDir(), 'plain');
    const penv = testEnv(plain);
    await ok(['--no-git', 'init', '--yes', '--name', 'P'], penv);
    const r = await career(['log'], penv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has no git history/);
    expect(r.stderr).toContain(`git -C ${plain} init`);

    const none = await career(['log'], testEnv(path.join(tempDir(), 'none')));
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no journal in/);
  });
});
