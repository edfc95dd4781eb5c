// What every command gets: the journal directory, today's date, and how it may talk to the
// person. `today` enters here, once (CAREER_TODAY or the clock), and is passed down.
import { paint } from '../render/paint.js';
import { resolveToday } from '../core/dates.js';
import { terminalSafe } from '../render/safe.js';
import { resolveJournalDir } from '../store/paths.js';

export interface GlobalOptions {
  dir?: string;
  color: boolean;
  git: boolean;
  /** The command as typed, without global options (`career goal progress`), for the lock's owner. */
  command?: string;
}

export interface Context {
  dir: string;
  today: string;
  /** False with --no-git or CAREER_NO_GIT=1: files are saved, nothing is committed. */
  git: boolean;
  env: NodeJS.ProcessEnv;
  command: string;
  /** Whether prompts may be shown: stdin and stdout are terminals and --yes was not given. */
  canPrompt: (yes?: boolean) => boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function makeContext(g: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Context {
  return {
    dir: resolveJournalDir(g.dir, env),
    today: resolveToday(env.CAREER_TODAY, new Date()),
    git: g.git !== false && env.CAREER_NO_GIT !== '1',
    env,
    command: g.command ?? 'career',
    canPrompt: (yes) => !yes && Boolean(process.stdin.isTTY && process.stdout.isTTY),
    // Every line a command prints passes terminalSafe: a control character in user text that a
    // renderer forgot to escape is still shown as an escape, never obeyed by the terminal.
    out: (text) => { process.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`, paint().level > 0)); },
    err: (text) => { process.stderr.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`, paint().level > 0)); },
  };
}
