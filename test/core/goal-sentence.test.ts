// The sentence reader (SPEC §4 "Goals from one sentence") against a labelled table of goal
// sentences as career coaches hear them: promotions, certifications, networking, balance,
// starting a business; with and without numbers and deadlines. Each row is what a careful
// person would pre-fill from the sentence alone; `undefined` means the sentence does not say.
import { describe, expect, it } from 'vitest';
import { readGoalSentence } from '../../src/core/goal-sentence.js';

const TODAY = '2026-11-20';
type Row = [sentence: string, target: number | undefined, unit: string | undefined, deadline: string | undefined, type: string | undefined];

export const SENTENCES: Row[] = [
  // development
  ['Publish 2 articles on VR in trade journals by Q4', 2, 'articles', '2026-12-31', 'development'],
  ['Earn the AWS Solutions Architect certification by June 2027', undefined, undefined, '2027-06-30', 'development'],
  ['Get my PMP certification within six months', undefined, undefined, '2027-05-20', 'development'],
  ['Complete 3 online courses in data analysis this year', 3, 'online courses', '2026-12-31', 'development'],
  ['Read 12 books on leadership by the end of 2027', 12, 'books', '2027-12-31', 'development'],
  ['Become fluent in Spanish by December 2027', undefined, undefined, '2027-12-31', 'development'],
  ['Give 4 talks at industry conferences next year', 4, 'talks', '2027-12-31', undefined],
  ['Learn Python', undefined, undefined, undefined, 'development'],
  ['Improve my public speaking', undefined, undefined, undefined, 'development'],
  ['Pass the CPA exam in the next quarter', undefined, undefined, '2027-03-31', 'development'],
  ['Finish an MBA by 2028', undefined, undefined, '2028-12-31', 'development'],
  ['Write 10 blog posts about TypeScript by March', 10, 'blog posts', '2027-03-31', 'development'],
  // position
  ['Get promoted to senior engineer by Q2 2027', undefined, undefined, '2027-06-30', 'position'],
  ['Become an engineering manager within 2 years', undefined, undefined, '2028-11-20', 'position'],
  ['Land a product manager role by the end of next year', undefined, undefined, '2027-12-31', 'position'],
  ['Be promoted to director', undefined, undefined, undefined, 'position'],
  ['Move into a team lead position this year', undefined, undefined, '2026-12-31', 'position'],
  ['Get a job offer from 3 companies by 2027-03-31', 3, 'companies', '2027-03-31', 'position'],
  ['Become head of design at a startup in 5 years', undefined, undefined, '2031-11-20', 'position'],
  ['Negotiate a senior title and a 10% raise by January', 10, '%', '2027-01-31', 'position'],
  // networking
  ['Have coffee chats with 20 people in my industry by Q1', 20, 'people', '2027-03-31', 'networking'],
  ['Attend 6 meetups this year', 6, 'meetups', '2026-12-31', 'networking'],
  ['Grow my LinkedIn network to 500 connections within a year', 500, 'connections', '2027-11-20', 'networking'],
  ['Find a mentor in product management', undefined, undefined, undefined, 'networking'],
  ['Meet 2 new contacts every month', 2, 'new contacts', undefined, 'networking'],
  ['Join a professional association and go to 4 events by the end of the year', 4, 'events', '2026-12-31', 'networking'],
  ['Build relationships with five senior leaders', 5, 'senior leaders', undefined, 'networking'],
  ['Get to know more people', undefined, undefined, undefined, undefined],
  // balance
  ['Work no more than 45 hours a week by next quarter', 45, 'hours', '2027-03-31', 'balance'],
  ['Take 4 weeks of vacation in 2027', 4, 'weeks', '2027-12-31', 'balance'],
  ['Leave work by 6pm three evenings a week', 3, 'evenings', undefined, 'balance'],
  ['Exercise 3 times a week for the next 6 months', 3, 'times', '2027-05-20', 'balance'],
  ['Keep weekends free of work email this quarter', undefined, undefined, '2026-12-31', 'balance'],
  ['Have a better work-life balance', undefined, undefined, undefined, 'balance'],
  ['Sleep 8 hours a night by February', 8, 'hours', '2027-02-28', 'balance'],
  // entrepreneurial
  ['Start a consulting business with 3 paying clients by Q3 2027', 3, 'paying clients', '2027-09-30', 'entrepreneurial'],
  ['Launch my Etsy shop within 3 months', undefined, undefined, '2027-02-20', 'entrepreneurial'],
  ['Reach $5k in monthly revenue from my side business by December', 5000, 'dollars', '2026-12-31', 'entrepreneurial'],
  ['Sign 10 customers for the app by the end of 2027', 10, 'customers', '2027-12-31', 'entrepreneurial'],
  ['Go freelance next year', undefined, undefined, '2027-12-31', 'entrepreneurial'],
  ['Start my own company', undefined, undefined, undefined, 'entrepreneurial'],
  ['Be more confident', undefined, undefined, undefined, undefined],
  // other
  ['Cut checkout p95 latency below 300 ms by Q4', 300, 'ms', '2026-12-31', undefined],
  ['Onboard 8 sales teams to the CRM by 2027-06-30', 8, 'sales teams', '2027-06-30', undefined],
];

describe('readGoalSentence: a labelled table', () => {
  it('has at least 40 sentences', () => expect(SENTENCES.length).toBeGreaterThanOrEqual(40));

  it.each(SENTENCES)('%s', (sentence, target, unit, deadline, type) => {
    const d = readGoalSentence(sentence, TODAY);
    expect(d.title).toBe(sentence);
    expect({ target: d.target, unit: d.unit, deadline: d.deadline, type: d.type }).toEqual({ target, unit, deadline, type });
  });

  it('agreement, field by field (printed for the closing note)', () => {
    const fields = ['target', 'unit', 'deadline', 'type'] as const;
    const agree = Object.fromEntries(fields.map((f, i) => [f, SENTENCES.filter((row) => readGoalSentence(row[0], TODAY)[f] === row[i + 1]).length]));
    console.log(`goal-sentence agreement on ${SENTENCES.length} sentences: ${fields.map((f) => `${f} ${agree[f]}/${SENTENCES.length}`).join(', ')}`);
    for (const f of fields) expect(agree[f]).toBe(SENTENCES.length);
  });
});

describe('readGoalSentence: the deadline as written', () => {
  it.each([
    ['Give 2 conference talks by September 2027', 'by September 2027'],
    ['Publish 2 articles on VR by Q4 2027', 'by Q4 2027'],
    ['Run a half marathon within 6 months', 'within 6 months'],
  ])('%s', (sentence, text) => expect(readGoalSentence(sentence, TODAY).deadlineText).toBe(text));
});
