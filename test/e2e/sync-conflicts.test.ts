// Every shape of sync conflict through a real bare remote and clones of it (SPEC §5: ids never
// collide across machines; every printed conflict step works when followed literally). The
// person's git commands are the printed lines, run word for word; nothing else touches git.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitIn, initJournal, snapshot, tempDir, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;
interface Clone { dir: string; env: Env }

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** The test's git identity and config, nothing else of GIT_*; no editor. */
function cleanGit(env: Env): Env {
  const out: Env = { GIT_EDITOR: 'true' };
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('GIT_') || k === 'GIT_CONFIG_GLOBAL' || k === 'GIT_CONFIG_NOSYSTEM') out[k] = v;
  }
  return out;
}

const files = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => !k.startsWith('.career/')));
const readYaml = (c: Clone, rel: string) => parse(fs.readFileSync(path.join(c.dir, rel), 'utf8'));
const rebasing = (c: Clone) => fs.existsSync(path.join(c.dir, '.git', 'rebase-merge')) || fs.existsSync(path.join(c.dir, '.git', 'rebase-apply'));

/** A journal pushed to a new bare remote, and `n - 1` more machines cloned from it. */
async function machines(n: number): Promise<Clone[]> {
  // Wide (COLUMNS): each message is checked whole, on one line; wrapping has its own tests (wrap.test.ts).
  const made = initJournal();
  const a = { ...made, env: { ...made.env, COLUMNS: '200' } };
  const remote = path.join(tempDir(), 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', remote], { env: cleanGit(a.env) });
  await ok(['sync', '--remote', remote], a.env);
  const out: Clone[] = [a];
  for (let i = 1; i < n; i++) {
    const dir = path.join(tempDir(), `m${i}`);
    execFileSync('git', ['clone', '-q', remote, dir], { env: cleanGit(a.env) });
    // Another machine: the same person, but not the very same commits. Without this, one goal added
    // on three clones in the same second makes three identical commits (same tree, parent, author
    // and time), which git rightly takes as one.
    out.push({ dir, env: { ...a.env, CAREER_HOME: dir, GIT_COMMITTER_EMAIL: `machine${i}@example.com`, GIT_AUTHOR_EMAIL: `machine${i}@example.com` } });
  }
  return out;
}

const GOAL_ARGS = ['--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'];
async function addGoal(c: Clone, title: string, extra: string[] = []): Promise<string> {
  return (await ok(['goal', 'add', '--yes', '--title', title, ...GOAL_ARGS, ...extra], c.env)).stdout.trim().split('\n').pop()!;
}

/** Run one printed line (`git -C <dir> ...`) exactly as printed. */
function runPrinted(line: string, env: Env): { code: number | null; out: string } {
  const words = line.trim().replace(/^\d\.\s+/, '').replace(/^keep (the remote's|your) version:\s+/, '').split(/\s+/);
  expect(words[0], line).toBe('git');
  const r = spawnSync('git', words.slice(1), { env: cleanGit(env), encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The printed "keep ... version" command for `file`. */
function keepLine(stderr: string, file: string, side: 'remote' | 'yours'): string {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.trim() === `${file}:`);
  expect(at, `steps for ${file} in\n${stderr}`).toBeGreaterThan(-1);
  const line = lines.slice(at + 1, at + 3).find((l) => l.includes(side === 'remote' ? "keep the remote's version:" : 'keep your version:'));
  expect(line).toBeDefined();
  return line!;
}

/**
 * Sync `c`, which must stop on `file`; then follow the printed steps: 1, the chosen side for
 * each file git stops on, 4; then 5 (doctor) and 6 (sync). Returns the first stop's output.
 */
async function resolveByKeeping(c: Clone, file: string, side: 'remote' | 'yours'): Promise<string> {
  const stop = await career(['sync'], c.env);
  expect(stop.code, stop.stdout + stop.stderr).toBe(1);
  expect(stop.stderr).toContain(`both change 1 file:\n  ${file}`);
  const step = (n: number) => stop.stderr.split('\n').find((l) => new RegExp(`^\\s+${n}\\. git -C `).test(l))!;
  expect(runPrinted(step(1), c.env).code).not.toBe(0); // stops at the conflict, as announced
  expect(rebasing(c)).toBe(true);
  const r = runPrinted(keepLine(stop.stderr, file, side), c.env);
  expect(r.code, r.out).toBe(0);
  const cont = runPrinted(step(4), c.env);
  expect(cont.code, cont.out).toBe(0);
  expect(rebasing(c)).toBe(false);
  expect((await ok(['doctor'], c.env)).stdout).toMatch(/all good/);
  await ok(['sync'], c.env);
  return stop.stderr;
}

describe('sync conflicts, followed literally', () => {
  it('the same goal added on three machines stays three goals, each with its own references', async () => {
    const [a, b, c] = await machines(3);
    const title = 'Lead the CRM rollout';
    const ids = [];
    for (const m of [a!, b!, c!]) {
      const id = await addGoal(m, title, ['--horizon', 'mid']);
      await addGoal(m, `Pilot the CRM in one team ${m === a ? 'A' : m === b ? 'B' : 'C'}`, ['--parent', id, '--horizon', 'short']);
      await ok(['journal', 'add', '--goal', id, `a note for ${m === a ? 'A' : m === b ? 'B' : 'C'}`, '--date', m === a ? '2026-11-18' : m === b ? '2026-11-19' : '2026-11-20'], m.env);
      ids.push(id);
    }
    expect(new Set(ids)).toEqual(new Set(['lead-the-crm-rollout']));
    await ok(['sync'], a!.env);
    const rb = await ok(['sync'], b!.env);
    expect(rb.stdout).toContain('the one added here is now "lead-the-crm-rollout-2"');
    const rc = await ok(['sync'], c!.env);
    expect(rc.stdout).toContain('the one added here is now "lead-the-crm-rollout-3"');
    await ok(['sync'], a!.env);
    await ok(['sync'], b!.env);
    for (const m of [a!, b!, c!]) {
      expect(files(m.dir)).toEqual(files(a!.dir));
      expect((await ok(['doctor'], m.env)).stdout).toMatch(/all good/);
    }
    const goals = JSON.parse((await ok(['goal', 'list', '--json'], a!.env)).stdout) as { id: string; title: string; parent: string | null }[];
    const parentOf = (t: string) => goals.find((g) => g.title === t)?.parent;
    expect(goals.filter((g) => g.title === title).map((g) => g.id).sort()).toEqual(['lead-the-crm-rollout', 'lead-the-crm-rollout-2', 'lead-the-crm-rollout-3']);
    expect(parentOf('Pilot the CRM in one team A')).toBe('lead-the-crm-rollout');
    expect(parentOf('Pilot the CRM in one team B')).toBe('lead-the-crm-rollout-2');
    expect(parentOf('Pilot the CRM in one team C')).toBe('lead-the-crm-rollout-3');
    const notes = JSON.parse((await ok(['journal', 'list', '--json'], a!.env)).stdout) as { text: string; goal: string }[];
    expect(Object.fromEntries(notes.map((e) => [e.text, e.goal]))).toEqual({
      'a note for A': 'lead-the-crm-rollout', 'a note for B': 'lead-the-crm-rollout-2', 'a note for C': 'lead-the-crm-rollout-3',
    });
    // The history says what happened to each one.
    expect(gitIn(a!.dir, a!.env, ['log', '--format=%s']).split('\n')).toEqual(expect.arrayContaining(['goal: add lead-the-crm-rollout-2', 'goal: add lead-the-crm-rollout-3']));
  });

  it.each(['yours', 'remote'] as const)('edit/edit of one field: keeping %s version works as printed', async (side) => {
    const [a, b] = await machines(2);
    const id = await addGoal(a!, 'Lead the CRM rollout');
    await ok(['sync'], a!.env);
    await ok(['sync'], b!.env);
    await ok(['goal', 'progress', id, '3'], a!.env);
    await ok(['sync'], a!.env);
    await ok(['goal', 'progress', id, '5'], b!.env);
    await resolveByKeeping(b!, `goals/${id}.yaml`, side);
    await ok(['sync'], a!.env);
    expect(files(a!.dir)).toEqual(files(b!.dir));
    expect(readYaml(a!, `goals/${id}.yaml`).progressLog.map((p: { value: number }) => p.value)).toEqual([side === 'yours' ? 5 : 3]);
  });

  it('edit/edit of different fields meets cleanly, or its printed steps work', async () => {
    const [a, b] = await machines(2);
    const id = await addGoal(a!, 'Lead the CRM rollout');
    await ok(['sync'], a!.env);
    await ok(['sync'], b!.env);
    await ok(['goal', 'edit', id, '--why', 'the step to team lead', '--reason', 'clearer'], a!.env);
    await ok(['sync'], a!.env);
    await ok(['goal', 'progress', id, '4'], b!.env);
    const r = await career(['sync'], b!.env);
    if (r.code !== 0) {
      expect(r.stderr).toContain(`goals/${id}.yaml`);
      await resolveByKeeping(b!, `goals/${id}.yaml`, 'yours');
    }
    await ok(['sync'], a!.env);
    expect(files(a!.dir)).toEqual(files(b!.dir));
    expect((await ok(['doctor'], a!.env)).stdout).toMatch(/all good/);
  });

  // A goal file deleted by hand on one machine (committed by `career sync` as a hand edit) and
  // changed on the other: each of the two printed choices does what it says.
  it.each([
    { deleter: 'remote', keep: 'yours', goalAfter: true },
    { deleter: 'remote', keep: 'remote', goalAfter: false },
    { deleter: 'yours', keep: 'yours', goalAfter: false },
    { deleter: 'yours', keep: 'remote', goalAfter: true },
  ] as const)('edit/delete, deleted on $deleter, keeping $keep version', async ({ deleter, keep, goalAfter }) => {
    const [a, b] = await machines(2);
    const id = await addGoal(a!, 'Lead the CRM rollout');
    const file = `goals/${id}.yaml`;
    await ok(['sync'], a!.env);
    await ok(['sync'], b!.env);
    // A changes the goal first and syncs (for B, A's side is "the remote"); B then syncs into it.
    if (deleter === 'remote') fs.rmSync(path.join(a!.dir, file));
    else await ok(['goal', 'progress', id, '6'], a!.env);
    await ok(['sync'], a!.env);
    if (deleter === 'remote') await ok(['goal', 'progress', id, '6'], b!.env);
    else fs.rmSync(path.join(b!.dir, file)); // committed by the sync below as a hand edit
    const stderr = await resolveByKeeping(b!, file, keep);
    expect(stderr).toContain(deleter === 'remote' ? '(deleted on the remote, changed by you)' : '(changed on the remote, deleted by you)');
    await ok(['sync'], a!.env);
    expect(files(a!.dir)).toEqual(files(b!.dir));
    for (const m of [a!, b!]) expect(fs.existsSync(path.join(m.dir, file)), m.dir).toBe(goalAfter);
    if (goalAfter) expect(readYaml(a!, file).progressLog.map((p: { value: number }) => p.value)).toEqual([6]);
  });

  it('the same week checked in on both machines: keeping your version works as printed', async () => {
    const [a, b] = await machines(2);
    await ok(['checkin', '--yes', '--win', 'A shipped', '--energy', '4'], a!.env);
    await ok(['sync'], a!.env);
    await ok(['checkin', '--yes', '--win', 'B shipped', '--energy', '2'], b!.env);
    const file = 'checkins/2026/2026-W47.yaml';
    await resolveByKeeping(b!, file, 'yours');
    await ok(['sync'], a!.env);
    expect(files(a!.dir)).toEqual(files(b!.dir));
    expect(readYaml(a!, file).wins).toEqual(['B shipped']);
  });
});
