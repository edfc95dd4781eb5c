// Plain modes (SPEC §3): `--ascii`, and automatically a non-UTF-8 locale (LANG=C, LC_ALL=POSIX),
// give bars, the chart and marks in ASCII with the columns where they were; JSON stays as it
// is. `--color=auto|always|never` as git has it, always winning over NO_COLOR and a pipe.
import { describe, expect, it } from 'vitest';
import { career as spawnCareer, journalFixture } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const GOAL = 'ship-the-pilot-to-ten-teams';
const NON_ASCII_DRAWING = /[█░▏▎▍▌▋▊▉▁▂▃▄▅▆▇─│┤├└●·✓✗→…]/;
// eslint-disable-next-line no-control-regex
const ESC = /\u001b\[/;

function journal() {
  return journalFixture('plain-modes', (j) => {
    for (const args of [
      ['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10', '--important'],
      ['goal', 'progress', GOAL, '3'],
      ['journal', 'add', '--kind', 'win', 'Pilot → live … at last'],
    ]) {
      const r = spawnCareer(args, j.env);
      if (r.code !== 0) throw new Error(r.stderr);
    }
  });
}

describe('--ascii and non-UTF-8 locales', () => {
  it.each([
    ['--ascii', ['--ascii'], {}],
    ['LANG=C', [], { LANG: 'C' }],
    ['LC_ALL=POSIX over a UTF-8 LANG', [], { LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' }],
    ['a Latin-1 locale', [], { LANG: 'de_DE.ISO-8859-1' }],
  ])('%s: report and goal show draw in ASCII, aligned as in UTF-8', async (_name, flags, locale) => {
    const { env } = journal();
    const utf8 = { ...env, LANG: 'en_US.UTF-8' };
    for (const args of [['report'], ['goal', 'show', GOAL], ['journal', 'list']]) {
      const fancy = await career(args, utf8);
      const plain = await career([...flags, ...args], { ...env, ...locale });
      expect(plain.code).toBe(0);
      expect(plain.stdout).not.toMatch(NON_ASCII_DRAWING);
      // One stand-in per character: every line keeps its length, so columns stay where they were.
      expect(plain.stdout.split('\n').map((l) => [...l].length)).toEqual(fancy.stdout.split('\n').map((l) => [...l].length));
    }
    expect((await career(['report'], utf8)).stdout).toMatch(/█+░+ +30%/);
    expect((await career([...flags, 'report'], { ...env, ...locale })).stdout).toMatch(/###-------  30%/);
  });

  it('leaves JSON alone: it is data, not a screen', async () => {
    const { env } = journal();
    const utf8 = await career(['journal', 'list', '--json'], { ...env, LANG: 'en_US.UTF-8' });
    const plain = await career(['--ascii', 'journal', 'list', '--json'], { ...env, LANG: 'C' });
    expect(plain.stdout).toBe(utf8.stdout);
    expect(plain.stdout).toContain('Pilot → live … at last');
  });
});

describe('--color=auto|always|never', () => {
  it('always colours even through a pipe and over NO_COLOR; never and auto (piped) do not', () => {
    const { env } = journal();
    expect(spawnCareer(['--color=always', 'report'], env).stdout).toMatch(ESC); // env has NO_COLOR=1
    expect(spawnCareer(['report', '--color', 'always'], env).stdout).toMatch(ESC);
    const { NO_COLOR: _unset, ...colourful } = env;
    expect(spawnCareer(['--color=never', 'report'], colourful).stdout).not.toMatch(ESC);
    expect(spawnCareer(['--color=auto', 'report'], colourful).stdout).not.toMatch(ESC);
  });

  it('refuses another value as a usage error', () => {
    const r = spawnCareer(['--color=sometimes', 'report'], journal().env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'sometimes' is invalid\. Allowed choices are auto, always, never/);
  });
});
