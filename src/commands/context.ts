// What every command gets: the journal directory, today's date, and how it may talk to the
// person. `today` enters here, once (CAREER_TODAY or the clock), and is passed down.
import { paint } from '../render/paint.js';
import { pad, resolveToday } from '../core/dates.js';
import { localeIsUtf8, toAscii } from '../render/ascii.js';
import { terminalSafe } from '../render/safe.js';
import { messageWidth } from '../render/text.js';
import { wrapLines } from '../render/wrap.js';
import { resolveJournalDir } from '../store/index.js';
import { paged } from './answer-sink.js';

export interface GlobalOptions {
  dir?: string;
  /** false with --no-color; auto, always or never with --color=WHEN (applied in cli.ts). */
  color: boolean | string;
  git: boolean;
  /** The command as typed, without global options (`career goal progress`), for the lock's owner. */
  command?: string;
  /** --ascii: no drawing characters (also when the locale is not UTF-8). */
  ascii?: boolean;
  /** false with --no-pager. */
  pager?: boolean;
}

export interface Context {
  dir: string;
  today: string;
  /** `HH:MM` on the clock that gave `today`; none when CAREER_TODAY sets the day. */
  time?: string;
  /** False with --no-git or CAREER_NO_GIT=1: files are saved, nothing is committed. */
  git: boolean;
  env: NodeJS.ProcessEnv;
  command: string;
  /** Whether prompts may be shown: stdin and stdout are terminals and --yes was not given. */
  canPrompt: (yes?: boolean) => boolean;
  out: (text: string) => void;
  /** A sentence or two for the person: as out, wrapped at word boundaries on a terminal (text.ts messageWidth); piped, one line. */
  say: (text: string) => void;
  err: (text: string) => void;
  /** Long output: through the pager on a terminal (pager.ts), else as out. */
  page: (text: string) => Promise<void>;
}

/**
 * What a screen may hold: terminalSafe always, and ASCII stand-ins for the drawing characters
 * with --ascii or a non-UTF-8 locale. JSON is data, not a screen: its text is never changed.
 */
function screenText(text: string, ascii: boolean): string {
  const safe = terminalSafe(text.endsWith('\n') ? text : `${text}\n`, paint().level > 0);
  if (!ascii || isJson(safe)) return safe;
  return toAscii(safe);
}

function isJson(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  try { JSON.parse(text); return true; } catch { return false; }
}

export function makeContext(g: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Context {
  const ascii = g.ascii === true || !localeIsUtf8(env);
  const clock = new Date(); // the one clock: the day and the time of day come from the same reading
  return {
    dir: resolveJournalDir(g.dir, env),
    today: resolveToday(env.CAREER_TODAY, clock),
    ...(env.CAREER_TODAY ? {} : { time: `${pad(clock.getHours(), 2)}:${pad(clock.getMinutes(), 2)}` }),
    git: g.git !== false && env.CAREER_NO_GIT !== '1',
    env,
    command: g.command ?? 'career',
    canPrompt: (yes) => !yes && Boolean(process.stdin.isTTY && process.stdout.isTTY),
    // Every line a command prints passes terminalSafe: a control character in user text that a
    // renderer forgot to escape is still shown as an escape, never obeyed by the terminal.
    out: (text) => { process.stdout.write(screenText(text, ascii)); },
    say: (text) => { process.stdout.write(screenText(wrapLines(text.split('\n'), messageWidth()).join('\n'), ascii)); },
    err: (text) => { process.stderr.write(screenText(text, ascii)); },
    page: async (text) => {
      const { throughPager } = await import('./pager.js');
      const screen = screenText(text, ascii);
      if (await throughPager(screen, env, g.pager === false)) paged(screen);
      else process.stdout.write(screen);
    },
  };
}
