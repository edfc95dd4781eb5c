// The onboarding conversation of `career init`. It asks only what the flags did not already
// answer, and returns plain answers; it writes no files.
import { input, number, select, confirm, fitSay } from './inquirer.js';
import { WEEKDAYS, type Weekday } from '../core/dates.js';
import { emptyReflection, parsePartner, type ProfileAnswers } from '../core/profile.js';
import type { Relationship, Skill } from '../core/schemas.js';
import { splitList } from '../core/text.js';
import { askItems } from './common.js';

export const VISION_EXAMPLE =
  'In ten years I lead a product engineering group known for growing people, and I teach what we learn at conferences.';
export const VALUE_EXAMPLES = 'growth, autonomy, impact, security, craft, family, recognition, learning, service';

type Say = (text: string) => void;

/** `career init` in `/`, the home folder or a folder of other files: go ahead? (--force) */
export function confirmPlace(concern: string): Promise<boolean> {
  return confirm({ message: `${concern}. Start a journal here anyway? (career adds only its own files)`, default: false });
}

const csv = (message: string, max?: number) =>
  input({
    message,
    validate: (v) => !max || splitList(v).length <= max || `at most ${max}, please: the ones that matter most`,
  }).then(splitList);

async function askSkills(): Promise<Skill[]> {
  const skills: Skill[] = [];
  for (;;) {
    const name = (await input({ message: skills.length ? 'Another skill (Enter to finish)' : 'A skill you use or want (Enter to skip)' })).trim();
    if (!name) return skills;
    const kind = await select({ message: `Is ${name} a hard or a soft skill?`, choices: [
      { name: 'hard (technical, measurable)', value: 'hard' as const },
      { name: 'soft (people, communication)', value: 'soft' as const },
    ] });
    const rating = await number({ message: `How good are you at ${name} today? (1 = beginner, 5 = expert)`, min: 1, max: 5, step: 1, required: true, default: 3 });
    skills.push({ name, kind, rating: rating ?? 3 });
  }
}

async function askRelationships(): Promise<Relationship[]> {
  const people: Relationship[] = [];
  for (;;) {
    const name = (await input({ message: people.length ? 'Someone else (Enter to finish)' : 'Someone key to your career: a manager, mentor, peer (Enter to skip)' })).trim();
    if (!name) return people;
    const role = (await input({ message: `${name}'s role (optional)` })).trim();
    const action = (await input({ message: `One thing you will do for this relationship`, required: true })).trim();
    people.push(role ? { name, role, action } : { name, action });
  }
}

async function askReflection(say: Say, year: number): Promise<ProfileAnswers['reflection']> {
  say(`\nFirst, look back at ${year}.`);
  const r = emptyReflection(year);
  r.accomplishments = await askItems(`What are you proudest of in ${year}? (Enter to skip)`, 'Anything else you are proud of? (Enter to finish)');
  r.challenge = await input({ message: `Your biggest challenge in ${year}` });
  if (r.challenge) r.handled = await input({ message: 'How did you handle it?' });
  r.newSkills = await csv(`New skills you picked up in ${year} (comma-separated)`);
  r.outOfDepth = await input({ message: 'Where did you feel out of your depth?' });
  r.missedOpportunities = await input({ message: 'An opportunity you missed' });
  return r;
}

async function askPartner(): Promise<ProfileAnswers['partner']> {
  const answer = (await input({ message: 'Accountability partner: who will get your weekly status? (Enter for nobody yet)' })).trim();
  if (!answer) return null;
  // "Lee <lee@example.com>" answers both questions at once, as the --partner flag does.
  let partner: { name: string; contact?: string } = { name: answer };
  try { partner = parsePartner(answer); } catch { /* no name before the <…>: keep it all as the name */ }
  if (partner.contact) return partner;
  const contact = (await input({ message: `How do you reach ${partner.name}? (email, optional)` })).trim();
  return contact ? { name: partner.name, contact } : { name: partner.name };
}

/**
 * Fill every answer the flags left out. `given` holds what flags said; `defaults` what Enter
 * means for the name. Sections follow the method: reflect, know yourself, vision, rhythm.
 */
export async function askProfile(given: Partial<ProfileAnswers>, defaults: { name: string; year: number }, sayAll: Say): Promise<ProfileAnswers> {
  const say = fitSay(sayAll);
  say('Welcome to career. A few questions to set up your plan; Enter skips any of them, and everything stays editable later in career.yaml.');
  const name = given.name ?? (await input({ message: 'Your name', default: defaults.name, required: true })).trim();
  const reflection = given.reflection ?? (await askReflection(say, defaults.year));

  say('\nNow, you. Keep it short: the top few are the ones that steer decisions.');
  const values = given.values ?? (await csv(`Your top 3 career values (e.g. ${VALUE_EXAMPLES})`, 3));
  const passions = given.passions ?? (await csv('Your top 3 passions: work you would do even unpaid', 3));
  const talents = given.talents ?? (await csv('Your top 2 gifts or talents', 2));
  const strengths = given.strengths ?? (await csv('Strengths (comma-separated)'));
  const weaknesses = given.weaknesses ?? (await csv('Weaknesses you want to work on (comma-separated)'));

  if (!given.skills) say('\nSkills inventory: rate each 1-5 so you can see it grow.');
  const skills = given.skills ?? (await askSkills());
  if (!given.relationships) say('\nKey relationships: the people who shape your career, and one action for each.');
  const relationships = given.relationships ?? (await askRelationships());

  say(`\nYour vision: one or two sentences about the long-term career you want.\n  Example: "${VISION_EXAMPLE}"`);
  const vision = given.vision ?? (await input({ message: 'Your vision statement' })).trim();

  const checkinDay: Weekday = given.checkinDay ?? (await select({
    message: 'Which day suits your weekly check-in?',
    choices: WEEKDAYS.map((d) => ({ name: d[0]!.toUpperCase() + d.slice(1), value: d })),
    default: 'friday',
  }));
  const partner = given.partner !== undefined ? given.partner : await askPartner();
  return { name, vision, values, passions, talents, strengths, weaknesses, skills, relationships, reflection, checkinDay, partner };
}

/** Offered at the end of init. The goal wizard arrives with `career goal add`. */
export async function askContinue(message: string): Promise<boolean> {
  return confirm({ message, default: true });
}
