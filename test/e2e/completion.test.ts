// `career completion bash|zsh|fish` (SPEC §3): the bash script driven the way bash drives it —
// COMP_WORDS and COMP_CWORD set, the completion function called, COMPREPLY read — against a real
// journal, so commands, subcommands, flags and the journal's goal ids, milestone ids of the goal
// typed, tags, kinds and weeks all come back. zsh and fish load their scripts in
// completion-shells.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionJournal, GOAL } from '../helpers/completion-journal.js';
import { BIN, career, tempDir } from '../helpers/env.js';

const journal = completionJournal;

/**
 * COMPREPLY for each line of words (the last word is the one being completed; '' for a Tab after
 * a space), from one bash that sourced `career completion bash`.
 */
function bashComplete(env: NodeJS.ProcessEnv, cases: string[][]): string[][] {
  const script = path.join(tempDir(), 'career.bash');
  const r0 = career(['completion', 'bash'], env);
  expect(r0.code).toBe(0);
  fs.writeFileSync(script, r0.stdout);
  const q = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;
  const body = cases.map((words) => `COMP_WORDS=(career ${words.map(q).join(' ')}); COMP_CWORD=${words.length}; COMPREPLY=(); _career; printf '%s\\n' "\${COMPREPLY[@]}"; echo '@@'`).join('\n');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `career() { ${q(process.execPath)} ${q(BIN)} "$@"; }\nsource ${q(script)}\n${body}`], { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('@@\n').slice(0, cases.length).map((block) => block.split('\n').filter(Boolean));
}

describe('career completion bash', () => {
  // Each Tab is a Node start: on a loaded two-core machine a dozen of them take a while.
  it('completes commands, subcommands, flags and fixed values', { timeout: 180_000 }, () => {
    const { env } = journal();
    const [top, goalSub, flags, kinds, review, exportFmt, file] = bashComplete(env, [
      [''], ['goal', ''], ['journal', 'add', '--t'], ['journal', 'list', '--kind', ''], ['review', 'q'], ['export', ''], ['import', 'csv', ''],
    ]);
    expect(top).toEqual(expect.arrayContaining(['init', 'goal', 'milestone', 'checkin', 'journal', 'report', 'export', 'schema', 'import', 'completion']));
    expect(top).not.toContain('__complete');
    expect(goalSub).toEqual(['add', 'list', 'show', 'edit', 'progress', 'done', 'drop', 'step', 'lint']);
    expect(flags).toEqual(['--tag']);
    expect(kinds).toEqual(['note', 'win', 'learning', 'frustration', 'feedback']);
    expect(review).toEqual(['quarterly']);
    expect(exportFmt).toEqual(['ics', 'json', 'markdown', 'html']);
    expect(file).toEqual([]); // a file: bash's own file name completion (-o default) takes over
  });

  it('completes the journal\'s goal ids, milestone ids of the goal typed, tags and weeks', { timeout: 180_000 }, () => {
    const { env } = journal();
    const [show, showPrefix, milestone, tags, weeks, status] = bashComplete(env, [
      ['goal', 'show', ''], ['goal', 'show', 'wr'], ['milestone', 'done', GOAL, ''], ['journal', 'add', '--tag', ''], ['checkin', '--week', ''], ['checkin', '--status', 'sh'],
    ]);
    expect(show).toEqual([GOAL, 'write-the-platform-handbook']);
    expect(showPrefix).toEqual(['write-the-platform-handbook']);
    expect(milestone).toEqual(['pilot-live', 'half-the-teams']);
    expect(tags).toEqual(['pilot', 'sales']);
    expect(weeks!.slice(0, 2)).toEqual(['2026-W47', '2026-W46']); // CAREER_TODAY is 2026-11-20
    expect(status).toEqual([`${GOAL}=`]);
  });

  it('offers nothing, and prints no error, outside a journal', () => {
    const env = { ...journal().env, CAREER_HOME: path.join(tempDir(), 'none') };
    const [ids, top] = bashComplete(env, [['goal', 'show', ''], ['wh']]);
    expect(ids).toEqual([]);
    expect(top).toEqual(['where']);
  });
});

describe('career completion zsh|fish', () => {
  it.each([
    ['zsh', ['#compdef career', 'compdef _career career', 'career __complete']],
    ['fish', ['complete -c career', 'career __complete', '__fish_complete_path']],
  ])('%s: a script that asks career __complete', (shell, parts) => {
    const r = career(['completion', shell], journal().env);
    expect(r.code).toBe(0);
    for (const p of parts) expect(r.stdout).toContain(p);
  });

  it('an unknown shell is a usage error', () => {
    const r = career(['completion', 'tcsh'], journal().env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^career: career completes in bash, zsh and fish, not "tcsh"/);
  });
});
