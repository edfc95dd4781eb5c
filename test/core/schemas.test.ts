import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { Checkin, Goal, EntryDay, Profile, Review } from '../../src/core/schemas.js';

const SCHEMAS = { Profile, Goal, Checkin, EntryDay, Review } as const;
type Name = keyof typeof SCHEMAS;

const minimal: Record<Name, Record<string, unknown>> = {
  Profile: { version: 1, name: 'Ada Lovelace', created: '2026-01-05' },
  Goal: { version: 1, title: 'Lead the CRM rollout', type: 'position', horizon: 'short', created: '2026-01-05', deadline: '2026-06-30' },
  Checkin: { version: 1, week: '2026-W06', date: '2026-02-06' },
  EntryDay: { version: 1, date: '2026-02-06' },
  Review: { version: 1, kind: 'monthly', period: '2026-01', date: '2026-02-01' },
};

const full: Record<Name, Record<string, unknown>> = {
  Profile: {
    version: 1, name: 'Ada Lovelace', created: '2026-01-05', vision: 'Lead engineering at a company that matters.',
    values: ['growth', 'craft', 'impact'], passions: ['teaching', 'maths', 'music'], talents: ['analysis', 'writing'],
    strengths: ['patience'], weaknesses: ['saying no'],
    skills: [{ name: 'TypeScript', kind: 'hard', rating: 4 }, { name: 'Listening', kind: 'soft', rating: 3 }],
    relationships: [{ name: 'Grace', role: 'mentor', action: 'monthly coffee' }],
    reflection: {
      year: 2025, accomplishments: ['shipped v2'], challenge: 'a reorg', handled: 'asked for help',
      newSkills: ['Go'], outOfDepth: 'budgets', missedOpportunities: 'conference talk',
    },
    checkinDay: 'monday', partner: { name: 'Sam', contact: 'sam@example.com' },
  },
  Goal: {
    version: 1, title: 'Lead the CRM rollout', type: 'position', horizon: 'short', status: 'done',
    created: '2026-01-05', deadline: '2026-06-30', why: 'The team needs it', values: ['impact'],
    parent: 'become-engineering-manager', important: true, urgent: false,
    metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 40 },
    milestones: [{ id: 'pilot', title: 'Pilot with sales', due: '2026-03-01', completed: '2026-02-27' }],
    steps: [{ text: 'Write the plan', done: true }],
    support: { helpers: ['Grace'], resources: ['budget'], skills: ['negotiation'] },
    risks: [{ scenario: 'sales refuses', contingency: 'start with support' }],
    progressLog: [{ date: '2026-02-01', value: 10, note: 'pilot', week: '2026-W05' }],
    revisions: [{ date: '2026-02-02', fields: ['deadline'], reason: 'scope grew' }],
    closed: { date: '2026-06-20', celebration: 'dinner', next: 'phase 2' },
  },
  Checkin: {
    version: 1, week: '2026-W06', date: '2026-02-06', focusDone: ['plan'],
    goals: [{ goal: 'lead-crm-rollout', value: 12, milestones: ['pilot'], status: 'at-risk', note: 'slow' }],
    wins: ['pilot live'], learnings: ['ask early'], blockers: ['legal'], feedback: ['good demo'],
    energy: 4, focus: ['a', 'b', 'c'],
  },
  EntryDay: {
    version: 1, date: '2026-02-06',
    entries: [
      { time: '09:30', kind: 'win', text: 'Pilot went live', goal: 'lead-crm-rollout', tags: ['crm'] },
      { text: 'A plain note' },
    ],
  },
  Review: {
    version: 1, kind: 'quarterly', period: '2026-Q1', date: '2026-04-01',
    answers: [{ id: 'wins', question: 'What went well?', answer: ['pilot', 'hiring'] }, { id: 'next', question: 'Next?', answer: 'phase 2' }],
  },
};

const NAMES = Object.keys(SCHEMAS) as Name[];

function check(name: Name, value: unknown) {
  return (SCHEMAS[name] as z.ZodType).safeParse(value);
}

describe('schemas accept', () => {
  it.each(NAMES.flatMap((n) => [[n, 'minimal', minimal[n]], [n, 'full', full[n]]] as const))('%s %s', (name, _kind, value) => {
    const r = check(name, value);
    expect(r.error?.issues).toBeUndefined();
    expect(r.success).toBe(true);
  });

  it('fills defaults for what a minimal file leaves out', () => {
    const goal = Goal.parse(minimal.Goal);
    expect(goal).toMatchObject({ status: 'active', why: '', parent: null, important: false, metric: null, milestones: [], support: { helpers: [], resources: [], skills: [] } });
    expect(Profile.parse(minimal.Profile)).toMatchObject({ checkinDay: 'friday', partner: null, values: [] });
    expect(EntryDay.parse({ ...minimal.EntryDay, entries: [{ text: 'x' }] }).entries[0]).toEqual({ kind: 'note', text: 'x', tags: [] });
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31'])('a real date: %s', (deadline) => {
    expect(check('Goal', { ...minimal.Goal, deadline }).success).toBe(true);
  });

  it.each(['2026-W01', '2026-W53', '2020-W53', '2015-W53'])('a real ISO week: %s', (week) => {
    expect(check('Checkin', { ...minimal.Checkin, week }).success).toBe(true);
  });
});

interface Reject {
  name: Name;
  why: string;
  value: Record<string, unknown>;
  path: PropertyKey[];
  message: RegExp;
}

const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const rejections: Reject[] = [
  // wrong enum value
  { name: 'Goal', why: 'type not an enum value', value: { ...minimal.Goal, type: 'career' }, path: ['type'], message: /development/ },
  { name: 'Goal', why: 'horizon not an enum value', value: { ...minimal.Goal, horizon: 'medium' }, path: ['horizon'], message: /short/ },
  { name: 'Profile', why: 'checkinDay not a weekday', value: { ...minimal.Profile, checkinDay: 'funday' }, path: ['checkinDay'], message: /friday/ },
  { name: 'Checkin', why: 'goal status not an enum value', value: { ...minimal.Checkin, goals: [{ goal: 'x', status: 'fine' }] }, path: ['goals', 0, 'status'], message: /on-track/ },
  { name: 'EntryDay', why: 'entry kind not an enum value', value: { ...minimal.EntryDay, entries: [{ text: 'x', kind: 'rant' }] }, path: ['entries', 0, 'kind'], message: /frustration/ },
  { name: 'Review', why: 'kind not an enum value', value: { ...minimal.Review, kind: 'weekly' }, path: ['kind'], message: /monthly/ },
  // unknown key
  { name: 'Profile', why: 'unknown key', value: { ...minimal.Profile, nmae: 'x' }, path: [], message: /nmae/ },
  { name: 'Goal', why: 'unknown key', value: { ...minimal.Goal, titel: 'x' }, path: [], message: /titel/ },
  { name: 'Goal', why: 'unknown key in a milestone', value: { ...minimal.Goal, milestones: [{ id: 'a', title: 'A', due: '2026-02-01', done: true }] }, path: ['milestones', 0], message: /done/ },
  { name: 'Checkin', why: 'unknown key', value: { ...minimal.Checkin, mood: 3 }, path: [], message: /mood/ },
  { name: 'EntryDay', why: 'unknown key', value: { ...minimal.EntryDay, notes: [] }, path: [], message: /notes/ },
  { name: 'Review', why: 'unknown key', value: { ...minimal.Review, score: 1 }, path: [], message: /score/ },
  // version 2
  ...NAMES.map((name): Reject => ({ name, why: 'version 2', value: { ...minimal[name], version: 2 }, path: ['version'], message: /must be 1/ })),
  { name: 'Goal', why: 'version "1" as a string', value: { ...minimal.Goal, version: '1' }, path: ['version'], message: /must be 1/ },
  // missing required field
  { name: 'Profile', why: 'missing name', value: without(minimal.Profile, 'name'), path: ['name'], message: /./ },
  { name: 'Goal', why: 'missing deadline', value: without(minimal.Goal, 'deadline'), path: ['deadline'], message: /./ },
  { name: 'Goal', why: 'missing version', value: without(minimal.Goal, 'version'), path: ['version'], message: /./ },
  { name: 'Checkin', why: 'missing week', value: without(minimal.Checkin, 'week'), path: ['week'], message: /./ },
  { name: 'EntryDay', why: 'missing date', value: without(minimal.EntryDay, 'date'), path: ['date'], message: /./ },
  { name: 'EntryDay', why: 'entry missing text', value: { ...minimal.EntryDay, entries: [{ kind: 'win' }] }, path: ['entries', 0, 'text'], message: /./ },
  { name: 'Review', why: 'missing period', value: without(minimal.Review, 'period'), path: ['period'], message: /./ },
  { name: 'Goal', why: 'empty title', value: { ...minimal.Goal, title: '   ' }, path: ['title'], message: /must not be empty/ },
  // bad date
  { name: 'Goal', why: 'deadline 2024-02-30', value: { ...minimal.Goal, deadline: '2024-02-30' }, path: ['deadline'], message: /real date/ },
  { name: 'Goal', why: 'created 2023-02-29 (not a leap year)', value: { ...minimal.Goal, created: '2023-02-29' }, path: ['created'], message: /real date/ },
  { name: 'Goal', why: 'deadline 2026-6-30 (no padding)', value: { ...minimal.Goal, deadline: '2026-6-30' }, path: ['deadline'], message: /YYYY-MM-DD/ },
  { name: 'Goal', why: 'milestone due 2026-13-01', value: { ...minimal.Goal, milestones: [{ id: 'a', title: 'A', due: '2026-13-01' }] }, path: ['milestones', 0, 'due'], message: /real date/ },
  { name: 'Profile', why: 'created 2024-02-30', value: { ...minimal.Profile, created: '2024-02-30' }, path: ['created'], message: /real date/ },
  { name: 'Checkin', why: 'date 2024-02-30', value: { ...minimal.Checkin, date: '2024-02-30' }, path: ['date'], message: /real date/ },
  { name: 'EntryDay', why: 'date 2024-02-30', value: { ...minimal.EntryDay, date: '2024-02-30' }, path: ['date'], message: /real date/ },
  { name: 'Review', why: 'date 2024-02-30', value: { ...minimal.Review, date: '2024-02-30' }, path: ['date'], message: /real date/ },
  { name: 'Goal', why: 'deadline as a number', value: { ...minimal.Goal, deadline: 20260630 }, path: ['deadline'], message: /./ },
  // bad week
  { name: 'Checkin', why: 'week 2025-W53 (2025 has 52 weeks)', value: { ...minimal.Checkin, week: '2025-W53' }, path: ['week'], message: /ISO week/ },
  { name: 'Checkin', why: 'week 2026-W00', value: { ...minimal.Checkin, week: '2026-W00' }, path: ['week'], message: /ISO week/ },
  { name: 'Checkin', why: 'week 2026-W6 (no padding)', value: { ...minimal.Checkin, week: '2026-W6' }, path: ['week'], message: /ISO week/ },
  { name: 'Goal', why: 'progress point week 2025-W53', value: { ...minimal.Goal, progressLog: [{ date: '2025-12-29', value: 1, week: '2025-W53' }] }, path: ['progressLog', 0, 'week'], message: /ISO week/ },
  // rating 0 and 6
  { name: 'Checkin', why: 'energy 0', value: { ...minimal.Checkin, energy: 0 }, path: ['energy'], message: /1-5/ },
  { name: 'Checkin', why: 'energy 6', value: { ...minimal.Checkin, energy: 6 }, path: ['energy'], message: /1-5/ },
  { name: 'Checkin', why: 'energy 2.5', value: { ...minimal.Checkin, energy: 2.5 }, path: ['energy'], message: /whole number/ },
  { name: 'Profile', why: 'skill rating 0', value: { ...minimal.Profile, skills: [{ name: 'Go', kind: 'hard', rating: 0 }] }, path: ['skills', 0, 'rating'], message: /1-5/ },
  { name: 'Profile', why: 'skill rating 6', value: { ...minimal.Profile, skills: [{ name: 'Go', kind: 'hard', rating: 6 }] }, path: ['skills', 0, 'rating'], message: /1-5/ },
  // focus with 4 items
  { name: 'Checkin', why: 'focus with 4 items', value: { ...minimal.Checkin, focus: ['a', 'b', 'c', 'd'] }, path: ['focus'], message: /at most 3/ },
  // metric start == target
  { name: 'Goal', why: 'metric start == target', value: { ...minimal.Goal, metric: { name: 'hours', start: 5, target: 5 } }, path: ['metric', 'target'], message: /differ/ },
  // ids
  { name: 'Goal', why: 'parent with uppercase', value: { ...minimal.Goal, parent: 'Lead-CRM' }, path: ['parent'], message: /lowercase/ },
  { name: 'Goal', why: 'parent with ..', value: { ...minimal.Goal, parent: '../etc' }, path: ['parent'], message: /lowercase/ },
  { name: 'Goal', why: 'parent ..', value: { ...minimal.Goal, parent: '..' }, path: ['parent'], message: /lowercase/ },
  { name: 'Goal', why: 'milestone id with uppercase', value: { ...minimal.Goal, milestones: [{ id: 'Pilot', title: 'A', due: '2026-02-01' }] }, path: ['milestones', 0, 'id'], message: /lowercase/ },
  { name: 'Checkin', why: 'goal id with ..', value: { ...minimal.Checkin, goals: [{ goal: 'a..b/../c' }] }, path: ['goals', 0, 'goal'], message: /lowercase/ },
  { name: 'EntryDay', why: 'entry goal with uppercase', value: { ...minimal.EntryDay, entries: [{ text: 'x', goal: 'CRM' }] }, path: ['entries', 0, 'goal'], message: /lowercase/ },
  { name: 'Goal', why: 'parent of 49 characters', value: { ...minimal.Goal, parent: 'a'.repeat(49) }, path: ['parent'], message: /at most 48/ },
  // other shapes
  { name: 'Review', why: 'period 2026-13', value: { ...minimal.Review, period: '2026-13' }, path: ['period'], message: /YYYY-MM/ },
  { name: 'EntryDay', why: 'entry time 24:00', value: { ...minimal.EntryDay, entries: [{ text: 'x', time: '24:00' }] }, path: ['entries', 0, 'time'], message: /HH:MM/ },
  { name: 'Goal', why: 'values as a string, not a list', value: { ...minimal.Goal, values: 'growth' }, path: ['values'], message: /./ },
];

describe('schemas reject', () => {
  it.each(rejections.map((r) => [r.name, r.why, r] as const))('%s: %s', (name, _why, r) => {
    const result = check(name, r.value);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(r.path);
    const text = issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.message;
    expect(text).toMatch(r.message);
  });

  it('reports every problem, not just the first', () => {
    const r = check('Goal', { ...minimal.Goal, type: 'career', deadline: '2024-02-30', extra: 1 });
    expect(r.error!.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual(['deadline', 'type', 'unrecognized_keys']);
  });
});
