// What the person enters comes back (issue 15.5), on the built CLI in process: init's reflection
// (about the year just ended when it runs in January) in the annual review's facts and that
// year's brag document; the annual review saving passions, talents and relationships to
// career.yaml, moving deadlines as revisions and keeping its skill re-ratings, which the brag
// document shows as the skills developed. Every flag's bad value changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, gitIn, snapshot, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;
const CRM = 'ship-the-crm-pilot-to-ten-teams';
const readYaml = (dir: string, rel: string) => parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
const at = (env: Env, today: string): Env => ({ ...env, CAREER_TODAY: today });

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** A journal begun on `today` with a reflection, two skills, a relationship and two goals. */
async function journal(today = '2026-11-20') {
  const dir = path.join(tempDir(), 'journal');
  const env = testEnv(dir, { CAREER_TODAY: today });
  await ok(['init', '--yes', '--name', 'Avery Quinn', '--vision', 'Lead a platform team', '--values', 'growth,autonomy',
    '--skill', 'TypeScript:hard:3', '--skill', 'Negotiation:soft:2', '--relationship', 'Sam (manager) => monthly career chat',
    '--proud', 'Shipped the billing rewrite', '--challenge', 'A reorg', '--handled', 'Asked for a charter', '--new-skill', 'Rust'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Ship the CRM pilot to ten teams', '--deadline', '2026-12-31'], env);
  await ok(['goal', 'add', '--yes', '--title', 'Become staff engineer at Acme', '--deadline', '2028-06-30', '--horizon', 'mid'], env);
  return { dir, env };
}

describe('init reflects on the year just ended in January', () => {
  it('on 2027-01-05 stores reflection.year 2026; on 2027-02-01 it is 2027', async () => {
    for (const [today, year] of [['2027-01-05', 2026], ['2027-01-31', 2026], ['2027-02-01', 2027]] as const) {
      const dir = path.join(tempDir(), 'journal');
      await ok(['init', '--yes', '--name', 'A', '--proud', 'Shipped it'], testEnv(dir, { CAREER_TODAY: today }));
      expect(readYaml(dir, 'career.yaml').reflection, today).toMatchObject({ year, accomplishments: ['Shipped it'] });
    }
  });
});

describe('the reflection comes back for its year only', () => {
  it('in the annual review of 2026 (facts and --json), not in 2025\'s', async () => {
    const { env } = await journal();
    const text = (await ok(['review', 'annual', '--facts'], env)).stdout;
    expect(text).toContain('What you wrote about 2026 when you started your journal (2026-11-20):');
    expect(text).toContain('  Proudest of: Shipped the billing rewrite');
    expect(text).toContain('  Biggest challenge: A reorg (handled: Asked for a charter)');
    expect(text).toContain('  New skills: Rust');
    expect(JSON.parse((await ok(['review', 'annual', '--facts', '--json'], env)).stdout).reflection).toMatchObject({ year: 2026, newSkills: ['Rust'] });
    expect((await ok(['review', 'annual', '--facts', '--period', '2025'], env)).stdout).not.toContain('What you wrote');
    expect(JSON.parse((await ok(['review', 'annual', '--facts', '--json', '--period', '2025'], env)).stdout).reflection).toBeNull();
  });

  it('in the brag document of 2026, not in 2025\'s or a quarter\'s report', async () => {
    const { env } = await journal();
    const brag = (await ok(['report', '--period', '2026', '--format', 'markdown'], env)).stdout;
    expect(brag).toContain('## Looking back on 2026\n**Proudest of**\n- Shipped the billing rewrite');
    expect(brag).toContain('**New skills**\n- Rust');
    expect((await ok(['report', '--period', '2025', '--format', 'markdown'], env)).stdout).not.toContain('Looking back');
    expect((await ok(['report', '--format', 'markdown'], env)).stdout).not.toContain('Looking back');
    expect(JSON.parse((await ok(['report', '--period', 'year', '--json'], env)).stdout).reflection).toMatchObject({ year: 2026 });
  });
});

describe('review annual --yes: the follow-through from flags', () => {
  it('saves passions, talents and relationships, a deadline as a revision and a re-rating, in one commit', async () => {
    const { dir, env } = await journal();
    const before = commitCount(dir, env);
    const r = await ok(['review', 'annual', '--yes', '--deadline', 'ship-the=end of Q1 2027', '--reason', 'two teams slipped to Q1',
      '--rate', 'typescript=4', '--vision', 'Lead the platform group', '--answer', 'passions=teaching', '--answer', 'passions=writing',
      '--answer', 'talents=explaining', '--answer', 'relationships=Dana (mentor): lunch every other month'], env);
    expect(r.stdout).toContain('New deadline for Ship the CRM pilot to ten teams: 2027-03-31 (two teams slipped to Q1).');
    expect(r.stdout).toContain('Saved your relationships, passions, talents, vision to career.yaml.');
    expect(r.stdout).toContain('Re-rated TypeScript 3 → 4.');
    expect(commitCount(dir, env)).toBe(before + 1);
    const files = gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort();
    expect(files).toEqual(['career.yaml', `goals/${CRM}.yaml`, 'reviews/2026/2026-annual.yaml']);
    const profile = readYaml(dir, 'career.yaml');
    expect(profile).toMatchObject({
      vision: 'Lead the platform group', values: ['growth', 'autonomy'], passions: ['teaching', 'writing'], talents: ['explaining'],
      relationships: [{ name: 'Dana', role: 'mentor', action: 'lunch every other month' }],
      skills: [{ name: 'TypeScript', kind: 'hard', rating: 4 }, { name: 'Negotiation', kind: 'soft', rating: 2 }],
    });
    const goal = readYaml(dir, `goals/${CRM}.yaml`);
    expect(goal.deadline).toBe('2027-03-31');
    expect(goal.revisions.at(-1)).toEqual({ date: '2026-11-20', fields: ['deadline'], reason: 'two teams slipped to Q1' });
    expect(readYaml(dir, 'reviews/2026/2026-annual.yaml').skills).toEqual([{ name: 'TypeScript', from: 3, to: 4 }]);
    expect((await career(['doctor'], env)).code).toBe(0);
  });

  it('a re-run re-rating again keeps the first rating; the brag document shows from -> to', async () => {
    const { dir, env } = await journal();
    await ok(['review', 'annual', '--yes', '--rate', 'TypeScript=4'], env);
    await ok(['review', 'annual', '--yes', '--rate', 'TypeScript=5', '--rate', 'Negotiation=3'], at(env, '2027-01-05'));
    expect(readYaml(dir, 'reviews/2026/2026-annual.yaml').skills).toEqual([{ name: 'TypeScript', from: 3, to: 5 }, { name: 'Negotiation', from: 2, to: 3 }]);
    const brag = (await ok(['report', '--period', 'last-year', '--format', 'markdown'], at(env, '2027-01-05'))).stdout;
    expect(brag).toContain('## Skills developed\n- **TypeScript**: 3 → 5 of 5 *(annual 2026 review)*\n- **Negotiation**: 2 → 3 of 5 *(annual 2026 review)*');
    expect(brag).toContain('## Lessons learned');
    const json = JSON.parse((await ok(['report', '--period', '2026', '--json'], env)).stdout);
    expect(json.skillsRated).toEqual([{ name: 'TypeScript', from: 3, to: 5, review: 'annual 2026' }, { name: 'Negotiation', from: 2, to: 3, review: 'annual 2026' }]);
    // Another year's brag document has no re-ratings of its own.
    expect((await ok(['report', '--period', '2025', '--format', 'markdown'], env)).stdout).toContain('*No skill re-rated in a review of this period');
  });

  it('the same answers as career.yaml change nothing in it', async () => {
    const { dir, env } = await journal();
    await ok(['review', 'annual', '--yes', '--answer', 'values=growth', '--answer', 'values=autonomy', '--rate', 'TypeScript=3'], env);
    const files = gitIn(dir, env, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n');
    expect(files).toEqual(['reviews/2026/2026-annual.yaml']);
    expect(readYaml(dir, 'reviews/2026/2026-annual.yaml').skills).toBeUndefined();
  });
});

describe('bad follow-through flags change nothing', () => {
  it.each([
    [['review', 'annual', '--yes', '--deadline', 'nope=2027-01-01'], '--deadline: no goal "nope"', 1],
    [['review', 'annual', '--yes', '--deadline', 'ship-the'], '--deadline "ship-the" is not GOAL=DATE', 1],
    [['review', 'annual', '--yes', '--deadline', 'ship-the=someday'], '--deadline: ', 1],
    [['review', 'annual', '--yes', '--rate', 'Cooking=3'], '--rate: career.yaml has no skill "Cooking"', 1],
    [['review', 'annual', '--yes', '--rate', 'TypeScript=9'], '--rate TypeScript="9" must be a whole number 1-5', 1],
    [['review', 'annual', '--yes', '--answer', 'relationships=Dana'], 'relationship "Dana" has no action: write it as NAME (ROLE) => ACTION', 1],
    [['review', 'monthly', '--yes', '--deadline', 'ship-the=2027-01-01'], '--deadline belongs to the annual review, not the monthly one', 2],
  ] as [string[], string, number][])('%j', async (args, message, code) => {
    const { dir, env } = await journal();
    const snap = snapshot(dir);
    const commits = commitCount(dir, env);
    const r = await career(args, env);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe(''); // not even the facts
    expect(snapshot(dir)).toEqual(snap);
    expect(commitCount(dir, env)).toBe(commits);
  });
});
