// An error on a terminal is wrapped to its width at word boundaries, the hint's continuation
// under the hint; piped, each message and each hint stays on one line (for logs and grep).
// In process, with stderr made a terminal of 60 columns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { initJournal } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

let saved: { isTTY: boolean | undefined; columns: number | undefined };
beforeEach(() => { saved = { isTTY: process.stderr.isTTY, columns: process.stderr.columns }; });
afterEach(() => { process.stderr.isTTY = saved.isTTY!; process.stderr.columns = saved.columns!; });

describe('errors', () => {
  it('wrap on a terminal, the hint under itself', async () => {
    const { env } = initJournal();
    process.stderr.isTTY = true;
    process.stderr.columns = 60;
    const r = await career(['sync'], env);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    const hint = lines.findIndex((l) => l.startsWith('  hint: '));
    expect(hint).toBeGreaterThan(0);
    expect(lines.length - hint).toBeGreaterThan(1);
    for (const line of lines.slice(hint + 1)) expect(line).toMatch(/^ {8}\S/);
  });

  it('stay one line each when piped', async () => {
    const { env } = initJournal();
    process.stderr.isTTY = false;
    const r = await career(['sync'], env);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^career: /);
    expect(lines[1]).toMatch(/^ {2}hint: .{100,}/);
  });
});
