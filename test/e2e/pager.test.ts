// Long output through a pager on a terminal (SPEC §3): the built binary under `script`, which
// gives it a pseudo-terminal, with a pager that writes what it gets to a file. Never when
// piped, with --no-pager, or with CAREER_PAGER / PAGER set to cat; a pager that cannot start
// leaves the text on stdout. pagerCommand's choice is checked as a table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerCommand } from '../../src/commands/pager.js';
import { BIN, career, journalFixture, tempDir } from '../helpers/env.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript) console.log('pager e2e skipped: util-linux `script` (for a pseudo-terminal) is not installed');

function journal() {
  return journalFixture('pager', (j) => {
    const r = career(['journal', 'add', '--kind', 'win', 'Pilot live'], j.env);
    if (r.code !== 0) throw new Error(r.stderr);
  });
}

/** `career args` with stdout on a pseudo-terminal; what the terminal showed. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv): string {
  const q = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map(q).join(' '), '/dev/null'], { env, encoding: 'utf8', timeout: 30_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('pagerCommand', () => {
  it.each([
    [{}, true, false, 'less -FRX'],
    [{ PAGER: 'more' }, true, false, 'more'],
    [{ PAGER: 'more', CAREER_PAGER: 'less -S' }, true, false, 'less -S'],
    [{ PAGER: 'cat' }, true, false, null],
    [{ PAGER: 'more', CAREER_PAGER: 'cat' }, true, false, null],
    [{ PAGER: '' }, true, false, null],
    [{}, false, false, null],
    [{}, true, true, null],
  ])('%j tty=%s --no-pager=%s: %s', (env, tty, noPager, expected) => {
    expect(pagerCommand(env, tty, noPager)).toBe(expected);
  });
});

describe.skipIf(!hasScript)('paging on a terminal', () => {
  it('journal list, report and goal show go through $PAGER; --no-pager, PAGER=cat and a pipe do not', () => {
    const { env } = journal();
    const marker = path.join(tempDir(), 'paged.txt');
    const paging = { ...env, PAGER: `cat > '${marker}'` };
    for (const args of [['journal', 'list'], ['report']]) {
      fs.rmSync(marker, { force: true });
      const shown = onTerminal(args, paging);
      expect(fs.readFileSync(marker, 'utf8'), args.join(' ')).toMatch(args[0] === 'report' ? /GOALS/ : /Pilot live/);
      expect(shown).not.toMatch(/Pilot live|GOALS/);
    }
    fs.rmSync(marker, { force: true });
    expect(onTerminal(['--no-pager', 'journal', 'list'], paging)).toMatch(/Pilot live/);
    expect(onTerminal(['journal', 'list'], { ...paging, CAREER_PAGER: 'cat' })).toMatch(/Pilot live/);
    expect(fs.existsSync(marker)).toBe(false);
    // Piped: no pager at all.
    expect(career(['journal', 'list'], paging).stdout).toMatch(/Pilot live/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('a pager that cannot start leaves the text on the terminal', () => {
    const { env } = journal();
    expect(onTerminal(['journal', 'list'], { ...env, PAGER: 'no-such-pager-anywhere' })).toMatch(/Pilot live/);
  });
});
