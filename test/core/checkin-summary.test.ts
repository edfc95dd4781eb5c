import { describe, it, expect } from 'vitest';
import { checkinSummary, summaryLines, type CheckinSummary } from '../../src/core/checkin-summary.js';
import { makeCheckin } from '../helpers/checkins.js';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { Goal, Profile } from '../../src/core/schemas.js';

// A Saturday in 2026-W47; two weeks ahead is 2026-12-05.
const TODAY = '2026-11-21';
const WEEK = '2026-W47';

function goal(id: string, over: Record<string, unknown>): GoalRecord {
  const g = Goal.parse({
    version: 1,
    title: `Goal ${id}`,
    type: 'development',
    horizon: 'short',
    // 40 days, 20 gone by TODAY: 50 % expected.
    created: '2026-11-01',
    deadline: '2026-12-11',
    ...over,
  });
  return { ...g, id };
}

const metric = { name: 'teams', unit: '', start: 0, target: 10 };
const at = (value: number) => [{ date: '2026-11-20', value }];

const GOALS: GoalRecord[] = [
  goal('lead-crm', {
    title: 'Roll out the CRM',
    metric,
    progressLog: at(2), // 20 % against 50 %: behind
    milestones: [
      { id: 'kickoff', title: 'Kickoff', due: '2026-11-10' }, // open and past: overdue
      { id: 'training', title: 'Training', due: '2026-11-15', completed: '2026-11-14' },
      { id: 'launch', title: 'Launch', due: '2026-12-05' }, // today + 14: still due soon
      { id: 'pilot-live', title: 'Pilot live', due: '2026-11-27' },
      { id: 'review', title: 'Review', due: '2026-12-06' }, // today + 15: not yet
    ],
  }),
  goal('old-goal', { created: '2026-01-01', deadline: '2026-11-01' }), // past deadline, 0 %
  goal('steady', {
    metric,
    progressLog: at(5), // on pace
    milestones: [
      { id: 'mentor-chat', title: 'Mentor chat', due: '2026-11-25' },
      { id: 'today', title: 'Due today', due: TODAY },
    ],
  }),
  goal('dropped', { status: 'dropped', metric, milestones: [{ id: 'm', title: 'M', due: '2026-11-23' }] }),
  goal('finished', { status: 'done', deadline: '2026-11-02', milestones: [{ id: 'm', title: 'M', due: '2026-11-03' }] }),
];

function journal(weeks: string[], goals = GOALS): Journal {
  return {
    profile: Profile.parse({ version: 1, name: 'Ann', created: '2026-10-01' }), // 2026-W40
    goals,
    checkins: weeks.map((w) => makeCheckin(w, TODAY, {
      focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [],
    })),
    days: [],
    reviews: [],
  };
}

const WEEKS = ['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W45', '2026-W46'];

describe('checkinSummary', () => {
  const s = checkinSummary(journal(WEEKS), WEEK, TODAY);

  it('lists active goals behind pace with their numbers', () => {
    expect(s.behind).toEqual([{ id: 'lead-crm', title: 'Roll out the CRM', pace: 'behind', progress: 0.2, expected: 0.5 }]);
  });

  it('lists active goals past their deadline', () => {
    expect(s.overdue).toEqual([{ id: 'old-goal', title: 'Goal old-goal', deadline: '2026-11-01' }]);
  });

  it('lists open milestones of active goals due in the next 14 days, by due date', () => {
    expect(s.dueSoon.map((m) => [m.due, m.milestone, m.goal])).toEqual([
      [TODAY, 'today', 'steady'],
      ['2026-11-25', 'mentor-chat', 'steady'],
      ['2026-11-27', 'pilot-live', 'lead-crm'],
      ['2026-12-05', 'launch', 'lead-crm'],
    ]);
    expect(s.dueSoon[2]).toEqual({
      goal: 'lead-crm', goalTitle: 'Roll out the CRM', milestone: 'pilot-live', title: 'Pilot live', due: '2026-11-27',
    });
  });

  it('lists open milestones already past due', () => {
    expect(s.overdueMilestones).toEqual([
      { goal: 'lead-crm', goalTitle: 'Roll out the CRM', milestone: 'kickoff', title: 'Kickoff', due: '2026-11-10' },
    ]);
  });

  it.each<[string, string[], string, number, string[]]>([
    ['this week counts before it is in the journal', WEEKS, WEEK, 3, ['2026-W44']],
    ['a re-run: this week already in the journal', [...WEEKS, WEEK], WEEK, 3, ['2026-W44']],
    ['back-filling the missed week joins the streak', WEEKS, '2026-W44', 7, []],
    ['back-filling with this week still open', [...WEEKS.slice(0, 4), '2026-W46'], '2026-W45', 2, ['2026-W44']],
    ['first check-in ever, this week', [], WEEK, 1, ['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46']],
  ])('streak and missed: %s', (_name, weeks, week, streak, missed) => {
    const r = checkinSummary(journal(weeks), week, TODAY);
    expect(r.streak).toBe(streak);
    expect(r.missed).toEqual(missed);
  });

  it('reads as plain lines, worst news first', () => {
    expect(summaryLines(s)).toEqual([
      'Overdue: Goal old-goal (deadline 2026-11-01)',
      'Overdue milestones: 2026-11-10 Kickoff (lead-crm)',
      'Behind pace: Roll out the CRM (20% done, 50% expected)',
      'Due in the next 14 days:',
      `  ${TODAY} Due today (steady)`,
      '  2026-11-25 Mentor chat (steady)',
      '  2026-11-27 Pilot live (lead-crm)',
      '  2026-12-05 Launch (lead-crm)',
      'Streak: 3 weeks',
      'Missed: 2026-W44 — back-fill with career checkin --week 2026-W44',
    ]);
  });
});

describe('checkinSummary: flagged goals', () => {
  it('are the active goals this week\'s check-in marks at-risk, off-track or blocked, in its order', () => {
    const j = journal(WEEKS);
    const goals = ['steady', 'dropped', 'lead-crm', 'old-goal'].map((goal, i) => ({
      goal, milestones: [], status: (['blocked', 'off-track', 'at-risk', 'on-track'] as const)[i]!,
    }));
    j.checkins.push(makeCheckin(WEEK, TODAY, { focusDone: [], goals, wins: [], learnings: [], blockers: [], feedback: [], focus: [], answers: [] }));
    expect(checkinSummary(j, WEEK, TODAY).flagged).toEqual([
      { id: 'steady', title: 'Goal steady', status: 'blocked' },
      { id: 'lead-crm', title: 'Roll out the CRM', status: 'at-risk' },
    ]);
    expect(checkinSummary(j, '2026-W46', TODAY).flagged).toEqual([]); // another week's check-in says nothing
  });
});

describe('summaryLines', () => {
  const empty: CheckinSummary = { flagged: [], behind: [], overdue: [], dueSoon: [], overdueMilestones: [], streak: 1, missed: [] };
  const due = { goal: 'lead-crm', goalTitle: 'Roll out the CRM', milestone: 'pilot-live', title: 'Pilot live', due: '2026-11-27' };
  const behind = { id: 'lead-crm', title: 'Roll out the CRM', pace: 'behind' as const, progress: 0.4, expected: 0.55 };
  const missed = Array.from({ length: 8 }, (_, i) => `2026-W${String(38 + i).padStart(2, '0')}`);

  it.each<[string, Partial<CheckinSummary>, string[]]>([
    ['nothing to worry about', {}, ['Everything is on pace.', 'Streak: 1 week']],
    ['one milestone due soon, on one line', { dueSoon: [due], streak: 5 }, [
      'Everything is on pace.',
      'Due in the next 14 days: 2026-11-27 Pilot live (lead-crm)',
      'Streak: 5 weeks',
    ]],
    ['behind pace', { behind: [behind], streak: 0 }, [
      'Behind pace: Roll out the CRM (40% done, 55% expected)',
      'Streak: 0 weeks',
    ]],
    ['an overdue milestone is not "on pace"', { overdueMilestones: [{ ...due, due: '2026-11-01' }] }, [
      'Overdue milestones: 2026-11-01 Pilot live (lead-crm)',
      'Streak: 1 week',
    ]],
    ['goals the person flagged come first, and then nothing is called "on pace"', {
      flagged: [{ id: 'lead-crm', title: 'Roll out the CRM', status: 'at-risk' }, { id: 'steady', title: 'Steady', status: 'blocked' }],
    }, [
      'You flagged:',
      '  Roll out the CRM (at risk)',
      '  Steady (blocked)',
      'Streak: 1 week',
    ]],
    ['missed weeks name the latest to back-fill', { missed: ['2026-W44', '2026-W45'] }, [
      'Everything is on pace.',
      'Streak: 1 week',
      'Missed: 2026-W44, 2026-W45 — back-fill with career checkin --week 2026-W45',
    ]],
    ['a long absence is counted, not listed in full', { missed }, [
      'Everything is on pace.',
      'Streak: 1 week',
      'Missed: 8 weeks, latest 2026-W41, 2026-W42, 2026-W43, 2026-W44, 2026-W45 — back-fill with career checkin --week 2026-W45',
    ]],
  ])('%s', (_name, over, expected) => {
    expect(summaryLines({ ...empty, ...over })).toEqual(expected);
  });
});
