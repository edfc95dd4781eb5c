// `career goal add "<sentence>"` on the built CLI (SPEC §4): the sentence pre-fills what it
// states, a flag always wins, the draft is shown on stderr, and the SMART check reads the title.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initJournal, snapshot } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

describe('goal add "<sentence>"', () => {
  it('pre-fills target, unit, deadline and type, and shows the draft', async () => {
    const { dir, env } = initJournal();
    const r = await career(['goal', 'add', 'Publish 2 articles on VR in trade journals by Q4', '--yes', '--why', 'visibility'], env);
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    expect(id).toBe('publish-2-articles-on-vr-in-trade-journals-by-q4');
    expect(r.stderr).toContain('Read from your sentence:\n  title:    Publish 2 articles on VR in trade journals by Q4\n  target:   2 articles\n  deadline: 2026-12-31 (by Q4)\n  type:     development');
    const g = parse(fs.readFileSync(path.join(dir, 'goals', `${id}.yaml`), 'utf8'));
    expect(g).toMatchObject({ title: 'Publish 2 articles on VR in trade journals by Q4', type: 'development', deadline: '2026-12-31',
      metric: { name: 'articles', unit: 'articles', start: 0, target: 2 } });
  });

  it('a flag wins over the sentence', async () => {
    const { dir, env } = initJournal();
    const r = await career(['goal', 'add', 'Publish 2 articles on VR by Q4', '--yes', '--deadline', '2027-03-31', '--type', 'networking', '--metric', 'posts', '--target', '5'], env);
    expect(r.code, r.stderr).toBe(0);
    const g = parse(fs.readFileSync(path.join(dir, 'goals', `${r.stdout.trim()}.yaml`), 'utf8'));
    expect(g).toMatchObject({ type: 'networking', deadline: '2027-03-31', metric: { name: 'posts', target: 5 } });
  });

  it('a sentence without a deadline still needs --deadline without a terminal, and saves nothing', async () => {
    const { dir, env } = initJournal();
    const before = snapshot(dir);
    const r = await career(['goal', 'add', 'Improve my public speaking', '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('deadline: (not stated)');
    expect(r.stderr).toContain('career goal add needs --deadline when it cannot ask');
    expect(snapshot(dir)).toEqual(before);
  });

  it('the SMART check says a vague title names no result, with a rewrite', async () => {
    const { env } = initJournal();
    const r = await career(['goal', 'add', 'Improve my public speaking', '--yes', '--deadline', '2027-06-30', '--why', 'talks'], env);
    expect(r.code, r.stderr).toBe(0);
    // The check is wrapped to the width (80 when piped): its lines read as one text.
    expect(r.stderr.replace(/\n +/g, ' ')).toContain('"Improve my public speaking" names an effort, not a result anyone could check: for example "Get my public speaking rated 4 of 5 by someone who sees it (say who) by 2027-06-30"');
  });
});
