import { describe, it, expect } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { UserError } from '../../src/core/errors.js';
import { factLines, makeReview, reviewFacts } from '../../src/core/review-facts.js';
import type { Checkin, Goal, Milestone, Profile } from '../../src/core/schemas.js';

const profile = {
  version: 1, name: 'Sam', created: '2026-10-20', vision: '', values: [], passions: [], talents: [],
  strengths: [], weaknesses: [], skills: [], relationships: [], checkinDay: 'friday', partner: null,
} satisfies Profile;

function goal(id: string, over: Partial<Goal>, milestones: Milestone[] = []): GoalRecord {
  return {
    id, version: 1, title: id.replace(/-/g, ' '), type: 'other', horizon: 'short', status: 'active',
    created: '2026-10-01', deadline: '2027-06-30', why: '', values: [], parent: null, important: false,
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

const journal: Journal = {
  profile,
  goals: [
    goal('aws-cert', { status: 'done', closed: { date: '2026-11-12', celebration: 'dinner' } }),
    goal('old-goal', { status: 'done', closed: { date: '2026-10-15' } }),
    goal('side-project', { status: 'dropped', closed: { date: '2026-11-20', reason: 'No time' } }, [
      { id: 'beta', title: 'Beta out', due: '2026-11-25' }, // released by the drop: not missed
    ]),
    goal('lead-crm-rollout', {}, [
      { id: 'kickoff', title: 'Kickoff', due: '2026-10-20', completed: '2026-10-19' },
      { id: 'docs', title: 'Docs written', due: '2026-11-05', completed: '2026-11-09' },
      { id: 'pilot', title: 'Pilot live', due: '2026-11-10', completed: '2026-11-08' },
      { id: 'training', title: 'Team trained', due: '2026-11-15' },
      { id: 'review', title: 'Review held', due: '2026-11-18' },
      { id: 'rollout', title: 'Rollout', due: '2026-12-15' },
    ]),
  ],
  checkins: [
    checkin('2026-W44', '2026-10-30', { wins: ['October win'], energy: 2 }),
    checkin('2026-W46', '2026-11-13', { wins: ['Pilot feedback call'], feedback: ['Great pace'], energy: 4 }),
    checkin('2026-W47', '2026-11-20', { learnings: ['Ask early'], blockers: ['Slow reviews'] }),
    checkin('2026-W48', '2026-11-27', { wins: ['Trained two people'], energy: 3 }),
  ],
  days: [
    { version: 1, date: '2026-11-20', entries: [
      { kind: 'win', text: 'Got the cert', goal: 'aws-cert', tags: [] },
      { kind: 'feedback', text: 'Boss liked the demo', tags: [] },
      { kind: 'note', text: 'Just a note', tags: [] },
    ] },
  ],
  reviews: [],
};

const NOV = ['2026-11-01', '2026-11-30'] as const;

describe('reviewFacts for November 2026, reviewed on 2026-12-03', () => {
  const f = reviewFacts(journal, ...NOV, '2026-12-03');

  it('lists goals finished within the range only', () => {
    expect(f.goalsFinished).toEqual([{ id: 'aws-cert', title: 'aws cert', date: '2026-11-12' }]);
  });
  it('lists goals dropped with their reason', () => {
    expect(f.goalsDropped).toEqual([{ id: 'side-project', title: 'side project', date: '2026-11-20', reason: 'No time' }]);
  });
  it('lists milestones completed within the range', () => {
    expect(f.milestonesHit.map((m) => m.id)).toEqual(['docs', 'pilot']);
    expect(f.milestonesHit[1]).toEqual({ goal: 'lead-crm-rollout', id: 'pilot', title: 'Pilot live', due: '2026-11-10', completed: '2026-11-08' });
  });
  it('lists milestones due in the range and not done by then (late ones too, not released ones)', () => {
    expect(f.milestonesMissed).toEqual([
      { goal: 'lead-crm-rollout', id: 'review', title: 'Review held', due: '2026-11-18' },
      { goal: 'lead-crm-rollout', id: 'training', title: 'Team trained', due: '2026-11-15' },
      { goal: 'lead-crm-rollout', id: 'docs', title: 'Docs written', due: '2026-11-05' },
    ]);
  });
  it('counts check-ins done and whole weeks missed', () => {
    expect(f.checkins).toEqual({ done: ['2026-W46', '2026-W47', '2026-W48'], missed: ['2026-W45'] });
  });
  it('gathers wins and feedback from check-ins and journal entries', () => {
    expect(f.wins.map((w) => [w.date, w.text, w.source])).toEqual([
      ['2026-11-27', 'Trained two people', 'checkin'],
      ['2026-11-20', 'Got the cert', 'journal'],
      ['2026-11-13', 'Pilot feedback call', 'checkin'],
    ]);
    expect(f.feedback.map((w) => w.text)).toEqual(['Boss liked the demo', 'Great pace']);
    expect(f.learnings.map((w) => w.text)).toEqual(['Ask early']);
    expect(f.blockers.map((w) => w.text)).toEqual(['Slow reviews']);
  });
  it('lists energy by week, oldest first', () => {
    expect(f.energy).toEqual([{ week: '2026-W46', energy: 4 }, { week: '2026-W48', energy: 3 }]);
  });

  it('reads as plain lines', () => {
    expect(factLines(f, 'November 2026')).toEqual([
      'In November 2026: 1 goal finished, 1 dropped, 2 milestones hit, 3 missed, 3 of 4 check-ins (missed 2026-W45), 3 wins, 2 pieces of feedback',
      'Wins:',
      '  Nov 27  Trained two people',
      '  Nov 20  Got the cert',
      '  Nov 13  Pilot feedback call',
      'Feedback:',
      '  Nov 20  Boss liked the demo',
      '  Nov 13  Great pace',
      'Goals finished:',
      '  Nov 12  aws cert (aws-cert)',
      'Goals dropped:',
      '  Nov 20  side project (side-project): No time',
      'Milestones missed:',
      '  due Nov 18  Review held (lead-crm-rollout)',
      '  due Nov 15  Team trained (lead-crm-rollout)',
      '  due Nov 5  Docs written (lead-crm-rollout)',
    ]);
  });
});

describe('reviewFacts while the period is still running', () => {
  it.each([
    // today, missed milestones, missed weeks
    ['2026-11-18', ['training', 'docs'], ['2026-W45']], // due today is not missed yet; this week is never missed
    ['2026-11-16', ['training', 'docs'], ['2026-W45']],
    ['2026-11-09', ['docs'], ['2026-W45']], // Monday of W46: W45 is over
    ['2026-11-08', ['docs'], []], // Sunday of W45: this week is not over
    ['2026-11-03', [], []],
  ])('on %s', (today, milestones, weeks) => {
    const f = reviewFacts(journal, ...NOV, today);
    expect(f.milestonesMissed.map((m) => m.id)).toEqual(milestones);
    expect(f.checkins.missed).toEqual(weeks);
  });
});

describe('missed check-in weeks', () => {
  it.each([
    // created, since, until, missed
    ['2026-10-20', '2026-11-01', '2026-11-30', ['2026-W45']],
    ['2026-11-12', '2026-11-01', '2026-11-30', []], // the journal began in W46
    ['2026-11-02', '2026-11-01', '2026-11-30', ['2026-W45']], // began on W45's Monday
    // W40 starts in September and W44 ends in November: neither lies within October
    ['2026-10-01', '2026-10-01', '2026-10-31', ['2026-W41', '2026-W42', '2026-W43']],
    ['2026-10-01', '2026-10-01', '2026-12-31', ['2026-W41', '2026-W42', '2026-W43', '2026-W45']], // W49 is this week
  ])('created %s, %s..%s', (created, since, until, missed) => {
    const j = { ...journal, profile: { ...profile, created } };
    expect(reviewFacts(j, since, until, '2026-12-03').checkins.missed).toEqual(missed);
  });
});

describe('factLines', () => {
  const empty = reviewFacts({ ...journal, goals: [], checkins: [], days: [] }, '2027-01-01', '2027-01-31', '2026-12-03');
  it('says so plainly when nothing happened', () => {
    expect(factLines(empty, 'January 2027')).toEqual([
      'In January 2027: 0 goals finished, 0 milestones hit, 0 missed, 0 check-ins, 0 wins, 0 pieces of feedback',
    ]);
  });
  it('shows the latest 5 wins and how many more', () => {
    const days = [{ version: 1 as const, date: '2026-11-02', entries: Array.from({ length: 7 }, (_, i) => ({ kind: 'win' as const, text: `w${i}`, tags: [] })) }];
    const lines = factLines(reviewFacts({ ...journal, days, checkins: [] }, ...NOV, '2026-12-03'), 'November 2026');
    expect(lines.filter((l) => l.startsWith('  Nov 2 '))).toEqual(['  Nov 2  w6', '  Nov 2  w5', '  Nov 2  w4', '  Nov 2  w3', '  Nov 2  w2']);
    expect(lines).toContain('  … and 2 more');
    expect(lines[0]).toMatch(/0 of 4 check-ins \(missed 2026-W45, 2026-W46, 2026-W47 and 1 more\), 7 wins/);
  });
});

describe('makeReview', () => {
  it('builds the record with the normalised period', () => {
    const answers = [{ id: 'proud', question: 'What are you proud of?', answer: 'The pilot' }];
    expect(makeReview('quarterly', '2026-q4', '2027-01-05', answers)).toEqual({
      version: 1, kind: 'quarterly', period: '2026-Q4', date: '2027-01-05', answers,
    });
  });
  it('refuses a period of another kind', () => {
    expect(() => makeReview('monthly', '2026', '2027-01-05', [])).toThrow(UserError);
  });
});
