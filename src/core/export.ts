// `career export` (SPEC §3) as data: the journal -> the calendar's events, the whole journal as
// one JSON document, and the plan as a tree of goals for the Markdown document. Pure: no fs,
// no clock (`today` is passed in), so the same journal and day always give the same bytes.
import { addDays, weekdayOf, WEEKDAYS, type Weekday } from './dates.js';
import { byHierarchy, goalView, type GoalView } from './goal-view.js';
import type { GoalRecord, Journal } from './journal.js';
import type { Checkin, EntryDay, Profile, Review } from './schemas.js';
import { slugify } from './slug.js';
import { checkinStatuses } from './checkin-status.js';
import { byCodeUnit } from './text.js';

export const EXPORT_FORMATS = ['ics', 'json', 'markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

// ---------- the calendar ----------

/** One all-day event: `start` is its day, `end` the day after (DTEND is exclusive). */
export interface CalendarEvent {
  /** Derived from ids only, so re-importing the file updates the event instead of adding one. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  /** A weekly repeat on this weekday (the check-in reminder). */
  weekly?: Weekday;
  /** A reminder the calendar shows (VALARM): when, relative to the event's day, and what it says. */
  alarm?: EventAlarm;
}

/**
 * An RFC 5545 duration relative to the start of an all-day event (its day's midnight, local
 * time): `PT9H` is nine in the morning of that day, `-P3DT15H` nine in the morning three days before.
 */
export interface EventAlarm {
  trigger: string;
  text: string;
}

/** The check-in reminder rings on the check-in day at 9:00; deadlines three days before, milestones the day before. */
export const CHECKIN_ALARM = 'PT9H';
export const DEADLINE_DAYS_BEFORE = 3;
export const MILESTONE_DAYS_BEFORE = 1;
/** `days` before the event's day, at 9:00 on that day. */
export const daysBefore = (days: number) => (days > 1 ? `-P${days - 1}DT15H` : '-PT15H');

export interface Calendar {
  /** The calendar's display name. */
  name: string;
  /** The day the export was made: DTSTAMP of every event. */
  stamp: string;
  events: CalendarEvent[];
}

/**
 * Whose journal an event belongs to, in its uid: RFC 5545 wants uids unique everywhere, and a
 * partner who imports two people's calendars must not see one check-in reminder replace the
 * other. The person's name and the day the journal began: stable across exports and machines.
 */
export const uidDomain = (profile: Pick<Profile, 'name' | 'created'>): string => `${slugify(profile.name)}-${profile.created}.career`;
export const milestoneUid = (domain: string, goal: string, milestone: string) => `milestone-${goal}.${milestone}@${domain}`;
export const deadlineUid = (domain: string, goal: string) => `deadline-${goal}@${domain}`;
export const checkinUid = (domain: string) => `checkin@${domain}`;

/** The first `day` on or after `date`. */
export function firstWeekdayOnOrAfter(date: string, day: Weekday): string {
  const want = WEEKDAYS.indexOf(day) + 1;
  return addDays(date, (want - weekdayOf(date) + 7) % 7);
}

function why(goal: GoalRecord): string {
  return goal.why.trim() ? `Why: ${goal.why.trim()}` : '';
}

const paragraphs = (...parts: string[]) => parts.filter(Boolean).join('\n\n');

/**
 * Each open milestone of every active goal and each active goal's deadline, all day, plus one
 * weekly check-in reminder on the profile's check-in day from the first such day on or after
 * the journal was started. Events are in date order (the reminder first), ties by uid.
 */
export function calendar(journal: Journal, today: string): Calendar {
  const { profile } = journal;
  const domain = uidDomain(profile);
  const events: CalendarEvent[] = [];
  for (const goal of journal.goals.filter((g) => g.status === 'active').sort(byHierarchy)) {
    for (const m of goal.milestones) {
      if (m.completed !== undefined) continue;
      events.push({
        uid: milestoneUid(domain, goal.id, m.id),
        start: m.due,
        end: addDays(m.due, 1),
        summary: `Milestone: ${m.title} (${goal.title})`,
        description: paragraphs(why(goal), `Done? Mark it with: career milestone done ${goal.id} ${m.id}`),
        alarm: { trigger: daysBefore(MILESTONE_DAYS_BEFORE), text: `Milestone due tomorrow: ${m.title}` },
      });
    }
    events.push({
      uid: deadlineUid(domain, goal.id),
      start: goal.deadline,
      end: addDays(goal.deadline, 1),
      summary: `Deadline: ${goal.title}`,
      description: paragraphs(why(goal), `Done? Mark it with: career goal done ${goal.id}`),
      alarm: { trigger: daysBefore(DEADLINE_DAYS_BEFORE), text: `Deadline in ${DEADLINE_DAYS_BEFORE} days: ${goal.title}` },
    });
  }
  events.sort((a, b) => byCodeUnit(a.start, b.start) || byCodeUnit(a.uid, b.uid));
  // Hand edits can give two milestones of a goal the same id; a calendar must not see one uid twice.
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = (seen.get(e.uid) ?? 0) + 1;
    seen.set(e.uid, n);
    // A dot cannot occur in an id, so the suffixed uid cannot be another event's.
    if (n > 1) e.uid = e.uid.replace(`@${domain}`, `.${n}@${domain}`);
  }
  const first = firstWeekdayOnOrAfter(profile.created, profile.checkinDay);
  const partner = profile.partner ? `, then send your status to ${profile.partner.name} (career share)` : '';
  events.unshift({
    uid: checkinUid(domain),
    start: first,
    end: addDays(first, 1),
    summary: 'Weekly career check-in',
    description: `Progress, wins, learnings, blockers, energy and next week's top 3: run career checkin${partner}.`,
    weekly: profile.checkinDay,
    alarm: { trigger: CHECKIN_ALARM, text: 'Time for your weekly career check-in: career checkin' },
  });
  return { name: `career — ${profile.name}`, stamp: today, events };
}

// ---------- the whole journal as JSON ----------

export type ExportedGoal = GoalRecord & { view: GoalView };

export interface JournalExport {
  version: 1;
  exported: string;
  profile: Profile;
  goals: ExportedGoal[];
  checkins: Checkin[];
  journal: EntryDay[];
  reviews: Review[];
}

/** Everything, in file order (goals by id, check-ins by week, days by date, reviews by period). */
export function journalExport(journal: Journal, today: string): JournalExport {
  const values = journal.profile.values;
  const said = checkinStatuses(journal.checkins, today);
  return {
    version: 1,
    exported: today,
    profile: journal.profile,
    // The id first, as a reader looks for it first.
    goals: [...journal.goals].sort((a, b) => byCodeUnit(a.id, b.id))
      .map(({ id, ...rest }) => ({ id, ...rest, view: goalView({ id, ...rest }, values, today, said.get(id) ?? null) })),
    checkins: [...journal.checkins].sort((a, b) => byCodeUnit(a.week, b.week)),
    journal: [...journal.days].sort((a, b) => byCodeUnit(a.date, b.date)),
    reviews: [...journal.reviews].sort((a, b) => byCodeUnit(a.period, b.period) || byCodeUnit(a.kind, b.kind)),
  };
}

// ---------- the plan ----------

export interface PlanGoal {
  goal: GoalRecord;
  view: GoalView;
  /** The goal it serves, when that goal exists. */
  parent: { id: string; title: string; status: GoalRecord['status'] } | null;
  /** Active goals that serve this one, in hierarchy order. */
  children: PlanGoal[];
}

export interface Plan {
  profile: Profile;
  today: string;
  /** Active goals as a forest: long → mid → short, each under the goal it serves. */
  goals: PlanGoal[];
  done: PlanGoal[];
  dropped: PlanGoal[];
}

/**
 * The plan: active goals nested under their (active) parents, roots in hierarchy order; a goal
 * whose parent is done, dropped or missing is a root that still names its parent. A cycle made
 * by hand edits cannot hide a goal: whatever the walk from the roots missed becomes a root too.
 */
export function plan(journal: Journal, today: string): Plan {
  const values = journal.profile.values;
  const said = checkinStatuses(journal.checkins, today);
  const byId = new Map(journal.goals.map((g) => [g.id, g]));
  const node = (goal: GoalRecord): PlanGoal => {
    const p = goal.parent === null ? undefined : byId.get(goal.parent);
    return { goal, view: goalView(goal, values, today, said.get(goal.id) ?? null), parent: p ? { id: p.id, title: p.title, status: p.status } : null, children: [] };
  };
  const active = journal.goals.filter((g) => g.status === 'active').sort(byHierarchy);
  const activeIds = new Set(active.map((g) => g.id));
  const childrenOf = new Map<string, GoalRecord[]>();
  for (const g of active) {
    if (g.parent !== null && activeIds.has(g.parent) && g.parent !== g.id) {
      childrenOf.set(g.parent, [...(childrenOf.get(g.parent) ?? []), g]);
    }
  }
  const placed = new Set<string>();
  const grow = (goal: GoalRecord): PlanGoal => {
    placed.add(goal.id);
    const n = node(goal);
    for (const child of childrenOf.get(goal.id) ?? []) if (!placed.has(child.id)) n.children.push(grow(child));
    return n;
  };
  const roots: PlanGoal[] = [];
  for (const g of active) {
    const hasActiveParent = g.parent !== null && g.parent !== g.id && activeIds.has(g.parent);
    if (!hasActiveParent) roots.push(grow(g));
  }
  for (const g of active) if (!placed.has(g.id)) roots.push(grow(g));
  const closed = (status: GoalRecord['status']) => journal.goals.filter((g) => g.status === status)
    .sort((a, b) => byCodeUnit(b.closed?.date ?? '', a.closed?.date ?? '') || byCodeUnit(a.id, b.id))
    .map(node);
  return { profile: journal.profile, today, goals: roots, done: closed('done'), dropped: closed('dropped') };
}
