// Every screen wraps long text at word boundaries (issue 16.2), end to end on the built CLI in
// process: `log`, `report`, `journal list`, `goal show`, `review --facts`, the check-in summary and
// `career` itself, at 60 and 80 columns (piped, the width is $COLUMNS, else 80): no line is
// wider than the width and no word of the person's text is split. JSON and Markdown never wrap.
import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { initJournal, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const TITLE = 'Become the person the platform group trusts with its hardest cross-team migrations';
const WIN = 'The pilot team went live two weeks early with no incidents at all, which nobody in the steering group expected';
const BLOCKER = 'Staging access took three days because the request sat in an approval queue nobody was watching';
const FOCUS = 'Write the rollout plan for the remaining seven sales teams and share it with the steering group';
const REASON = 'the steering group asked for a date that the regional sales leads can plan their quarter around';
const NAME = 'Maximiliana Alexandrovna Konstantinopoulou de la Cruz Fernández';

async function ok(args: string[], env: Env): Promise<RunResult> {
  const r = await career(args, env);
  expect(r.code, `career ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** No line wider than `cols`; every word of each text (those that fit a line) whole on some line. */
function fits(out: string, cols: number, texts: readonly string[]): void {
  const lines = out.split('\n');
  for (const line of lines) expect(stringWidth(line), `${stringWidth(line)} > ${cols}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(cols);
  const words = new Set(lines.flatMap((l) => l.split(/\s+/)));
  for (const text of texts) {
    for (const word of text.split(' ')) expect(words.has(word) || [...words].some((w) => w.includes(word) && /^[("“#]|[)”,.:]$/.test(w)), `"${word}" is split`).toBe(true);
  }
  // The texts are long: they really were wrapped, not printed on one line.
  expect(lines.some((l) => stringWidth(l) > cols - 12), 'some line is nearly full').toBe(true);
}

let env: Env;
let id: string;

beforeAll(async () => {
  ({ env } = initJournal(['--name', NAME]));
  id = (await ok(['goal', 'add', '--yes', '--title', TITLE, '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10', '--why', WIN], env)).stdout.trim().split('\n').pop()!;
  await ok(['goal', 'edit', id, '--deadline', '2027-09-30', '--reason', REASON], env);
  await ok(['checkin', '--yes', '--progress', `${id}=3`, '--win', WIN, '--blocker', BLOCKER, '--focus', FOCUS, '--energy', '4'], env);
  await ok(['journal', 'add', '--kind', 'win', '--tag', 'pilot', '--goal', id, WIN], env);
});

/** Run with stdout and stderr as terminals `cols` wide: messages wrap only there (piped, one line each). */
async function onTerminal<T>(cols: number, fn: () => Promise<T>): Promise<T> {
  const saved = [process.stdout.isTTY, process.stdout.columns, process.stderr.isTTY, process.stderr.columns] as const;
  process.stdout.isTTY = true; process.stdout.columns = cols; process.stderr.isTTY = true; process.stderr.columns = cols;
  try {
    return await fn();
  } finally {
    [process.stdout.isTTY, process.stdout.columns, process.stderr.isTTY, process.stderr.columns] = saved as unknown as [boolean, number, boolean, number];
  }
}

describe.each([60, 80])('at %i columns', (cols) => {
  const at = () => ({ ...env, COLUMNS: String(cols) });

  it('career log wraps long messages under themselves, the hash kept whole', async () => {
    const out = (await ok(['log'], at())).stdout;
    // A subject as git keeps it (a long one is cut to a subject's length, with an ellipsis).
    const subject = (JSON.parse((await ok(['log', '--json'], env)).stdout) as { message: string }[]).at(-1)!.message.replace(/\S*…$/, '');
    expect(subject).toContain('init: career journal for Maximiliana');
    fits(out, cols, [subject.trim()]);
    expect(out).toMatch(/^ {12}\S/m); // a continuation line, under the message
    expect(out).toMatch(/\([0-9a-f]{7}\)$/m);
  });

  it('career report wraps goal titles, wins and blockers in their columns', async () => {
    const out = (await ok(['report'], at())).stdout;
    fits(out, cols, [TITLE, WIN, BLOCKER]);
    expect(out).toMatch(/^ {2}Become the person/m);
  });

  it('career journal list, goal show and review --facts wrap the person\'s text', async () => {
    fits((await ok(['journal', 'list'], at())).stdout, cols, [WIN, '#pilot']);
    fits((await ok(['goal', 'show', id], at())).stdout, cols, [TITLE.split(' ').slice(0, 3).join(' '), WIN]);
    fits((await ok(['review', 'monthly', '--facts'], at())).stdout, cols, [WIN]);
  });

  it('goal progress wraps its line under the goal\'s id on a terminal, the numbers kept whole', async () => {
    const value = cols === 60 ? '4' : '5';
    const out = (await onTerminal(cols, () => ok(['goal', 'progress', id, value, '--note', 'another team live'], env))).stdout;
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(cols);
    // After the notice that today's earlier value (the check-in's) was replaced.
    const joined = out.replace(/\n {2}/g, ' ');
    const line = joined.slice(joined.indexOf(`${id}: `));
    expect(line).toMatch(new RegExp(`^${id}: teams \\S+ -> ${value} of 10 \\(\\d+%\\), \\S+`));
  });

  it('goal add --yes wraps its SMART check on a terminal, each hint under its column', async () => {
    const r = await onTerminal(cols, () => ok(['goal', 'add', '--yes', '--title', `${TITLE} ${cols}`, '--deadline', '2027-06-30'], env));
    for (const line of r.stderr.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(cols);
    expect(r.stderr).toMatch(/^ {2}✗ Measurable {2}\S/m);
    expect(r.stderr).toMatch(/^ {16}\S/m); // a hint's continuation, under the hint
  });

  it('what a write says (milestone add and done, goal step) wraps on a terminal', async () => {
    for (const args of [
      ['milestone', 'add', id, `Pilot with the first team at ${cols}`, '--due', '2027-01-15'],
      ['milestone', 'done', id, `pilot-with-the-first-team-at-${cols}`],
      ['goal', 'step', id, 'add', `${FOCUS} at ${cols}`],
    ]) {
      const out = (await onTerminal(cols, () => ok(args, env))).stdout;
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(cols);
      expect(out.trim().split('\n').length, out).toBeGreaterThan(1);
    }
  });

  it('the check-in summary and `career` (what now) wrap too', async () => {
    const checkin = (await ok(['checkin', '--yes', '--week', '2026-W46', '--focus', FOCUS], at())).stdout;
    for (const line of checkin.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(cols);
    fits((await ok([], at())).stdout, cols, [FOCUS]);
  });
});

describe('what never wraps', () => {
  it('JSON and Markdown keep each text on one line whatever the width', async () => {
    const narrow = { ...env, COLUMNS: '60' };
    expect((await ok(['report', '--format', 'markdown'], narrow)).stdout).toContain(WIN);
    expect((await ok(['journal', 'list', '--json'], narrow)).stdout).toContain(WIN);
    expect((await ok(['goal', 'show', id, '--json'], narrow)).stdout).toContain(TITLE);
  });

  it('piped, what a write says stays one line, a long path or word whole (for scripts)', async () => {
    const out = (await ok(['milestone', 'add', id, 'A milestone whose title runs on past the width', '--due', '2027-02-01'], { ...env, COLUMNS: '60' })).stdout;
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toContain(`to ${id}, due 2027-02-01.`);
    expect(stringWidth(out.trim())).toBeGreaterThan(60);
  });

  it('piped without COLUMNS, human text wraps to 80', async () => {
    const out = (await ok(['journal', 'list'], env)).stdout;
    expect(Math.max(...out.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    expect(out).not.toContain(WIN);
  });
});
