// The journal's fixed vocabularies, apart from the zod schemas so that code needing only these
// (the report, for one) does not load zod at start-up.
export const SCHEMA_VERSION = 1 as const;

export const GOAL_TYPES = ['development', 'position', 'networking', 'balance', 'entrepreneurial', 'other'] as const;
export const HORIZONS = ['short', 'mid', 'long'] as const;
/** short < mid < long: working backward, a goal serves one of a longer horizon (SPEC §1). */
export const horizonRank = (h: (typeof HORIZONS)[number]): number => HORIZONS.indexOf(h);

/** Milestones "due soon" in the check-in summary and the partner's status: the two weeks ahead. */
export const DUE_SOON_DAYS = 14;
/** Milestones "upcoming" in the report: the next 30 days (SPEC §3). */
export const UPCOMING_DAYS = 30;
export const GOAL_STATUSES = ['active', 'done', 'dropped'] as const;
export const GOAL_HEALTH = ['on-track', 'at-risk', 'off-track', 'blocked'] as const;
export const ENTRY_KINDS = ['note', 'win', 'learning', 'frustration', 'feedback'] as const;
export const REVIEW_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export const SKILL_KINDS = ['hard', 'soft'] as const;

/** What `career import` reads: jrnl's JSON export, or a CSV. */
export const IMPORT_FORMATS = ['jrnl', 'csv'] as const;
