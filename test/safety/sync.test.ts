// `career sync` between two clones through a local bare remote (SPEC §3, §5), end to end: edits
// to different goals meet cleanly; edits to the same goal and the same day stop with the files
// named and the next steps; while the person follows those steps (a conflicted rebase) every
// write is refused; once resolved, every entry from both sides is in both clones and the remote.
// The commands are the built CLI in process (the same `main` bin/career.js calls); git is real.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newFileText } from '../../src/store/file-text.js';
import { commitCount, gitIn, initJournal, snapshot, tempDir, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const GOAL = 'ship-the-pilot-to-ten-teams';
const GOAL_FILE = `goals/${GOAL}.yaml`;
const DAY = '2026-11-21';
const DAY_FILE = `journal/2026/${DAY}.yaml`;

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** git for the person's own steps: the test identity, no editor, output kept off the test log. */
function git(dir: string, env: Env, args: string[]): { code: number | null; out: string } {
  const clean: Env = { GIT_EDITOR: 'true' };
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('GIT_') || k === 'GIT_CONFIG_GLOBAL' || k === 'GIT_CONFIG_NOSYSTEM') clean[k] = v;
  const r = spawnSync('git', ['-C', dir, ...args], { env: { ...clean, GIT_EDITOR: 'true' }, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const files = (dir: string) => new Map([...snapshot(dir)].filter(([k]) => !k.startsWith('.career/')));
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
const rebasing = (dir: string) => fs.existsSync(path.join(dir, '.git', 'rebase-merge')) || fs.existsSync(path.join(dir, '.git', 'rebase-apply'));

/** What a person does with a conflicted career file: keep both sides' entries. */
function keepBoth(rel: string, ours: string, theirs: string): string {
  const [a, b] = [parse(ours), parse(theirs)];
  const key = rel.startsWith('goals/') ? 'progressLog' : 'entries';
  const seen = new Set(a[key].map((x: unknown) => JSON.stringify(x)));
  const merged = [...a[key], ...b[key].filter((x: unknown) => !seen.has(JSON.stringify(x)))];
  if (key === 'progressLog') merged.sort((x: { date: string }, y: { date: string }) => x.date.localeCompare(y.date));
  return newFileText({ ...a, [key]: merged }, rel);
}

describe('sync between two clones', () => {
  it('same goal and same day on both sides: conflict reported with steps, writes refused while resolving, nothing lost', async () => {
    // A: the journal, pushed to a bare remote. B: a clone of it.
    const a = initJournal();
    const aEnv = { ...a.env, CAREER_TODAY: DAY };
    await ok(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], aEnv);
    const remote = path.join(tempDir(), 'remote.git');
    expect(git(tempDir(), a.env, ['init', '-q', '--bare', remote]).code).toBe(0); // main, from the test's git config
    await ok(['sync', '--remote', remote], aEnv);
    const b = path.join(tempDir(), 'b');
    expect(git(tempDir(), a.env, ['clone', '-q', remote, b]).code).toBe(0);
    const bEnv = { ...aEnv, CAREER_HOME: b };

    // Both sides work offline: a new goal each, a journal entry on the same day, progress on the same goal.
    await ok(['goal', 'progress', GOAL, '3', '--note', 'from A'], aEnv);
    await ok(['journal', 'add', '--kind', 'win', 'A was here'], aEnv);
    await ok(['goal', 'add', '--yes', '--title', 'Learn the violin properly', '--deadline', '2028-01-31'], aEnv);
    await ok(['goal', 'add', '--yes', '--title', 'Run a marathon in spring', '--deadline', '2027-04-30'], bEnv);
    await ok(['journal', 'add', 'B was here'], bEnv);
    await ok(['goal', 'progress', GOAL, '5', '--note', 'from B'], { ...bEnv, CAREER_TODAY: '2026-11-22' });
    expect((await ok(['sync'], aEnv)).stdout).toContain('Pushed 3 commits to origin/main.');

    // B's sync stops: the files named, nothing lost (B back at its own commits), the steps printed.
    const before = { files: files(b), head: gitIn(b, bEnv, ['rev-parse', 'HEAD']), commits: commitCount(b, bEnv) };
    const stop = await career(['sync'], bEnv);
    expect(stop.code).toBe(1);
    expect(stop.stderr).toContain(`career: sync stopped: your commits and the remote's both change 1 file:\n  ${DAY_FILE}\n`);
    // git stops at the first conflicting commit; the goal both sides changed is named as well.
    expect(stop.stderr).toContain(`Both sides also changed this file, so git may stop again there:\n  ${GOAL_FILE}\n`);
    expect(stop.stderr).toContain('If git stops again at another conflict, do steps 2-4 again for the files it names.');
    expect(stop.stderr).toContain("Nothing was lost: the journal is back to your own commits, and the remote's version is in origin/main.");
    expect(files(b)).toEqual(before.files);
    expect(gitIn(b, bEnv, ['rev-parse', 'HEAD'])).toBe(before.head);
    expect(commitCount(b, bEnv)).toBe(before.commits);
    expect(rebasing(b)).toBe(false);

    // The person follows step 1 as printed.
    const step1 = stop.stderr.split('\n').find((l) => /^ {2}1\. git -C /.test(l));
    expect(step1).toBe(`  1. git -C ${b} rebase origin/main`);
    expect(git(b, bEnv, step1!.replace(/^ {2}1\. git -C \S+ /, '').split(' ')).code).not.toBe(0);
    expect(rebasing(b)).toBe(true);

    // Halfway through: every write is refused, with the reason, and changes nothing.
    const halfway = files(b);
    for (const args of [['journal', 'add', 'Not now'], ['goal', 'add', '--yes', '--title', 'Not now either please', '--deadline', '2027-01-31'], ['checkin', '--yes', '--energy', '3']]) {
      const r = await career(args, bEnv);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`career: a git rebase is in progress in ${b}; career will not write until it is finished`);
    }
    const again = await career(['sync'], bEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`career: a git rebase is in progress in ${b}; finish it before syncing`);
    expect(files(b)).toEqual(halfway);

    // Resolve each stop by keeping both sides, as steps 2-4 say, until the rebase is done.
    const resolved: string[] = [];
    for (let i = 0; i < 5 && rebasing(b); i++) {
      const conflicts = gitIn(b, bEnv, ['diff', '--name-only', '--diff-filter=U']).trim().split('\n').filter(Boolean);
      for (const rel of conflicts) {
        const side = (n: number) => gitIn(b, bEnv, ['show', `:${n}:${rel}`]);
        fs.writeFileSync(path.join(b, rel), keepBoth(rel, side(2), side(3)));
        expect(git(b, bEnv, ['add', '--', rel]).code).toBe(0);
        resolved.push(rel);
      }
      git(b, bEnv, ['rebase', '--continue']); // stops again (exit 1) at the next conflicting commit
    }
    expect(rebasing(b)).toBe(false);
    expect(resolved).toEqual([DAY_FILE, GOAL_FILE]);

    // Steps 5 and 6, then A pulls: both clones and the remote hold everything.
    await ok(['doctor'], bEnv);
    expect((await ok(['sync'], bEnv)).stdout).toContain('Pushed 3 commits to origin/main.');
    expect((await ok(['sync'], aEnv)).stdout).toContain('Pulled 3 commits from origin/main:');
    for (const dir of [a.dir, b]) {
      expect(readYaml(dir, GOAL_FILE).progressLog).toEqual([
        { date: DAY, value: 3, note: 'from A' }, { date: '2026-11-22', value: 5, note: 'from B' },
      ]);
      expect(readYaml(dir, DAY_FILE).entries.map((e: { text: string }) => e.text)).toEqual(['A was here', 'B was here']);
      expect(fs.readdirSync(path.join(dir, 'goals')).sort()).toEqual(['learn-the-violin-properly.yaml', 'run-a-marathon-in-spring.yaml', `${GOAL}.yaml`]);
      expect(gitIn(dir, bEnv, ['status', '--porcelain']).trim()).toBe('');
      expect(gitIn(dir, bEnv, ['rev-parse', 'HEAD'])).toBe(gitIn(remote, bEnv, ['rev-parse', 'refs/heads/main']));
    }
    expect(files(a.dir)).toEqual(files(b));
    const list = JSON.parse((await ok(['goal', 'list', '--json'], aEnv)).stdout) as { id: string; metric: { current: number } | null }[];
    expect(list.find((g) => g.id === GOAL)?.metric?.current).toBe(5);
  });
});
