// Property-based round trips through the store (SPEC §2, §5), with fast-check: random valid
// journals whose text is full of YAML-hostile values (`no`, `0123`, `: `, `#`, `- `, quotes,
// unicode, emoji, leading and trailing spaces, newlines, control characters) are written with
// the store's own writer and read back unchanged; random edits through readRecord +
// editedFileText read back as the edited data; and the report builds and renders for all of it.
// A failure prints the seed and the shrunk counterexample; FC_SEED=<n> replays a run.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport } from '../../src/core/report.js';
import { Checkin, Goal, EntryDay, Profile } from '../../src/core/schemas.js';
import { isoWeekOf } from '../../src/core/weeks.js';
import { renderMarkdown } from '../../src/render/report-markdown.js';
import { renderTerminal } from '../../src/render/report-terminal.js';
import { writeFileAtomic } from '../../src/store/write-set.js';
import { loadJournal } from '../../src/store/journal.js';
import { readRecord } from '../../src/store/strict-reader.js';
import { checkinPath, goalPath, journalPath, PROFILE_FILE, RECORD_DIRS } from '../../src/store/paths.js';
import { editedFileText, newFileText } from '../../src/store/file-text.js';
import { keepForFile, tempDir } from '../helpers/env.js';

const SEED = Number(process.env.FC_SEED ?? 20261120);
const RUNS = Number(process.env.FC_RUNS ?? 100);
// Shrinking a failure re-runs the property thousands of times (minutes); the suite reports the
// first failure with its seed and path instead. FC_SHRINK=1 shrinks it when replaying.
const OPTIONS = { seed: SEED, numRuns: RUNS, endOnFailure: !process.env.FC_SHRINK };
const TODAY = '2026-11-20';

// ---------- values ----------

const HOSTILE = [
  'no', 'No', 'yes', 'on', 'off', 'y', 'n', 'null', 'Null', '~', 'true', 'False', '0123', '0o17', '0x1F', '1e3', '.5', '-1',
  '+1', '.inf', '-.inf', '.nan', '2026-11-20', '12:30', '1:20:30', ': ', 'a: b', 'key: value # not a comment', '#', '# hash',
  'a #b', '- ', '-', '- item', '---', '...', '"', "'", '"quoted"', "it's", '\\', '\\n', '!tag', '!!str', '&anchor', '*alias',
  '{a: 1}', '[x, y]', '|', '>', '%YAML 1.1', '@at', '`tick`', '?', '? q', ',', '<<', 'ünïcödé', 'Å', '中文目标', 'مرحبا', '🚀',
  '👨‍👩‍👧', '🇫🇷', ' leading', 'trailing ', '  both  ', 'line one\nline two', 'trailing newline\n', '\nleading newline',
  '\n\n', 'tab\there', '\t', '\u00a0nbsp', '\u200b', 'crlf\r\nline', '\r', '<<<<<<< ours', '=======', '>>>>>>> theirs',
  'x\n<<<<<<< HEAD\ny', '\u2028', '\ufeffbom', '\u001b[31mred\u001b[0m', '\u0007', '\u0000', 'x'.repeat(120),
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
);
/** Any text (z.string()): kept exactly, spaces and newlines included. */
const text = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));
/** A `line` field: the schema trims it and wants it non-empty, so it is generated that way. */
const line = text.map((s) => s.trim()).filter((s) => s.length > 0);
const list = fc.array(line, { maxLength: 3 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const date = fc.integer({ min: 0, max: 4000 }).map((n) => fromDayNumber(toDayNumber('2020-01-01') + n));
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.constantFrom(-0, 0.1, 1e21, 5e-324));
const id = fc.oneof(
  fc.constantFrom('no', 'yes', 'null', 'true', 'on', 'off', '0123', '1e3', '2026', '0x1f', 'y', 'n'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}[a-z0-9]$/),
);
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** fc.record, leaving out the keys whose generated value is undefined (optional fields). */
const rec = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const profileArb = rec({
  version: fc.constant(1), name: line, created: date, vision: text, values: list, passions: list, talents: list,
  strengths: list, weaknesses: list,
  skills: fc.array(rec({ name: line, kind: fc.constantFrom('hard', 'soft'), rating: fc.integer({ min: 1, max: 5 }) }), { maxLength: 2 }),
  relationships: fc.array(rec({ name: line, role: opt(text), action: line }), { maxLength: 2 }),
  reflection: opt(rec({ year: opt(fc.integer({ min: 1990, max: 2100 })), accomplishments: list, challenge: text, handled: text, newSkills: list, outOfDepth: text, missedOpportunities: text })),
  checkinDay: fc.constantFrom('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'),
  partner: fc.option(rec({ name: line, contact: opt(text) }), { nil: null }),
});

/** A goal; `parent` is an index into the journal's goal ids, resolved when the journal is put together. */
const goalArb = rec({
  version: fc.constant(1), title: line, type: fc.constantFrom('development', 'position', 'networking', 'balance', 'entrepreneurial', 'other'),
  horizon: fc.constantFrom('short', 'mid', 'long'), status: fc.constantFrom('active', 'active', 'done', 'dropped'),
  created: date, deadline: date, why: text, values: list, parent: fc.option(fc.nat(), { nil: null }),
  important: fc.boolean(), urgent: fc.boolean(),
  metric: fc.option(rec({ name: line, unit: text, start: number, target: number }).filter((m) => m.start !== m.target), { nil: null }),
  milestones: fc.array(rec({ id, title: line, due: date, completed: opt(date) }), { maxLength: 3 }),
  steps: fc.array(rec({ text: line, done: fc.boolean() }), { maxLength: 2 }),
  support: rec({ helpers: list, resources: list, skills: list }),
  risks: fc.array(rec({ scenario: line, contingency: line }), { maxLength: 2 }),
  progressLog: fc.array(rec({ date, value: number, note: opt(text), week: opt(date.map(isoWeekOf)) }), { maxLength: 4 }),
  revisions: fc.array(rec({ date, fields: fc.array(line, { maxLength: 2 }), reason: text }), { maxLength: 2 }),
  closed: opt(rec({ date, reason: opt(text), celebration: opt(text), next: opt(text) })),
});

const answer = rec({ id: line, question: text, answer: fc.oneof(text, number, fc.array(text, { maxLength: 2 })) });
const checkinArb = rec({
  version: fc.constant(1), week: fc.constant(''), date, focusDone: list,
  goals: fc.array(rec({ goal: id, value: opt(number), milestones: fc.array(id, { maxLength: 2 }), status: fc.constantFrom('on-track', 'at-risk', 'off-track', 'blocked'), note: opt(text) }), { maxLength: 2 }),
  wins: list, learnings: list, blockers: list, feedback: list, energy: opt(fc.integer({ min: 1, max: 5 })),
  focus: fc.array(line, { maxLength: 3 }), answers: fc.array(answer, { maxLength: 2 }),
}).map((c) => ({ ...c, week: isoWeekOf(c.date as string) }));

const dayArb = rec({
  version: fc.constant(1), date,
  entries: fc.array(rec({ time: opt(hhmm), kind: fc.constantFrom('note', 'win', 'learning', 'frustration', 'feedback'), text: line, goal: opt(id), tags: list }), { maxLength: 3 }),
});

type Plain = Record<string, unknown>;
const SCHEMAS = { profile: Profile, goal: Goal, checkin: Checkin, day: EntryDay } as const;
type Kind = keyof typeof SCHEMAS;
/** One file; its kind names its schema (a name, not the schema, so a counterexample prints short). */
interface FileSpec { rel: string; kind: Kind; value: Plain }
const schemaOf = (f: FileSpec): z.ZodType => SCHEMAS[f.kind];

/** Profile, goals with unique ids (parents among them), check-ins and days with unique names. */
const journalArb = fc.record({
  profile: profileArb,
  goals: fc.uniqueArray(fc.tuple(id, goalArb), { maxLength: 4, selector: ([i]) => i }),
  checkins: fc.uniqueArray(checkinArb, { maxLength: 3, selector: (c) => c.week }),
  days: fc.uniqueArray(dayArb, { maxLength: 3, selector: (d) => d.date }),
}).map(({ profile, goals, checkins, days }): FileSpec[] => {
  const ids = goals.map(([i]) => i);
  return [
    { rel: PROFILE_FILE, kind: 'profile' as const, value: profile },
    ...goals.map(([i, g]) => ({ rel: goalPath(i), kind: 'goal' as const, value: { ...g, parent: g.parent === null ? null : ids[(g.parent as number) % ids.length] } })),
    ...checkins.map((c) => ({ rel: checkinPath(c.week as string), kind: 'checkin' as const, value: c })),
    ...days.map((d) => ({ rel: journalPath(d.date as string), kind: 'day' as const, value: d })),
  ];
});

// ---------- edits ----------

/** mulberry32: the coin flips of one edit, from the seed fast-check gave it. */
function coins(seed: number): () => boolean {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 < 0.5;
  };
}

const isObj = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Part old, part new, all the way down: fields changed, list items edited, added and removed. */
function mix(old: unknown, next: unknown, flip: () => boolean): unknown {
  if (isObj(old) && isObj(next)) {
    const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
    return Object.fromEntries([...keys].map((k) => [k, flip() ? mix(old[k], next[k], flip) : flip() ? old[k] : next[k]]).filter(([, v]) => v !== undefined));
  }
  if (Array.isArray(old) && Array.isArray(next)) {
    const n = flip() ? old.length : next.length;
    return Array.from({ length: n }, (_, i) => (i >= old.length ? next[i] : i >= next.length ? old[i] : mix(old[i], next[i], flip)));
  }
  return flip() ? old : next;
}

const editArb = fc.record({ target: fc.nat(), seed: fc.integer(), profile: profileArb, goal: goalArb, checkin: checkinArb, day: dayArb });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** The edited value of `file`: a mix with a fresh record of its kind, keeping what names the file. */
function edited(file: FileSpec, current: Plain, e: Edit, ids: string[]): Plain {
  const fresh: Plain = file.kind === 'profile' ? e.profile : file.kind === 'goal' ? { ...e.goal, parent: null }
    : file.kind === 'checkin' ? { ...e.checkin, week: current.week } : { ...e.day, date: current.date };
  const candidate = mix(current, fresh, coins(e.seed)) as Plain;
  if (file.kind === 'goal' && candidate.parent !== null && !ids.includes(candidate.parent as string)) candidate.parent = null;
  // A mix can break a rule across fields (metric start = target): then take the fresh record whole.
  const parsed = schemaOf(file).safeParse(candidate);
  return parsed.success && isDeep(parsed.data, candidate) ? candidate : fresh;
}
const isDeep = (a: unknown, b: unknown) => { try { expect(a).toEqual(b); return true; } catch { return false; } };

// ---------- the properties ----------

const roots: string[] = [];
afterAll(() => { for (const r of roots) fs.rmSync(r, { recursive: true, force: true }); });
let runNo = 0;
function newRoot(): string {
  // Made in the first test that needs it and shared by the file's tests: kept until the file ends.
  if (roots.length === 0) { roots.push(tempDir('career-prop-')); keepForFile(roots[0]!); }
  const root = path.join(roots[0]!, String(runNo++));
  fs.mkdirSync(root);
  return root;
}

function asJournal(files: FileSpec[]): Journal {
  const goals = files.filter((f) => f.kind === 'goal').map((f) => ({ ...f.value, id: path.basename(f.rel, '.yaml') }) as GoalRecord);
  return {
    profile: files[0]!.value as Journal['profile'], goals,
    checkins: files.filter((f) => f.kind === 'checkin').map((f) => f.value as Journal['checkins'][number]),
    days: files.filter((f) => f.kind === 'day').map((f) => f.value as Journal['days'][number]), reviews: [],
  };
}

/** The journal as loaded from disk equals `files`, and the report builds and renders. */
async function checkJournal(root: string, files: FileSpec[], period: { since: string; until: string }, cols: number): Promise<void> {
  const { journal, problems } = await loadJournal(root, RECORD_DIRS, { cache: false });
  expect(problems).toEqual([]);
  const want = asJournal(files);
  // Through the cache too: filled (with the files settled), then read from it alone.
  const later = Date.now() + 60_000;
  for (let i = 0; i < 2; i++) expect((await loadJournal(root, RECORD_DIRS, { now: later })).journal, `cache pass ${i}`).toEqual(journal);
  const sortBy = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
  expect(journal!.profile).toEqual(want.profile);
  expect(sortBy(journal!.goals, (g) => g.id)).toEqual(sortBy(want.goals, (g) => g.id));
  expect(sortBy(journal!.checkins, (c) => c.week)).toEqual(sortBy(want.checkins, (c) => c.week));
  expect(sortBy(journal!.days, (d) => d.date)).toEqual(sortBy(want.days, (d) => d.date));
  for (const goalId of [undefined, ...journal!.goals.slice(0, 1).map((g) => g.id)]) {
    const report = buildReport(journal!, period, TODAY, goalId);
    expect(typeof renderTerminal(report, 'the period', cols)).toBe('string');
    expect(typeof renderMarkdown(report, 'the period', goalId === undefined)).toBe('string');
    JSON.stringify(report);
  }
}

const periodArb = fc.tuple(date, date).map(([a, b]) => (a <= b ? { since: a, until: b } : { since: b, until: a }));

describe('the store, on random journals full of YAML-hostile text', () => {
  it('write -> read is the identity, a no-op edit keeps every byte, and the report renders', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(journalArb, periodArb, fc.constantFrom(40, 60, 80, 120), async (files, period, cols) => {
      const root = newRoot();
      for (const f of files) {
        const text = newFileText(f.value, f.rel);
        writeFileAtomic(root, f.rel, text);
        const file = readRecord(root, f.rel, schemaOf(f));
        expect(file.data, f.rel).toEqual(f.value);
        expect(editedFileText(file, file.data), f.rel).toBe(text);
      }
      await checkJournal(root, files, period, cols);
    }), OPTIONS);
  });

  it('random edits through readRecord + editedFileText read back as the edited data', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(journalArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), periodArb, async (files, edits, period) => {
      const root = newRoot();
      for (const f of files) writeFileAtomic(root, f.rel, newFileText(f.value, f.rel));
      const ids = files.filter((f) => f.kind === 'goal').map((f) => path.basename(f.rel, '.yaml'));
      for (const e of edits) {
        const f = files[e.target % files.length]!;
        const file = readRecord(root, f.rel, schemaOf(f));
        const next = edited(f, file.data as Plain, e, ids);
        writeFileAtomic(root, f.rel, editedFileText(file, structuredClone(next)));
        expect(readRecord(root, f.rel, schemaOf(f)).data, `${f.rel} after an edit`).toEqual(next);
        f.value = next;
      }
      await checkJournal(root, files, period, 80);
    }), OPTIONS);
  });
});
