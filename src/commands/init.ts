// `career init`: the onboarding conversation, then career.yaml, .gitignore, a git repository
// and the first commit. Refuses to touch an existing journal.
import os from 'node:os';
import { commitMessage } from '../core/commit.js';
import { NotCommittedError, UserError } from '../core/errors.js';
import { makeProfile, parsePartner, parseRelationship, parseSkill, parseWeekday, emptyReflection, type ProfileAnswers } from '../core/profile.js';
import { reflectionYear } from '../core/reflection.js';
import { sh, splitList } from '../core/text.js';
import { commitPaths } from '../git/commit.js';
import { gitUserName, hasRepo, initRepo, runGit } from '../git/git.js';
import { documents, fileTools, GITIGNORE_FILE, GOALS_ONLY, journalExists, PROFILE_FILE } from '../store/index.js';
import { makeContext, type Context, type GlobalOptions } from './context.js';
import { offer } from './offer.js';
import { noteSaved } from './saved.js';

type FileTools = Awaited<ReturnType<typeof fileTools>>;

export interface InitOptions {
  name?: string; vision?: string; values?: string; passions?: string; talents?: string;
  strengths?: string; weaknesses?: string; skill?: string[]; relationship?: string[];
  proud?: string[]; challenge?: string; handled?: string; newSkill?: string[];
  outOfDepth?: string; missed?: string; checkinDay?: string; partner?: string; yes?: boolean; force?: boolean;
  /** The goal wizard after the profile: --goals runs it, --no-goals skips the offer. */
  goals?: boolean;
}

const REFLECTION_FLAGS = ['proud', 'challenge', 'handled', 'newSkill', 'outOfDepth', 'missed'] as const;

/** What the flags answer; anything undefined is still to be asked (or defaulted). */
export function answersFromFlags(o: InitOptions, year: number): Partial<ProfileAnswers> {
  const given: Partial<ProfileAnswers> = {};
  if (o.name !== undefined) given.name = o.name.trim();
  if (o.vision !== undefined) given.vision = o.vision.trim();
  for (const key of ['values', 'passions', 'talents', 'strengths', 'weaknesses'] as const) {
    if (o[key] !== undefined) given[key] = splitList(o[key]);
  }
  if (o.skill) given.skills = o.skill.map(parseSkill);
  if (o.relationship) given.relationships = o.relationship.map(parseRelationship);
  if (REFLECTION_FLAGS.some((k) => o[k] !== undefined)) {
    given.reflection = {
      ...emptyReflection(year),
      accomplishments: o.proud ?? [], challenge: o.challenge ?? '', handled: o.handled ?? '',
      newSkills: o.newSkill ?? [], outOfDepth: o.outOfDepth ?? '', missedOpportunities: o.missed ?? '',
    };
  }
  if (o.checkinDay !== undefined) given.checkinDay = parseWeekday(o.checkinDay);
  if (o.partner !== undefined) given.partner = o.partner.trim() ? parsePartner(o.partner) : null;
  return given;
}

/** The name offered: git's user.name (a person's name), else the login, else "me". */
async function defaultName(ctx: Context): Promise<string> {
  const fromGit = ctx.git ? await gitUserName(ctx.env) : null;
  if (fromGit) return fromGit;
  try {
    return os.userInfo().username || 'me';
  } catch {
    return 'me';
  }
}

/** Without prompts: --yes fills defaults; otherwise the required values must come as flags. */
export function withDefaults(given: Partial<ProfileAnswers>, yes: boolean, year: number, fallbackName = 'me'): ProfileAnswers {
  if (!yes) {
    const missing = [given.name === undefined && '--name', given.vision === undefined && '--vision'].filter(Boolean);
    if (missing.length) {
      throw new UserError(`career init needs ${missing.join(' and ')} when it cannot ask (no terminal)`, 'pass them, or --yes to accept defaults and fill in career.yaml later');
    }
  }
  return {
    name: given.name || fallbackName, vision: given.vision ?? '', values: given.values ?? [],
    passions: given.passions ?? [], talents: given.talents ?? [], strengths: given.strengths ?? [],
    weaknesses: given.weaknesses ?? [], skills: given.skills ?? [], relationships: given.relationships ?? [],
    reflection: given.reflection ?? emptyReflection(year), checkinDay: given.checkinDay ?? 'friday',
    partner: given.partner ?? null,
  };
}

function refuseExisting(dir: string, { existsAsNonFolder }: FileTools): void {
  if (journalExists(dir)) {
    throw new UserError(`a journal already exists in ${dir}; nothing was changed`, 'use `career doctor` to check it, or pass --dir for a new one');
  }
  if (existsAsNonFolder(dir)) throw new UserError(`${dir} exists and is not a folder`);
}

async function createJournal(ctx: Context, answers: ProfileAnswers, tools: FileTools): Promise<void> {
  const { makeJournalFolder, mergedGitignore, installSchemas, withLock, writeFileAtomic } = tools;
  makeJournalFolder(ctx.dir);
  const files = [PROFILE_FILE, GITIGNORE_FILE];
  await withLock(ctx.dir, async () => {
    refuseExisting(ctx.dir, tools); // again, under the lock: two inits at once must not both write
    writeFileAtomic(ctx.dir, PROFILE_FILE, (await documents()).newFileText(makeProfile(answers, ctx.today), PROFILE_FILE));
    // The person's own .gitignore is kept: career's line is added to it (SPEC §5).
    writeFileAtomic(ctx.dir, GITIGNORE_FILE, mergedGitignore(ctx.dir));
    noteSaved(files);
    installSchemas(ctx.dir);
    if (!ctx.git) return;
    try {
      if (!hasRepo(ctx.dir)) {
        await initRepo(ctx.dir);
        // Git writes with the umask (world-readable under the usual 022), and .git holds every
        // version of every file: keep what later commits add 0600 and 0700 too (SPEC §5).
        await runGit(ctx.dir, ['config', 'core.sharedRepository', '0600']);
      }
    } catch {
      // git missing or broken: commitPaths below says what happened and how to fix it
    }
    const message = commitMessage({ kind: 'init', name: answers.name });
    const outcome = await commitPaths(ctx.dir, files, message);
    if (!outcome.committed && outcome.reason !== 'nothing-to-commit') {
      // Without git there is no repository yet: the manual fix must create it first, or
      // `git -C <dir> add` would fail, or worse, add the journal to an enclosing repository.
      const fix = outcome.reason === 'no-git' && !hasRepo(ctx.dir)
        ? `Install git (https://git-scm.com/downloads), then run \`git -C ${sh(ctx.dir)} init && git -C ${sh(ctx.dir)} add -A && git -C ${sh(ctx.dir)} commit -m ${sh(message)}\`.`
        : outcome.fix;
      throw new NotCommittedError(`created your journal in ${ctx.dir}, but did not commit it to git: ${outcome.detail}`, fix);
    }
  }, { notice: ctx.err, command: 'career init' });
}

/** `/`, the home folder or a folder of other files: only with --force or a yes at the prompt. */
async function confirmPlace(ctx: Context, opts: InitOptions, { initConcern }: FileTools): Promise<void> {
  const concern = initConcern(ctx.dir);
  if (concern === null || opts.force) return;
  if (ctx.canPrompt(opts.yes)) {
    const { confirmPlace: ask } = await import('../prompts/init.js');
    if (await ask(concern)) return;
    throw new UserError('career init stopped; nothing was changed', 'choose a folder of its own with --dir');
  }
  throw new UserError(`${concern}, so career init will not start a journal there without --force; nothing was changed`,
    'choose a folder of its own with --dir (or leave it out for the default), or pass --force: career only adds career.yaml, .gitignore and its own folders, and commits only those');
}

export async function run(g: GlobalOptions, opts: InitOptions): Promise<void> {
  const ctx = makeContext(g);
  const tools = await fileTools();
  refuseExisting(ctx.dir, tools);
  await confirmPlace(ctx, opts, tools);
  // In January the reflection is about the year just ended (SPEC §1: reflect on the past year).
  const year = reflectionYear(ctx.today);
  const given = answersFromFlags(opts, year);
  let answers: ProfileAnswers;
  if (ctx.canPrompt(opts.yes)) {
    const { askProfile } = await import('../prompts/init.js');
    answers = await askProfile(given, { name: await defaultName(ctx), year }, ctx.out);
  } else {
    answers = withDefaults(given, Boolean(opts.yes), year, given.name ? undefined : await defaultName(ctx));
  }
  // Everything init creates is private from the start, .git and what git puts in it included.
  const umask = process.umask(0o077);
  try {
    await createJournal(ctx, answers, tools);
  } finally {
    process.umask(umask);
  }
  ctx.say(`\nYour journal is ready in ${ctx.dir}`);
  const added = ctx.canPrompt(opts.yes) ? await offerGoals(ctx, opts.goals) : 0;
  if (added === 0) {
    ctx.out('Next: set 2-4 goals that work backward from your vision, starting with the long-term one:');
    ctx.out('  career goal add');
  } else {
    ctx.say(`\n${added} goal${added === 1 ? '' : 's'} set. See them with \`career goal list\`; check in weekly with \`career checkin\`.`);
  }
}

/** The goal wizard for 2-4 goals, long-term first, each one a commit of its own. */
async function offerGoals(ctx: Context, given: boolean | undefined): Promise<number> {
  const { goalAnswers, saveNewGoal } = await import('./goal-add.js');
  const { requireJournal } = await import('../store/journal.js');
  if (!(await offer(ctx, given, 'Set your first goals now? (2-4 goals, about 5 minutes each)', true))) return 0;
  ctx.out('Work backward from your vision: start with the long-term goal, then the steps toward it.');
  let added = 0;
  while (added < 4) {
    const journal = await requireJournal(ctx.dir, GOALS_ONLY);
    // Working backward, as just said: the first goal starts on long-term, the next on mid, then short.
    const suggested = (['long', 'mid'] as const)[added] ?? 'short';
    const id = await saveNewGoal(ctx, await goalAnswers(ctx, journal, {}, undefined, suggested));
    added++;
    ctx.say(`Saved ${id}.`);
    if (added < 4 && !(await offer(ctx, undefined, added < 2 ? 'Add the next goal? (2-4 make a plan)' : 'Add another goal?', added < 2))) break;
  }
  return added;
}
