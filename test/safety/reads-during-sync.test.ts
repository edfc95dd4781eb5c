// Readers during a sync (SPEC §5): a sync in the middle of its rebase holds the lock and may
// leave a file with conflict markers on disk for a moment. A reader that meets that state waits
// for the writer and reads what it leaves, instead of failing. On the built binary; ordered by
// what the reader prints, never by time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, career, pilotJournal } from '../helpers/env.js';

const GOAL_FILE = 'goals/ship-the-pilot-to-ten-teams.yaml';

describe('reads during a sync', () => {
  it.each([['goal', 'list'], ['report', '--json'], ['goal', 'show', 'ship-the-pilot-to-ten-teams']])('%s waits out the conflict-marker moment and succeeds', async (...args) => {
    const j = pilotJournal();
    const file = path.join(j.dir, GOAL_FILE);
    const good = fs.readFileSync(file, 'utf8');
    // The state a sync is in between git stopping on a conflict and undoing it.
    fs.mkdirSync(path.join(j.dir, '.career'), { recursive: true });
    const lock = path.join(j.dir, '.career', 'lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), command: 'career sync', since: new Date().toISOString() }));
    fs.writeFileSync(file, `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> mine\n`);

    const child = spawn(process.execPath, [BIN, ...args], { env: j.env, cwd: os.tmpdir() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The sync finishes (rebase undone, lock released) once the reader says it is waiting.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('Waiting for')) {
          fs.writeFileSync(file, good);
          fs.rmSync(lock);
          resolve();
        }
      });
      child.on('close', () => resolve());
    });
    const code = await done;
    expect(stderr).toContain(`Waiting for pid ${process.pid} on ${os.hostname()} (career sync`);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/conflict marker/);
    expect(stdout).toContain('ship-the-pilot-to-ten-teams');
  });

  it('a conflict left by the person (no writer running) is still reported at once', () => {
    const j = pilotJournal();
    const file = path.join(j.dir, GOAL_FILE);
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> mine\n`);
    const r = career(['goal', 'list'], j.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${GOAL_FILE}:1:1: git conflict marker`);
    expect(r.stderr).not.toContain('Waiting for');
  });
});
