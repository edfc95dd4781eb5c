// The commands: global options, one declaration per command (its module is imported only when
// it runs), and the one place errors become exit codes: 0 success, 1 something the person can
// fix, 2 a usage mistake.
import { createRequire } from 'node:module';
import type { Command as CommandType } from 'commander';
import { version } from './version.js';
import type { GlobalOptions } from './commands/context.js';
import { beginRun } from './commands/saved.js';

// commander is CommonJS: required as such, it skips the ES-module wrapper and its export scan.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof import('commander');
type Command = CommandType;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Import a command module only when it runs, and hand it the options and global options. */
type Handler = (g: GlobalOptions, ...args: never[]) => Promise<number | void>;

/**
 * Import a command module only when it runs and call its `name` export with the global options,
 * the positional arguments and the command's options. It may return an exit code (doctor, lint).
 */
function lazy(load: () => Promise<object>, name = 'run') {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2);
    const mod = (await load()) as Record<string, Handler>;
    const names: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
    const g = { ...cmd.optsWithGlobals(), command: names.join(' ') } as GlobalOptions;
    const code = await (mod[name] as (...a: unknown[]) => Promise<number | void>)(g, ...positional, cmd.opts());
    if (typeof code === 'number') process.exitCode = code;
  };
}

/** The field flags shared by `goal add` and `goal edit` (SPEC §3). */
function goalFieldOptions(cmd: Command): Command {
  return cmd
    .option('--title <text>', 'what you want to achieve (at least 3 words)')
    .option('--type <type>', 'development | position | networking | balance | entrepreneurial | other')
    .option('--horizon <h>', 'short (this year) | mid (2-5 years) | long (5-10+ years)')
    .option('--why <text>', 'why it matters: a motivation, a value, an industry trend or a need')
    .option('--deadline <date>', 'YYYY-MM-DD, YYYY-MM, "in 6 months", "end of Q2", "end of year", "next friday"')
    .option('--metric <name>', 'what you measure, e.g. "teams onboarded"')
    .option('--unit <unit>', 'the metric\'s unit')
    .option('--start <n>', 'the metric\'s value today (default 0)')
    .option('--target <n>', 'the metric\'s target')
    .option('--parent <id>', 'the longer-term goal this one serves')
    .option('--important', 'important (Eisenhower)')
    .option('--no-important', 'not important')
    .option('--urgent', 'urgent (Eisenhower)')
    .option('--no-urgent', 'not urgent')
    .option('--value <value>', 'one of your profile values this goal serves (repeatable)', collect)
    .option('--milestone <"title@date">', 'a milestone with its due date (repeatable)', collect)
    .option('--step <text>', 'an action step (repeatable)', collect)
    .option('--helper <who>', 'someone who can help (repeatable)', collect)
    .option('--resource <text>', 'a resource you need (repeatable)', collect)
    .option('--habit <text>', 'a skill or habit to build (repeatable)', collect)
    .option('--risk <"scenario => contingency">', 'a risk and your plan for it (repeatable)', collect);
}

export function buildProgram(): Command {
  const program = new Command('career')
    .description('A career journal: vision, values, SMART goals, weekly check-ins and honest progress reports, as YAML in git.')
    .version(version(), '-V, --version')
    .option('--dir <path>', 'journal directory (default: $CAREER_HOME, else $XDG_DATA_HOME/career, else ~/.local/share/career)')
    .addOption(new Option('--color <when>', 'colours: auto (on a terminal), always, never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'plain output without colours (also NO_COLOR)')
    .option('--ascii', 'ASCII instead of bars, sparklines and box lines (automatic when the locale is not UTF-8)')
    .option('--no-git', 'save files without committing them to git')
    .option('--no-pager', 'never page long output (also CAREER_PAGER=cat or PAGER=cat)')
    .showSuggestionAfterError()
    .exitOverride();

  // `career` alone runs this (see runProgram); it is hidden because nobody types its name.
  program.command('now', { hidden: true }).description('what to do now')
    .option('--json', 'as JSON')
    .action(lazy(() => import('./commands/now.js')));

  program.command('init')
    .description('start your journal: reflection, values, skills, relationships, vision, check-in day')
    .option('--name <name>', 'your name')
    .option('--vision <text>', 'your vision statement: the long-term career you want, in a sentence or two')
    .option('--values <list>', 'your top 3 career values, comma-separated')
    .option('--passions <list>', 'top 3 passions, comma-separated')
    .option('--talents <list>', 'top 2 gifts or talents, comma-separated')
    .option('--strengths <list>', 'strengths, comma-separated')
    .option('--weaknesses <list>', 'weaknesses, comma-separated')
    .option('--skill <name:kind:rating>', 'a skill, e.g. "TypeScript:hard:4" (repeatable)', collect)
    .option('--relationship <"name (role) => action">', 'a key relationship and one action (repeatable)', collect)
    .option('--proud <text>', 'an accomplishment of the past year you are proud of (repeatable)', collect)
    .option('--challenge <text>', 'the biggest challenge of the past year')
    .option('--handled <text>', 'how you handled that challenge')
    .option('--new-skill <text>', 'a skill you learned this year (repeatable)', collect)
    .option('--out-of-depth <text>', 'where you felt out of your depth')
    .option('--missed <text>', 'an opportunity you missed')
    .addOption(new Option('--checkin-day <day>', 'weekday of your weekly check-in').default(undefined, 'friday'))
    .option('--partner <"name <contact>">', 'your accountability partner')
    .option('-y, --yes', 'accept defaults for everything not given; never prompt')
    .option('--force', 'start the journal even in /, your home folder, or a folder holding other files')
    .option('--goals', 'then go on to the goal wizard without asking').option('--no-goals', 'do not offer the goal wizard')
    .action(lazy(() => import('./commands/init.js')));

  program.command('where')
    .description('print the journal directory')
    .option('--json', 'as JSON')
    .action(lazy(() => import('./commands/where.js')));

  program.command('doctor')
    .description('check every file of the journal; print each problem as path:line:col')
    .option('--json', 'problems as JSON')
    .action(lazy(() => import('./commands/doctor.js')));

  const goal = program.command('goal').description('SMART goals: add, list, show, edit, progress, done, drop, lint');
  goalFieldOptions(goal.command('add [sentence]').description('the SMART goal wizard (or flags); a goal sentence pre-fills its target, unit, deadline and type; prints the new id'))
    .option('-y, --yes', 'never prompt; --title and --deadline are then required')
    .action(lazy(() => import('./commands/goal-add.js')));
  goal.command('list').description('active goals with progress and pace')
    .option('--all', 'include done and dropped goals').option('--json', 'as JSON')
    .action(lazy(() => import('./commands/goal-read.js'), 'list'));
  goal.command('show <id>').description('everything about one goal')
    .option('--json', 'as JSON').action(lazy(() => import('./commands/goal-read.js'), 'show'));
  goalFieldOptions(goal.command('edit <id>').description('change fields (lists append); no flags on a terminal opens $EDITOR'))
    .option('--reason <text>', 'why you changed it (kept in its history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(() => import('./commands/goal-change.js'), 'edit'));
  goal.command('progress <id> <value>').description('record the metric\'s value today')
    .option('--note <text>', 'a note with the value')
    .action(lazy(() => import('./commands/goal-change.js'), 'progress'));
  goal.command('done <id>').description('complete a goal (how will you celebrate? what comes next?)')
    .option('--celebrate <text>', 'how you will celebrate').option('--next <text>', 'what comes next')
    .option('--open-milestones <what>', 'what to do with milestones still open: done | drop | keep (default keep)')
    .option('--next-goal', 'then set up the next goal without asking').option('--no-next-goal', 'do not offer to set up the next goal')
    .option('-y, --yes', 'never prompt')
    .action(lazy(() => import('./commands/goal-change.js'), 'done'));
  goal.command('drop <id>').description('abandon a goal, keeping the reason')
    .option('--reason <text>', 'why you are dropping it').option('-y, --yes', 'never prompt')
    .action(lazy(() => import('./commands/goal-change.js'), 'drop'));
  goal.command('step <goal> <action> [what...]').description('action steps: `step <goal> add <text>` adds one, `step <goal> done <step>` ticks one off (by number or whole text)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .action(lazy(() => import('./commands/goal-step.js')));
  goal.command('lint [id]').description('the SMART check for one or all active goals; exit 1 if any fails')
    .option('--json', 'as JSON').action(lazy(() => import('./commands/goal-read.js'), 'lint'));

  const milestone = program.command('milestone').description('milestones of a goal');
  milestone.command('add <goal> <title>').description('add a milestone')
    .option('--due <date>', 'its due date (YYYY-MM-DD or a phrase)')
    .action(lazy(() => import('./commands/milestone.js'), 'add'));
  milestone.command('done <goal> <milestone>').description('complete a milestone (by id, unique id prefix, or whole title)')
    .action(lazy(() => import('./commands/milestone.js'), 'done'));
  milestone.command('edit <goal> <milestone>').description('reschedule or rename a milestone (a revision with --reason)')
    .option('--due <date>', 'the new due date (YYYY-MM-DD or a phrase)')
    .option('--title <text>', 'the new title (its id stays)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(() => import('./commands/milestone.js'), 'edit'));
  milestone.command('undo <goal> <milestone>').description('open a milestone marked done by mistake again')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'never prompt')
    .action(lazy(() => import('./commands/milestone.js'), 'undo'));
  milestone.command('rm <goal> <milestone>').description('remove a milestone (the goal\'s revisions keep what it was)')
    .option('--reason <text>', 'why (kept in the goal\'s history)')
    .option('-y, --yes', 'remove without asking')
    .action(lazy(() => import('./commands/milestone.js'), 'rm'));

  program.command('checkin').description('the weekly check-in for this ISO week (re-running edits it, pre-filled)')
    .option('--week <GGGG-Www>', 'back-fill an earlier week')
    .option('--progress <id=value>', 'a goal\'s metric value (repeatable)', collect)
    .option('--status <id=status>', 'on-track | at-risk | off-track | blocked (repeatable)', collect)
    .option('--note <id=text>', 'a note on a goal (repeatable)', collect)
    .option('--milestone <goal=milestone>', 'a milestone completed this week (repeatable)', collect)
    .option('--focus-done <text>', 'one of last week\'s focus items you finished (repeatable)', collect)
    .option('--win <text>', 'a win (repeatable)', collect)
    .option('--learning <text>', 'something you learned (repeatable)', collect)
    .option('--blocker <text>', 'a frustration or blocker (repeatable)', collect)
    .option('--feedback <text>', 'feedback you received (repeatable)', collect)
    .option('--energy <1-5>', 'your energy this week')
    .option('--focus <text>', 'one of next week\'s top 3 focus items (repeatable)', collect)
    .option('--answer <id=text>', 'an answer to a question your own check-in template adds (repeatable)', collect)
    .option('-y, --yes', 'never prompt: answers come from flags (and, on a re-run, what was saved)')
    .option('--json', 'with --yes: the saved check-in and its summary (streak, missed weeks, goals behind) as JSON')
    .option('--due', 'ask nothing: exit 0 when this week\'s check-in is due (from your check-in day), 1 when not (for cron and prompts)')
    .option('--review', 'then review the month or quarter just ended without asking').option('--no-review', 'do not offer that review')
    .option('--backfill', 'then back-fill the latest missed week without asking').option('--no-backfill', 'do not offer back-fills')
    .action(lazy(() => import('./commands/checkin.js')));

  const journal = program.command('journal').description('dated journal entries: notes, wins, learnings, frustrations, feedback');
  journal.command('add [text...]').description('add an entry (no text on a terminal opens $EDITOR; - reads it from stdin)')
    .option('--kind <kind>', 'note | win | learning | frustration | feedback', 'note')
    .option('--goal <id>', 'the goal it is about')
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--date <date>', 'the day it belongs to (default today)')
    .action(lazy(() => import('./commands/journal.js'), 'add'));
  journal.command('list').description('entries, newest first')
    .option('--since <date>', 'from this day').option('--until <date>', 'up to this day')
    .option('--kind <kind>', 'only this kind').option('--goal <id>', 'only about this goal')
    .option('--tag <tag>', 'only with this tag').option('--search <text>', 'text to look for')
    .option('-n, --limit <count>', 'at most this many entries').option('--json', 'as JSON')
    .action(lazy(() => import('./commands/journal-list.js'), 'list'));

  program.command('import <format> <file>').description('entries from jrnl\'s JSON export (jrnl) or a CSV of date,kind,text,goal,tags (csv); a dry run unless --apply')
    .option('--apply', 'write them: one commit; entries already in the journal are skipped')
    .action(lazy(() => import('./commands/import.js')));

  program.command('review <kind>').description('a guided monthly, quarterly or annual review, after that period\'s facts')
    .option('--period <period>', '2026-11 or last-month (monthly), 2026-Q4 or last-quarter (quarterly), 2026 or last-year (annual)')
    .option('--answer <id=text>', 'an answer to one question of the set, by its id (repeatable)', collect)
    .option('--facts', 'only show the period\'s facts; ask and save nothing')
    .option('-y, --yes', 'never prompt: answers come from --answer')
    .option('--json', 'with --facts: the facts as JSON')
    .action(lazy(() => import('./commands/review.js')));

  program.command('report').description('the progress report: goals, pace, milestones, priorities, rhythm, wins')
    .option('--period <period>', 'week | month | quarter | year | all | last-week | last-month | last-quarter | last-year | 2026 | 2026-Q4 | 2026-11 | 2026-W47 | YYYY-MM-DD | SINCE..UNTIL (default: this quarter)')
    .option('--format <format>', 'terminal | markdown | json', 'terminal')
    .option('--goal <id>', 'only this goal and the goals under it')
    .option('--demo', 'show the sample journal that ships with career (no set-up needed)')
    .option('--json', 'same as --format json')
    .action(lazy(() => import('./commands/report.js')));

  program.command('share').description('this week\'s accountability status for your partner, as Markdown: Progress, Plans, Problems')
    .option('--week <GGGG-Www>', 'another week than this one')
    .option('--out <file>', 'write it to a file instead of the screen')
    .action(lazy(() => import('./commands/share.js')));

  program.command('export <format>')
    .description('export the journal: ics (milestones, deadlines and a weekly check-in reminder), json (everything), markdown (the plan)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .action(lazy(() => import('./commands/export.js')));

  program.command('schema [kind]').description('the JSON Schema of a kind of file (profile, goal, checkin, journal, review), for editors')
    .option('--path', 'print where the shipped schema file is instead of its text')
    .action(lazy(() => import('./commands/schema.js')));

  program.command('completion <shell>').description('the Tab completion script for bash, zsh or fish (see README for the install line)')
    .action(lazy(() => import('./commands/completion.js')));

  program.command('sync').description('pull --rebase, then push, with the journal\'s git remote; conflicts are reported by file')
    .option('--remote <url>', 'set the remote (origin) to this URL or path first')
    .action(lazy(() => import('./commands/sync.js'), 'sync'));
  program.command('clone <url>').description('the journal from its git remote, on a second machine: checked out, checked and private')
    .action(lazy(() => import('./commands/clone.js')));
  program.command('log [goal]').description('the git history of the plan, or of one goal, with what each commit changed')
    .option('-n, --limit <count>', 'at most this many commits')
    .option('--json', 'as JSON')
    .action(lazy(() => import('./commands/log.js'), 'log'));

  return program;
}

/** Run the program on `argv` and turn whatever happened into an exit code (undefined: the command's own). */
/**
 * `career` with no command (global options and `--json` only) is the "what now" view: the argv
 * gets its hidden command. Anything else, `--help` included, is left to commander.
 */
export function withDefaultCommand(argv: string[]): string[] {
  const args = argv.slice(2);
  let json = false;
  const globals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--no-color' || a === '--no-git' || a.startsWith('--dir=')) globals.push(a);
    else if (a === '--dir' && i + 1 < args.length) globals.push(a, args[++i]!);
    else return argv;
  }
  return [...argv.slice(0, 2), ...globals, 'now', ...(json ? ['--json'] : [])];
}

export async function runProgram(argv: string[]): Promise<number | undefined> {
  beginRun();
  try {
    await buildProgram().parseAsync(withDefaultCommand(argv));
    return undefined;
  } catch (err) {
    return report(err);
  }
}

async function report(err: unknown): Promise<number> {
  if (err instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  const { printError } = await import('./commands/errors.js');
  return printError(err);
}
