#!/usr/bin/env node
// A deterministic ten-year career journal for the bench (SPEC §6): 60 goals, 600 milestones,
// 520 weekly check-ins, 3,650 journal days and some reviews, all valid against the schemas
// and committed to git. Everything comes from a seeded PRNG and a fixed "today", so the same
// seed always gives byte-identical files.
//
//   node bench/generate.js <dir> [--seed N] [--scale X] [--no-git]
//
// Needs the built `dist/` (npm run build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDocument, stringifyYaml } from '../dist/store/yamlio.js';
import { addWeeks, isoWeekOf, weekStart } from '../dist/core/weeks.js';
import { endOfMonth, fromDayNumber, toDayNumber, weekdayOf } from '../dist/core/dates.js';
import { slugify, uniqueId } from '../dist/core/slug.js';
import {
  CHECKIN, CLOSE, ENTRY_TEXT, GOAL_TITLES, METRICS, MILESTONES, PROFILE, REVIEW_QUESTIONS,
  REVISION_REASONS, RISKS, SLOTS, STEPS, TAGS, TYPE_MILESTONES, WHY,
} from './words.js';

export const DEFAULT_TODAY = '2026-11-20';

// ---------- randomness ----------

/** mulberry32: a tiny, fast 32-bit PRNG; the whole journal derives from its sequence. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  /** Integer in [lo, hi], both inclusive. */
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  float(lo, hi) { return lo + this.next() * (hi - lo); }
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** k distinct items, in the array's order. */
  sample(arr, k) {
    const idx = arr.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, Math.min(k, arr.length)).sort((a, b) => a - b).map((i) => arr[i]);
  }
  /** A key of `weights` ({key: weight}) chosen in proportion to its weight. */
  weighted(weights) {
    const entries = Object.entries(weights);
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      if ((r -= w) < 0) return k;
    }
    return entries[entries.length - 1][0];
  }
}

// ---------- text ----------

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(rng, template, extra = {}) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    if (name in extra) return extra[name];
    const list = SLOTS[name];
    if (!list) throw new Error(`bench words: no slot {${name}}`);
    return rng.pick(list);
  });
}

const sentence = (rng, templates, extra) => capitalise(fill(rng, rng.pick(templates), extra));
const items = (rng, templates, lo, hi, extra) => {
  const n = rng.int(lo, hi);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng, templates, extra));
  return [...new Set(out)];
};

// ---------- dates (day numbers) ----------

const D = (n) => fromDayNumber(n);
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// ---------- writing ----------

function writeRecord(dir, rel, value, written) {
  const file = path.join(dir, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringifyYaml(newDocument(value)));
  written.push(rel);
}

/** Drop keys whose value is undefined, so optional fields are absent rather than null. */
function compact(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out;
}

// ---------- the journal ----------

/**
 * Write a journal into `dir` (created; must be empty or missing). Options: seed (default 42),
 * years (default 10), scale (default 1: multiplies every count, for quick tests), today
 * (default 2026-11-20), git (default true: init a repository and commit everything).
 * Returns counts and a few handy ids.
 */
export function generateJournal(dir, options = {}) {
  const seed = options.seed ?? 42;
  const years = options.years ?? 10;
  const scale = options.scale ?? 1;
  const today = options.today ?? DEFAULT_TODAY;
  const git = options.git ?? true;
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  if (!(years > 0) || !(scale > 0)) throw new RangeError('years and scale must be positive');
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`refusing to generate into non-empty ${dir}`);
  fs.mkdirSync(dir, { recursive: true });

  const rng = new Rng(seed);
  const f = (years / 10) * scale;
  const nDays = Math.max(28, Math.round(365 * years * scale));
  const nWeeks = Math.max(2, Math.round(52 * years * scale));
  const nGoals = Math.max(3, Math.round(60 * f));
  const nMilestones = Math.max(nGoals, Math.round(600 * f));

  const T = toDayNumber(today);
  const S = T - nDays + 1; // first journal day
  const written = [];

  // Check-in weeks: the nWeeks full weeks before this one (this week's check-in is still to do).
  const lastWeek = addWeeks(isoWeekOf(today), -1);
  const firstWeek = addWeeks(lastWeek, -(nWeeks - 1));
  const m0 = toDayNumber(weekStart(firstWeek));
  const weeks = [];
  for (let i = 0; i < nWeeks; i++) weeks.push(addWeeks(firstWeek, i));
  const weekIndexOf = (d) => {
    const i = Math.floor((d - m0) / 7);
    return i >= 0 && i < nWeeks ? i : -1;
  };
  const fridayOf = (d) => d - (weekdayOf(D(d)) - 1) + 4;

  // ---------- profile ----------
  const values = rng.sample(PROFILE.values, 5);
  const name = rng.pick(PROFILE.names);
  const skills = [
    ...rng.sample(PROFILE.hardSkills, 5).map((s) => ({ name: s, kind: 'hard', rating: rng.int(2, 5) })),
    ...rng.sample(PROFILE.softSkills, 4).map((s) => ({ name: s, kind: 'soft', rating: rng.int(1, 5) })),
  ];
  const startYear = Number(D(S).slice(0, 4));
  writeRecord(dir, 'career.yaml', {
    version: 1,
    name,
    created: D(S),
    vision: rng.pick(PROFILE.visions),
    values,
    passions: rng.sample(PROFILE.passions, 3),
    talents: rng.sample(PROFILE.talents, 3),
    strengths: rng.sample(PROFILE.strengths, 3),
    weaknesses: rng.sample(PROFILE.weaknesses, 2),
    skills,
    relationships: rng.sample(PROFILE.relationships, 5).map(([n, role, action]) => ({ name: n, role, action })),
    reflection: {
      year: startYear,
      accomplishments: items(rng, ENTRY_TEXT.win, 2, 4),
      challenge: sentence(rng, ENTRY_TEXT.frustration),
      handled: sentence(rng, ENTRY_TEXT.learning),
      newSkills: rng.sample(SLOTS.skill, 3),
      outOfDepth: `Leading the ${rng.pick(SLOTS.project)} without a clear owner above me.`,
      missedOpportunities: `I did not apply for the ${rng.pick(SLOTS.level)} opening on the ${rng.pick(SLOTS.team)} team.`,
    },
    checkinDay: 'friday',
    partner: { name: rng.pick(PROFILE.relationships)[0], contact: 'every other Friday, 15 minutes' },
  }, written);

  // ---------- goals ----------
  const nLong = Math.max(1, Math.round(nGoals * 0.15));
  const nMid = Math.max(1, Math.round(nGoals * 0.3));
  const nShort = nGoals - nLong - nMid;
  const horizons = [...Array(nLong).fill('long'), ...Array(nMid).fill('mid'), ...Array(nShort).fill('short')];
  const ids = new Set();
  const goals = [];
  const span = T - S;
  for (let gi = 0; gi < horizons.length; gi++) {
    const horizon = horizons[gi];
    let created;
    let length;
    if (horizon === 'long') {
      created = S + rng.int(0, Math.floor(span * 0.35));
      length = rng.int(1825, 3650);
    } else if (horizon === 'mid') {
      created = S + rng.int(0, Math.max(0, span - 60));
      length = rng.int(730, 1825);
    } else {
      // A quarter of the short goals are recent, so there is always something active today.
      const recent = gi >= horizons.length - Math.ceil(nShort / 4);
      created = recent ? T - rng.int(14, Math.min(330, span)) : S + rng.int(0, Math.max(0, span - 14));
      length = rng.int(90, 365);
    }
    created = Math.min(created, T - 14);
    const deadline = created + length;
    let status = 'active';
    let closed;
    const r = rng.next();
    if (deadline < T) {
      if (r < 0.68) status = 'done';
      else if (r < 0.88) status = 'dropped';
    } else if (r < 0.08) status = 'done';
    else if (r < 0.15) status = 'dropped';
    if (status === 'done') {
      closed = deadline < T ? deadline + rng.int(-30, 10) : T - rng.int(1, Math.max(1, Math.floor((T - created) / 2)));
    } else if (status === 'dropped') {
      closed = created + Math.floor((Math.min(deadline, T) - created) * rng.float(0.3, 0.9));
    }
    if (closed !== undefined) closed = clamp(closed, created + 7, T - 1);

    const type = rng.weighted({ development: 4, position: 2, networking: 2, balance: 2, entrepreneurial: 1, other: 1 });
    // Re-draw a few times so titles rarely repeat; a repeat still gets a unique id.
    let title = sentence(rng, GOAL_TITLES[type]);
    for (let tries = 0; tries < 8 && goals.some((o) => o.title === title); tries++) title = sentence(rng, GOAL_TITLES[type]);
    const id = uniqueId(slugify(title), (x) => ids.has(x));
    ids.add(id);
    goals.push({ id, horizon, type, title, created, deadline, status, closed, end: closed ?? T });
  }

  // Parents respect long > mid > short and were open when the child was created.
  const openAt = (g, d) => g.created <= d && (g.closed === undefined || g.closed >= d);
  for (const g of goals) {
    let pool = [];
    if (g.horizon === 'mid' && rng.chance(0.9)) pool = goals.filter((p) => p.horizon === 'long');
    if (g.horizon === 'short') {
      const r = rng.next();
      pool = goals.filter((p) => p.horizon === (r < 0.75 ? 'mid' : 'long'));
      if (r >= 0.88) pool = [];
    }
    const open = pool.filter((p) => openAt(p, g.created));
    g.parent = open.length ? rng.pick(open).id : null;
  }

  // Milestone counts: weighted by horizon, jittered, then adjusted to the exact total.
  const weight = { long: 14, mid: 11, short: 8 };
  const totalWeight = goals.reduce((s, g) => s + weight[g.horizon], 0);
  const counts = goals.map((g) => Math.max(1, Math.round((nMilestones * weight[g.horizon]) / totalWeight) + rng.int(-2, 2)));
  let diff = nMilestones - counts.reduce((s, c) => s + c, 0);
  while (diff !== 0) {
    const i = rng.int(0, counts.length - 1);
    if (diff > 0) { counts[i]++; diff--; } else if (counts[i] > 1) { counts[i]--; diff++; }
  }

  const progressByWeek = new Map(); // week index -> [{goal, value}]
  const milestonesByWeek = new Map(); // week index -> Map(goal -> [milestone ids])
  const atWeek = (map, i) => { if (!map.has(i)) map.set(i, []); return map.get(i); };
  let milestoneCount = 0;
  let progressGoal = null;

  for (const [gi, g] of goals.entries()) {
    // milestones
    const milestones = [];
    const mids = new Set();
    const k = counts[gi];
    for (let m = 0; m < k; m++) {
      const slot = g.created + 7 + Math.floor(((g.deadline - g.created - 7) * (m + 1)) / (k + 1));
      const due = clamp(slot + rng.int(-5, 5), g.created + 1, g.deadline);
      const mt = sentence(rng, rng.chance(0.65) ? TYPE_MILESTONES[g.type] : MILESTONES);
      const mid = uniqueId(slugify(mt), (x) => mids.has(x));
      mids.add(mid);
      let completed;
      // A done goal's milestones were met along the way to its closing date, not all on it.
      if (g.status === 'done') completed = clamp(Math.min(due, g.created + Math.floor(((g.closed - g.created) * (m + 1)) / k)) + rng.int(-7, 3), g.created, g.closed);
      else if (g.status === 'dropped') { if (due <= g.closed && rng.chance(0.7)) completed = clamp(due + rng.int(-10, 10), g.created, g.closed); }
      else if (due <= T) { if (rng.chance(0.8)) completed = clamp(due + rng.int(-14, 10), g.created, T); }
      else if (rng.chance(0.05)) completed = rng.int(g.created, T);
      milestones.push(compact({ id: mid, title: mt, due: D(due), completed: completed === undefined ? undefined : D(completed) }));
      if (completed !== undefined) {
        const wi = weekIndexOf(completed);
        if (wi >= 0 && fridayOf(completed) >= g.created) {
          if (!milestonesByWeek.has(wi)) milestonesByWeek.set(wi, new Map());
          const byGoal = milestonesByWeek.get(wi);
          byGoal.set(g.id, [...(byGoal.get(g.id) ?? []), mid]);
        }
      }
    }
    milestoneCount += milestones.length;

    // metric and its progress log
    let metric = null;
    const progressLog = [];
    if (rng.chance(0.85)) {
      const def = rng.pick(METRICS.filter((x) => x.types.includes(g.type)));
      const round = def.decimal ? (x) => Math.round(x * 10) / 10 : (x) => Math.round(x);
      let start;
      let target;
      if (def.down) {
        start = rng.int(Math.ceil(def.hi * 0.6), def.hi);
        target = rng.int(def.lo, Math.max(def.lo, Math.floor(start * 0.5)));
      } else {
        start = rng.chance(0.6) ? 0 : rng.int(0, Math.floor(def.lo / 2));
        target = rng.int(def.lo, def.hi);
      }
      if (start === target) target = start + 1;
      metric = { name: def.name, unit: def.unit, start, target };
      const reach = g.status === 'done' ? 1 : g.status === 'dropped' ? rng.float(0.2, 0.7) : rng.float(0.5, 1);
      const curve = rng.float(0.7, 1.5);
      let prevDate = g.created;
      let prevFrac = 0;
      for (let d = g.created + rng.int(7, 21); d <= g.end; d += rng.int(14, 42)) {
        let date = d;
        let week;
        const fri = fridayOf(d);
        const wi = weekIndexOf(fri);
        if (wi >= 0 && fri <= g.end && fri < T && rng.chance(0.6)) { date = fri; week = weeks[wi]; }
        if (date <= prevDate) continue;
        const t = clamp((date - g.created) / (g.deadline - g.created), 0, 1);
        const frac = clamp(Math.max(prevFrac, reach * t ** curve + rng.float(-0.04, 0.04)), 0, g.status === 'done' ? 0.97 : 1);
        prevFrac = frac;
        prevDate = date;
        const value = round(start + (target - start) * frac);
        progressLog.push(compact({ date: D(date), value, note: rng.chance(0.15) ? sentence(rng, CHECKIN.note) : undefined, week }));
        if (week) atWeek(progressByWeek, wi).push({ goal: g.id, value });
      }
      if (g.status === 'done' && g.closed > prevDate) {
        progressLog.push({ date: D(g.closed), value: target, note: 'reached the target' });
      }
      if (g.status === 'active' && g.deadline > T && !progressGoal) progressGoal = { id: g.id, start, target };
    }

    const steps = items(rng, STEPS, 2, 6).map((text) => ({ text, done: g.status === 'done' ? rng.chance(0.9) : rng.chance(0.4) }));
    const risks = [];
    for (let i = rng.int(0, 3); i > 0; i--) {
      const [scenario, contingency] = rng.pick(RISKS);
      risks.push({ scenario: capitalise(fill(rng, scenario)), contingency: fill(rng, contingency) });
    }
    const revisions = [];
    if (rng.chance(0.25)) {
      let d = g.created;
      for (let i = rng.int(1, 2); i > 0 && g.end - d > 21; i--) {
        d = rng.int(d + 14, g.end - 1);
        revisions.push({ date: D(d), fields: rng.sample(['title', 'deadline', 'metric', 'milestones', 'why'], rng.int(1, 2)), reason: fill(rng, rng.pick(REVISION_REASONS)) });
      }
    }
    let closedRecord;
    if (g.status === 'done') {
      closedRecord = { date: D(g.closed), celebration: fill(rng, rng.pick(CLOSE.celebration)), next: fill(rng, rng.pick(CLOSE.next)) };
    } else if (g.status === 'dropped') {
      closedRecord = { date: D(g.closed), reason: fill(rng, rng.pick(CLOSE.reason)) };
    }
    const goalValues = rng.sample(values, rng.int(1, 2));
    writeRecord(dir, `goals/${g.id}.yaml`, compact({
      version: 1,
      title: g.title,
      type: g.type,
      horizon: g.horizon,
      status: g.status,
      created: D(g.created),
      deadline: D(g.deadline),
      why: capitalise(fill(rng, rng.pick(WHY), { value: goalValues[0] })) + '.',
      values: goalValues,
      parent: g.parent,
      important: rng.chance(0.7),
      urgent: rng.chance(0.25),
      metric,
      milestones,
      steps,
      support: {
        helpers: rng.sample(SLOTS.person, rng.int(0, 3)),
        resources: rng.sample(SLOTS.resource, rng.int(0, 2)),
        skills: rng.sample(SLOTS.habit, rng.int(0, 2)),
      },
      risks,
      progressLog,
      revisions,
      closed: closedRecord,
    }), written);
  }

  // ---------- weekly check-ins ----------
  const HEALTH = { 'on-track': 60, 'at-risk': 25, 'off-track': 10, blocked: 5 };
  for (let wi = 0; wi < nWeeks; wi++) {
    const fri = m0 + 7 * wi + 4;
    const open = goals.filter((g) => openAt(g, fri));
    const progress = progressByWeek.get(wi) ?? [];
    const done = milestonesByWeek.get(wi) ?? new Map();
    const chosen = new Set([...progress.map((p) => p.goal), ...done.keys()]);
    for (const g of rng.sample(open, rng.int(1, 4))) if (chosen.size < 5) chosen.add(g.id);
    const checks = goals.filter((g) => chosen.has(g.id)).map((g) => compact({
      goal: g.id,
      value: progress.find((p) => p.goal === g.id)?.value,
      milestones: done.get(g.id) ?? [],
      status: rng.weighted(HEALTH),
      note: rng.chance(0.3) ? sentence(rng, CHECKIN.note) : undefined,
    }));
    writeRecord(dir, `checkins/${weeks[wi].slice(0, 4)}/${weeks[wi]}.yaml`, compact({
      version: 1,
      week: weeks[wi],
      date: D(fri),
      focusDone: items(rng, CHECKIN.focusDone, 0, 3),
      goals: checks,
      wins: items(rng, ENTRY_TEXT.win, 0, 3),
      learnings: items(rng, ENTRY_TEXT.learning, 0, 2),
      blockers: items(rng, CHECKIN.blockers, 0, 2),
      feedback: items(rng, ENTRY_TEXT.feedback, 0, 2),
      energy: rng.chance(0.9) ? rng.int(1, 5) : undefined,
      focus: items(rng, CHECKIN.focus, 1, 3),
    }), written);
  }

  // ---------- journal days ----------
  const KINDS = { note: 40, win: 20, learning: 20, frustration: 10, feedback: 10 };
  for (let d = S; d <= T; d++) {
    const n = rng.weighted({ 1: 50, 2: 35, 3: 15 });
    const minutes = [];
    for (let i = 0; i < n; i++) minutes.push(rng.int(7 * 60, 22 * 60 + 59));
    minutes.sort((a, b) => a - b);
    const open = goals.filter((g) => openAt(g, d));
    const entries = minutes.map((m) => {
      const kind = rng.weighted(KINDS);
      return compact({
        time: rng.chance(0.85) ? hhmm(m) : undefined,
        kind,
        text: sentence(rng, ENTRY_TEXT[kind]),
        goal: open.length && rng.chance(0.35) ? rng.pick(open).id : undefined,
        tags: rng.sample(TAGS, rng.weighted({ 0: 30, 1: 40, 2: 20, 3: 10 })),
      });
    });
    const date = D(d);
    writeRecord(dir, `journal/${date.slice(0, 4)}/${date}.yaml`, { version: 1, date, entries }, written);
  }

  // ---------- reviews ----------
  const answers = () => {
    const qs = rng.sample(REVIEW_QUESTIONS, rng.int(4, 6));
    return qs.map(([id, question, form]) => ({
      id,
      question,
      answer: form === 'list'
        ? items(rng, id === 'wins' ? ENTRY_TEXT.win : id === 'next' ? CHECKIN.focus : ENTRY_TEXT.learning, 1, 4)
        : sentence(rng, id === 'stuck' ? ENTRY_TEXT.frustration : ENTRY_TEXT.learning),
    }));
  };
  let reviewCount = 0;
  const review = (kind, period, end) => {
    const date = end + rng.int(1, 6);
    if (end - 27 < S || date > T) return;
    const rel = kind === 'annual' ? `reviews/${period}/${period}-annual.yaml` : `reviews/${period.slice(0, 4)}/${period}.yaml`;
    writeRecord(dir, rel, { version: 1, kind, period, date: D(date), answers: answers() }, written);
    reviewCount++;
  };
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const monthEnd = (y, m) => toDayNumber(endOfMonth(`${y}-${String(m).padStart(2, '0')}`));
  for (let back = 12; back >= 1; back--) {
    const idx = ty * 12 + (tm - 1) - back;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    review('monthly', `${y}-${String(m).padStart(2, '0')}`, monthEnd(y, m));
  }
  const tq = Math.floor((tm - 1) / 3);
  for (let back = 8; back >= 1; back--) {
    const idx = ty * 4 + tq - back;
    const y = Math.floor(idx / 4);
    const q = (idx % 4) + 1;
    review('quarterly', `${y}-Q${q}`, monthEnd(y, q * 3));
  }
  for (let y = startYear + 1; y < ty; y++) review('annual', String(y), monthEnd(y, 12));

  fs.writeFileSync(path.join(dir, '.gitignore'), "# career's cache and lock; never versioned\n.career/\n");
  written.push('.gitignore');

  if (git) commitAll(dir, today);

  return {
    dir,
    files: written.length,
    goals: goals.length,
    milestones: milestoneCount,
    checkins: nWeeks,
    days: nDays,
    reviews: reviewCount,
    activeGoals: goals.filter((g) => g.status === 'active').map((g) => g.id),
    /** An active goal with a metric and a future deadline: a target for `goal progress`. */
    progressGoal,
  };
}

function commitAll(dir, today) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${today}T12:00:00Z`, GIT_COMMITTER_DATE: `${today}T12:00:00Z` };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES']) delete env[k];
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Bench Person');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'bench: generated ten-year journal');
}

// ---------- CLI ----------

function usage() {
  return 'usage: node bench/generate.js <dir> [--seed N] [--years N] [--scale X] [--no-git]';
}

function cli(argv) {
  const opts = {};
  let dir;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${name} needs a number\n${usage()}`);
      return v;
    };
    if (a === '--seed') opts.seed = num('--seed');
    else if (a === '--years') opts.years = num('--years');
    else if (a === '--scale') opts.scale = num('--scale');
    else if (a === '--no-git') opts.git = false;
    else if (a === '-h' || a === '--help') { console.log(usage()); return 0; }
    else if (!a.startsWith('-') && dir === undefined) dir = a;
    else throw new Error(`unexpected argument ${a}\n${usage()}`);
  }
  if (!dir) throw new Error(usage());
  const t0 = performance.now();
  const r = generateJournal(path.resolve(dir), opts);
  const ms = Math.round(performance.now() - t0);
  console.log(`${r.dir}: ${r.files} files (${r.goals} goals, ${r.milestones} milestones, ${r.checkins} check-ins, ${r.days} journal days, ${r.reviews} reviews) in ${ms} ms`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = cli(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exitCode = 2;
  }
}
