// Hand-written formatting survives a write that does not touch it (SPEC §2), on the built CLI in process:
// a `|` block scalar stays `|` (not `|-`, though the schema trims the value), an alias in an
// untouched field stays an alias, and a file with mixed line ends keeps each line's own ending.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pilotJournal } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const GOAL = 'ship-the-pilot-to-ten-teams';

/** The goal file rewritten by `edit`, then `goal progress 3`: the lines before and after. */
async function progressAfter(edit: (text: string) => string): Promise<{ before: string; after: string }> {
  const j = pilotJournal();
  const file = path.join(j.dir, 'goals', `${GOAL}.yaml`);
  const before = edit(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, before);
  const r = await career(['goal', 'progress', GOAL, '3'], j.env);
  expect(r.code, r.stderr).toBe(0);
  expect((await career(['doctor'], j.env)).code).toBe(0);
  return { before, after: fs.readFileSync(file, 'utf8') };
}

/** `after` is `before` with only the progressLog lines changed. */
function onlyProgressChanged(before: string, after: string): void {
  const cut = (t: string) => t.replace(/progressLog:(?: \[\])?\r?\n(?: {2}.*\r?\n)*/, 'progressLog: …\n');
  expect(cut(after)).toBe(cut(before));
  expect(after).toMatch(/progressLog:\r?\n {2}- date: "2026-11-20"\r?\n {4}value: 3/);
}

describe('formatting the person wrote', () => {
  it('an untouched | block scalar stays |, even where the value is trimmed', async () => {
    const { before, after } = await progressAfter((t) => t
      .replace(/^title: .*$/m, 'title: |\n  Ship the pilot to ten teams')
      .replace(/^why: .*$/m, 'why: |\n  first line\n  second line'));
    expect(before).toContain('title: |\n');
    onlyProgressChanged(before, after);
    expect(after).not.toContain('|-');
  });

  it('an alias in an untouched field stays an alias', async () => {
    const { before, after } = await progressAfter((t) => t
      .replace(/^title: (.*)$/m, 'title: &name $1')
      .replace(/^values: \[\]$/m, 'values:\n  - *name'));
    expect(before).toContain('  - *name\n');
    onlyProgressChanged(before, after);
    expect(after).toContain('  - *name\n');
  });

  it('a file with mixed line ends is not rewritten whole', async () => {
    const { before, after } = await progressAfter((t) => t.split('\n').map((l, i, all) => (i === all.length - 1 ? l : `${l}${i % 3 === 0 ? '\r\n' : '\n'}`)).join(''));
    expect(before).toMatch(/\r\n/);
    expect(before).toMatch(/[^\r]\n/);
    onlyProgressChanged(before, after);
  });
});
