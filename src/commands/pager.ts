// Long output through a pager on a terminal (SPEC §3), as git does: CAREER_PAGER, else $PAGER,
// else `less -FRX` (quit if it fits one screen, keep colours, leave the text on the screen).
// Never when stdout is not a terminal, with --no-pager, or with the pager set to "" or "cat".

export const DEFAULT_PAGER = 'less -FRX';

/** The pager command to run, or null for none. Pure, for tests. */
export function pagerCommand(env: NodeJS.ProcessEnv, tty: boolean, noPager: boolean): string | null {
  if (!tty || noPager) return null;
  const cmd = (env.CAREER_PAGER ?? env.PAGER ?? DEFAULT_PAGER).trim();
  return cmd === '' || cmd === 'cat' ? null : cmd;
}

/**
 * Show `text` (already made safe for the screen) through the pager, if one applies on this
 * terminal (pagerCommand) and it starts; false when the caller must print it itself.
 */
export async function throughPager(text: string, env: NodeJS.ProcessEnv, noPager: boolean): Promise<boolean> {
  const cmd = pagerCommand(env, process.stdout.isTTY === true, noPager);
  return cmd !== null && (await runPager(cmd, text, env));
}

/**
 * Hand `text` (already made safe for the screen) to the pager and wait for it to end. Resolves
 * false when the pager could not start, so the caller prints the text itself.
 */
export async function runPager(cmd: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  // Loaded only to start a pager: child_process (with net and dgram) costs a piped read ~2 ms.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // A shell runs it, as git does, so PAGER="less -S" or a pipeline works. LESS is only a default.
    const child = spawn(cmd, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
    let started = true;
    child.on('error', () => { started = false; resolve(false); });
    child.stdin.on('error', () => { /* the person quit the pager before the end: fine */ });
    child.on('close', (code) => resolve(started && code !== 127));
    child.stdin.end(text);
  });
}
