// A property of a goal's value history (SPEC §4 "Check-in values"), with fast-check: whatever
// random sequence of check-ins, back-fills, re-runs and `goal progress` a person makes, the
// history has at most one value per day, and each week's value (as of its end) is the one last
// given for it. The same pure functions the commands use are driven here, day by day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCheckinToGoal, checkinDate } from '../../src/core/checkin.js';
import { recordProgress } from '../../src/core/goal-edit.js';
import { makeGoal } from '../../src/core/goal-make.js';
import { valueAsOf } from '../../src/core/progress-log.js';
import { addDays } from '../../src/core/dates.js';
import { isoWeekOf, weekEnd } from '../../src/core/weeks.js';
import type { Goal } from '../../src/core/schemas.js';

const START = '2026-09-07'; // a Monday
const goal0: Goal = makeGoal({
  title: 'Ship the pilot to ten teams', type: 'position', horizon: 'short', why: 'w', values: [], parent: null, deadline: '2027-06-30',
  metric: { name: 'teams', unit: '', start: 0, target: 10 }, milestones: [], steps: [], helpers: [], resources: [], skills: [], risks: [],
  important: true, urgent: false,
}, START);

type Op =
  | { kind: 'wait'; days: number }
  | { kind: 'checkin'; weeksBack: number; value: number | null }
  | { kind: 'progress'; value: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('checkin' as const), weeksBack: fc.integer({ min: 0, max: 3 }), value: fc.option(fc.integer({ min: 0, max: 10 })) }),
  fc.record({ kind: fc.constant('progress' as const), value: fc.integer({ min: 0, max: 10 }) }),
);

describe('a goal\'s value history under random check-ins, back-fills and goal progress', () => {
  it('keeps one value a day, and each week\'s value is the last one given for it', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
      let goal = structuredClone(goal0);
      let today = START;
      const checkinDays = new Map<string, string>(); // week -> the day its check-in was recorded
      const lastGiven = new Map<string, number>(); // week -> the value last given for it
      for (const o of ops) {
        if (o.kind === 'wait') { today = addDays(today, o.days); continue; }
        if (o.kind === 'progress') {
          goal = recordProgress(goal, 'g', o.value, undefined, today).goal;
          lastGiven.set(isoWeekOf(today), o.value);
          continue;
        }
        const week = isoWeekOf(addDays(today, -7 * o.weeksBack));
        if (week < isoWeekOf(START)) continue;
        // As the command does: a past week keeps the day it was first recorded on.
        const date = checkinDays.get(week) && week !== isoWeekOf(today) ? checkinDays.get(week)! : checkinDate(week, today);
        checkinDays.set(week, date);
        if (o.value === null) continue; // Enter on the default: nothing recorded
        goal = applyCheckinToGoal(goal, week, { value: o.value, milestones: [] }, date);
        lastGiven.set(week, o.value);
      }
      const days = goal.progressLog.map((p) => p.date);
      expect(new Set(days).size).toBe(days.length);
      for (const [week, value] of lastGiven) expect(valueAsOf(goal, weekEnd(week)), `week ${week}`).toBe(value);
    }), { numRuns: 300 });
  });
});
