// The command tree: global options and one declaration per command (its module is imported
// only when it runs). Loaded only when commander parses a command line: the reads that
// program-direct.ts recognises go straight to their command without it.
import { Command, Option } from './vendor/commander.js';
import { version } from './version.js';
import { collect, goalCommands, lazy, milestoneCommands } from './program-goals.js';

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
    .action(lazy(async () => (await import('./commands/now.js')).run));

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
    .action(lazy(async () => (await import('./commands/init.js')).run));

  program.command('where')
    .description('print the journal directory')
    .option('--json', 'as JSON')
    .action(lazy(async () => (await import('./commands/where.js')).run));

  program.command('doctor')
    .description('check every file of the journal; print each problem as path:line:col')
    .option('--json', 'problems as JSON')
    .action(lazy(async () => (await import('./commands/doctor.js')).run));

  goalCommands(program);
  milestoneCommands(program);

  program.command('checkin').description('the weekly check-in for this ISO week (re-running edits it, pre-filled)')
    .option('--week <GGGG-Www>', 'back-fill an earlier week')
    .option('--progress <id=value>', 'a goal\'s metric value (repeatable)', collect)
    .option('--status <id=status>', 'on-track | at-risk | off-track | blocked (repeatable)', collect)
    .option('--note <id=text>', 'a note on a goal (repeatable)', collect)
    .option('--milestone <goal=milestone>', 'a milestone completed this week (repeatable)', collect)
    .option('--step-done <goal=step>', 'an open step finished this week, by its number or text (repeatable)', collect)
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
    .action(lazy(async () => (await import('./commands/checkin.js')).run));

  const journal = program.command('journal').description('dated journal entries: notes, wins, learnings, frustrations, feedback');
  journal.command('add [text...]').description('add an entry (no text on a terminal opens $EDITOR; - reads it from stdin)')
    .option('--kind <kind>', 'note | win | learning | frustration | feedback', 'note')
    .option('--goal <id>', 'the goal it is about')
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--date <date>', 'the day it belongs to (default today)')
    .action(lazy(async () => (await import('./commands/entry-add.js')).add));
  journal.command('list').description('entries, newest first')
    .option('--since <date>', 'from this day').option('--until <date>', 'up to this day')
    .option('--kind <kind>', 'only this kind').option('--goal <id>', 'only about this goal')
    .option('--tag <tag>', 'only with this tag').option('--search <text>', 'text to look for')
    .option('-n, --limit <count>', 'at most this many entries').option('--json', 'as JSON')
    .action(lazy(async () => (await import('./commands/entry-list.js')).list));

  program.command('import <format> <file>').description('entries from jrnl\'s JSON export (jrnl) or a CSV of date,kind,text,goal,tags (csv); a dry run unless --apply')
    .option('--apply', 'write them: one commit; entries already in the journal are skipped')
    .action(lazy(async () => (await import('./commands/import.js')).run));

  program.command('review <kind>').description('a guided monthly, quarterly or annual review, after that period\'s facts')
    .option('--period <period>', '2026-11 or last-month (monthly), 2026-Q4 or last-quarter (quarterly), 2026 or last-year (annual)')
    .option('--answer <id=text>', 'an answer to one question of the set, by its id (repeatable)', collect)
    .option('--facts', 'only show the period\'s facts; ask and save nothing')
    .option('--deadline <goal=date>', 'annual: a goal\'s new deadline, saved as a revision (repeatable)', collect)
    .option('--deadlines', 'annual: readjust deadlines goal by goal without asking first').option('--no-deadlines', 'annual: do not offer to readjust deadlines')
    .option('--reason <text>', 'annual: why the deadlines moved (kept in each goal\'s history)')
    .option('--vision <text>', 'annual: your new vision statement').option('--no-vision', 'annual: keep the vision without asking')
    .option('--rate <skill=1-5>', 'annual: re-rate a skill of career.yaml (repeatable)', collect).option('--no-rate', 'annual: keep the skill ratings without asking')
    .option('-y, --yes', 'never prompt: answers come from --answer (and, for annual, the flags above)')
    .option('--json', 'with --facts: the facts as JSON')
    .action(lazy(async () => (await import('./commands/review.js')).run));

  program.command('report').description('the progress report: goals, pace, milestones, priorities, rhythm, wins')
    .option('--period <period>', 'week | month | quarter | year | all | last-week | last-month | last-quarter | last-year | 2026 | 2026-Q4 | 2026-11 | 2026-W47 | YYYY-MM-DD | SINCE..UNTIL (default: this quarter)')
    .option('--format <format>', 'terminal | markdown | json | html (one page with pictures)', 'terminal')
    .option('--goal <id>', 'only this goal and the goals under it')
    .option('--demo', 'show the sample journal that ships with career (no set-up needed)')
    .option('--json', 'same as --format json')
    .action(lazy(async () => (await import('./commands/report.js')).run));

  program.command('share').description('this week\'s accountability status for your partner, as Markdown: Progress, Plans, Problems')
    .option('--week <GGGG-Www>', 'another week than this one')
    .option('--out <file>', 'write it to a file instead of the screen')
    .action(lazy(async () => (await import('./commands/share.js')).run));

  program.command('export <format>')
    .description('export the journal: ics (milestones, deadlines and a weekly check-in reminder), json (everything), markdown (the plan), html (the report with pictures, this quarter unless --period)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .option('--period <period>', 'html: the period of the report, as report --period takes it (default: this quarter)')
    .option('--goal <id>', 'html: only this goal and the goals under it')
    .action(lazy(async () => (await import('./commands/export.js')).run));

  program.command('schema [kind]').description('the JSON Schema of a kind of file (profile, goal, checkin, journal, review), for editors')
    .option('--path', 'print where the shipped schema file is instead of its text')
    .action(lazy(async () => (await import('./commands/schema.js')).run));

  program.command('completion <shell>').description('the Tab completion script for bash, zsh or fish (see README for the install line)')
    .action(lazy(async () => (await import('./commands/completion.js')).run));

  program.command('sync').description('pull --rebase, then push, with the journal\'s git remote; conflicts are reported by file')
    .option('--remote <url>', 'set the remote (origin) to this URL or path first')
    .action(lazy(async () => (await import('./commands/sync.js')).sync));
  program.command('clone <url>').description('the journal from its git remote, on a second machine: checked out, checked and private')
    .action(lazy(async () => (await import('./commands/clone.js')).run));
  program.command('log [goal]').description('the git history of the plan, or of one goal, with what each commit changed')
    .option('-n, --limit <count>', 'at most this many commits')
    .option('--json', 'as JSON')
    .action(lazy(async () => (await import('./commands/log.js')).log));

  return program;
}
