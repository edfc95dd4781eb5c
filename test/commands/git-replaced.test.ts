// Command modules with git replaced (the changesets way): what a write hands to git — exactly the
// files it saved and a message that says what changed — and what it does when git cannot
// commit: the data stays saved and the error names the file, so the person knows what to do.
// The journal is real (temporary folder); only src/git/commit.js is a recording stand-in.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { CommitOutcome } from '../../src/git/commit.js';
import { pilotJournal } from '../helpers/env.js';

interface Call { dir: string; paths: string[]; message: string; added?: readonly string[] }
const calls: Call[] = [];
let outcome: CommitOutcome = { committed: true };
vi.mock('../../src/git/commit.js', () => ({
  commitPaths: async (dir: string, paths: string[], message: string, opts: { added?: readonly string[] } = {}) => {
    calls.push({ dir, paths, message, added: opts.added });
    return outcome;
  },
}));

const { add } = await import('../../src/commands/entry-add.js');
const { progress } = await import('../../src/commands/goal-change.js');

const GOAL = 'ship-the-pilot-to-ten-teams';
const G = { color: false, git: true };
let saved: { env: NodeJS.ProcessEnv; out: typeof process.stdout.write; err: typeof process.stderr.write };
let dir = '';

beforeEach(() => {
  const j = pilotJournal();
  dir = j.dir;
  saved = { env: process.env, out: process.stdout.write, err: process.stderr.write };
  process.env = { ...j.env };
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  calls.length = 0;
  outcome = { committed: true };
});
afterEach(() => {
  process.env = saved.env;
  process.stdout.write = saved.out;
  process.stderr.write = saved.err;
});

const day = () => parse(fs.readFileSync(path.join(dir, 'journal/2026/2026-11-20.yaml'), 'utf8')) as { entries: { text: string }[] };

describe('a write hands git exactly what it saved', () => {
  it('journal add: one commit of the new day file, which git is told is new', async () => {
    await add(G, ['Shipped', 'the', 'pilot'], { kind: 'win' });
    expect(calls).toEqual([{ dir, paths: ['journal/2026/2026-11-20.yaml'], message: 'journal: add win on 2026-11-20', added: ['journal/2026/2026-11-20.yaml'] }]);
    expect(day().entries.map((e) => e.text)).toEqual(['Shipped the pilot']);
  });

  it('goal progress: one commit of the goal file, known to git already, with the old and new value', async () => {
    await progress(G, GOAL, '3', { note: 'third team live' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ paths: [`goals/${GOAL}.yaml`], added: [] });
    expect(calls[0]!.message).toMatch(new RegExp(`^goal: progress ${GOAL} \\S+ -> 3$`));
  });

  it('a change that changes nothing is not handed to git', async () => {
    await progress(G, GOAL, '3', {});
    calls.length = 0;
    await progress(G, GOAL, '3', {});
    expect(calls).toEqual([]);
  });
});

describe('when git cannot commit', () => {
  it('the entry stays saved and the error names the file and the fix', async () => {
    outcome = { committed: false, reason: 'index-locked', detail: '.git/index.lock exists', fix: 'remove the stale lock' };
    const err = await add(G, ['Kept', 'anyway'], {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'NotCommittedError', hint: 'remove the stale lock' });
    expect((err as Error).message).toBe('saved journal/2026/2026-11-20.yaml, but did not commit it to git: .git/index.lock exists');
    expect(day().entries.map((e) => e.text)).toEqual(['Kept anyway']);
  });

  it('"nothing to commit" is no failure (the file already matches the last commit)', async () => {
    outcome = { committed: false, reason: 'nothing-to-commit', detail: 'the files already match the last commit', fix: 'No action is needed.' };
    await expect(progress(G, GOAL, '4', {})).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
  });
});
