// The reads that skip commander (src/program-direct.ts) must reach their command with exactly
// what commander would hand it: here every form it takes is parsed by the real command tree too,
// with each action replaced by one that records its entry's arguments (program-goals.ts
// handlerArgs, what `lazy` passes), and the two must be equal. Every other command line, however
// close, must be left to commander.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { directCommand } from '../../src/program-direct.js';
import { handlerArgs } from '../../src/program-goals.js';
import { buildProgram } from '../../src/program-tree.js';

/** What commander hands the entry for `args`, or its error. */
async function throughCommander(args: string[]): Promise<unknown[]> {
  const program = buildProgram();
  let got: unknown[] | undefined;
  const record = (cmd: Command) => {
    cmd.action((...a: unknown[]) => { got = handlerArgs(a); });
    for (const sub of cmd.commands) record(sub);
  };
  for (const sub of program.commands) record(sub);
  await program.parseAsync(['node', 'career', ...args]);
  if (!got) throw new Error(`no action ran for ${args.join(' ')}`);
  return got;
}

const TAKEN = [
  ['report'],
  ['report', '--period', 'all'],
  ['report', '--period=all'],
  ['report', '--period', '2026-Q4'],
  ['report', '--period', 'last-year..2026-W47'],
  ['goal', 'list'],
  ['goal', 'show', 'ship-the-thing'],
  ['goal', 'show', 'ship'],
  ['journal', 'list'],
  ['journal', 'list', '--search', 'Priya'],
  ['journal', 'list', '--search', 'two words'],
  ['journal', 'list', '--search=Priya'],
];

const LEFT = [
  [], ['--help'], ['report', '--help'], ['report', '--json'], ['report', '--format', 'markdown'], ['report', '--period'],
  ['report', '--period', ''], ['report', '--period='], ['report', '--period', '-1'], ['report', '--period', 'all', '--json'],
  ['report', 'extra'], ['report', '--demo'], ['--no-color', 'report'], ['--dir', '/tmp/j', 'report'], ['report', '--no-pager'],
  ['goal'], ['goal', 'list', '--all'], ['goal', 'list', '--json'], ['goal', 'show'], ['goal', 'show', '--json'], ['goal', 'show', 'a', 'b'],
  ['goal', 'show', 'a', '--json'], ['journal'], ['journal', 'list', '--goal', 'x'], ['journal', 'list', '--search'],
  ['journal', 'list', '--search', 'a', '--json'], ['journal', 'list', '-n', '3'], ['journal', 'add', 'text'], ['checkin'], ['reports'],
];

describe('directCommand', () => {
  it.each(TAKEN)('%s: the entry and arguments commander gives', async (...args) => {
    const direct = directCommand(args);
    expect(direct).toBeDefined();
    expect(direct!.args).toStrictEqual(await throughCommander(args));
  });

  it('loads the same entry the tree declares', async () => {
    const { run } = await import('../../src/commands/report.js');
    const { list, show } = await import('../../src/commands/goal-read.js');
    const entries = await import('../../src/commands/entry-list.js');
    expect(await directCommand(['report'])!.load()).toBe(run);
    expect(await directCommand(['goal', 'list'])!.load()).toBe(list);
    expect(await directCommand(['goal', 'show', 'x'])!.load()).toBe(show);
    expect(await directCommand(['journal', 'list'])!.load()).toBe(entries.list);
  });

  it.each(LEFT)('%s: left to commander', (...args) => {
    expect(directCommand(args)).toBeUndefined();
  });
});
