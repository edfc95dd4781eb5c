// Drive a command through a real pseudo-terminal with tmux: start it in a detached session on a
// private server (its own socket in a temp dir, no user config), type into it, read the screen.
// The pane stays around after the command exits (remain-on-exit), so its last screen and its
// exit status can still be read; kill() ends the server and removes the socket directory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from './env.js';

let counter = 0;
const EXIT_MARK = 'tmux-session-exit-status=';

/** True when a tmux binary can be run. */
export function tmuxAvailable(): boolean {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0;
}

export class TmuxSession {
  readonly name: string;
  private readonly dir: string;
  private readonly socket: string;
  private readonly env: NodeJS.ProcessEnv;
  /** How often each prompt text has been matched by expectNew(), to tell a repeated prompt apart. */
  private readonly seen = new Map<string, number>();

  constructor(env: NodeJS.ProcessEnv) {
    this.dir = tempDir('career-tmux-');
    this.socket = path.join(this.dir, 'sock');
    this.name = `career-${process.pid}-${++counter}`;
    // The server inherits this environment, and the pane inherits it from the server. TERM is
    // only for the tmux client; the pane gets tmux's own default-terminal.
    this.env = { ...env, TERM: env.TERM || 'xterm-256color' };
    delete this.env.TMUX;
    delete this.env.TMUX_PANE;
    fs.writeFileSync(path.join(this.dir, 'tmux.conf'), 'set -g remain-on-exit on\nset -g history-limit 10000\n');
  }

  private tmux(args: string[], check = true): string {
    const r = spawnSync('tmux', ['-S', this.socket, '-f', path.join(this.dir, 'tmux.conf'), ...args], {
      env: this.env, encoding: 'utf8', timeout: 10_000,
    });
    if (check && r.status !== 0) {
      throw new Error(`tmux ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message}`);
    }
    return r.stdout ?? '';
  }

  /**
   * Start `argv` in a new detached session. A small sh wrapper prints the exit status when the
   * command ends (tmux's own #{pane_dead_status} is sometimes never filled in for a fast exit).
   */
  start(argv: string[], opts: { cwd?: string; width?: number; height?: number } = {}): void {
    this.tmux(['new-session', '-d', '-x', String(opts.width ?? 120), '-y', String(opts.height ?? 40),
      '-s', this.name, '-c', opts.cwd ?? os.tmpdir(), '--',
      '/bin/sh', '-c', `"$@"; echo "${EXIT_MARK}$?"`, 'sh', ...argv]);
  }

  /** Type text literally (no key names interpreted). */
  type(text: string): void {
    if (text) this.tmux(['send-keys', '-t', this.name, '-l', '--', text]);
  }

  /** Send named keys: Enter, Down, Up, Tab, C-c... */
  keys(...names: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...names]);
  }

  /** Type text, then Enter. */
  answer(text: string): void {
    this.type(text);
    this.keys('Enter');
  }

  /** The whole pane, scrollback included, wrapped lines joined. */
  capture(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.name]);
  }

  /** The visible screen only. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-t', this.name]);
  }

  /** Exit status of the command once it has ended, else null. */
  exitStatus(): number | null {
    const m = new RegExp(`${EXIT_MARK}(\\d+)`).exec(this.capture());
    return m ? Number(m[1]) : null;
  }

  /** Poll until `test` accepts the captured pane; throws with the screen after `timeoutMs`. */
  async waitUntil(test: (pane: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let pane = '';
    for (;;) {
      pane = this.capture();
      if (test(pane)) return pane;
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the pane shows:\n${pane.trimEnd()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Wait until `text` appears anywhere in the pane. */
  waitFor(text: string, timeoutMs?: number): Promise<string> {
    return this.waitUntil((pane) => pane.includes(text), JSON.stringify(text), timeoutMs);
  }

  /**
   * Wait for a NEW occurrence of `text`: one more than this method has already matched. A prompt
   * that is asked again (an "add another?" loop) is then told apart from its earlier, answered
   * line, so keys are never typed before the prompt that should receive them is on screen.
   */
  async expectNew(text: string, timeoutMs?: number): Promise<string> {
    const before = this.seen.get(text) ?? 0;
    const pane = await this.waitUntil((p) => occurrences(p, text) > before, `prompt ${JSON.stringify(text)} (#${before + 1})`, timeoutMs);
    this.seen.set(text, occurrences(pane, text));
    return pane;
  }

  /** Wait for the command to end; returns its exit status. */
  async waitExit(timeoutMs = 15_000): Promise<number> {
    await this.waitUntil(() => this.exitStatus() !== null, 'the command to exit', timeoutMs);
    return this.exitStatus()!;
  }

  /** Kill the server (and with it the command) and remove the socket directory. Idempotent. */
  kill(): void {
    this.tmux(['kill-server'], false);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}
