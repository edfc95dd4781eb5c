// The report as Markdown (SPEC §4 `--format markdown`): the sections of a normal period, the
// brag document for a year, and user text that cannot break the document's structure.
import { md } from '../../src/render/markdown.js';
import { describe, expect, it } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport } from '../../src/core/report.js';
import type { Checkin, Goal, Milestone, Profile } from '../../src/core/schemas.js';
import { renderMarkdown } from '../../src/render/report-markdown.js';

const TODAY = '2026-11-20';
const Q4 = { since: '2026-10-01', until: '2026-12-31' };
const YEAR = { since: '2026-01-01', until: '2026-12-31' };

const profile = {
  version: 1, name: 'Sam Rivera', created: '2026-01-05', vision: 'Lead the platform team by 2029', values: [], passions: [],
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

const journal: Journal = {
  profile,
  goals: [
    goal('staff', { title: 'Become a staff engineer', horizon: 'long', deadline: '2029-12-31', important: true }, [
      { id: 'packet', title: 'Promotion packet', due: '2026-12-10' },
      { id: 'rfc', title: 'RFC approved', due: '2026-11-01' },
      { id: 'design', title: 'Design review led', due: '2026-10-20', completed: '2026-10-18' },
    ]),
    goal('migrate', {
      title: 'Migrate checkout', horizon: 'mid', parent: 'staff', deadline: '2027-06-30', important: true, urgent: true,
      metric: { name: 'services', unit: 'services', start: 0, target: 12 },
      progressLog: [{ date: '2026-03-01', value: 2 }, { date: '2026-09-01', value: 6 }],
    }),
    goal('interviews', { title: 'Run 15 interviews', parent: 'migrate', deadline: '2026-12-11', urgent: true }),
    goal('talks', { title: 'Give three talks', type: 'networking', status: 'done', closed: { date: '2026-11-02' } }),
    goal('course', { title: 'Finish the Go course', type: 'development', status: 'done', closed: { date: '2026-04-15' } }),
  ],
  checkins: [
    checkin('2026-W15', '2026-04-10', { wins: ['Spring win'], learnings: ['Spring lesson'], energy: 4 }),
    checkin('2026-W46', '2026-11-13', { wins: ['Cutover done'], feedback: ['Great pace'], energy: 3 }),
    checkin('2026-W47', TODAY, { blockers: ['Code freeze'], learnings: ['Write it down'], energy: 5 }),
  ],
  days: [{ version: 1, date: '2026-11-18', entries: [{ kind: 'win', text: 'Demo went well', goal: 'migrate', tags: [] }] }],
  reviews: [],
};

const sections = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));

describe('renderMarkdown for a quarter', () => {
  const md = renderMarkdown(buildReport(journal, Q4, TODAY), 'Q4 2026', false);

  it('has the title, period, vision and sections in order', () => {
    expect(md.startsWith('# Career report Q4 2026: Sam Rivera\n\n*2026-10-01 to 2026-12-31, as of 2026-11-20*\n\n> Lead the platform team by 2029\n')).toBe(true);
    expect(sections(md)).toEqual([
      '# Career report Q4 2026: Sam Rivera', '## Goals', '## Milestones', '### Hit in this period', '### Overdue',
      '### Due in the next 30 days', '## Priorities', '## Check-ins', '## Wins', '## Feedback received', '## Learnings', '## Blockers', '## Finished',
    ]);
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('has a goal table in hierarchy order with percent, pace, deadline and forecast', () => {
    expect(md).toContain('| Goal | Horizon | Progress | Pace | Check-in | Deadline | Forecast |\n|---|---|---:|---|---|---|---|\n');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes(' | 20'));
    expect(rows[0]).toMatch(/^\| Become a staff engineer \| long \| 33% \| (behind|on track|ahead) \| [^|]+ \| 2029-12-31 \| — \|$/);
    expect(rows[1]).toMatch(/^\| &nbsp;&nbsp;↳ Migrate checkout \| mid \| 50% \| \w[\w ]* \| [^|]+ \| 2027-06-30 \| 2027-\d\d-\d\d \(.+\) \|$/);
    expect(rows[2]).toMatch(/^\| &nbsp;&nbsp;&nbsp;&nbsp;↳ Run 15 interviews \| short \| 0% \| \w+ \| [^|]+ \| 2026-12-11 \| — \|$/);
  });

  it('lists milestones hit, overdue and due soon with their goal', () => {
    expect(md).toContain('### Hit in this period\n- 2026-10-18: Design review led *(staff)*');
    expect(md).toContain('### Overdue\n- 2026-11-01: RFC approved *(staff)*');
    expect(md).toContain('### Due in the next 30 days\n- 2026-12-10: Promotion packet *(staff)*');
  });

  it('has the Eisenhower matrix', () => {
    expect(md).toContain('| **Important** | Do now: Migrate checkout | Schedule: Become a staff engineer |');
    expect(md).toContain('| **Not important** | Delegate: Run 15 interviews | Drop?: — |');
  });

  it('has the check-ins, the period\'s items and the finished goals', () => {
    expect(md).toContain('2 weekly check-ins; current streak 2 weeks; missed 2026-W41, 2026-W42, 2026-W43, 2026-W44, 2026-W45. Average energy 4.0 of 5.');
    expect(md).toContain('## Wins\n- 2026-11-18: Demo went well *(migrate)*\n- 2026-11-13: Cutover done\n');
    expect(md).toContain('## Feedback received\n- 2026-11-13: Great pace\n');
    expect(md).toContain('## Learnings\n- 2026-11-20: Write it down\n');
    expect(md).toContain('## Blockers\n- 2026-11-20: Code freeze\n');
    expect(md).toContain('## Finished\n- **Give three talks** (networking, short-term)');
    expect(md).not.toContain('Spring');
    expect(md).not.toContain('Go course');
  });

  it('says so when a list is empty', () => {
    const empty = renderMarkdown(buildReport({ ...journal, goals: [], checkins: [], days: [] }, Q4, TODAY), 'Q4 2026', false);
    for (const s of ['*No active goals.*', '*No wins recorded.*', '*No feedback recorded.*', '*No learnings recorded.*', '*No blockers recorded.*', '*No goals finished in this period.*', '*None.*']) {
      expect(empty).toContain(s);
    }
  });
});

describe('renderMarkdown as a brag document for a year', () => {
  const md = renderMarkdown(buildReport(journal, YEAR, TODAY), '2026', true);

  it('starts with achievements, then milestones, wins, feedback and skills', () => {
    expect(md.startsWith('# Brag document 2026: Sam Rivera\n')).toBe(true);
    expect(sections(md)).toEqual([
      '# Brag document 2026: Sam Rivera', '## Goals achieved', '## Milestones', '### Hit in this period', '### Overdue',
      '### Due in the next 30 days', '## Wins', '## Feedback received', '## Skills developed', '## Lessons learned', '## Blockers',
      '## Goals in progress', '## Check-ins',
    ]);
  });

  it('lists the whole year\'s finished goals and items', () => {
    expect(md).toContain('## Goals achieved\n- **Give three talks** (networking, short-term)\n- **Finish the Go course** (development, short-term)');
    expect(md).toContain('- 2026-04-10: Spring win');
    expect(md).toContain('## Lessons learned\n- 2026-11-20: Write it down\n- 2026-04-10: Spring lesson');
  });
});

describe('the brag document brings back what the person entered (issue 15.5)', () => {
  const reflection = { year: 2026, accomplishments: ['# Shipped *billing*'], challenge: 'A reorg', handled: 'A charter', newSkills: ['Rust'], outOfDepth: '', missedOpportunities: '' };
  const review = { version: 1 as const, kind: 'annual' as const, period: '2026', date: '2026-12-20', answers: [], skills: [{ name: 'TypeScript', from: 3, to: 4 }] };
  const withAll = { ...journal, profile: { ...journal.profile, reflection }, reviews: [review] };

  it('the year\'s reflection and its re-rated skills, in the person\'s words, escaped', () => {
    const md = renderMarkdown(buildReport(withAll, YEAR, TODAY), '2026', true);
    expect(md).toContain('## Looking back on 2026\n**Proudest of**\n- \\# Shipped \\*billing\\*\n\n**Biggest challenge**\n- A reorg (handled: A charter)\n\n**New skills**\n- Rust\n\n## Milestones');
    expect(md).toContain('## Skills developed\n- **TypeScript**: 3 → 4 of 5 *(annual 2026 review)*\n\n## Lessons learned');
  });

  it('another year, or a report that is no whole year, shows neither', () => {
    const other = { ...withAll, profile: { ...withAll.profile, reflection: { ...reflection, year: 2025 } }, reviews: [{ ...review, period: '2025' }] };
    const md = renderMarkdown(buildReport(other, YEAR, TODAY), '2026', true);
    expect(md).not.toContain('Looking back');
    expect(md).toContain('*No skill re-rated in a review of this period');
    expect(buildReport(withAll, Q4, TODAY).reflection).toBeNull();
  });
});

describe('Markdown escaping', () => {
  it('escapes what would make headings, tables, emphasis, links, HTML and lists', () => {
    expect(md('# not | a *heading* [link](x) <b>_u_</b> `code` !')).toBe('\\# not \\| a \\*heading\\* \\[link\\](x) \\<b\\>\\_u\\_\\</b\\> \\`code\\` \\!');
    expect(md('- item')).toBe('\\- item');
    expect(md('+ item')).toBe('\\+ item');
    expect(md('12. item')).toBe('12\\. item');
    expect(md('3) item')).toBe('3\\) item');
    expect(md('~~struck~~')).toBe('\\~\\~struck\\~\\~');
    expect(md('back\\slash')).toBe('back\\\\slash');
    expect(md('2026 was good. 3. not a list')).toBe('2026 was good. 3. not a list');
  });

  it('flattens newlines and shows control characters as escapes', () => {
    expect(md('one\ntwo\r\nthree')).toBe('one two three');
    expect(md('red \u001b[31m')).toBe('red \\\\x1b\\[31m');
  });

  it('keeps a hostile journal\'s report to its own structure', () => {
    const evil = '# Evil | title *with* [link](http://x) <script>';
    const hostile: Journal = {
      ...journal,
      profile: { ...profile, name: `# ${evil}`, vision: '> quote\n# heading' },
      goals: [goal('evil', { title: evil, important: true }, [{ id: 'm', title: `- ${evil}`, due: '2026-11-25' }])],
      checkins: [checkin('2026-W47', TODAY, { wins: [evil], blockers: ['1. list'], feedback: ['| a | b |'] })],
      days: [],
    };
    const md = renderMarkdown(buildReport(hostile, Q4, TODAY), 'Q4 2026', false);
    // Headings are the document's own.
    expect(sections(md)).toEqual([
      '# Career report Q4 2026: \\# \\# Evil \\| title \\*with\\* \\[link\\](http://x) \\<script\\>', '## Goals', '## Milestones',
      '### Hit in this period', '### Overdue', '### Due in the next 30 days', '## Priorities', '## Check-ins', '## Wins', '## Feedback received',
      '## Learnings', '## Blockers', '## Finished',
    ]);
    expect(md).toContain('> \\> quote \\# heading');
    expect(md).not.toContain('<script>');
    // Every table row keeps its column count: escaped pipes do not split cells.
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(cells(row)).toBe(row.startsWith('| |') || row.startsWith('| **') ? 5 : 9);
    }
    expect(md).toContain('- 2026-11-20: \\| a \\| b \\|');
    expect(md).toContain('- 2026-11-20: 1\\. list');
    expect(md).toContain('- 2026-11-25: \\- \\# Evil');
  });
});
