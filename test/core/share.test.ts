// The weekly accountability status (SPEC §1, §3 `career share`): the model of Progress, Plans
// and Problems for a fixed journal and today, and its Markdown with user text escaped.
import { describe, expect, it } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import type { Checkin, Goal, Milestone, Profile } from '../../src/core/schemas.js';
import { shareModel } from '../../src/core/share.js';
import { renderShare } from '../../src/render/share-markdown.js';

const TODAY = '2026-11-20'; // Friday of 2026-W47 (Nov 16-22)
const WEEK = '2026-W47';

const profile = {
  version: 1, name: 'Sam Rivera', created: '2026-01-05', vision: '', values: [], passions: [], talents: [], strengths: [],
  weaknesses: [], skills: [], relationships: [], checkinDay: 'friday', partner: { name: 'Dana', contact: 'dana@example.com' },
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

const journal: Journal = {
  profile,
  goals: [
    // Created 2026-01-05, due 2026-12-31: by today 319 of 360 days have gone, 0.6 done: behind.
    goal('crm', {
      title: 'Roll out the CRM', deadline: '2026-12-31', metric: { name: 'teams', unit: 'teams', start: 0, target: 10 },
      progressLog: [
        { date: '2026-11-01', value: 3 }, { date: '2026-11-10', value: 4 }, { date: '2026-11-17', value: 5 },
        { date: '2026-11-19', value: 6, note: 'two teams this week' },
      ],
    }, [
      { id: 'pilot', title: 'Pilot live', due: '2026-11-15', completed: '2026-11-10' },
      { id: 'half', title: 'Half the teams', due: '2026-11-20', completed: '2026-11-18' },
      { id: 'weekend', title: 'Weekend drill', due: '2026-11-21' },
      { id: 'next', title: 'Training day', due: '2026-11-25' },
      { id: 'later', title: 'All teams', due: '2026-12-10' },
    ]),
    goal('talks', {
      title: 'Give talks', created: '2026-11-01', metric: { name: 'talks', unit: '', start: 2, target: 12 },
      progressLog: [{ date: '2026-11-18', value: 5 }],
    }),
    goal('late', { title: 'Finish the course', deadline: '2026-11-01' }),
    goal('quiet', { title: 'A quiet goal', created: '2026-11-15', deadline: '2027-12-31' }),
    goal('gone', { title: 'Dropped goal', status: 'dropped', closed: { date: '2026-10-01' } }, [
      { id: 'never', title: 'Never due', due: '2026-11-24' },
    ]),
  ],
  checkins: [
    checkin('2026-W46', '2026-11-13', { wins: ['Pilot live'], focus: ['Train team 2'], blockers: ['Old blocker'] }),
    checkin(WEEK, TODAY, {
      wins: ['Closed the pilot review'], blockers: ['Waiting on legal'],
      focus: ['Onboard team 7', 'Write the runbook'],
      goals: [
        { goal: 'crm', value: 6, milestones: [], status: 'on-track' },
        { goal: 'quiet', milestones: [], status: 'at-risk', note: 'no time' },
        { goal: 'late', milestones: [], status: 'off-track' },
      ],
    }),
  ],
  days: [
    { version: 1, date: '2026-11-18', entries: [
      { kind: 'win', text: 'Paired with Jo', tags: [] },
      { kind: 'frustration', text: 'Staging was down', goal: 'crm', tags: [] },
    ] },
    { version: 1, date: '2026-11-15', entries: [{ kind: 'win', text: 'Sunday win of last week', tags: [] }] },
  ],
  reviews: [],
};

describe('shareModel for this week', () => {
  const s = shareModel(journal, WEEK, TODAY);

  it('names the person, the partner and whether the week has a check-in', () => {
    expect(s.week).toBe(WEEK);
    expect(s.name).toBe('Sam Rivera');
    expect(s.partner).toEqual({ name: 'Dana', contact: 'dana@example.com' });
    expect(s.hasCheckin).toBe(true);
  });

  it('moves each metric from its value before the week to the week\'s last value', () => {
    expect(s.progress.moved).toEqual([
      { goal: 'crm', title: 'Roll out the CRM', metric: 'teams', unit: 'teams', from: 4, to: 6, target: 10, progress: 0.6, note: 'two teams this week' },
      // Nothing before the week: it moved from the metric's start.
      { goal: 'talks', title: 'Give talks', metric: 'talks', unit: '', from: 2, to: 5, target: 12, progress: 0.3 },
    ]);
  });

  it('lists milestones done in the week and the week\'s wins from check-in and journal', () => {
    expect(s.progress.milestonesDone).toEqual([{ goal: 'Roll out the CRM', title: 'Half the teams' }]);
    expect(s.progress.wins.map((w) => [w.text, w.source])).toEqual([['Closed the pilot review', 'checkin'], ['Paired with Jo', 'journal']]);
    expect(s.progress.statusNotes).toEqual([{ goal: 'A quiet goal', status: 'at-risk', note: 'no time' }]);
  });

  it('plans next week\'s focus and the milestones of active goals due in the next two weeks', () => {
    expect(s.plans.focus).toEqual(['Onboard team 7', 'Write the runbook']);
    expect(s.plans.dueSoon).toEqual([
      { goal: 'Roll out the CRM', title: 'Weekend drill', due: '2026-11-21' }, // later this week still counts
      { goal: 'Roll out the CRM', title: 'Training day', due: '2026-11-25' },
    ]);
  });

  it('names the problems: blockers, goals behind, overdue and at risk', () => {
    expect(s.problems.blockers.map((b) => b.text)).toEqual(['Waiting on legal', 'Staging was down']);
    expect(s.problems.behind).toHaveLength(1);
    expect(s.problems.behind[0]).toMatchObject({ goal: 'crm', title: 'Roll out the CRM', progress: 0.6 });
    expect(s.problems.behind[0]!.expected).toBeCloseTo(319 / 360, 4);
    expect(s.problems.overdue).toEqual([{ goal: 'late', title: 'Finish the course', deadline: '2026-11-01' }]);
    expect(s.problems.atRisk).toEqual([
      { goal: 'quiet', title: 'A quiet goal', status: 'at-risk' },
      { goal: 'late', title: 'Finish the course', status: 'off-track' },
    ]);
  });
});

describe('shareModel for an earlier week', () => {
  const s = shareModel(journal, '2026-W46', TODAY);

  it('takes that week\'s values, milestones, wins, focus and blockers', () => {
    expect(s.progress.moved).toEqual([
      { goal: 'crm', title: 'Roll out the CRM', metric: 'teams', unit: 'teams', from: 3, to: 4, target: 10, progress: 0.4 },
    ]);
    expect(s.progress.milestonesDone).toEqual([{ goal: 'Roll out the CRM', title: 'Pilot live' }]);
    expect(s.progress.wins.map((w) => w.text)).toEqual(['Sunday win of last week', 'Pilot live']);
    expect(s.plans.focus).toEqual(['Train team 2']);
    expect(s.problems.blockers.map((b) => b.text)).toEqual(['Old blocker']);
  });

  it('lists milestones due in the two weeks after it that were still open when it ended', () => {
    expect(s.plans.dueSoon.map((m) => m.title)).toEqual(['Half the teams', 'Weekend drill', 'Training day']);
  });
});

describe('shareModel without a check-in', () => {
  it('still builds the status from goals and journal', () => {
    const s = shareModel({ ...journal, checkins: [] }, WEEK, TODAY);
    expect(s.hasCheckin).toBe(false);
    expect(s.plans.focus).toEqual([]);
    expect(s.progress.wins.map((w) => w.text)).toEqual(['Paired with Jo']);
    expect(s.problems.atRisk).toEqual([]);
    expect(s.problems.overdue.map((g) => g.goal)).toEqual(['late']);
  });
});

describe('renderShare', () => {
  const text = renderShare(shareModel(journal, WEEK, TODAY));

  it('has a title, the partner and the three sections in order', () => {
    expect(text.startsWith('# Weekly status 2026-W47: Sam Rivera\n')).toBe(true);
    expect(text).toContain('To: Dana <dana@example.com>');
    const at = ['## Progress', '## Plans', '## Problems'].map((h) => text.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows numbers: metric moves with percent, due dates, behind-pace percentages', () => {
    expect(text).toContain('- **Roll out the CRM**: 4 → 6 of 10 teams (60%): two teams this week');
    expect(text).toContain('- **Give talks**: 2 → 5 of 12 talks (30%)');
    expect(text).toContain('- Milestone done: Half the teams (Roll out the CRM)');
    expect(text).toContain('- Win: Closed the pilot review');
    expect(text).toContain('- Onboard team 7');
    expect(text).toContain('- Due 2026-11-25: Training day (Roll out the CRM)');
    expect(text).toContain('- Waiting on legal');
    expect(text).toContain('- Overdue since 2026-11-01: Finish the course');
    expect(text).toContain('- Behind pace: Roll out the CRM (60% done, 89% expected by now)');
    expect(text).toContain('- A quiet goal is at-risk');
    // An off-track goal already listed as overdue is not listed twice.
    expect(text).not.toContain('Finish the course is off-track');
  });

  it('says so when a section is empty', () => {
    const empty = renderShare(shareModel({ ...journal, goals: [], checkins: [], days: [] }, WEEK, TODAY));
    expect(empty).toContain('## Progress\n- No progress recorded this week.');
    expect(empty).toContain('## Plans\n- No focus set for next week yet.');
    expect(empty).toContain('## Problems\n- Nothing in the way.');
  });

  it('escapes user text so it cannot add headings, tables or emphasis', () => {
    const hostile: Journal = {
      ...journal,
      profile: { ...profile, name: '# Sam *the* | Boss' },
      goals: [goal('x', { title: '# Big | *bold* goal', metric: { name: 'n', unit: '*units*', start: 0, target: 4 }, progressLog: [{ date: '2026-11-17', value: 1 }] })],
      checkins: [checkin(WEEK, TODAY, { wins: ['#1 | top *win*'], focus: ['## not a heading', '1. not a list'], blockers: ['- not | a *row*'] })],
      days: [],
    };
    const md = renderShare(shareModel(hostile, WEEK, TODAY));
    expect(md).toContain('# Weekly status 2026-W47: \\# Sam \\*the\\* \\| Boss');
    expect(md).toContain('- **\\# Big \\| \\*bold\\* goal**: 0 → 1 of 4 \\*units\\* (25%)');
    expect(md).toContain('- Win: \\#1 \\| top \\*win\\*');
    expect(md).toContain('- \\#\\# not a heading');
    expect(md).toContain('- 1\\. not a list');
    expect(md).toContain('- \\- not \\| a \\*row\\*');
    // Only the document's own headings start a line with #.
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Weekly status 2026-W47: \\# Sam \\*the\\* \\| Boss', '## Progress', '## Plans', '## Problems']);
    // Apart from the bold around a goal's title, every | and * is escaped.
    for (const line of md.split('\n')) expect(line.replace(/^- \*\*/, '- ').replace(/\*\*:/, ':')).not.toMatch(/(^|[^\\])[|*]/);
  });

  it('keeps control characters out of the document', () => {
    const md = renderShare(shareModel({ ...journal, checkins: [checkin(WEEK, TODAY, { wins: ['bad\u001b[31m red\nnew line'] })], days: [] }, WEEK, TODAY));
    expect(md).not.toContain('\u001b');
    expect(md).toContain('- Win: bad\\\\x1b\\[31m red new line');
  });
});
