// Types for bench/generate.js (plain JavaScript, no build step), for the TypeScript tests.
export declare const DEFAULT_TODAY: string;

export interface GenerateOptions {
  /** PRNG seed (integer); default 42. */
  seed?: number;
  /** Length of the journal in years; default 10. */
  years?: number;
  /** Multiplies every count (days, weeks, goals, milestones); default 1. */
  scale?: number;
  /** The fixed "today" the journal ends on; default 2026-11-20. */
  today?: string;
  /** Initialise a git repository and commit everything; default true. */
  git?: boolean;
}

export interface GenerateResult {
  dir: string;
  files: number;
  goals: number;
  milestones: number;
  checkins: number;
  days: number;
  reviews: number;
  activeGoals: string[];
  progressGoal: { id: string; start: number; target: number } | null;
}

export declare function generateJournal(dir: string, options?: GenerateOptions): GenerateResult;
