// The data behind the HTML report's pictures (core/report-charts): the ideal line from start to
// target, the forecast from the latest value, the calendar of the period up to today (at most
// 53 weeks), and the milestones on a time line that spans them and today.
import { describe, expect, it } from 'vitest';
import type { GoalRecord, Journal } from '../../src/core/journal.js';
import { buildReport } from '../../src/core/report.js';
import { HEATMAP_MAX_DAYS, reportCharts } from '../../src/core/report-charts.js';
import { Checkin, EntryDay, Goal, Profile } from '../../src/core/schemas.js';

const TODAY = '2026-11-20';

function goal(id: string, over: Record<string, unknown>): GoalRecord {
  return { ...Goal.parse({ version: 1, title: `Goal ${id}`, type: 'development', horizon: 'short', created: '2026-01-01', deadline: '2026-12-31', ...over }), id };
}

function journal(goals: GoalRecord[]): Journal {
  const profile = Profile.parse({ version: 1, name: 'Test', created: '2025-01-01' });
  return {
    profile, goals, reviews: [],
    checkins: [Checkin.parse({ version: 1, week: '2026-W47', date: '2026-11-20', energy: 4 }), Checkin.parse({ version: 1, week: '2025-W10', date: '2025-03-07' })],
    days: [EntryDay.parse({ version: 1, date: '2026-11-18', entries: [{ text: 'a' }, { text: 'b', kind: 'win' }] }), EntryDay.parse({ version: 1, date: '2026-11-19', entries: [] })],
  };
}

const charts = (j: Journal, since: string, until: string) => reportCharts(j, buildReport(j, { since, until }, TODAY));

describe('reportCharts', () => {
  it('gives a metric goal its values by date, the ideal line and a forecast from the latest value to the target', () => {
    const g = goal('m', {
      metric: { name: 'teams', unit: '', start: 0, target: 10 },
      progressLog: [{ date: '2026-07-01', value: 6 }, { date: '2026-03-01', value: 2 }],
    });
    const c = charts(journal([g, goal('plain', {})]), '2026-10-01', '2026-12-31');
    expect(c.goals).toHaveLength(1);
    const [chart] = c.goals;
    expect(chart!.points.map((p) => p.date)).toEqual(['2026-03-01', '2026-07-01']);
    expect(chart!.ideal).toEqual([{ date: '2026-01-01', value: 0 }, { date: '2026-12-31', value: 10 }]);
    // 4 units in 122 days: 4 more reach 10 another 122 days on.
    expect(chart!.forecast).toEqual([{ date: '2026-07-01', value: 6 }, { date: '2026-10-31', value: 10 }]);
  });

  it('has no forecast without a trend', () => {
    const g = goal('flat', { metric: { name: 'n', unit: '', start: 0, target: 10 }, progressLog: [{ date: '2026-03-01', value: 2 }] });
    expect(charts(journal([g]), '2026-10-01', '2026-12-31').goals[0]!.forecast).toBeNull();
  });

  it('counts check-ins and entries per day in the period up to today, and leaves empty days out', () => {
    const c = charts(journal([]), '2026-10-01', '2026-12-31');
    expect(c.heatmap).toEqual({ since: '2026-10-01', until: TODAY, days: [
      { date: '2026-11-18', checkins: 0, entries: 2 },
      { date: '2026-11-20', checkins: 1, entries: 0 },
    ] });
    expect(c.energy).toEqual([{ week: '2026-W47', energy: 4 }]);
  });

  it('shows at most the last 53 weeks of a longer period', () => {
    const c = charts(journal([]), '2025-01-01', TODAY);
    expect(c.heatmap.until).toBe(TODAY);
    expect(c.heatmap.since).toBe('2025-11-15');
    expect(HEATMAP_MAX_DAYS).toBe(371);
    expect(c.heatmap.days.some((d) => d.date === '2025-03-07')).toBe(false);
  });

  it('puts each goal with milestones on a time line that spans them and today', () => {
    const g = goal('ms', { milestones: [
      { id: 'b', title: 'B', due: '2027-03-01' },
      { id: 'a', title: 'A', due: '2026-02-01', completed: '2026-01-20' },
      { id: 'c', title: 'C', due: '2026-10-01' },
    ] });
    const t = charts(journal([g, goal('none', {})]), '2026-10-01', '2026-12-31').timeline;
    expect(t).toEqual({ since: '2026-01-20', until: '2027-03-01', today: TODAY, rows: [{ goal: 'ms', title: 'Goal ms', milestones: [
      { title: 'A', due: '2026-02-01', completed: '2026-01-20', overdue: false },
      { title: 'C', due: '2026-10-01', completed: null, overdue: true },
      { title: 'B', due: '2027-03-01', completed: null, overdue: false },
    ] }] });
  });
});
