// The person's flag beside the pace (SPEC §4 "Status vs pace"), on the built CLI: a goal flagged
// at risk in the latest check-in says so in report --json (checkinStatus, pace untouched), in
// the terminal report, the Markdown report and goal list / show.
import { describe, expect, it } from 'vitest';
import { pilotJournal } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const G = 'ship-the-pilot-to-ten-teams';

describe('checkinStatus', () => {
  it('is null before any check-in, then the latest check-in\'s flag, next to the pace', async () => {
    const { env } = pilotJournal();
    const before = JSON.parse((await career(['report', '--json'], env)).stdout);
    expect(before.goals[0]).toMatchObject({ id: G, checkinStatus: null });
    const c = await career(['checkin', '--yes', '--progress', `${G}=6`, '--status', `${G}=at-risk`], env);
    expect(c.code, c.stderr).toBe(0);

    const report = JSON.parse((await career(['report', '--json'], env)).stdout);
    expect(report.goals[0]).toMatchObject({ id: G, pace: 'ahead', checkinStatus: 'at-risk' });
    const terminal = (await career(['report'], env)).stdout;
    expect(terminal).toMatch(/Ship the pilot to ten teams .* ahead\s*\n\s+check-in: at-risk · short · due/);
    const md = (await career(['report', '--format', 'markdown'], env)).stdout;
    expect(md).toMatch(/\| Ship the pilot to ten teams \| short \| 60% \| ahead \| at risk \| 2027-06-30 \|/);
    const list = (await career(['goal', 'list'], env, {})).stdout;
    expect(list).toMatch(/PACE\s+SAID\n.*ahead\s+at-risk/);
    // The progress line wraps at 80 columns (piped): read its words in order.
    expect((await career(['goal', 'show', G], env)).stdout.replace(/\s+/g, ' ')).toContain('ahead · latest check-in: at-risk');
    expect(JSON.parse((await career(['goal', 'list', '--json'], env)).stdout)[0].checkinStatus).toBe('at-risk');
  });
});
