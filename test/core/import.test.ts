// The import's pure half (core/csv.ts, core/import.ts): CSV as spreadsheets write it, jrnl's
// export mapped to entries (tags to kinds, starred, title and body), and what a re-import skips.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.js';
import { byDay, fromCsv, fromJrnl, newEntries } from '../../src/core/import.js';

describe('parseCsv', () => {
  it.each([
    ['a,b,c\n1,2,3\n', [[1, ['a', 'b', 'c']], [2, ['1', '2', '3']]]],
    ['a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['\uFEFFa,b\n', [[1, ['a', 'b']]]],
    ['"x, y","say ""hi"""\n', [[1, ['x, y', 'say "hi"']]]],
    ['"two\nlines",z\nnext,row', [[1, ['two\nlines', 'z']], [3, ['next', 'row']]]],
    ['a,,\n\n\nb', [[1, ['a', '', '']], [4, ['b']]]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseCsv(text, 'f.csv').map((r) => [r.line, r.fields])).toEqual(expected);
  });

  it('refuses a stray quote and an unclosed one, by line', () => {
    expect(() => parseCsv('a,b\nx"y,z\n', 'f.csv')).toThrow('f.csv:2: a quote inside an unquoted field');
    expect(() => parseCsv('a\n"open\n\n', 'f.csv')).toThrow('f.csv:2: a quoted field is not closed');
  });
});

describe('fromJrnl', () => {
  const jrnl = (entries: object[]) => JSON.stringify({ tags: {}, entries });
  it.each([
    [{ title: 'Shipped.', body: '', tags: ['@win'] }, { kind: 'win', text: 'Shipped.', tags: [] }],
    [{ title: 'TIL.', body: 'Zod compiles.', tags: ['@TIL', '@zod'] }, { kind: 'learning', text: 'TIL. Zod compiles.', tags: ['zod'] }],
    [{ title: 'Notes.', body: 'one\ntwo', tags: [] }, { kind: 'note', text: 'Notes.\none\ntwo', tags: [] }],
    [{ title: 'Blocked.', body: '', tags: ['@blocker'], starred: true }, { kind: 'frustration', text: 'Blocked.', tags: ['starred'] }],
    [{ title: 'Praise.', body: '', tags: ['#feedback', '#team'] }, { kind: 'feedback', text: 'Praise.', tags: ['team'] }],
  ])('%j', (raw, expected) => {
    const [e] = fromJrnl(jrnl([{ date: '2026-11-20', time: '09:30', starred: false, ...raw }]), 'x.json');
    expect(e!.date).toBe('2026-11-20');
    expect(e!.entry).toEqual({ time: '09:30', ...expected });
  });

  it.each([
    ['not json', 'x.json is not JSON'],
    ['{"tags": {}}', 'x.json has no "entries" list'],
    [jrnl([{ title: 'A', date: '20.11.2026' }]), 'x.json: entry 1: "20.11.2026" is not a date written YYYY-MM-DD'],
    [jrnl([{ title: 'A', date: '2026-11-20', time: '9:30' }]), 'x.json: entry 1: not a time HH:MM: "9:30"'],
    [jrnl([{ title: '', body: '', date: '2026-11-20' }]), 'x.json: entry 1: a journal entry needs some text'],
  ])('refuses %s', (text, message) => {
    expect(() => fromJrnl(text, 'x.json')).toThrow(message);
  });
});

describe('fromCsv', () => {
  it('takes a header in any order, or the default columns without one', () => {
    const a = fromCsv('text,date,tags\nShipped,2026-11-20,#a b;c\n', 'f.csv');
    expect(a).toEqual([{ date: '2026-11-20', where: 'f.csv:2', entry: { kind: 'note', text: 'Shipped', tags: ['a', 'b', 'c'] } }]);
    const b = fromCsv('2026-11-20,win,Shipped,pilot,x\n', 'f.csv');
    expect(b[0]!.entry).toEqual({ kind: 'win', text: 'Shipped', goal: 'pilot', tags: ['x'] });
  });
  it('refuses more fields than columns', () => {
    expect(() => fromCsv('date,text\n2026-11-20,Shipped,extra\n', 'f.csv')).toThrow('f.csv:2: 3 fields, but 2 columns');
  });
});

describe('newEntries and byDay', () => {
  const e = (text: string) => ({ kind: 'note' as const, text, tags: [] });
  it('leaves out what the day holds (same text, spacing aside) and repeats within the import', () => {
    const day = { version: 1 as const, date: '2026-11-20', entries: [{ ...e('Shipped  the pilot'), kind: 'win' as const }] };
    expect(newEntries(day, [e('Shipped the pilot'), e('New'), e('New')])).toEqual([e('New')]);
    expect(newEntries(undefined, [e('A')])).toEqual([e('A')]);
  });
  it('groups by day in date order, keeping the file order within a day', () => {
    const days = byDay([
      { date: '2026-11-20', entry: e('b'), where: '' }, { date: '2026-11-19', entry: e('a'), where: '' }, { date: '2026-11-20', entry: e('c'), where: '' },
    ]);
    expect([...days]).toEqual([['2026-11-19', [e('a')]], ['2026-11-20', [e('b'), e('c')]]]);
  });
});
