// `career schema [kind]` and the files' `$schema` line (SPEC §3), on the built CLI in process:
// the schemas print as shipped, every new file names its own, the journal holds the schemas the
// lines point to, an editor's check (ajv here) of a hand edit agrees with doctor's.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initJournal, ROOT, snapshot } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

const GOAL = 'ship-the-pilot-to-ten-teams';

describe('career schema', () => {
  it('prints the shipped JSON Schema of a kind, by its name or its folder', async () => {
    const { env } = initJournal();
    const r = await career(['schema', 'goal'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(ROOT, 'schemas', 'goal.schema.json'), 'utf8'));
    expect(JSON.parse(r.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false });
    expect((await career(['schema', 'goals'], env)).stdout).toBe(r.stdout);
    expect((await career(['schema', 'checkin', '--path'], env)).stdout.trim()).toBe(path.join(ROOT, 'schemas', 'checkin.schema.json'));
  });

  it('without a kind lists the kinds and the line files carry', async () => {
    const r = await career(['schema'], initJournal().env);
    expect(r.code).toBe(0);
    for (const kind of ['profile', 'goal', 'checkin', 'journal', 'review']) expect(r.stdout).toMatch(new RegExp(`^  ${kind} +\\S`, 'm'));
    expect(r.stdout).toContain('# yaml-language-server: $schema=../.career/schemas/goal.schema.json');
  });

  it('an unknown kind is a usage error with a suggestion', async () => {
    const r = await career(['schema', 'gaol'], initJournal().env);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('career: unknown file kind "gaol": use profile, goal, checkin, journal, review\n  hint: did you mean goal?\n');
    expect(r.stdout).toBe('');
  });
});

describe('the $schema line in a journal', () => {
  it('heads every new file, points at schemas in the journal, and an editor\'s check agrees with doctor', async () => {
    const { dir, env } = initJournal();
    expect((await career(['goal', 'add', '--yes', '--title', 'Ship the pilot to ten teams', '--deadline', '2027-06-30', '--metric', 'teams', '--target', '10'], env)).code).toBe(0);
    expect((await career(['journal', 'add', '--kind', 'win', 'Pilot live', '--tag', 'pilot'], env)).code).toBe(0);
    expect((await career(['checkin', '--yes', '--win', 'Demo went well'], env)).code).toBe(0);
    const ajv = new Ajv2020({ strict: true });
    for (const rel of ['career.yaml', `goals/${GOAL}.yaml`, 'journal/2026/2026-11-20.yaml', 'checkins/2026/2026-W47.yaml']) {
      const text = fs.readFileSync(path.join(dir, rel), 'utf8');
      const target = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
      expect(target, rel).toBeDefined();
      // The editor resolves the path from the file's folder: it must land on an installed schema.
      const schemaFile = path.resolve(path.dirname(path.join(dir, rel)), target!);
      expect(schemaFile.startsWith(path.join(dir, '.career', 'schemas'))).toBe(true);
      expect(ajv.validate(JSON.parse(fs.readFileSync(schemaFile, 'utf8')), parse(text)), `${rel}: ${ajv.errorsText()}`).toBe(true);
    }
    expect((await career(['doctor'], env)).code).toBe(0);

    // A hand edit with a typo: the editor's schema and doctor both refuse it; the line stays a comment.
    const goalFile = path.join(dir, 'goals', `${GOAL}.yaml`);
    const good = fs.readFileSync(goalFile, 'utf8');
    fs.writeFileSync(goalFile, good.replace('horizon: short', 'horizon: soon'));
    const schema = JSON.parse(fs.readFileSync(path.join(dir, '.career', 'schemas', 'goal.schema.json'), 'utf8'));
    expect(ajv.validate(schema, parse(fs.readFileSync(goalFile, 'utf8')))).toBe(false);
    const doctor = await career(['doctor'], env);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`goals/${GOAL}.yaml:5:10: horizon: must be one of short, mid, long`);

    // Fixed by hand, then changed by career: the line is kept.
    fs.writeFileSync(goalFile, good);
    expect((await career(['goal', 'progress', GOAL, '3'], env)).code).toBe(0);
    expect(fs.readFileSync(goalFile, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../.career/schemas/goal.schema.json');
  });

  it('a file without the line (written by an older career or by hand) reads as before', async () => {
    const { dir, env } = initJournal();
    const profile = path.join(dir, 'career.yaml');
    fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace(/^#[^\n]*\n/, ''));
    const before = snapshot(dir);
    expect((await career(['doctor'], env)).code).toBe(0);
    expect((await career(['report'], env)).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});
