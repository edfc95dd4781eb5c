// The core's shared types, for the other layers and for scripts importing career as a library.
export type {
  Answer, Checkin, Entry, Goal, GoalCheck, GoalType, Horizon, EntryDay, Metric, Milestone, Profile,
  Relationship, Review, Skill,
} from './schemas.js';
export type { GoalRecord, Journal } from './journal.js';
export type { GoalView, GoalMetricView, MilestoneView } from './goal-view.js';
export type { Pace } from './progress.js';
export type { SmartCheck, SmartKey, Criterion } from './smart.js';
export type { Change } from './commit.js';
export type { Problem } from './errors.js';
