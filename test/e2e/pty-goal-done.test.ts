// `career goal done` in a real terminal (tmux): it asks what to do with the open milestones,
// then how to celebrate and what comes next; Ctrl-C at "Set up the next goal now?" says what
// was saved (the goal is done and committed) instead of "Nothing was saved".
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, career, initJournal } from '../helpers/env.js';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => { for (const s of sessions.splice(0)) s.kill(); });
const G = 'ship-the-design-system';

describe.skipIf(!tmuxAvailable())('goal done on a terminal', () => {
  it('asks about open milestones, and a cancel afterwards says what stays saved', async () => {
    const { dir, env } = initJournal();
    const r = career(['goal', 'add', '--yes', '--title', 'Ship the design system', '--deadline', '2027-06-30',
      '--milestone', 'Design review@2027-01-15', '--milestone', 'Go live@2027-06-01'], env);
    expect(r.code, r.stderr).toBe(0);
    const t = new TmuxSession(env);
    sessions.push(t);
    t.start([process.execPath, BIN, 'goal', 'done', G], { width: 120 });
    await t.expectNew('2 milestones are still open ("Design review", "Go live")');
    t.keys('Up', 'Enter'); // from the default (keep) up to drop
    await t.expectNew('How will you celebrate');
    t.answer('cake');
    await t.expectNew('What comes next?');
    t.answer('');
    await t.expectNew('Set up the next goal now?');
    t.keys('C-c');
    expect(await t.waitExit()).toBe(130);
    expect(t.capture()).toContain(`Cancelled. What was saved before stays saved: goals/${G}.yaml`);
    const goal = parse(fs.readFileSync(path.join(dir, 'goals', `${G}.yaml`), 'utf8'));
    expect(goal.status).toBe('done');
    expect(goal.milestones).toEqual([]);
    expect(goal.revisions[0].reason).toContain('removed "Design review" (due 2027-01-15), "Go live" (due 2027-06-01): dropped when the goal was completed');
  }, 60_000);
});
