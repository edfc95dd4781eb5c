// `career completion zsh` and `career completion fish` loaded into the real shells (issue 16.1),
// against a real journal: fish through its own `complete -C "career goal "`, which prints what
// Tab would offer; zsh through an interactive zsh in a pseudo-terminal (zpty) that ran compinit
// and sourced the script, where Tab is typed and every match the completion system adds
// (compadd, called by _describe) is written to a file. Skipped, saying why, where the shell is
// not installed (.ci/run installs both).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionJournal, GOAL } from '../helpers/completion-journal.js';
import { BIN, career, tempDir } from '../helpers/env.js';

const journal = completionJournal;

const has = (shell: string): boolean => spawnSync(shell, ['--version'], { encoding: 'utf8' }).status === 0;
const q = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;

/** The script `career completion <shell>` prints, in a file. */
function script(shell: string, env: NodeJS.ProcessEnv, name: string): string {
  const r = career(['completion', shell], env);
  expect(r.code, r.stderr).toBe(0);
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, r.stdout);
  return file;
}

const FISH = has('fish');
if (!FISH) console.log('completion-shells: fish tests skipped: fish is not installed (apt-get install fish)');
const ZSH = has('zsh');
if (!ZSH) console.log('completion-shells: zsh tests skipped: zsh is not installed (apt-get install zsh)');

describe.skipIf(!FISH)('career completion fish, in fish', () => {
  /** What fish offers for each command line (`complete -C`), candidates without their descriptions. */
  function fishComplete(env: NodeJS.ProcessEnv, lines: string[]): string[][] {
    const file = script('fish', env, 'career.fish');
    const body = lines.map((l) => `complete -C ${q(l)}; echo @@`).join('\n');
    const r = spawnSync('fish', ['--no-config', '-c', `function career; ${q(process.execPath)} ${q(BIN)} $argv; end\nsource ${q(file)}\n${body}`], { env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split('@@\n').slice(0, lines.length).map((block) => block.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!));
  }

  it('offers subcommands with descriptions, goal ids, milestone ids of the goal typed, tags, kinds and flags', { timeout: 180_000 }, () => {
    const { env } = journal();
    const [goalSub, show, milestone, tags, kinds, flags] = fishComplete(env, [
      'career goal ', 'career goal show ', `career milestone done ${GOAL} `, 'career journal add --tag ', 'career journal list --kind ', 'career journal add --t',
    ]);
    // fish sorts what it offers.
    expect(goalSub).toEqual(['add', 'done', 'drop', 'edit', 'lint', 'list', 'progress', 'show', 'step']);
    expect(show).toEqual([GOAL, 'write-the-platform-handbook']);
    expect(milestone).toEqual(['half-the-teams', 'pilot-live']);
    expect(tags).toEqual(['pilot', 'sales']);
    expect(kinds).toEqual(['feedback', 'frustration', 'learning', 'note', 'win'].sort());
    expect(flags).toEqual(['--tag']);
  });

  it('each subcommand comes with its description from the command tree', { timeout: 60_000 }, () => {
    const file = script('fish', journal().env, 'career.fish');
    const r = spawnSync('fish', ['--no-config', '-c', `function career; ${q(process.execPath)} ${q(BIN)} $argv; end\nsource ${q(file)}\ncomplete -C 'career goal sh'`], { env: journal().env, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('show\teverything about one goal');
  });

  it('falls back to file names where career offers nothing (import csv <file>)', { timeout: 60_000 }, () => {
    const { env } = journal();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'entries.csv'), 'date,text\n');
    const file = script('fish', env, 'career.fish');
    const r = spawnSync('fish', ['--no-config', '-c', `function career; ${q(process.execPath)} ${q(BIN)} $argv; end\nsource ${q(file)}\ncd ${q(dir)}\ncomplete -C 'career import csv ent'`], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.split('\t')[0])).toContain('entries.csv');
  });
});

describe.skipIf(!ZSH)('career completion zsh, in zsh', () => {
  /**
   * The matches zsh's completion system adds on Tab after each command line: one interactive
   * zsh a line, in a pseudo-terminal (zpty), with compinit run and the script sourced.
   */
  function zshComplete(env: NodeJS.ProcessEnv, lines: string[]): string[][] {
    const file = script('zsh', env, '_career');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.zshrc'), [
      "PS1='> '",
      'autoload -U compinit; compinit -u -D',
      `career() { ${q(process.execPath)} ${q(BIN)} "$@" }`,
      `source ${q(file)}`,
      // Every match the completion system adds also goes to $HITS (one file a command line).
      'compadd() { local -a __hits; builtin compadd -O __hits "$@"; (( ${#__hits} )) && print -l -- $__hits >> $HITS; builtin compadd "$@" }',
    ].join('\n'));
    const hits = lines.map((_, i) => path.join(dir, `hits-${i}`));
    const driver = lines.map((line, i) => [
      `zpty z env HITS=${q(hits[i]!)} zsh -i`,
      `zpty -w -n z ${q(line)}$'\\t'`,
      // Tab runs career (a Node start): wait for matches, then a little more for the rest.
      `for n in {1..150}; do [[ -s ${q(hits[i]!)} ]] && break; sleep 0.1; done; sleep 0.5`,
      'zpty -d z',
    ].join('\n')).join('\n');
    const r = spawnSync('zsh', ['-f', '-c', `zmodload zsh/zpty\n${driver}`], { env: { ...env, ZDOTDIR: dir }, encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    // _describe adds its matches more than once (with and without descriptions): each once, in order.
    return hits.map((h) => (fs.existsSync(h) ? [...new Set(fs.readFileSync(h, 'utf8').split('\n').filter(Boolean))] : []));
  }

  it('the script defines _career and registers it for career after compinit', () => {
    const file = script('zsh', journal().env, '_career');
    const r = spawnSync('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -D; source ${q(file)}; print -r -- $+functions[_career] $_comps[career]`], { env: journal().env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('1 _career');
  });

  it('Tab offers subcommands, goal ids, milestone ids of the goal typed and id= values', { timeout: 180_000 }, () => {
    const { env } = journal();
    const [goalSub, show, milestone, status] = zshComplete(env, ['career goal ', 'career goal show ', `career milestone done ${GOAL} `, 'career checkin --status sh']);
    expect(goalSub).toEqual(['add', 'list', 'show', 'edit', 'progress', 'done', 'drop', 'step', 'lint']);
    expect(show).toEqual([GOAL, 'write-the-platform-handbook']);
    expect(milestone).toEqual(['pilot-live', 'half-the-teams']);
    expect(status).toEqual([`${GOAL}=`]);
  });
});
