import { describe, it, expect } from 'vitest';
import { addEntry, filterRows, journalRows, makeEntry, periodItems, type EntryFilter } from '../../src/core/entries.js';
import { UserError } from '../../src/core/errors.js';
import type { Checkin, EntryDay } from '../../src/core/schemas.js';

const days: EntryDay[] = [
  {
    version: 1, date: '2026-11-02', entries: [
      { kind: 'note', text: 'Planning day', tags: [] },
      { kind: 'win', text: 'Shipped the pilot', goal: 'lead-crm-rollout', tags: ['Work', 'crm'] },
    ],
  },
  {
    version: 1, date: '2026-11-10', entries: [
      { time: '09:00', kind: 'learning', text: 'Résumé tips from Ana', tags: ['career'] },
      { time: '17:30', kind: 'feedback', text: 'Boss liked the demo', goal: 'lead-crm-rollout', tags: ['work'] },
      { kind: 'frustration', text: 'Build broke again', tags: [] },
    ],
  },
  { version: 1, date: '2026-10-31', entries: [{ kind: 'win', text: 'Passed the exam', goal: 'aws-cert', tags: ['cert'] }] },
];

const rows = journalRows(days);
const texts = (f: EntryFilter): string[] => filterRows(rows, f).map((r) => r.text);

describe('journalRows', () => {
  it('orders newest first: date, then time, then later in the file', () => {
    expect(rows.map((r) => r.text)).toEqual([
      'Boss liked the demo', 'Résumé tips from Ana', 'Build broke again',
      'Shipped the pilot', 'Planning day', 'Passed the exam',
    ]);
  });
  it('maps fields, with goal null when absent and time only when present', () => {
    expect(rows[0]).toEqual({ date: '2026-11-10', time: '17:30', kind: 'feedback', text: 'Boss liked the demo', goal: 'lead-crm-rollout', tags: ['work'] });
    expect(rows[4]).toEqual({ date: '2026-11-02', kind: 'note', text: 'Planning day', goal: null, tags: [] });
    expect('time' in rows[4]!).toBe(false);
  });
  it('is empty without days', () => expect(journalRows([])).toEqual([]));
});

describe('filterRows', () => {
  it.each<[string, EntryFilter, string[]]>([
    ['no filter', {}, rows.map((r) => r.text)],
    ['since (inclusive)', { since: '2026-11-10' }, ['Boss liked the demo', 'Résumé tips from Ana', 'Build broke again']],
    ['until (inclusive)', { until: '2026-11-02' }, ['Shipped the pilot', 'Planning day', 'Passed the exam']],
    ['since and until one day', { since: '2026-10-31', until: '2026-10-31' }, ['Passed the exam']],
    ['empty range', { since: '2026-11-03', until: '2026-11-09' }, []],
    ['kind', { kind: 'win' }, ['Shipped the pilot', 'Passed the exam']],
    ['kind note', { kind: 'note' }, ['Planning day']],
    ['goal', { goal: 'lead-crm-rollout' }, ['Boss liked the demo', 'Shipped the pilot']],
    ['unknown goal', { goal: 'nope' }, []],
    ['tag, case-insensitive', { tag: 'WORK' }, ['Boss liked the demo', 'Shipped the pilot']],
    ['tag with #', { tag: '#cert' }, ['Passed the exam']],
    ['tag is exact, not a substring', { tag: 'wor' }, []],
    ['search, case-insensitive', { search: 'BUILD' }, ['Build broke again']],
    ['search, accent-insensitive', { search: 'resume' }, ['Résumé tips from Ana']],
    ['search with accents finds plain text too', { search: 'Plänning' }, ['Planning day']],
    ['search matches tags', { search: 'crm' }, ['Shipped the pilot']],
    ['search: every word must occur', { search: 'boss demo' }, ['Boss liked the demo']],
    ['search: words in any order', { search: 'demo boss' }, ['Boss liked the demo']],
    ['search: one word missing', { search: 'boss pilot' }, []],
    ['kind + goal', { kind: 'feedback', goal: 'lead-crm-rollout' }, ['Boss liked the demo']],
    ['kind + since', { kind: 'win', since: '2026-11-01' }, ['Shipped the pilot']],
    ['tag + search', { tag: 'work', search: 'pilot' }, ['Shipped the pilot']],
    ['all fields', { since: '2026-11-01', until: '2026-11-30', kind: 'win', goal: 'lead-crm-rollout', tag: 'crm', search: 'ship' }, ['Shipped the pilot']],
    ['undefined fields are ignored', { since: undefined, kind: undefined, tag: undefined, search: undefined }, rows.map((r) => r.text)],
  ])('%s', (_name, f, expected) => {
    expect(texts(f)).toEqual(expected);
  });
});

describe('makeEntry', () => {
  it('follows the schema key order and defaults kind to note', () => {
    const e = makeEntry({ text: '  Met Ana  ', goal: 'g', tags: ['x'], time: '08:15' });
    expect(Object.keys(e)).toEqual(['time', 'kind', 'text', 'goal', 'tags']);
    expect(e).toEqual({ time: '08:15', kind: 'note', text: 'Met Ana', goal: 'g', tags: ['x'] });
  });
  it('leaves out absent or undefined optional keys', () => {
    const e = makeEntry({ text: 'Win', kind: 'win', goal: undefined, time: undefined });
    expect(Object.keys(e)).toEqual(['kind', 'text', 'tags']);
  });
  it('cleans tags: #, blanks and case-insensitive duplicates', () => {
    expect(makeEntry({ text: 't', tags: ['#Work', ' ', 'work', 'crm'] }).tags).toEqual(['Work', 'crm']);
  });
  it.each([[''], ['   ']])('rejects empty text %j', (text) => {
    expect(() => makeEntry({ text })).toThrow(UserError);
  });
  it.each([['9:00'], ['24:00'], ['12:60']])('rejects time %s', (time) => {
    expect(() => makeEntry({ text: 't', time })).toThrow(UserError);
  });
});

describe('addEntry', () => {
  const e1 = makeEntry({ text: 'one' });
  const e2 = makeEntry({ text: 'two', kind: 'win' });
  it('creates the day record when missing', () => {
    expect(addEntry(undefined, '2026-11-02', e1)).toEqual({ version: 1, date: '2026-11-02', entries: [e1] });
  });
  it('appends without changing the original', () => {
    const day = addEntry(undefined, '2026-11-02', e1);
    const next = addEntry(day, '2026-11-02', e2);
    expect(next.entries).toEqual([e1, e2]);
    expect(day.entries).toEqual([e1]);
  });
  it('refuses a record of another day', () => {
    expect(() => addEntry(addEntry(undefined, '2026-11-02', e1), '2026-11-03', e2)).toThrow();
  });
});

describe('periodItems', () => {
  const checkin = (week: string, date: string, extra: Partial<Checkin>): Checkin => ({
    version: 1, week, date, focusDone: [], goals: [], wins: [], learnings: [], blockers: [], feedback: [],
    focus: [], answers: [], ...extra,
  });
  const checkins: Checkin[] = [
    checkin('2026-W45', '2026-11-06', { wins: ['Demo went well', 'Hired Bo'], learnings: ['Ask early'], blockers: ['Slow reviews'], feedback: ['Clear slides'] }),
    checkin('2026-W44', '2026-10-30', { wins: ['October win'] }),
    checkin('2026-W48', '2026-11-30', { wins: ['Last day win'] }),
  ];
  const items = periodItems({ checkins, days }, '2026-11-01', '2026-11-30');

  it('gathers wins from both sources, newest first, tagged by source', () => {
    expect(items.wins).toEqual([
      { date: '2026-11-30', text: 'Last day win', goal: null, source: 'checkin' },
      { date: '2026-11-06', text: 'Demo went well', goal: null, source: 'checkin' },
      { date: '2026-11-06', text: 'Hired Bo', goal: null, source: 'checkin' },
      { date: '2026-11-02', text: 'Shipped the pilot', goal: 'lead-crm-rollout', source: 'journal' },
    ]);
  });
  it.each([
    ['learnings', ['Résumé tips from Ana', 'Ask early']],
    ['blockers', ['Build broke again', 'Slow reviews']],
    ['feedback', ['Boss liked the demo', 'Clear slides']],
  ] as const)('maps %s', (list, expected) => {
    expect(items[list].map((i) => i.text)).toEqual(expected);
  });
  it('leaves out notes', () => {
    const all = [...items.wins, ...items.learnings, ...items.blockers, ...items.feedback].map((i) => i.text);
    expect(all).not.toContain('Planning day');
  });
  it.each([
    ['2026-10-31', '2026-10-31', ['Passed the exam']],
    ['2026-10-30', '2026-10-30', ['October win']],
    ['2026-10-30', '2026-10-31', ['Passed the exam', 'October win']],
    ['2026-12-01', '2026-12-31', []],
  ])('range %s..%s is inclusive', (since, until, expected) => {
    expect(periodItems({ checkins, days }, since, until).wins.map((i) => i.text)).toEqual(expected);
  });
  it('on the same date puts journal entries before check-in items', () => {
    const sameDay = [checkin('2026-W45', '2026-11-02', { wins: ['From check-in'] })];
    expect(periodItems({ checkins: sameDay, days }, '2026-11-02', '2026-11-02').wins.map((i) => i.source)).toEqual(['journal', 'checkin']);
  });

  // The definition, written the slow way: every item, one stable sort (journal items first).
  function reference(j: { checkins: Checkin[]; days: EntryDay[] }, since: string, until: string) {
    const kinds = { win: 'wins', learning: 'learnings', frustration: 'blockers', feedback: 'feedback' } as const;
    const out = { wins: [], learnings: [], blockers: [], feedback: [] } as Record<'wins' | 'learnings' | 'blockers' | 'feedback', unknown[]>;
    for (const r of journalRows(j.days.filter((d) => d.date >= since && d.date <= until))) {
      const list = kinds[r.kind as keyof typeof kinds];
      if (list) out[list].push({ date: r.date, text: r.text, goal: r.goal, source: 'journal' });
    }
    for (const c of j.checkins.filter((x) => x.date >= since && x.date <= until)) {
      for (const list of ['wins', 'learnings', 'blockers', 'feedback'] as const) for (const text of c[list]) out[list].push({ date: c.date, text, goal: null, source: 'checkin' });
    }
    for (const list of Object.values(out)) (list as { date: string }[]).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return out;
  }
  const day = (date: string, ...entries: [string, string, string?][]): EntryDay => ({
    version: 1, date, entries: entries.map(([kind, text, time]) => ({ ...(time ? { time } : {}), kind: kind as 'win', text, tags: [] })),
  });
  it.each([
    ['days in date order', [day('2026-11-01', ['win', 'a']), day('2026-11-02', ['win', 'b', '09:00'], ['win', 'c', '08:00'], ['win', 'd'])]],
    ['days out of order', [day('2026-11-03', ['win', 'e']), day('2026-11-01', ['win', 'a']), day('2026-11-02', ['learning', 'b'])]],
    ['two records of one day', [day('2026-11-02', ['win', 'x']), day('2026-11-02', ['win', 'y']), day('2026-11-01', ['win', 'z'])]],
    ['times and none, several kinds', [day('2026-11-05', ['win', 'p'], ['feedback', 'q', '10:00'], ['win', 'r', '10:00'], ['frustration', 's'])]],
  ] as [string, EntryDay[]][])('is the same as sorting everything: %s', (_name, someDays) => {
    const j = { checkins: [...checkins, checkin('2026-W44', '2026-11-02', { wins: ['same day as a journal win'] })], days: someDays };
    expect(periodItems(j, '2026-10-01', '2026-12-31')).toEqual(reference(j, '2026-10-01', '2026-12-31'));
  });
});
