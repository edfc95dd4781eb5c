// Working backward checked on the built CLI (SPEC §4, issue 13 item 4): doctor warns (exit 0)
// or errs (exit 1) at path:line:col, goal lint fails, goal add warns, and a dangling parent no
// longer blocks the `goal edit --parent` that fixes it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initJournal, snapshot } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

function journalWith(files: Record<string, string>) {
  const j = initJournal();
  fs.mkdirSync(path.join(j.dir, 'goals'), { recursive: true, mode: 0o700 });
  for (const [id, text] of Object.entries(files)) fs.writeFileSync(path.join(j.dir, 'goals', `${id}.yaml`), text, { mode: 0o600 });
  return j;
}

const goalFile = (title: string, horizon: string, deadline: string, extra = '') =>
  `version: 1\ntitle: ${title}\ntype: other\nhorizon: ${horizon}\ncreated: "2026-01-01"\ndeadline: "${deadline}"\nwhy: tests\n${extra}`;

describe('doctor', () => {
  it('warns about working backward at the field, and still exits 0', async () => {
    const { env } = journalWith({
      lead: goalFile('Lead an engineering org', 'long', '2034-12-31'),
      ship: goalFile('Ship the design system', 'short', '2030-06-30',
        'parent: lead\nmilestones:\n  - id: go-live\n    title: Go live\n    due: "2031-01-01"\n'),
    });
    const r = await career(['doctor'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('goals/ship.yaml:4:10: warning: a short-term goal is due within a year, but its deadline 2030-06-30 is 4.5 years after it was created (2026-01-01)');
    expect(r.stdout).toContain('  hint: make it mid-term (`career goal edit ship --horizon mid`) or set an earlier --deadline');
    expect(r.stdout).toContain('goals/ship.yaml:12:10: warning: milestone "Go live" (go-live) is due 2031-01-01, after the goal\'s deadline 2030-06-30');
    expect(r.stdout).toMatch(/all good, with 2 working-backward warnings above\.\n$/);
    const json = JSON.parse((await career(['doctor', '--json'], env)).stdout);
    expect(json.problems).toEqual([]);
    expect(json.warnings.map((w: { line: number }) => w.line)).toEqual([12, 4]);
  });

  it('errs on duplicate milestone ids and a self-parent, exit 1', async () => {
    const { env } = journalWith({
      me: goalFile('Be my own parent goal', 'long', '2034-12-31', 'parent: me\nmilestones:\n  - id: dup\n    title: One\n    due: "2030-01-01"\n  - id: dup\n    title: Two\n    due: "2030-02-01"\n'),
    });
    const r = await career(['doctor'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('goals/me.yaml:8:9: parent: is the goal itself');
    expect(r.stdout).toContain('goals/me.yaml:13:9: milestones[1].id: "dup" is also the id of milestones[0]');
    expect(r.stderr).toContain('2 problems in 1 file');
  });

  it('names a parent loop written by hand', async () => {
    const { env } = journalWith({
      a: goalFile('Goal a in a loop', 'long', '2034-12-31', 'parent: b\n'),
      b: goalFile('Goal b in a loop', 'long', '2034-12-31', 'parent: a\n'),
    });
    const r = await career(['doctor'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('goals/a.yaml:8:9: warning: its parents go round in a circle: a -> b -> a');
    expect(r.stdout).toContain('hint: break the circle: `career goal edit a --parent none`');
  });
});

describe('goal lint fails what doctor warns about', () => {
  it('exit 1 with the finding and its hint; JSON lists it', async () => {
    const { env } = journalWith({ ship: goalFile('Ship the design system', 'short', '2030-06-30', 'steps:\n  - text: Book a room\n') });
    const r = await career(['goal', 'lint'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ Backward    a short-term goal is due within a year');
    expect(r.stdout).toContain('1 of 1 goals fail the SMART or working-backward check.');
    const json = JSON.parse((await career(['goal', 'lint', '--json'], env)).stdout);
    expect(json[0].pass).toBe(false);
    expect(json[0].workingBackward[0].hint).toContain('--horizon mid');
  });
});

describe('goal add and goal edit warn, and save', () => {
  it('goal add under a parent it outlives', async () => {
    const { env } = journalWith({ lead: goalFile('Lead an engineering org', 'long', '2030-12-31') });
    const r = await career(['goal', 'add', '--yes', '--title', 'Manage a team of five', '--horizon', 'mid', '--parent', 'lead', '--deadline', '2031-06-30'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('manage-a-team-of-five\n');
    expect(r.stderr).toContain('warning: its deadline 2031-06-30 is after that of its parent lead (2030-12-31)');
    expect(r.stderr).toContain('hint: a step toward lead is due before it: `career goal edit <id> --deadline <date>`');
  });

  it('goal edit that moves a deadline past its parent', async () => {
    const { env } = journalWith({ lead: goalFile('Lead an engineering org', 'long', '2030-12-31'), ship: goalFile('Ship the design system', 'short', '2026-12-31', 'parent: lead\n') });
    const r = await career(['goal', 'edit', 'lead', '--deadline', '2026-06-30', '--yes'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: ship: its deadline 2026-12-31 is after that of its parent lead (2026-06-30)');
  });
});

describe('a dangling parent', () => {
  it('blocks other commands with the fix, and not the goal edit --parent that is the fix', async () => {
    const { dir, env } = journalWith({ ship: goalFile('Ship the design system', 'short', '2026-12-31', 'parent: gone\n'), other: goalFile('Another goal for tests', 'short', '2026-12-31') });
    const before = snapshot(dir);
    const list = await career(['goal', 'list'], env);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('goals/ship.yaml:8:9: parent: no goal "gone"');
    expect(list.stderr).toContain('`career goal edit ship --parent <id>`, or `--parent none`');
    const elsewhere = await career(['goal', 'edit', 'other', '--parent', 'none', '--yes'], env);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('parent: no goal "gone"');
    expect(snapshot(dir)).toEqual(before);
    const fix = await career(['goal', 'edit', 'ship', '--parent', 'none', '--reason', 'that goal was removed', '--yes'], env);
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toBe('Updated ship: parent.\n');
    expect((await career(['goal', 'list'], env)).code).toBe(0);
  });
});
