// Building a profile from answers (flags or prompts), and parsing the compact flag forms
// people type on a command line: `--skill "TypeScript:hard:4"`, `--relationship "Ana (manager) => monthly 1:1"`.
import { UserError } from './errors.js';
import { SKILL_KINDS } from './constants.js';
import type { Profile, Relationship, Skill } from './schemas.js';
import { WEEKDAYS, type Weekday } from './dates.js';
import { closest } from './text.js';

export interface ProfileAnswers {
  name: string;
  vision: string;
  values: string[];
  passions: string[];
  talents: string[];
  strengths: string[];
  weaknesses: string[];
  skills: Skill[];
  relationships: Relationship[];
  reflection: NonNullable<Profile['reflection']>;
  checkinDay: Weekday;
  partner: Profile['partner'];
}

export function emptyReflection(year?: number): ProfileAnswers['reflection'] {
  return { year, accomplishments: [], challenge: '', handled: '', newSkills: [], outOfDepth: '', missedOpportunities: '' };
}

/** `TypeScript:hard:4` (kind and rating optional: `Negotiation:soft`, `SQL`). */
export function parseSkill(value: string): Skill {
  const parts = value.split(':').map((s) => s.trim());
  const [name, kindText = 'hard', ratingText = '3'] = parts;
  if (!name || parts.length > 3) throw new UserError(`--skill "${value}" is not NAME:hard|soft:1-5`, 'for example --skill "TypeScript:hard:4"');
  const kind = kindText.toLowerCase();
  if (!(SKILL_KINDS as readonly string[]).includes(kind)) throw new UserError(`--skill "${value}": kind must be hard or soft`);
  const rating = Number(ratingText);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new UserError(`--skill "${value}": rating must be a whole number 1-5`);
  return { name, kind: kind as Skill['kind'], rating };
}

/** `Ana Lopez (manager) => monthly career chat`. */
export function parseRelationship(value: string): Relationship {
  const m = /^\s*(.+?)\s*(?:\(([^)]*)\))?\s*=>\s*(.+?)\s*$/.exec(value);
  if (!m) throw new UserError(`--relationship "${value}" is not "NAME (ROLE) => ACTION"`, 'for example --relationship "Ana (manager) => ask for a stretch project"');
  const role = m[2]?.trim();
  return role ? { name: m[1]!, role, action: m[3]! } : { name: m[1]!, action: m[3]! };
}

/** `Sam Lee <sam@example.com>` or just `Sam Lee`. */
export function parsePartner(value: string): NonNullable<Profile['partner']> {
  const m = /^\s*([^<]+?)\s*(?:<([^>]*)>)?\s*$/.exec(value);
  if (!m || !m[1]) throw new UserError(`--partner "${value}" is not "NAME <CONTACT>"`);
  return m[2]?.trim() ? { name: m[1], contact: m[2].trim() } : { name: m[1] };
}

export function parseWeekday(value: string): Weekday {
  const v = value.trim().toLowerCase();
  const match = WEEKDAYS.find((d) => d === v || d.slice(0, 3) === v);
  if (!match) {
    const near = closest(v, WEEKDAYS);
    throw new UserError(`--checkin-day "${value}" is not a weekday`, near ? `did you mean ${near}?` : `use one of ${WEEKDAYS.join(', ')}`);
  }
  return match;
}

/** The career.yaml record for a new journal. Key order here is the order in the file. */
export function makeProfile(a: ProfileAnswers, today: string): Profile {
  return {
    version: 1,
    name: a.name,
    created: today,
    vision: a.vision,
    values: a.values,
    passions: a.passions,
    talents: a.talents,
    strengths: a.strengths,
    weaknesses: a.weaknesses,
    skills: a.skills,
    relationships: a.relationships,
    reflection: a.reflection,
    checkinDay: a.checkinDay,
    partner: a.partner,
  };
}
