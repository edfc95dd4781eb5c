// Question sets (SPEC §1 check-in and reviews, §2 templates/): the shipped ones validate and
// cover the method's topics; a journal's own templates/ wins; a broken one is a DataError with
// templates/<name>.yaml:line:col, like every other journal file (§5).
import { describe, it, expect, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DataError, type Problem } from '../../src/core/errors.js';
import { CHECKIN_FIELDS, checkinParts, QuestionSet, toAnswers } from '../../src/core/question-set.js';
import { parseRecord } from '../../src/store/strict-reader.js';
import { loadQuestionSet, shippedTemplatesDir, TEMPLATE_NAMES, type TemplateName } from '../../src/store/templates.js';
import { tempDir } from '../helpers/env.js';

function journalWith(name: TemplateName, content: string): string {
  const root = tempDir('career-templates-');
  const file = path.join(root, 'templates', ...`${name}.yaml`.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return root;
}

function problemsOf(name: TemplateName, content: string): Problem[] {
  const root = journalWith(name, content);
  try {
    loadQuestionSet(root, name);
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return (err as DataError).problems;
  }
  throw new Error('expected a DataError');
}

const OWN_CHECKIN = [
  'version: 1', //                        1
  'title: My check-in', //                2
  'questions:', //                        3
  '  - id: wins', //                      4
  '    kind: list', //                    5
  '    ask: What did you get done?', //   6
  '  - id: side-project', //              7
  '    kind: text', //                    8
  '    ask: Any progress on the app?', // 9
];
const own = (...extra: string[]) => [...OWN_CHECKIN, ...extra].join('\n') + '\n';

describe('shipped question sets', () => {
  it('every shipped template validates with version 1 first', () => {
    for (const name of TEMPLATE_NAMES) {
      const file = path.join(shippedTemplatesDir(), `${name}.yaml`);
      const text = fs.readFileSync(file, 'utf8');
      expect(text.startsWith('version: 1\n'), name).toBe(true);
      const r = parseRecord(file, fs.readFileSync(file), QuestionSet);
      expect(r.ok ? [] : r.problems, name).toEqual([]);
      const set = loadQuestionSet(null, name);
      for (const q of set.questions) expect(q.help, `${name} ${q.id} has an example`).toMatch(/\S/);
    }
  });

  it('reads the same through the fast reader as through the strict one, and needs no strict parse', async () => {
    const strict = await import('../../src/store/strict-reader.js');
    const fast = await import('../../src/store/fast-yaml.js');
    const parsed = vi.spyOn(strict, 'parseRecord');
    try {
      for (const name of TEMPLATE_NAMES) {
        parsed.mockClear();
        const quick = loadQuestionSet(null, name);
        expect(parsed, name).not.toHaveBeenCalled();
        const declined = vi.spyOn(fast, 'fastValue').mockReturnValue(undefined);
        let slow;
        try {
          slow = loadQuestionSet(null, name);
        } finally {
          declined.mockRestore();
        }
        expect(parsed, name).toHaveBeenCalledTimes(1);
        expect(quick, name).toEqual(slow);
      }
    } finally {
      parsed.mockRestore();
    }
  });

  it('the check-in asks its own fields, each with the kind the check-in stores', () => {
    const set = loadQuestionSet(null, 'checkin');
    expect(set.questions.map((q) => q.id)).toEqual(['wins', 'learnings', 'blockers', 'feedback', 'energy', 'focus']);
    for (const q of set.questions) expect(q.kind).toBe(CHECKIN_FIELDS[q.id as keyof typeof CHECKIN_FIELDS]);
    expect(set.questions.find((q) => q.id === 'focus')?.max).toBe(3);
  });

  it('the reviews cover the method\'s topics', () => {
    const ids = (name: TemplateName) => loadQuestionSet(null, name).questions.map((q) => q.id);
    expect(ids('reviews/monthly')).toEqual(['progress', 'successes', 'problems', 'adjustments']);
    expect(ids('reviews/quarterly')).toEqual(expect.arrayContaining(['milestones', 'timelines', 'stop', 'start']));
    const annual = ids('reviews/annual');
    expect(annual).toEqual(expect.arrayContaining([
      'year-in-review', 'relationships', 'goals-carried-forward', 'trajectory', 'personal-brand', 'values',
      'passions', 'talents', 'industry-trends', 'development-plan', 'opportunities',
    ]));
    expect(annual.length).toBeGreaterThanOrEqual(11);
  });

  it('no journal, or a journal without templates/, gets the shipped set', () => {
    expect(loadQuestionSet(null, 'reviews/annual').title).toBe('Annual career checkup');
    expect(loadQuestionSet(tempDir('career-templates-'), 'checkin').title).toBe('Weekly check-in');
  });
});

describe('a journal\'s own templates/', () => {
  it('replaces the shipped set entirely', () => {
    const root = journalWith('checkin', own());
    const set = loadQuestionSet(root, 'checkin');
    expect(set.title).toBe('My check-in');
    expect(set.questions.map((q) => q.id)).toEqual(['wins', 'side-project']);
    // Only that set is overridden.
    expect(loadQuestionSet(root, 'reviews/monthly').title).toBe('Monthly review');
  });

  it('overrides a review under templates/reviews/', () => {
    const root = journalWith('reviews/quarterly', 'version: 1\ntitle: Q\nquestions:\n  - {id: okrs, kind: number, ask: OKR score?}\n');
    expect(loadQuestionSet(root, 'reviews/quarterly').questions).toEqual([{ id: 'okrs', kind: 'number', ask: 'OKR score?' }]);
  });

  it('a focus question without max is held to 3', () => {
    const root = journalWith('checkin', own('  - id: focus', '    kind: list', '    ask: Next?'));
    expect(loadQuestionSet(root, 'checkin').questions[2]).toMatchObject({ id: 'focus', max: 3 });
  });

  const broken: { name: string; content: string; line: number; message: RegExp }[] = [
    { name: 'bad YAML', content: own('    help: e.g.: shipped'), line: 10, message: /Nested mappings/ },
    { name: 'a duplicate key', content: own('    kind: list'), line: 10, message: /duplicate key "kind"/ },
    { name: 'an unknown key', content: own('    hint: typo for help'), line: 10, message: /unknown key "hint" in questions\[1\]/ },
    { name: 'a duplicate id', content: own('  - id: wins', '    kind: list', '    ask: Again?'), line: 10, message: /questions\[2\]\.id: duplicate question id "wins" \(question 1/ },
    { name: 'a bad id', content: own('  - id: Side Project', '    kind: text', '    ask: x'), line: 10, message: /questions\[2\]\.id: must be lowercase/ },
    { name: 'an unknown kind', content: own('  - id: mood', '    kind: emoji', '    ask: x'), line: 11, message: /questions\[2\]\.kind: must be one of text, list, scale, number, confirm/ },
    { name: 'a default of the wrong shape', content: own('    default: [a, b]'), line: 10, message: /questions\[1\]\.default: must be text for a text question/ },
    { name: 'max on a text question', content: own('    max: 2'), line: 10, message: /questions\[1\]\.max: only a list question/ },
    { name: 'a reserved id with the wrong kind', content: own('  - id: energy', '    kind: text', '    ask: Energy?'), line: 11, message: /questions\[2\]\.kind: must be scale/ },
    { name: 'more than 3 focus items', content: own('  - id: focus', '    kind: list', '    max: 5', '    ask: Next?'), line: 12, message: /must be at most 3/ },
    { name: 'a missing version', content: own().replace('version: 1\n', ''), line: 1, message: /version: is required/ },
  ];
  for (const c of broken) {
    it(`${c.name} is a DataError at templates/checkin.yaml:${c.line}`, () => {
      const problems = problemsOf('checkin', c.content);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]).toMatchObject({ path: 'templates/checkin.yaml', line: c.line });
      expect(problems[0]!.message).toMatch(c.message);
    });
  }

  it('a broken review override names its own path', () => {
    const root = journalWith('reviews/annual', 'version: 1\ntitle: A\nquestions: []\n');
    expect(() => loadQuestionSet(root, 'reviews/annual')).toThrow(/^templates\/reviews\/annual\.yaml:3:\d+: questions: must have at least one question/);
  });

  it('a folder where the template should be is a DataError, not a crash', () => {
    const root = tempDir('career-templates-');
    fs.mkdirSync(path.join(root, 'templates', 'checkin.yaml'), { recursive: true });
    expect(() => loadQuestionSet(root, 'checkin')).toThrow(/templates\/checkin\.yaml:1:1: cannot read: it is a folder/);
  });
});

describe('storing answers', () => {
  const set = loadQuestionSet(journalWith('checkin', own('  - id: energy', '    kind: scale', '    ask: Energy?')), 'checkin');

  it('toAnswers keeps the question text and leaves blank answers out', () => {
    expect(toAnswers(set, { wins: ['a'], 'side-project': '', energy: 4, stray: 'x' })).toEqual([
      { id: 'wins', question: 'What did you get done?', answer: ['a'] },
      { id: 'energy', question: 'Energy?', answer: 4 },
    ]);
  });

  it('checkinParts sends reserved ids to the check-in\'s fields and the rest to answers', () => {
    expect(checkinParts(set, { wins: ['shipped'], 'side-project': 'login screen', energy: 2 })).toEqual({
      wins: ['shipped'], learnings: [], blockers: [], feedback: [], focus: [], energy: 2,
      answers: [{ id: 'side-project', question: 'Any progress on the app?', answer: 'login screen' }],
    });
  });
});
