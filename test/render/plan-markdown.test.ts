// The plan as Markdown (`career export markdown`): the document's structure (profile, skills,
// relationships, goals long → mid → short under their parents, then done and dropped), and user
// text that cannot break it.
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/core/export.js';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { Goal, Profile } from '../../src/core/schemas.js';
import { renderPlanMarkdown } from '../../src/render/plan-markdown.js';
import { cell, md } from '../../src/render/markdown.js';

const TODAY = '2026-11-20';

function goal(id: string, over: Record<string, unknown> = {}): GoalRecord {
  return { ...Goal.parse({ version: 1, title: `Goal ${id}`, type: 'development', horizon: 'short', created: '2026-01-05', deadline: '2027-06-30', ...over }), id };
}

function journal(goals: GoalRecord[], over: Record<string, unknown> = {}): Journal {
  const profile = Profile.parse({
    version: 1, name: 'Test Person', created: '2026-01-05',
    vision: 'Lead an engineering org that ships calmly.',
    values: ['growth', 'craft', 'impact'], passions: ['teaching'], talents: ['listening', 'systems'],
    strengths: ['focus'], weaknesses: ['delegation'],
    skills: [{ name: 'TypeScript', kind: 'hard', rating: 4 }, { name: 'Coaching', kind: 'soft', rating: 3 }],
    relationships: [{ name: 'Dana', role: 'manager', action: 'monthly career chat' }],
    ...over,
  });
  return { profile, goals, checkins: [], days: [], reviews: [] };
}

const render = (j: Journal) => renderPlanMarkdown(plan(j, TODAY));
const headings = (doc: string) => doc.split('\n').filter((l) => /^#{1,6} /.test(l));

const sample = () => journal([
  goal('director', { title: 'Become an engineering director', horizon: 'long', deadline: '2032-01-01', why: 'lead at scale' }),
  goal('manager', { title: 'Become an engineering manager', horizon: 'mid', deadline: '2029-01-01', parent: 'director' }),
  goal('crm', {
    title: 'Roll out the CRM to 8 sales teams', horizon: 'short', parent: 'manager', why: 'it is the step to team lead',
    values: ['impact'], important: true, urgent: true,
    metric: { name: 'teams onboarded', unit: 'teams', start: 0, target: 8 },
    progressLog: [{ date: '2026-06-01', value: 2 }],
    milestones: [
      { id: 'pilot', title: 'Pilot live', due: '2026-03-01', completed: '2026-02-20' },
      { id: 'all', title: 'All teams', due: '2027-05-01' },
    ],
    steps: [{ text: 'Book a demo', done: true }, { text: 'Train the leads' }],
    support: { helpers: ['Dana'], resources: ['CRM trial licence'], skills: ['public speaking'] },
    risks: [{ scenario: 'budget cut', contingency: 'phase the rollout' }],
  }),
  goal('talk', { title: 'Give a conference talk', horizon: 'short', deadline: '2027-03-01' }),
  goal('old', { title: 'Learn Haskell properly', status: 'dropped', closed: { date: '2026-05-01', reason: 'no time' } }),
  goal('cert', { title: 'Get the AWS certification', status: 'done', closed: { date: '2026-04-01', celebration: 'dinner out', next: 'the pro exam' } }),
]);

describe('renderPlanMarkdown', () => {
  const doc = render(sample());

  it('has the sections in order, goals nested long → mid → short under their parents', () => {
    expect(headings(doc)).toEqual([
      '# Career plan: Test Person',
      '## Vision',
      '## Who I am',
      '## Skills',
      '## Relationships',
      '## Goals',
      '### Long-term: Become an engineering director',
      '#### Mid-term: Become an engineering manager',
      '##### Short-term: Roll out the CRM to 8 sales teams',
      '### Short-term: Give a conference talk',
      '## Done',
      '### Get the AWS certification',
      '## Dropped',
      '### Learn Haskell properly',
    ]);
    expect(doc.endsWith('\n')).toBe(true);
    expect(doc.endsWith('\n\n')).toBe(false);
  });

  it('shows the profile: vision, values and the rest, the skills table, relationships with actions', () => {
    expect(doc).toContain('> Lead an engineering org that ships calmly.');
    expect(doc).toContain('- **Values:** growth, craft, impact');
    expect(doc).toContain('- **Passions:** teaching');
    expect(doc).toContain('- **Talents:** listening, systems');
    expect(doc).toContain('- **Strengths:** focus');
    expect(doc).toContain('| Skill | Kind | Rating |\n| --- | --- | --- |\n| TypeScript | hard | ●●●●○ 4/5 |\n| Coaching | soft | ●●●○○ 3/5 |');
    expect(doc).toContain('- **Dana** (manager): monthly career chat');
  });

  it('shows each goal: why, target, deadline, progress, milestones checked or not, steps, support, risks', () => {
    const crm = doc.slice(doc.indexOf('Roll out the CRM'), doc.indexOf('### Short-term: Give'));
    expect(crm).toContain('- **Why:** it is the step to team lead');
    expect(crm).toContain('- **Serves:** Become an engineering manager (`manager`)');
    expect(crm).toContain('- **Target:** teams onboarded: from 0 to 8 teams (now 2)');
    expect(crm).toContain('- **Deadline:** 2027-06-30');
    expect(crm).toMatch(/- \*\*Progress:\*\* 25 % \(/);
    expect(crm).toContain('- **Priority:** important, urgent (do first)');
    expect(crm).toContain('  - [x] Pilot live (due 2026-03-01, done 2026-02-20)');
    expect(crm).toContain('  - [ ] All teams (due 2027-05-01)');
    expect(crm).toContain('  - [x] Book a demo');
    expect(crm).toContain('  - [ ] Train the leads');
    expect(crm).toContain('  - Who can help: Dana');
    expect(crm).toContain('  - Resources: CRM trial licence');
    expect(crm).toContain('  - Skills and habits to build: public speaking');
    expect(crm).toContain('  - budget cut → phase the rollout');
    const done = doc.slice(doc.indexOf('## Done'));
    expect(done).toContain('- **Celebration:** dinner out');
    expect(done).toContain('- **Next:** the pro exam');
    expect(done).toContain('- **Reason:** no time');
  });

  it('puts a goal whose parent is closed at the top level, still naming its parent', () => {
    const doc2 = render(journal([
      goal('gone', { title: 'An old long goal', horizon: 'long', status: 'dropped', closed: { date: '2026-02-01' } }),
      goal('kid', { title: 'A short goal left', parent: 'gone' }),
    ]));
    expect(headings(doc2)).toContain('### Short-term: A short goal left');
    expect(doc2).toContain('- **Serves:** An old long goal (`gone`, dropped)');
  });

  it('does not lose goals in a parent cycle made by hand edits', () => {
    const doc2 = render(journal([goal('a', { parent: 'b' }), goal('b', { parent: 'a' })]));
    expect(headings(doc2).filter((h) => h.includes('Goal a') || h.includes('Goal b')).length).toBe(2);
  });

  it('says so when there are no goals, and leaves out empty profile sections', () => {
    const doc2 = render(journal([], { vision: '', values: [], passions: [], talents: [], strengths: [], weaknesses: [], skills: [], relationships: [] }));
    expect(headings(doc2)).toEqual(['# Career plan: Test Person', '## Vision', '## Goals']);
    expect(doc2).toContain('No active goals');
  });
});

describe('escaping user text', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['Learn C #', 'Learn C \\#'],
    ['a | b', 'a \\| b'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`code`', '\\`code\\`'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2026) not a list', '2026\\) not a list'],
    ['> not a quote', '\\> not a quote'],
    ['=== not an underline', '\\=== not an underline'],
    ['two\nlines\r\nthree', 'two lines three'],
    ['  spaced   out  ', 'spaced out'],
    // `&#123;` is already no entity once its `#` is escaped.
    ['&amp; &#123; R&D', '\\&amp; &\\#123; R&D'],
    ['esc\u001b[31m red', 'esc\\\\x1b\\[31m red'],
    ['v2.0 is fine, as are (parens) and dashes - here', 'v2.0 is fine, as are (parens) and dashes - here'],
  ])('%j -> %j', (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it('keeps hostile text from adding headings, table columns, list items or quotes', () => {
    const hostile = '# Ship | v2\n## injected\n- item\n> quote';
    const doc = render(journal([
      goal('h', {
        title: hostile, why: hostile,
        milestones: [{ id: 'm', title: hostile, due: '2027-01-01' }],
        steps: [{ text: '1. step' }], risks: [{ scenario: hostile, contingency: '- plan' }],
      }),
    ], {
      name: '# Name | x', vision: 'line one\n# line two\n---',
      skills: [{ name: 'C | C++ | #', kind: 'hard', rating: 2 }],
      relationships: [{ name: '**Ana**', role: 'boss)', action: '- lunch' }],
    }));
    expect(headings(doc)).toEqual([
      '# Career plan: \\# Name \\| x',
      '## Vision', '## Who I am', '## Skills', '## Relationships', '## Goals',
      '### Short-term: \\# Ship \\| v2 \\#\\# injected - item \\> quote',
    ]);
    // The skills table keeps exactly three columns: every unescaped pipe is a column border.
    const rows = doc.split('\n').filter((l) => l.startsWith('|'));
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length - 2).toBe(3);
    expect(rows).toContain('| C \\| C++ \\| \\# | hard | ●●○○○ 2/5 |');
    // The vision stays one quote; `---` cannot underline the line before it.
    expect(doc).toContain('> line one\n> \\# line two\n> \\---');
    // No line starts a block the renderer did not mean to start.
    for (const l of doc.split('\n')) {
      if (!l) continue;
      expect(l, l).toMatch(/^(#{1,6} |- |  - |\| |> |_)/);
    }
    expect(doc).toContain('  - [ ] 1\\. step');
    expect(doc).toContain('- **\\*\\*Ana\\*\\*** (boss)): \\- lunch');
    expect(doc).toContain('→ \\- plan');
  });

  it('gives an empty table cell a space', () => {
    expect(cell('')).toBe(' ');
    expect(cell('a|b')).toBe('a\\|b');
  });
});
