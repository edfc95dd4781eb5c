// The shipped demo journal (templates/demo, shown by `career report --demo` as of 2026-11-20):
// every file is valid, and the story shows each pace a newcomer should see. The tests run on a
// copy in a temp dir, so nothing ever writes into templates/demo.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, snapshot, tempDir, testEnv } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const DEMO = path.join(ROOT, 'templates', 'demo');
const DEMO_TODAY = '2026-11-20';

interface GoalJson {
  id: string;
  status: string;
  pace: string;
  parent: string | null;
  horizon: string;
  forecast: string | null;
  deadline: string;
}

/** Every .yaml file under dir, relative, sorted. */
function yamlFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...yamlFiles(dir, child));
    else if (e.name.endsWith('.yaml')) out.push(child);
  }
  return out.sort();
}

describe('the shipped demo journal', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dir = path.join(tempDir('career-demo-'), 'journal');
    fs.cpSync(DEMO, dir, { recursive: true });
    env = testEnv(dir, { CAREER_TODAY: DEMO_TODAY });
  });

  const goals = async (args: string[] = []): Promise<GoalJson[]> => {
    const r = await career(['goal', 'list', '--json', ...args], env);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as GoalJson[];
  };

  it('passes career doctor', async () => {
    const r = await career(['doctor'], env);
    expect(r.code, `${r.stdout}${r.stderr}`).toBe(0);
  });

  it('writes every file with version: 1 first', async () => {
    const files = yamlFiles(dir);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expect(fs.readFileSync(path.join(dir, f), 'utf8').split('\n')[0], f).toBe('version: 1');
  });

  it('shows every pace among the active goals', async () => {
    const active = await goals();
    expect(active.every((g) => g.status === 'active')).toBe(true);
    const paces = new Set(active.map((g) => g.pace));
    for (const pace of ['ahead', 'on-track', 'behind', 'overdue']) expect(paces, pace).toContain(pace);
  });

  it('has a finished and an abandoned goal with --all', async () => {
    const all = await goals(['--all']);
    expect(all.filter((g) => g.status === 'done')).toHaveLength(1);
    expect(all.filter((g) => g.status === 'dropped')).toHaveLength(1);
    expect(all.length).toBeGreaterThanOrEqual(7);
    expect(all.length).toBeLessThanOrEqual(9);
  });

  it('works backward from the long-term goal: every mid goal has a parent, every short goal a mid parent', async () => {
    const all = await goals(['--all']);
    const byId = new Map(all.map((g) => [g.id, g]));
    for (const g of all) {
      if (g.horizon === 'long') continue;
      const parent = g.parent === null ? undefined : byId.get(g.parent);
      expect(parent, `${g.id} has a parent`).toBeDefined();
      expect(parent!.horizon, `${g.id}'s parent`).toBe(g.horizon === 'mid' ? 'long' : 'mid');
    }
  });

  it('forecasts one active goal late and one early', async () => {
    const withForecast = (await goals()).filter((g) => g.forecast !== null);
    expect(withForecast.some((g) => g.forecast! > g.deadline)).toBe(true);
    expect(withForecast.some((g) => g.forecast! < g.deadline)).toBe(true);
  });

  it('keeps each check-in value in the goal\'s progress log, tagged with its week', async () => {
    const logs = new Map<string, { date: string; value: number; week?: string }[]>();
    for (const f of yamlFiles(dir).filter((f) => f.startsWith('goals/'))) {
      logs.set(path.basename(f, '.yaml'), parse(fs.readFileSync(path.join(dir, f), 'utf8')).progressLog);
    }
    const checkins = yamlFiles(dir).filter((f) => f.startsWith('checkins/'));
    expect(checkins.length).toBeGreaterThanOrEqual(45);
    for (const f of checkins) {
      const c = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { week: string; date: string; goals: { goal: string; value?: number }[] };
      for (const g of c.goals) {
        expect(logs.has(g.goal), `${f}: ${g.goal}`).toBe(true);
        if (g.value === undefined) continue;
        const point = logs.get(g.goal)!.find((p) => p.week === c.week);
        expect(point, `${f}: ${g.goal}`).toEqual(expect.objectContaining({ date: c.date, value: g.value }));
      }
    }
  });

  it('report --demo shows the story as of its own day and leaves the shipped files alone', async () => {
    const before = snapshot(DEMO);
    // Any journal and any today: --demo ignores both.
    const r = await career(['report', '--demo', '--json'], testEnv(path.join(tempDir(), 'none'), { CAREER_TODAY: '2030-01-01' }));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.today).toBe(DEMO_TODAY);
    expect(report.checkins.streak).toBeGreaterThanOrEqual(3);
    expect(report.checkins.missed.length).toBeGreaterThanOrEqual(1);
    expect(report.milestones.overdue.length).toBeGreaterThanOrEqual(1);
    expect(report.milestones.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(report.finished.map((g: GoalJson) => g.status)).toEqual(['done']);
    expect(report.journal.wins.length).toBeGreaterThan(0);
    expect(snapshot(DEMO)).toEqual(before);
  });
});
