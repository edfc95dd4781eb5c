// The iCalendar export (SPEC §3, RFC 5545): TEXT escaping, folding at 75 octets without
// splitting a UTF-8 character, CRLF line ends, stable uids, the weekly check-in rule.
import { describe, expect, it } from 'vitest';
import { addDays, WEEKDAYS, weekdayOf } from '../../src/core/dates.js';
import { calendar, checkinUid, deadlineUid, milestoneUid, uidDomain } from '../../src/core/export.js';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { Goal, Profile } from '../../src/core/schemas.js';
import { BYDAY, escapeText, foldLine, MAX_OCTETS, renderIcs } from '../../src/render/ics.js';

const TODAY = '2026-11-20';
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function goal(id: string, over: Record<string, unknown> = {}): GoalRecord {
  return { ...Goal.parse({ version: 1, title: 'Roll out the CRM to 8 sales teams', type: 'development', horizon: 'short', created: '2026-01-05', deadline: '2027-06-30', ...over }), id };
}

function journal(over: Record<string, unknown> = {}, goals: GoalRecord[] = []): Journal {
  const profile = Profile.parse({ version: 1, name: 'Test Person', created: '2026-01-05', ...over });
  return { profile, goals, checkins: [], days: [], reviews: [] };
}

const sample = () => journal({ checkinDay: 'friday' }, [
  goal('lead-crm-rollout', {
    why: 'it is the step to team lead',
    milestones: [
      { id: 'pilot-live', title: 'Pilot live', due: '2026-03-01', completed: '2026-02-20' },
      { id: 'half-the-teams', title: 'Half the teams', due: '2027-02-01' },
      { id: 'all-teams', title: 'All teams', due: '2027-05-01' },
    ],
  }),
  goal('become-director', { title: 'Become an engineering director', horizon: 'long', deadline: '2032-01-01' }),
  goal('old-dream', { status: 'dropped', milestones: [{ id: 'x', title: 'Never', due: '2027-01-01' }] }),
  goal('shipped', { status: 'done', deadline: '2026-10-01' }),
]);

/** The content lines of an iCalendar text: CRLF split, continuation lines joined. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
const prop = (lines: string[], name: string) => lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

/** Every physical line is at most 75 octets, valid UTF-8 on its own, and unfolds to `line`. */
function expectFolded(line: string): string[] {
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  for (const [i, p] of physical.entries()) {
    expect(bytes(p), `line ${i}: ${p}`).toBeLessThanOrEqual(MAX_OCTETS);
    if (i > 0) expect(p.startsWith(' ')).toBe(true);
    // A split character would decode to U+FFFD (or a lone surrogate) when read line by line.
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(p, 'utf8'));
    expect(decoded).toBe(p);
    expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
  expect(folded.replace(/\r\n /g, '')).toBe(line);
  return physical;
}

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
    ['cr\rline', 'cr\\nline'],
    ['all: \\;,\n', 'all: \\\\\\;\\,\\n'],
    ['already \\n escaped', 'already \\\\n escaped'],
    ['bell\u0007 and esc\u001b[31m', 'bell and esc[31m'],
    ['tab\tstays', 'tab\tstays'],
    ['colon: fine "quotes" too', 'colon: fine "quotes" too'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const l75 = `SUMMARY:${'a'.repeat(75 - 8)}`;
    expect(bytes(l75)).toBe(75);
    expect(foldLine(l75)).toBe(l75);
    const l76 = `${l75}b`;
    expect(foldLine(l76)).toBe(`${l75}\r\n b`);
  });

  it('fills continuation lines to 75 octets including the leading space', () => {
    const line = `DESCRIPTION:${'x'.repeat(300)}`;
    const physical = expectFolded(line);
    for (const p of physical.slice(0, -1)) expect(bytes(p)).toBe(75);
  });

  // For each width of character, put one so that it would straddle the 75th octet: it must
  // move whole to the next line, leaving the first line shorter than 75.
  it.each([
    ['é', 2],
    ['中', 3],
    ['🚀', 4],
  ])('never splits %s (%i octets) at the boundary', (ch, width) => {
    expect(bytes(ch)).toBe(width);
    for (let before = 75 - width + 1; before <= 74; before++) {
      const head = `SUMMARY:${'a'.repeat(before - 8)}`;
      const line = `${head}${ch}${'b'.repeat(100)}`;
      const physical = expectFolded(line);
      expect(physical[0]).toBe(head);
      expect(physical[1]!.startsWith(` ${ch}`)).toBe(true);
    }
    // And when it ends exactly on octet 75, it stays on the first line.
    const fits = `SUMMARY:${'a'.repeat(75 - width - 8)}${ch}`;
    expect(bytes(fits)).toBe(75);
    expect(expectFolded(`${fits}tail`)[0]).toBe(fits);
  });

  it('folds long runs of multi-byte text (é, 中, emoji, flags) into valid lines', () => {
    const line = `SUMMARY:${'é中🚀🇫🇷'.repeat(40)}`;
    const physical = expectFolded(line);
    // Greedy: a line ends only where the next character would not fit.
    const chars = Array.from(line.replace(/\r\n /g, ''));
    let index = 0;
    for (const [i, p] of physical.entries()) {
      const content = i === 0 ? p : p.slice(1);
      index += Array.from(content).length;
      const next = chars[index];
      if (next !== undefined) expect(bytes(p) + bytes(next)).toBeGreaterThan(MAX_OCTETS);
    }
  });

  it('never splits a backslash escape across lines', () => {
    for (let pad = 0; pad < 6; pad++) {
      const line = `SUMMARY:${'a'.repeat(64 + pad)}${'\\,\\;\\n\\\\'.repeat(5)}`;
      for (const p of expectFolded(line)) expect(p.replace(/\\[\\;,nN]/g, '')).not.toContain('\\');
    }
  });
});

describe('renderIcs', () => {
  const ics = renderIcs(calendar(sample(), TODAY));
  const lines = unfold(ics);

  it('uses CRLF for every line break, ends with one, and no physical line is over 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const p of ics.split('\r\n')) expect(bytes(p)).toBeLessThanOrEqual(MAX_OCTETS);
  });

  it('is one VCALENDAR with the header the spec names, and balanced BEGIN/END', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
    expect(lines.slice(1, 5)).toEqual([
      'VERSION:2.0', 'PRODID:-//career//career journal//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:career — Test Person',
    ]);
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
    expect(prop(lines, 'BEGIN').length).toBe(prop(lines, 'END').length);
  });

  it('has open milestones and deadlines of active goals only, plus the check-in, as all-day events', () => {
    const d = 'test-person-2026-01-05.career';
    expect(uidDomain({ name: 'Test Person', created: '2026-01-05' })).toBe(d);
    expect(prop(lines, 'UID').map((l) => l.slice(4)).sort()).toEqual([
      checkinUid(d),
      deadlineUid(d, 'become-director'),
      deadlineUid(d, 'lead-crm-rollout'),
      milestoneUid(d, 'lead-crm-rollout', 'all-teams'),
      milestoneUid(d, 'lead-crm-rollout', 'half-the-teams'),
    ].sort());
    expect(lines).toContain('SUMMARY:Milestone: Half the teams (Roll out the CRM to 8 sales teams)');
    expect(lines).toContain('SUMMARY:Deadline: Become an engineering director');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270201');
    expect(lines).toContain('DTEND;VALUE=DATE:20270202');
    expect(lines).toContain('DTSTART;VALUE=DATE:20320101');
    expect(lines).toContain('DTEND;VALUE=DATE:20320102');
    const description = prop(lines, 'DESCRIPTION').find((l) => l.includes('half-the-teams'));
    expect(description).toBe('DESCRIPTION:Why: it is the step to team lead\\n\\nDone? Mark it with: career milestone done lead-crm-rollout half-the-teams');
    expect(ics).not.toContain('Pilot live');
    expect(ics).not.toContain('old-dream');
    expect(ics).not.toContain('shipped');
    // Every event: a uid, a stamp from today (not the clock), and DATE start and end.
    const events = ics.split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(5);
    expect(prop(lines, 'DTSTAMP')).toEqual(Array(events).fill('DTSTAMP:20261120T000000Z'));
    expect(prop(lines, 'DTSTART').every((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l))).toBe(true);
    expect(prop(lines, 'DTEND').every((l) => /^DTEND;VALUE=DATE:\d{8}$/.test(l))).toBe(true);
  });

  it('escapes user text in SUMMARY, DESCRIPTION and the calendar name', () => {
    const j = journal({ name: 'Zoë; the, \\best\\' }, [
      goal('hostile', { title: 'Ship v2, then; rest\\relax', why: 'line one\nline two, with; all\\', milestones: [{ id: 'm', title: 'A, B; C', due: '2027-01-01' }] }),
    ]);
    const l = unfold(renderIcs(calendar(j, TODAY)));
    expect(l).toContain('X-WR-CALNAME:career — Zoë\\; the\\, \\\\best\\\\');
    expect(l).toContain('SUMMARY:Milestone: A\\, B\\; C (Ship v2\\, then\\; rest\\\\relax)');
    expect(l).toContain('SUMMARY:Deadline: Ship v2\\, then\\; rest\\\\relax');
    expect(l).toContain('DESCRIPTION:Why: line one\\nline two\\, with\\; all\\\\\\n\\nDone? Mark it with: career goal done hostile');
  });

  it('gives the same uids on every export, whatever the day, so re-importing updates events', () => {
    const uids = (today: string) => prop(unfold(renderIcs(calendar(sample(), today))), 'UID');
    expect(uids('2026-11-20')).toEqual(uids('2027-03-03'));
    expect(renderIcs(calendar(sample(), TODAY))).toBe(ics);
    const other = renderIcs(calendar(sample(), '2027-03-03'));
    expect(other.replace(/DTSTAMP:\d{8}T000000Z/g, '')).toBe(ics.replace(/DTSTAMP:\d{8}T000000Z/g, ''));
  });

  it('gives two people\'s journals different uids for the same goals and reminder', () => {
    const uids = (name: string) => prop(unfold(renderIcs(calendar(journal({ name }, sample().goals), TODAY))), 'UID');
    const ann = uids('Ann Lee');
    const bo = uids('Bo Chen');
    expect(ann.length).toBe(bo.length);
    expect(ann.filter((u) => bo.includes(u))).toEqual([]);
    expect(uids('李雷')).toEqual(uids('李雷')); // a name without Latin letters gives a stable domain too
    expect(uids('李雷').filter((u) => ann.includes(u))).toEqual([]);
  });

  it('keeps uids unique when hand edits repeat a milestone id', () => {
    const j = journal({}, [goal('g', { milestones: [{ id: 'm', title: 'One', due: '2027-01-01' }, { id: 'm', title: 'Two', due: '2027-02-01' }] })]);
    const uids = prop(unfold(renderIcs(calendar(j, TODAY))), 'UID');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it.each(WEEKDAYS.map((d) => [d]))('repeats the check-in weekly on %s from the first one on or after the start', (day) => {
    // 2026-01-07 is a Wednesday: the first check-in is 0-6 days later.
    const created = '2026-01-07';
    const l = unfold(renderIcs(calendar(journal({ created, checkinDay: day }), TODAY)));
    const event = l.slice(l.indexOf(`UID:${checkinUid(uidDomain({ name: 'Test Person', created }))}`) - 1, l.indexOf('END:VEVENT') + 1);
    expect(event).toContain(`RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[day]}`);
    expect(BYDAY[day]).toBe(day.slice(0, 2).toUpperCase());
    const start = event.find((x) => x.startsWith('DTSTART'))!.slice(-8);
    const date = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6)}`;
    expect(weekdayOf(date)).toBe(WEEKDAYS.indexOf(day) + 1);
    const offset = Array.from({ length: 7 }, (_, i) => addDays(created, i)).indexOf(date);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(event).toContain(`DTEND;VALUE=DATE:${addDays(date, 1).replace(/-/g, '')}`);
    expect(event.filter((x) => x.startsWith('RRULE')).length).toBe(1);
  });

  it('starts the check-in on the created day itself when that is the check-in day', () => {
    const l = unfold(renderIcs(calendar(journal({ created: '2026-11-20', checkinDay: 'friday' }), TODAY)));
    expect(l).toContain('DTSTART;VALUE=DATE:20261120');
  });

  /** Each VEVENT's lines (unfolded), keyed by the start of its SUMMARY. */
  function events(ics: string): Map<string, string[]> {
    const l = unfold(ics);
    const out = new Map<string, string[]>();
    for (let i = l.indexOf('BEGIN:VEVENT'); i >= 0; i = l.indexOf('BEGIN:VEVENT', i + 1)) {
      const event = l.slice(i, l.indexOf('END:VEVENT', i) + 1);
      out.set(event.find((x) => x.startsWith('SUMMARY:'))!.slice(8), event);
    }
    return out;
  }
  /** The VALARM block inside one event. */
  const alarm = (event: string[]) => event.slice(event.indexOf('BEGIN:VALARM'), event.indexOf('END:VALARM') + 1);

  it('rings the check-in reminder at 9:00 on the day, deadlines three days before and milestones the day before', () => {
    const all = events(renderIcs(calendar(sample(), TODAY)));
    expect(alarm(all.get('Weekly career check-in')!)).toEqual([
      'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:PT9H', 'DESCRIPTION:Time for your weekly career check-in: career checkin', 'END:VALARM',
    ]);
    const deadline = alarm(all.get('Deadline: Become an engineering director')!);
    // Relative to an all-day event's midnight: -2 days 15 hours is 9:00 three days before.
    expect(deadline).toContain('TRIGGER:-P2DT15H');
    expect(deadline).toContain('DESCRIPTION:Deadline in 3 days: Become an engineering director');
    const milestone = alarm(all.get('Milestone: Half the teams (Roll out the CRM to 8 sales teams)')!);
    expect(milestone).toContain('TRIGGER:-PT15H');
    expect(milestone).toContain('ACTION:DISPLAY');
    // Every event has exactly one alarm, nested inside it.
    for (const event of all.values()) {
      expect(event.filter((x) => x === 'BEGIN:VALARM').length).toBe(1);
      expect(event.indexOf('END:VALARM')).toBeLessThan(event.indexOf('END:VEVENT'));
    }
  });

  it('escapes the alarm text like any TEXT value', () => {
    const j = journal({}, [goal('g', { title: 'Ship; then rest, really' })]);
    const deadline = alarm(events(renderIcs(calendar(j, TODAY))).get('Deadline: Ship\\; then rest\\, really')!);
    expect(deadline).toContain('DESCRIPTION:Deadline in 3 days: Ship\\; then rest\\, really');
  });
});
