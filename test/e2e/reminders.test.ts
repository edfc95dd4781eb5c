// Reminders that remind (SPEC §3): `career checkin --due` answers by its exit code — 0 from the
// check-in day until the week's check-in is saved, 1 otherwise — printing only when due (cron
// mails what a job prints); and the calendar export carries alarms.
import { describe, expect, it } from 'vitest';
import { initJournal, snapshot, tempDir, testEnv } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const at = (env: NodeJS.ProcessEnv, today: string) => ({ ...env, CAREER_TODAY: today });

describe('career checkin --due', () => {
  it('is due from the check-in day to the end of the week, until the check-in is saved', async () => {
    const { dir, env } = initJournal(); // check-in day: friday
    const before = snapshot(dir);
    // Thursday 2026-11-19: the ritual is tomorrow; nothing to say.
    expect(await career(['checkin', '--due'], at(env, '2026-11-19'))).toEqual({ code: 1, stdout: '', stderr: '' });
    const friday = await career(['checkin', '--due'], at(env, '2026-11-20'));
    expect(friday).toEqual({ code: 0, stdout: 'Your check-in for 2026-W47 is due: run `career checkin`.\n', stderr: '' });
    expect((await career(['checkin', '--due'], at(env, '2026-11-22'))).code).toBe(0); // still due on Sunday
    expect(snapshot(dir)).toEqual(before); // asking changes nothing

    expect((await career(['checkin', '--yes', '--win', 'Shipped the pilot'], at(env, '2026-11-21'))).code).toBe(0);
    expect(await career(['checkin', '--due'], at(env, '2026-11-22'))).toEqual({ code: 1, stdout: '', stderr: '' });
    // A new week begins: due again on its Friday.
    expect((await career(['checkin', '--due'], at(env, '2026-11-23'))).code).toBe(1);
    expect((await career(['checkin', '--due'], at(env, '2026-11-27'))).stdout).toMatch(/2026-W48 is due/);
  });

  it('follows the check-in day of the profile', async () => {
    const { env } = initJournal(['--checkin-day', 'monday']);
    expect((await career(['checkin', '--due'], at(env, '2026-11-16'))).code).toBe(0);
  });

  it('outside a journal: one sentence, exit 1', async () => {
    const r = await career(['checkin', '--due'], testEnv(`${tempDir()}/none`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no journal in .*none/);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });
});

describe('career export ics alarms', () => {
  it('rings the weekly check-in and warns before each deadline', async () => {
    const { env } = initJournal();
    const added = await career(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30'], env);
    expect(added.code).toBe(0);
    const lines = (await career(['export', 'ics'], env)).stdout.replace(/\r\n /g, '').split('\r\n');
    const alarms = lines.flatMap((l, i) => (l === 'BEGIN:VALARM' ? [lines.slice(i, lines.indexOf('END:VALARM', i) + 1)] : []));
    expect(alarms.length).toBe(2);
    expect(alarms[0]).toContain('TRIGGER:PT9H');
    expect(alarms[1]).toContain('TRIGGER:-P2DT15H');
    expect(alarms[1]).toContain('DESCRIPTION:Deadline in 3 days: Ship the pilot to ten teams');
  });
});
