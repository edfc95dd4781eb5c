// The report model (SPEC §3 `report --json`, §4) for a fixed in-memory journal and a fixed today:
// the goal hierarchy, goal numbers from goalView, the Eisenhower matrix, milestones, the period's
// journal items from check-ins and entries, finished goals, `--goal` scoping and `--period`.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { goalView } from '../../src/core/goal-view.js';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport, reportPeriod, UPCOMING_DAYS } from '../../src/core/report.js';
import type { Checkin, Goal, Milestone, Profile } from '../../src/core/schemas.js';

const TODAY = '2026-11-20'; // a Friday in 2026-W47
const Q4 = { since: '2026-10-01', until: '2026-12-31' };

const profile = {
  version: 1, name: 'Sam Rivera', created: '2026-01-05', vision: 'Lead a platform team', values: ['growth'], passions: [],
  talents: [], strengths: [], weaknesses: [], skills: [], relationships: [], checkinDay: 'friday', partner: null,
} satisfies Profile;

function goal(id: string, over: Partial<Goal> = {}, milestones: Milestone[] = []): GoalRecord {
  return {
    id, version: 1, title: `Goal ${id}`, type: 'other', horizon: 'short', status: 'active',
    created: '2026-01-05', deadline: '2027-06-30', why: '', values: [], parent: null, important: false,
    urgent: false, metric: null, milestones, steps: [], support: { helpers: [], resources: [], skills: [] },
    risks: [], progressLog: [], revisions: [], ...over,
  };
}

function checkin(week: string, date: string, over: Partial<Checkin> = {}): Checkin {
  return {
    version: 1, week, date, focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [],
    focus: [], answers: [], ...over,
  };
}

// Deliberately out of hierarchy order: the report must sort them.
const goals: GoalRecord[] = [
  goal('orphan-short', { parent: 'no-such-goal', deadline: '2026-12-01' }),
  goal('short-late', { parent: 'mid-a', deadline: '2026-12-31' }),
  goal('root-mid', { horizon: 'mid', deadline: '2027-03-01' }),
  goal('mid-b', { horizon: 'mid', parent: 'vision-long', deadline: '2027-12-31', urgent: true }),
  goal('short-early', { parent: 'mid-a', deadline: '2026-12-15' }),
  goal('mid-a', {
    horizon: 'mid', parent: 'vision-long', deadline: '2027-06-30', created: '2026-01-05', important: true, urgent: true,
    metric: { name: 'services', unit: 'services', start: 0, target: 10 },
    progressLog: [{ date: '2026-02-01', value: 2 }, { date: '2026-06-01', value: 4 }],
  }),
  goal('vision-long', { horizon: 'long', deadline: '2030-12-31', important: true }, [
    { id: 'overdue-one', title: 'Overdue one', due: '2026-11-10' },
    { id: 'due-today', title: 'Due today', due: TODAY },
    { id: 'edge-30', title: 'Exactly 30 days out', due: '2026-12-20' },
    { id: 'edge-31', title: 'Thirty-one days out', due: '2026-12-21' },
    { id: 'hit-in-q4', title: 'Hit in Q4', due: '2026-11-30', completed: '2026-11-03' },
    { id: 'hit-in-q3', title: 'Hit in Q3', due: '2026-09-30', completed: '2026-09-02' },
  ]),
  goal('child-of-done', { parent: 'done-in-q4', deadline: '2027-01-31' }, [
    { id: 'way-overdue', title: 'Way overdue', due: '2026-03-01' },
  ]),
  goal('done-in-q4', { horizon: 'mid', status: 'done', closed: { date: '2026-10-15' } }, [
    { id: 'done-goal-ms', title: 'Of a done goal', due: '2026-11-01' }, // not active: not in the report's lists
  ]),
  goal('done-in-may', { status: 'done', closed: { date: '2026-05-01' } }),
  goal('dropped-in-q4', { status: 'dropped', closed: { date: '2026-11-01', reason: 'no time' } }),
  goal('done-too-late', { status: 'done', closed: { date: '2027-01-02' } }),
];

const journal: Journal = {
  profile,
  goals,
  checkins: [
    checkin('2026-W30', '2026-07-26', { wins: ['Summer win'], energy: 3 }),
    checkin('2026-W45', '2026-11-06', { wins: ['Shipped v2'], energy: 4 }),
    checkin('2026-W46', '2026-11-13', { blockers: ['Slow reviews'], learnings: ['Ask early'], feedback: ['Nice demo'], energy: 2 }),
    checkin('2026-W47', TODAY, { wins: ['Team onboarded'], energy: 5 }),
  ],
  days: [
    { version: 1, date: '2026-09-30', entries: [{ kind: 'learning', text: 'Q3 learning', tags: [] }] },
    { version: 1, date: '2026-10-02', entries: [{ kind: 'frustration', text: 'Flaky CI', goal: 'short-early', tags: [] }] },
    { version: 1, date: '2026-11-18', entries: [
      { kind: 'win', text: 'Demo went well', goal: 'mid-a', tags: [] },
      { kind: 'note', text: 'Just a note', tags: [] },
    ] },
    { version: 1, date: '2026-11-19', entries: [{ kind: 'feedback', text: 'Clear plan', goal: 'short-late', tags: [] }] },
    { version: 1, date: '2027-01-05', entries: [{ kind: 'win', text: 'Next year', tags: [] }] },
  ],
  reviews: [],
};

const ids = (list: { id: string }[]) => list.map((g) => g.id);

describe('buildReport: the goal hierarchy', () => {
  const r = buildReport(journal, Q4, TODAY);

  it('lists active goals only, long before mid before short, each followed by its children', () => {
    expect(ids(r.goals)).toEqual([
      'vision-long', 'mid-a', 'short-early', 'short-late', 'mid-b', // the tree, children by deadline
      'root-mid', // a root mid-term goal after the long one
      'orphan-short', 'child-of-done', // orphans (unknown or inactive parent) at the top level, by deadline
    ]);
  });

  it('gives each goal its depth under its parents, orphans at 0', () => {
    expect(r.depth).toEqual({
      'vision-long': 0, 'mid-a': 1, 'short-early': 2, 'short-late': 2, 'mid-b': 1, 'root-mid': 0, 'orphan-short': 0, 'child-of-done': 0,
    });
  });

  it('orders top-level goals by horizon even when the short ones are due first', () => {
    const flat = buildReport({ ...journal, goals: [goal('s', { deadline: '2026-12-01' }), goal('m', { horizon: 'mid', deadline: '2027-01-01' }), goal('l', { horizon: 'long', deadline: '2030-01-01' })] }, Q4, TODAY);
    expect(ids(flat.goals)).toEqual(['l', 'm', 's']);
    expect(Object.values(flat.depth)).toEqual([0, 0, 0]);
  });

  it('does not hang on a parent loop written by hand, and still lists every goal once', () => {
    const loop = [
      goal('loop-a', { parent: 'loop-b' }),
      goal('loop-b', { parent: 'loop-c', horizon: 'mid' }),
      goal('loop-c', { parent: 'loop-a', horizon: 'long' }),
      goal('self', { parent: 'self' }),
      goal('normal', { horizon: 'long' }),
    ];
    const looped = buildReport({ ...journal, goals: loop }, Q4, TODAY);
    expect(ids(looped.goals).sort()).toEqual(['loop-a', 'loop-b', 'loop-c', 'normal', 'self']);
    expect(looped.goals[0]!.id).toBe('normal');
    for (const g of looped.goals) expect(looped.depth[g.id]).toBeGreaterThanOrEqual(0);
    // The loop under --goal terminates too.
    expect(ids(buildReport({ ...journal, goals: loop }, Q4, TODAY, 'loop-a').goals).sort()).toEqual(['loop-a', 'loop-b', 'loop-c']);
  });
});

describe('buildReport: goal numbers', () => {
  const r = buildReport(journal, Q4, TODAY);

  it('shows every goal exactly as goalView computes it (progress, expected, pace, forecast)', () => {
    for (const g of r.goals) {
      expect(g).toEqual(goalView(journal.goals.find((x) => x.id === g.id)!, profile.values, TODAY));
    }
  });

  it('has the expected numbers for the metric goal', () => {
    const midA = r.goals.find((g) => g.id === 'mid-a')!;
    expect(midA.progress).toBe(0.4);
    // 319 of 541 days from 2026-01-05 to 2027-06-30.
    expect(midA.expected).toBeCloseTo(319 / 541, 4);
    expect(midA.pace).toBe('behind'); // 0.4 < 0.59 - 0.10
    // 0.2 on Feb 1, 0.4 120 days later: the line reaches 1 480 days after Feb 1.
    expect(midA.forecast).toBe('2027-05-27');
    expect(midA.metric).toEqual({ name: 'services', unit: 'services', start: 0, target: 10, current: 4 });
  });

  it('calls a goal behind when its milestones lag the calendar', () => {
    const vision = r.goals.find((g) => g.id === 'vision-long')!;
    expect(vision.progress).toBeCloseTo(2 / 6, 4);
    expect(vision.forecast).toBeNull();
    const childOfDone = r.goals.find((g) => g.id === 'child-of-done')!;
    expect(childOfDone.pace).toBe('behind');
  });
});

describe('buildReport: the Eisenhower matrix', () => {
  it('puts each active goal in one of the four quadrants', () => {
    const r = buildReport(journal, Q4, TODAY);
    expect(r.eisenhower).toEqual({
      do: ['mid-a'],
      schedule: ['vision-long'],
      delegate: ['mid-b'],
      drop: ['short-early', 'short-late', 'root-mid', 'orphan-short', 'child-of-done'],
    });
  });
});

describe('buildReport: milestones', () => {
  const r = buildReport(journal, Q4, TODAY);

  it('lists open milestones of active goals due before today as overdue, oldest first, with their goal', () => {
    expect(r.milestones.overdue).toEqual([
      { goal: 'child-of-done', id: 'way-overdue', title: 'Way overdue', due: '2026-03-01', done: false },
      { goal: 'vision-long', id: 'overdue-one', title: 'Overdue one', due: '2026-11-10', done: false },
    ]);
  });

  it(`lists those due from today to ${UPCOMING_DAYS} days out (inclusive) as upcoming`, () => {
    expect(r.milestones.upcoming.map((m) => m.id)).toEqual(['due-today', 'edge-30']);
    expect(r.milestones.upcoming[1]).toEqual({ goal: 'vision-long', id: 'edge-30', title: 'Exactly 30 days out', due: '2026-12-20', done: false });
  });

  it('lists milestones completed within the period as hit', () => {
    expect(r.milestonesHit).toEqual([{ goal: 'vision-long', id: 'hit-in-q4', title: 'Hit in Q4', due: '2026-11-30', completed: '2026-11-03' }]);
  });
});

describe('buildReport: the period\'s check-ins and journal', () => {
  const r = buildReport(journal, Q4, TODAY);

  it('counts the period\'s check-ins, the streak, missed weeks and energy', () => {
    expect(r.checkins).toEqual({
      count: 3,
      streak: 3,
      // Whole weeks of Q4 before this one: W40 began in September.
      missed: ['2026-W41', '2026-W42', '2026-W43', '2026-W44'],
      energy: [{ week: '2026-W45', energy: 4 }, { week: '2026-W46', energy: 2 }, { week: '2026-W47', energy: 5 }],
    });
  });

  it('gathers wins, learnings, blockers and feedback from check-ins and entries, newest first, with their source', () => {
    expect(r.journal).toEqual({
      wins: [
        { date: TODAY, text: 'Team onboarded', goal: null, source: 'checkin' },
        { date: '2026-11-18', text: 'Demo went well', goal: 'mid-a', source: 'journal' },
        { date: '2026-11-06', text: 'Shipped v2', goal: null, source: 'checkin' },
      ],
      learnings: [{ date: '2026-11-13', text: 'Ask early', goal: null, source: 'checkin' }],
      blockers: [
        { date: '2026-11-13', text: 'Slow reviews', goal: null, source: 'checkin' },
        { date: '2026-10-02', text: 'Flaky CI', goal: 'short-early', source: 'journal' },
      ],
      feedback: [
        { date: '2026-11-19', text: 'Clear plan', goal: 'short-late', source: 'journal' },
        { date: '2026-11-13', text: 'Nice demo', goal: null, source: 'checkin' },
      ],
    });
  });

  it('leaves out items outside the period (Q3, next year) and plain notes', () => {
    const all = [r.journal.wins, r.journal.learnings, r.journal.blockers, r.journal.feedback].flat().map((i) => i.text);
    expect(all).not.toContain('Summer win');
    expect(all).not.toContain('Q3 learning');
    expect(all).not.toContain('Next year');
    expect(all).not.toContain('Just a note');
  });

  it('takes another period\'s items for another period', () => {
    const q3 = buildReport(journal, { since: '2026-07-01', until: '2026-09-30' }, TODAY);
    expect(q3.journal.wins).toEqual([{ date: '2026-07-26', text: 'Summer win', goal: null, source: 'checkin' }]);
    expect(q3.journal.learnings).toEqual([{ date: '2026-09-30', text: 'Q3 learning', goal: null, source: 'journal' }]);
    expect(q3.checkins.count).toBe(1);
    expect(q3.checkins.energy).toEqual([{ week: '2026-W30', energy: 3 }]);
    expect(q3.milestonesHit.map((m) => m.id)).toEqual(['hit-in-q3']);
  });
});

describe('buildReport: finished goals', () => {
  it('lists goals done within the period only (not dropped, not earlier, not later)', () => {
    const r = buildReport(journal, Q4, TODAY);
    expect(ids(r.finished)).toEqual(['done-in-q4']);
    expect(r.finished[0]).toMatchObject({ status: 'done', progress: 1, pace: 'done' });
  });

  it('finds the earlier one for the year and both for all time', () => {
    expect(ids(buildReport(journal, { since: '2026-01-01', until: '2026-12-31' }, TODAY).finished).sort()).toEqual(['done-in-may', 'done-in-q4']);
    expect(ids(buildReport(journal, { since: '2026-01-05', until: '2027-12-31' }, TODAY).finished).sort()).toEqual(['done-in-may', 'done-in-q4', 'done-too-late']);
  });
});

describe('buildReport --goal', () => {
  const r = buildReport(journal, Q4, TODAY, 'mid-a');

  it('keeps the goal and everything under it, the goal at the top', () => {
    expect(ids(r.goals)).toEqual(['mid-a', 'short-early', 'short-late']);
    expect(r.depth).toEqual({ 'mid-a': 0, 'short-early': 1, 'short-late': 1 });
    expect(r.eisenhower).toEqual({ do: ['mid-a'], schedule: [], delegate: [], drop: ['short-early', 'short-late'] });
  });

  it('keeps only the journal items about those goals, and their milestones', () => {
    expect(r.journal.wins.map((i) => i.text)).toEqual(['Demo went well']);
    expect(r.journal.blockers.map((i) => i.text)).toEqual(['Flaky CI']);
    expect(r.journal.feedback.map((i) => i.text)).toEqual(['Clear plan']);
    expect(r.journal.learnings).toEqual([]);
    expect(r.milestones).toEqual({ overdue: [], upcoming: [] });
    expect(r.milestonesHit).toEqual([]);
    expect(r.finished).toEqual([]);
  });

  it('keeps a finished goal when it is the one asked for', () => {
    const done = buildReport(journal, Q4, TODAY, 'done-in-q4');
    expect(ids(done.finished)).toEqual(['done-in-q4']);
    expect(ids(done.goals)).toEqual(['child-of-done']);
  });
});

describe('buildReport: the JSON shape (SPEC §3)', () => {
  const json = JSON.parse(JSON.stringify(buildReport(journal, Q4, TODAY))) as Record<string, any>;

  it('has every documented key', () => {
    for (const key of ['period', 'today', 'goals', 'milestones', 'checkins', 'journal', 'finished']) expect(json).toHaveProperty(key);
    expect(json.period).toEqual(Q4);
    expect(json.today).toBe(TODAY);
    expect(Object.keys(json.milestones).sort()).toEqual(['overdue', 'upcoming']);
    expect(Object.keys(json.checkins).sort()).toEqual(['count', 'energy', 'missed', 'streak']);
    expect(Object.keys(json.journal).sort()).toEqual(['blockers', 'feedback', 'learnings', 'wins']);
    for (const list of Object.values(json.journal) as any[][]) {
      for (const item of list) expect(Object.keys(item).sort()).toEqual(['date', 'goal', 'source', 'text']);
    }
    for (const m of [...json.milestones.overdue, ...json.milestones.upcoming]) expect(m).toHaveProperty('goal');
    for (const e of json.checkins.energy) expect(Object.keys(e).sort()).toEqual(['energy', 'week']);
  });

  it('shows goals with the stable goal keys', () => {
    const keys = ['id', 'title', 'type', 'horizon', 'status', 'parent', 'deadline', 'created', 'important', 'urgent', 'metric',
      'progress', 'expected', 'pace', 'forecast', 'milestones', 'smart'];
    for (const g of [...json.goals, ...json.finished]) {
      for (const k of keys) expect(g).toHaveProperty(k);
      expect(Object.keys(g.smart).sort()).toEqual(['achievable', 'measurable', 'relevant', 'specific', 'timeBound']);
      for (const m of g.milestones) expect(Object.keys(m).sort()).toEqual(['done', 'due', 'id', 'title']);
      expect(g.progress).toBeGreaterThanOrEqual(0);
      expect(g.progress).toBeLessThanOrEqual(1);
    }
  });
});

describe('reportPeriod', () => {
  const start = '2026-01-05';
  it.each([
    [undefined, '2026-10-01', '2026-12-31'],
    ['quarter', '2026-10-01', '2026-12-31'],
    [' Quarter ', '2026-10-01', '2026-12-31'],
    ['week', '2026-11-16', '2026-11-22'],
    ['month', '2026-11-01', '2026-11-30'],
    ['year', '2026-01-01', '2026-12-31'],
    ['all', start, TODAY],
    ['2026-01-01..2026-06-30', '2026-01-01', '2026-06-30'],
    ['2026-06-01..', '2026-06-01', TODAY],
    ['..2026-06-30', start, '2026-06-30'],
    ['2026-11-20..2026-11-20', TODAY, TODAY],
    // Periods by name (SPEC §3), so last year's brag document can be made in January.
    ['2026', '2026-01-01', '2026-12-31'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2026-q1', '2026-01-01', '2026-03-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2026-W47', '2026-11-16', '2026-11-22'],
    ['2020-w53', '2020-12-28', '2021-01-03'],
    ['2026-01-01', '2026-01-01', '2026-01-01'],
    ['last-week', '2026-11-09', '2026-11-15'],
    ['last-month', '2026-10-01', '2026-10-31'],
    ['last-quarter', '2026-07-01', '2026-09-30'],
    ['last-year', '2025-01-01', '2025-12-31'],
    // A range's sides may be periods: the first day of one, the last day of the other.
    ['2026-Q1..2026-Q2', '2026-01-01', '2026-06-30'],
    ['2026-03..', '2026-03-01', TODAY],
    ['..last-month', start, '2026-10-31'],
  ])('%s', (text, since, until) => {
    expect(reportPeriod(text, TODAY, start)).toEqual({ since, until });
  });

  it('clamps "all" to today for a journal begun in the future', () => {
    expect(reportPeriod('all', TODAY, '2027-01-01')).toEqual({ since: TODAY, until: TODAY });
  });

  it('works at the ends of quarters and years', () => {
    expect(reportPeriod('quarter', '2026-03-31', start)).toEqual({ since: '2026-01-01', until: '2026-03-31' });
    expect(reportPeriod('week', '2027-01-01', start)).toEqual({ since: '2026-12-28', until: '2027-01-03' });
    // In January, "last-*" reaches back across the year.
    expect(reportPeriod('last-year', '2027-01-05', start)).toEqual({ since: '2026-01-01', until: '2026-12-31' });
    expect(reportPeriod('last-month', '2027-01-05', start)).toEqual({ since: '2026-12-01', until: '2026-12-31' });
    expect(reportPeriod('last-quarter', '2027-01-05', start)).toEqual({ since: '2026-10-01', until: '2026-12-31' });
    expect(reportPeriod('last-week', '2027-01-05', start)).toEqual({ since: '2026-12-28', until: '2027-01-03' });
  });

  it.each(['fortnight', '2026-13', '2026-Q5', '2026-W54', '2026-02-30', '2026-06-30..2026-01-01', '2026-13-45..2026-12-31', 'yesterday..tomorrow..'])('refuses %s', (text) => {
    expect(() => reportPeriod(text, TODAY, start)).toThrow(UserError);
  });

  it('names the accepted forms', () => {
    expect(() => reportPeriod('fortnight', TODAY, start)).toThrow(/is not a period/);
    expect(() => reportPeriod('2026-06-30..2026-01-01', TODAY, start)).toThrow(/start is after the end/);
  });
});
