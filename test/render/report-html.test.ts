// `report --format html` as a document (issue 16.7): every section of the report, the pictures
// as inline SVG, nothing that runs or fetches, and user text that cannot open a tag or end an
// attribute wherever it appears. The page in a real browser is test/e2e/html-report.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport, journalStart, reportPeriod } from '../../src/core/report.js';
import { reportCharts } from '../../src/core/report-charts.js';
import { Checkin, EntryDay, Goal, Profile } from '../../src/core/schemas.js';
import { esc } from '../../src/render/html.js';
import { renderHtml } from '../../src/render/report-html.js';
import { loadJournal, RECORD_DIRS } from '../../src/store/index.js';
import { ROOT } from '../helpers/env.js';

const TODAY = '2026-11-20';
const EVIL = `<script>alert(1)</script> & "x" 'y'`;
const SECTIONS = ['Goals', 'Milestones', 'Priorities', 'Check-ins', 'Wins', 'Feedback received', 'Learnings', 'Blockers', 'Finished'];

function hostile(): Journal {
  const profile = Profile.parse({ version: 1, name: `Mallory ${EVIL}`, created: '2026-01-05', vision: `Vision ${EVIL}`, values: ['growth'] });
  const goal: GoalRecord = { ...Goal.parse({
    version: 1, title: `Goal ${EVIL}`, type: 'development', horizon: 'short', created: '2026-01-05', deadline: '2027-01-31',
    metric: { name: `metric ${EVIL}`, unit: `u ${EVIL}`, start: 0, target: 10 },
    milestones: [
      { id: 'one', title: `Done ${EVIL}`, due: '2026-06-01', completed: '2026-05-20' },
      { id: 'two', title: `Late ${EVIL}`, due: '2026-11-01' },
      { id: 'three', title: `Next ${EVIL}`, due: '2026-12-01' },
    ],
    progressLog: [{ date: '2026-03-01', value: 2 }, { date: '2026-06-01', value: 4 }, { date: '2026-10-01', value: 7 }],
  }), id: 'evil-goal' };
  const checkin = Checkin.parse({ version: 1, week: '2026-W46', date: '2026-11-13', wins: [`Win ${EVIL}`], blockers: [`Blocker ${EVIL}`], energy: 3 });
  const checkin2 = Checkin.parse({ version: 1, week: '2026-W47', date: '2026-11-20', learnings: [`Learning ${EVIL}`], energy: 4 });
  const day = EntryDay.parse({ version: 1, date: '2026-11-18', entries: [{ kind: 'feedback', text: `Feedback ${EVIL}`, goal: 'evil-goal' }, { text: 'a note' }] });
  return { profile, goals: [goal], checkins: [checkin, checkin2], days: [day], reviews: [] };
}

function render(j: Journal, periodText = 'quarter', today = TODAY): string {
  const period = reportPeriod(periodText, today, journalStart(j));
  const report = buildReport(j, period, today);
  return renderHtml(report, reportCharts(j, report), 'Q4 2026', false);
}

const count = (doc: string, re: RegExp) => (doc.match(re) ?? []).length;

describe('the HTML report', () => {
  it('escapes every piece of user text and has no script, no handler and no address outside the file', () => {
    const doc = render(hostile());
    expect(doc).not.toContain(EVIL);
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/\son[a-z]+=/i);
    expect(doc).not.toMatch(/https?:\/\//);
    expect(doc).not.toMatch(/url\(|@import|<link|<img|<iframe/i);
    const safe = esc(EVIL);
    expect(safe).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;');
    for (const s of ['Mallory', 'Vision', 'Goal', 'metric', 'u', 'Done', 'Late', 'Next', 'Win', 'Blocker', 'Learning', 'Feedback']) {
      expect(doc, s).toContain(`${s} ${safe}`);
    }
    // Milestone titles sit in SVG tooltips, the goal's title in the time line's label: escaped there too.
    expect(doc).toContain(`<title>Late ${safe}: overdue since 2026-11-01</title>`);
  });

  it('is one document: the doctype, a charset, the stylesheet inline with print rules, and every section', () => {
    const doc = render(hostile());
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(count(doc, /<style>/g)).toBe(1);
    expect(doc).toContain('@media print');
    for (const s of SECTIONS) expect(doc, s).toContain(`<h2>${s}</h2>`);
    expect(doc).toContain('Overdue');
    expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('draws the goal against its ideal line and forecast, the energy line, the heat map and the time line', () => {
    const doc = render(hostile());
    // One picture for the metric goal, then the time line, the energy and the heat map.
    expect(count(doc, /<svg /g)).toBe(4);
    expect(count(doc, /<\/svg>/g)).toBe(4);
    for (const c of ['ideal', 'forecast', 'recorded', 'energy']) expect(doc, c).toMatch(new RegExp(`<polyline points="[\\d., -]+" class="${c}">`));
    expect(count(doc, /<circle [^>]*class="recorded"/g)).toBe(3);
    expect(count(doc, /<circle [^>]*class="energy"/g)).toBe(2);
    expect(count(doc, /class="milestone done"/g)).toBe(1);
    expect(count(doc, /class="milestone overdue"/g)).toBe(1);
    expect(count(doc, /class="milestone open"/g)).toBe(1);
    // The quarter up to today: Oct 1 to Nov 20 is 51 days, three of them with something on.
    expect(count(doc, /<rect [^>]*class="heat l\d"/g)).toBe(51);
    expect(count(doc, /class="heat l[1-4]"/g)).toBe(3);
    expect(doc).toContain('<title>2026-11-18: 2 entries</title>');
    expect(doc).toContain('<title>2026-11-20: check-in, 0 entries</title>');
  });

  it('says so when there is nothing to draw, and draws no empty chart', () => {
    const j = hostile();
    j.checkins = []; j.days = []; j.goals = [];
    const doc = render(j);
    expect(doc).toContain('No active goals.');
    expect(doc).toContain('No energy recorded in this period.');
    // Only the (empty) calendar is left: no goal picture, no time line, no energy line.
    expect(count(doc, /<svg /g)).toBe(1);
    expect(doc).toContain('class="heatmap"');
  });

  it('renders the shipped demo journal with a picture for each metric goal', async () => {
    const { journal } = await loadJournal(path.join(ROOT, 'templates', 'demo'), RECORD_DIRS, { cache: false });
    const doc = render(journal!);
    const metricGoals = journal!.goals.filter((g) => g.status === 'active' && g.metric).length;
    expect(metricGoals).toBeGreaterThan(2);
    expect(count(doc, /class="goal-chart"/g)).toBe(metricGoals);
    expect(count(doc, /<svg /g)).toBe(metricGoals + 3);
    for (const g of journal!.goals.filter((x) => x.status === 'active')) expect(doc).toContain(esc(g.title));
    expect(doc).not.toMatch(/https?:\/\/|<script/i);
  });
});
