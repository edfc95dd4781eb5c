import { describe, it, expect } from 'vitest';
import { Goal } from '../../src/core/schemas.js';
import { SMART_KEYS, SMART_LABELS, smartCheck, smartPasses, withoutFlags, type SmartKey } from '../../src/core/smart.js';

const VALUES = ['Growth', 'Autonomy', 'Impact'];

/** A goal that passes every criterion; each case below breaks or varies one thing. */
function goal(over: Record<string, unknown> = {}): Goal {
  return Goal.parse({
    version: 1,
    title: 'Roll out the CRM to 8 sales teams',
    type: 'development',
    horizon: 'short',
    created: '2026-01-01',
    deadline: '2026-12-31',
    why: 'it is the step to team lead',
    metric: { name: 'teams onboarded', start: 0, target: 8 },
    steps: [{ text: 'Book a demo with sales' }],
    ...over,
  });
}

const milestone = { id: 'pilot-live', title: 'Pilot live', due: '2026-03-01' };

describe('smartCheck', () => {
  it.each<[string, SmartKey, Goal, boolean, RegExp]>([
    // Specific
    ['3-word title and a why', 'specific', goal({ title: 'Learn conversational Spanish' }), true, /3 words/],
    ['2-word title', 'specific', goal({ title: 'Learn Spanish' }), false, /--title/],
    ['title padded with spaces is still 2 words', 'specific', goal({ title: '  Learn   Spanish ' }), false, /at least 3 words/],
    ['no why', 'specific', goal({ why: '' }), false, /--why/],
    ['blank why', 'specific', goal({ why: '   ' }), false, /--why/],
    ['short title and no why: both hints', 'specific', goal({ title: 'Spanish', why: '' }), false, /--title.*--why/],
    // Measurable
    ['metric with target', 'measurable', goal(), true, /teams onboarded from 0 to 8/],
    ['milestone only', 'measurable', goal({ metric: null, milestones: [milestone] }), true, /1 milestone$/],
    ['neither', 'measurable', goal({ metric: null }), false, /--metric "teams onboarded" --target 8.*--milestone "Pilot live@2026-03-01"/],
    // Achievable
    ['a step', 'achievable', goal(), true, /a plan \(1 step\)/],
    ['a helper', 'achievable', goal({ steps: [], support: { helpers: ['Dana'], resources: [], skills: [] } }), true, /a plan \(1 helper\)/],
    ['a resource', 'achievable', goal({ steps: [], support: { helpers: [], resources: ['A course'], skills: [] } }), true, /a plan \(1 resource\)/],
    ['two steps and a helper', 'achievable', goal({ steps: [{ text: 'a' }, { text: 'b' }], support: { helpers: ['Dana'], resources: [], skills: [] } }), true, /a plan \(2 steps, 1 helper\)/],
    ['deadline on creation day', 'achievable', goal({ deadline: '2026-01-01' }), true, /plan/],
    ['no step, helper or resource', 'achievable', goal({ steps: [] }), false, /--step.*--helper.*--resource/],
    ['only skills do not count', 'achievable', goal({ steps: [], support: { helpers: [], resources: [], skills: ['SQL'] } }), false, /--step/],
    ['deadline before creation', 'achievable', goal({ deadline: '2025-12-31' }), false, /2026-01-01 or later \(--deadline\)/],
    // Relevant
    ['a why', 'relevant', goal(), true, /why it matters/],
    ['a parent', 'relevant', goal({ why: '', parent: 'become-team-lead' }), true, /become-team-lead/],
    ['a profile value, any case', 'relevant', goal({ why: '', values: ['growth'] }), true, /value "growth"/],
    ['a value not in the profile', 'relevant', goal({ why: '', values: ['money'] }), false, /Growth, Autonomy, Impact/],
    ['nothing', 'relevant', goal({ why: '' }), false, /--why.*--parent/],
    // Time-bound
    ['valid deadline', 'timeBound', goal(), true, /2026-12-31/],
    ['unreadable deadline', 'timeBound', { ...goal(), deadline: 'someday' }, false, /--deadline/],
    ['impossible deadline', 'timeBound', { ...goal(), deadline: '2027-02-30' }, false, /--deadline/],
  ])('%s', (_name, key, g, pass, hint) => {
    const c = smartCheck(g, VALUES)[key];
    expect(c.pass).toBe(pass);
    expect(c.hint).toMatch(hint);
  });

  it.each([
    ['plan how: add a first step (--step "Book a demo with sales"), a helper (--helper "Dana, my manager") or a resource (--resource "CRM trial licence")',
      'plan how: add a first step, a helper or a resource'],
    ['set a deadline (--deadline 2027-03-31, or a phrase such as "end of Q2")', 'set a deadline'],
    ['link it to one of your values (growth, craft) (--value <value>)', 'link it to one of your values (growth, craft)'],
    ['progress is measured: km from 0 to 42', 'progress is measured: km from 0 to 42'],
  ])('withoutFlags(%j) is the hint the wizard shows', (hint, shown) => {
    expect(withoutFlags(hint)).toBe(shown);
  });

  it('a value without profile values gives a hint without an empty list', () => {
    const c = smartCheck(goal({ why: '', values: ['growth'] }), []).relevant;
    expect(c.pass).toBe(false);
    expect(c.hint).not.toMatch(/\(\)/);
  });

  it('an unreadable deadline fails only Time-bound, not Achievable', () => {
    const c = smartCheck({ ...goal(), deadline: 'someday' }, VALUES);
    expect(c.achievable.pass).toBe(true);
    expect(c.timeBound.pass).toBe(false);
  });
});

describe('smartPasses', () => {
  it.each([
    ['all pass', goal(), true],
    ['one fails', goal({ title: 'Spanish' }), false],
  ])('%s', (_name, g, expected) => {
    expect(smartPasses(smartCheck(g, VALUES))).toBe(expected);
  });
});

describe('SMART_LABELS', () => {
  it('labels every key in order', () => {
    expect(SMART_KEYS.map((k) => SMART_LABELS[k])).toEqual(['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound']);
  });
});

describe('Specific reads the title: a vague verb with nothing measurable fails, with a rewrite in the person\'s words', () => {
  const vague = (title: string, over: Record<string, unknown> = {}) => smartCheck(goal({ title, metric: null, ...over }), VALUES);
  it.each<[string, RegExp]>([
    ['Improve my public speaking', /"Get my public speaking rated 4 of 5 by someone who sees it \(say who\) by 2026-12-31"/],
    ['Learn Python', /"Pass a Python exam, or finish 2 Python projects, by 2026-12-31"/],
    ['Get better at negotiation', /"Get negotiation rated 4 of 5/],
    ['Be more confident in meetings', /"Be confident in meetings in 3 situations/],
    ['to work on my writing', /"Get my writing rated/],
  ])('%s', (title, hint) => {
    const c = vague(title);
    expect(c.specific.pass).toBe(false);
    expect(c.specific.hint).toMatch(hint);
    expect(c.measurable.pass).toBe(false);
  });
  it.each<[string, Record<string, unknown>]>([
    ['Learn Python', { metric: { name: 'projects', start: 0, target: 2 } }],
    ['Improve my public speaking', { milestones: [milestone] }],
    ['Improve checkout latency to 300 ms', {}],
    ['Publish 2 articles on VR', {}],
  ])('%s with something measurable is not vague', (title, over) => {
    expect(vague(title, over).specific.hint).not.toMatch(/names an effort/);
  });
});

describe('vagueRewrite keeps the person\'s words', () => {
  it('"Become a better public speaker"', () => {
    expect(smartCheck(goal({ title: 'Become a better public speaker', metric: null }), VALUES).specific.hint)
      .toContain('"Get rated 4 of 5 as a public speaker by someone who sees it (say who) by 2026-12-31"');
  });
});
