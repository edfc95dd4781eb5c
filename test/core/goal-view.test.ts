import { describe, it, expect } from 'vitest';
import { goalView } from '../../src/core/goal-view.js';
import { checkinStatuses } from '../../src/core/checkin-status.js';
import type { GoalRecord } from '../../src/core/journal.js';
import { Goal } from '../../src/core/schemas.js';

const TODAY = '2026-11-21';

function record(id: string, over: Record<string, unknown> = {}): GoalRecord {
  const g = Goal.parse({
    version: 1,
    title: 'Roll out the CRM to 8 sales teams',
    type: 'position',
    horizon: 'mid',
    created: '2026-01-01',
    deadline: '2026-12-31',
    ...over,
  });
  return { ...g, id };
}

const KEYS = [
  'id', 'title', 'type', 'horizon', 'status', 'parent', 'deadline', 'created', 'important', 'urgent',
  'metric', 'progress', 'expected', 'pace', 'forecast', 'checkinStatus', 'milestones', 'smart',
];

describe('goalView', () => {
  it('has exactly the stable keys, with the metric and its current value', () => {
    const g = record('lead-crm-rollout', {
      why: 'it is the step to team lead',
      parent: 'become-team-lead',
      important: true,
      metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8 },
      progressLog: [
        { date: '2026-01-01', value: 0 },
        { date: '2026-02-01', value: 1, note: 'pilot' },
      ],
      milestones: [
        { id: 'pilot-live', title: 'Pilot live', due: '2026-03-01', completed: '2026-02-20' },
        { id: 'all-teams', title: 'All teams', due: '2026-12-01' },
      ],
      steps: [{ text: 'Book a demo' }],
    });
    const v = goalView(g, ['Growth'], TODAY);
    expect(Object.keys(v).sort()).toEqual([...KEYS].sort());
    expect(v).toEqual({
      id: 'lead-crm-rollout',
      title: 'Roll out the CRM to 8 sales teams',
      type: 'position',
      horizon: 'mid',
      status: 'active',
      parent: 'become-team-lead',
      deadline: '2026-12-31',
      created: '2026-01-01',
      important: true,
      urgent: false,
      metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8, current: 1 },
      progress: 0.125,
      expected: 0.8901, // 324 / 364 days
      pace: 'behind',
      forecast: '2026-09-06', // 1 team in 31 days: 8 teams on day 248
      checkinStatus: null,
      milestones: [
        { id: 'pilot-live', title: 'Pilot live', due: '2026-03-01', done: true },
        { id: 'all-teams', title: 'All teams', due: '2026-12-01', done: false },
      ],
      smart: { specific: true, measurable: true, achievable: true, relevant: true, timeBound: true },
    });
  });

  it.each([
    ['no metric: metric null, milestones give progress', {}, null, 0, null],
    ['metric with no log: current = start', { metric: { name: 'kg', start: 90, target: 80 } }, 90, 0, null],
    ['done goal', { status: 'done' }, null, 1, null],
  ])('%s', (_name, over, current, progress, forecast) => {
    const v = goalView(record('g', over), [], TODAY);
    expect(v.metric?.current ?? null).toBe(current);
    expect(v.progress).toBe(progress);
    expect(v.forecast).toBe(forecast);
  });

  it('rounds progress and expected to 4 decimals', () => {
    const v = goalView(
      record('g', { milestones: [1, 2, 3].map((i) => ({ id: `m${i}`, title: `M${i}`, due: '2026-06-01', ...(i === 1 ? { completed: '2026-02-01' } : {}) })) }),
      [],
      '2026-02-01',
    );
    expect(v.progress).toBe(0.3333);
    expect(v.expected).toBe(0.0852); // 31 / 364
  });

  it('reports failed SMART criteria as false', () => {
    const v = goalView(record('g', { title: 'Spanish' }), [], TODAY);
    expect(v.smart).toEqual({ specific: false, measurable: false, achievable: false, relevant: false, timeBound: true });
    expect(v.pace).toBe('behind');
  });
});

describe('checkinStatuses: the person\'s own flag, apart from the pace', () => {
  const checkins = [
    { week: '2026-W45', goals: [{ goal: 'a', status: 'blocked' }, { goal: 'b', status: 'at-risk' }] },
    { week: '2026-W47', goals: [{ goal: 'a', status: 'off-track' }, { goal: 'c' }] },
    { week: '2026-W46', goals: [{ goal: 'a', status: 'on-track' }] },
    { week: '2026-W49', goals: [{ goal: 'b', status: 'on-track' }] },
  ] as Parameters<typeof checkinStatuses>[0];
  it.each<[string, string, string | null | undefined]>([
    ['a', '2026-11-20', 'off-track'], // the latest week that names it, whatever the file order
    ['b', '2026-11-20', 'at-risk'], // a later week not yet come is not yet said
    ['b', '2026-12-04', 'on-track'],
    ['c', '2026-11-20', null], // named, status unanswered: null, never a default
    ['d', '2026-11-20', undefined], // never named
    ['a', '2026-11-09', 'on-track'], // as of W46
  ])('%s as of %s: %s', (goal, asOf, expected) => {
    expect(checkinStatuses(checkins, asOf).get(goal)).toBe(expected);
  });
  it('goalView carries it without touching the pace', () => {
    const crm = record('crm');
    const base = goalView(crm, [], TODAY);
    const flagged = goalView(crm, [], TODAY, 'at-risk');
    expect(flagged).toEqual({ ...base, checkinStatus: 'at-risk' });
  });
});
