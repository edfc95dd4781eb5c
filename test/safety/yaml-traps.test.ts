// YAML 1.1 traps (SPEC §2): ids and text such as `no`, `on`, `0123`, `1.10`, `2026-01-01` are
// strings. Set through commands or hand-written with quotes, they read back as the exact same
// strings after career has written the files, and every file reads the same to a YAML 1.1 reader
// (the yaml package in 1.1 mode, and PyYAML where python3 has it) as it does to career. The
// commands are the built CLI in process (the same `main` bin/career.js calls).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { newFileText } from '../../src/store/file-text.js';
import { initJournal } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const TRAPS = ['no', 'on', 'yes', 'null', '~', '1.10', '0x1F', '2026-01-01', '1e3', '010', '0123', '1-10',
  'off', 'Y', '=', '12:30', '.inf', '1_000', 'True', '<<'];

// Every trap goes into a goal through every flag of goal add; these also go through a progress
// note, an edit with a reason and a journal entry (the store's property tests cover the rest).
const DEEP = new Set(['no', 'on', 'null', '~', '0123', '1e3', '010', '=', '<<', 'True']);
const deep = () => [...TRAPS].filter((t) => DEEP.has(t));

const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

/** What PyYAML's safe_load makes of each YAML text: a JSON string per text, or the error. */
function pyLoad(texts: string[]): unknown[] {
  const script = 'import yaml,sys,json\nout=[]\nfor t in json.load(sys.stdin):\n'
    + '  try: out.append(json.loads(json.dumps(yaml.safe_load(t), default=lambda o: "<" + type(o).__name__ + ":" + str(o) + ">")))\n'
    + '  except Exception as e: out.append("<error: " + str(e).splitlines()[0] + ">")\nprint(json.dumps(out))';
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown[];
}

/** Every .yaml file of the journal reads the same in YAML 1.2 (career), YAML 1.1 and PyYAML. */
function expectSameToYaml11Readers(dir: string): void {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.yaml')) files.push(child);
    }
  };
  walk('');
  expect(files.length).toBeGreaterThan(1);
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const v12 = texts.map((t) => parseDocument(t).toJS() as unknown);
  texts.forEach((t, i) => {
    expect(parseDocument(t, { version: '1.1' }).toJS(), `${files[i]} in YAML 1.1`).toEqual(v12[i]);
  });
  if (hasPyYaml) pyLoad(texts).forEach((v, i) => expect(v, `${files[i]} in PyYAML`).toEqual(v12[i]));
}

async function ok(args: string[], env: Env): Promise<string> {
  const r = await career(args, env);
  if (r.code !== 0) throw new Error(`career ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

const json = async <T>(args: string[], env: Env): Promise<T> => JSON.parse(await await ok(args, env)) as T;

interface GoalJson {
  id: string; title: string; parent: string | null; metric: { name: string; unit: string } | null;
  milestones: { id: string; title: string; done: boolean }[];
  progressLog: { note?: string }[]; revisions: { reason: string }[];
}
interface ExportGoal {
  id: string; why: string; values: string[]; steps: { text: string }[]; support: { helpers: string[]; resources: string[] };
  risks: { scenario: string; contingency: string }[];
}

describe('trap strings set through commands', () => {
  let dir: string;
  let env: Env;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    ({ dir, env } = initJournal(['--vision', 'null', '--values', 'yes,on,010']));
    for (const t of TRAPS) {
      const args = ['goal', 'add', '--yes', '--title', t, '--why', 'to begin with', '--deadline', '2027-06-30',
        '--metric', t, '--unit', t, '--target', '5', '--milestone', `${t}@2027-01-01`, '--step', t, '--helper', t,
        '--resource', t, '--risk', `${t} => ${t}`, '--value', 'on'];
      if (t === 'no') args.push('--horizon', 'long');
      if (t === 'on') args.push('--horizon', 'mid', '--parent', 'no');
      ids.set(t, (await ok(args, env)).trim());
      if (!DEEP.has(t)) continue;
      const id = ids.get(t)!;
      await ok(['goal', 'progress', id, '1', '--note', t], env);
      await ok(['goal', 'edit', id, '--why', t, '--reason', t, '--yes'], env);
      await ok(['journal', 'add', '--date', '2026-11-19', '--goal', id, '--tag', t, '--kind', 'win', t], env);
    }
    await ok(['milestone', 'add', '0123', '010', '--due', '2027-02-01'], env);
    await ok(['milestone', 'done', 'no', 'no'], env);
    await ok(['checkin', '--yes', '--win', 'no', '--learning', '~', '--blocker', '0123', '--feedback', 'yes', '--focus', 'null',
      '--focus', '1.10', '--note', 'no=off', '--status', 'on=at-risk', '--progress', '0123=2', '--energy', '3'], env);
  }, 180_000);

  it('ids are slugs, and the ones a YAML 1.1 reader would misread are still ids', async () => {
    const got = Object.fromEntries(ids);
    expect(got).toMatchObject({ no: 'no', on: 'on', yes: 'yes', null: 'null', '1.10': '1-10', '0x1F': '0x1f', '2026-01-01': '2026-01-01',
      '1e3': '1e3', '010': '010', '0123': '0123', '1-10': '1-10-2', off: 'off', Y: 'y', '12:30': '12-30', '.inf': 'inf', '1_000': '1-000', True: 'true' });
    expect(got['~']).toMatch(/^g-[0-9a-z]{6}$/);
    expect(got['=']).toMatch(/^g-[0-9a-z]{6}$/);
    expect(fs.readdirSync(path.join(dir, 'goals')).sort()).toEqual([...new Set(ids.values())].map((id) => `${id}.yaml`).sort());
  });

  it('every exact string comes back: export json for all, goal show --json for some', async () => {
    // One export holds every goal's record; goal show (its own command) is checked on a few below.
    const all = await json<{ goals: (GoalJson & { metric: { name: string; unit: string } })[] }>(['export', 'json'], env);
    for (const [t, id] of ids) {
      const g = all.goals.find((x) => x.id === id)!;
      expect(g.id).toBe(id);
      expect(g.title).toBe(t);
      expect(g.metric).toMatchObject({ name: t, unit: t });
      expect(g.milestones[0]!.title).toBe(t);
      if (!DEEP.has(t)) continue;
      expect(g.progressLog[0]!.note).toBe(t);
      expect(g.revisions[0]!.reason).toBe(t);
    }
    expect((await json<GoalJson>(['goal', 'show', 'on', '--json'], env)).parent).toBe('no');
    expect((await json<GoalJson>(['goal', 'show', 'no', '--json'], env)).milestones).toEqual([{ id: 'no', title: 'no', due: '2027-01-01', done: true }]);
    expect((await json<GoalJson>(['goal', 'show', '0123', '--json'], env)).milestones.map((m) => [m.id, m.title])).toEqual([['0123', '0123'], ['010', '010']]);
  });

  it('export json gives back why, values, steps, support and risks exactly', async () => {
    const all = await json<{ profile: { vision: string; values: string[] }; goals: ExportGoal[] }>(['export', 'json'], env);
    expect(all.profile.vision).toBe('null');
    expect(all.profile.values).toEqual(['yes', 'on', '010']);
    for (const [t, id] of ids) {
      const g = all.goals.find((x) => x.id === id)!;
      expect(g).toMatchObject({ why: DEEP.has(t) ? t : 'to begin with', values: ['on'], steps: [{ text: t }], support: { helpers: [t], resources: [t] }, risks: [{ scenario: t, contingency: t }] });
    }
  });

  it('journal entries and the check-in keep their strings', async () => {
    const rows = await json<{ text: string; goal: string; tags: string[] }[]>(['journal', 'list', '--json'], env);
    expect(rows.map((r) => [r.text, r.goal, r.tags]).sort()).toEqual(deep().map((t) => [t, ids.get(t), [t]]).sort());
    const report = await json<{ journal: Record<string, { text: string; source: string }[]> }>(['report', '--json'], env);
    const fromCheckin = (k: string) => report.journal[k]!.filter((i) => i.source === 'checkin').map((i) => i.text);
    expect(fromCheckin('wins')).toEqual(['no']);
    expect(fromCheckin('learnings')).toEqual(['~']);
    expect(fromCheckin('blockers')).toEqual(['0123']);
    expect(fromCheckin('feedback')).toEqual(['yes']);
    const checkin = parseDocument(fs.readFileSync(path.join(dir, 'checkins/2026/2026-W47.yaml'), 'utf8')).toJS() as { focus: string[]; goals: { goal: string; note?: string }[] };
    expect(checkin.focus).toEqual(['null', '1.10']);
    expect(checkin.goals.find((g) => g.goal === 'no')?.note).toBe('off');
  });

  it('every file reads the same to YAML 1.1 readers, and doctor is happy', async () => {
    expectSameToYaml11Readers(dir);
    const r = await career(['doctor'], env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});

describe('hand-written quoted values survive a write', () => {
  const HAND = `version: 1
title: 'no'          # single quotes, by hand
type: other
horizon: short
created: "2026-11-20"
deadline: '2027-06-30'
why: "0123"
values: ['on']
metric: {name: 'yes', unit: "~", start: 0, target: 10}
milestones:
  - id: "0123"
    title: "1.10"
    due: "2027-01-01"
  - id: 'on'
    title: '2026-01-01'
    due: "2027-02-01"
steps:
  - text: "0x1F"
  - text: '1e3'
    done: true
risks:
  - scenario: "null"
    contingency: '~'
progressLog:
  - date: "2026-11-01"
    value: 1
    note: "010"
`;

  it('only the changed lines differ, the quoting stays, and the strings read back exactly', async () => {
    const { dir, env } = initJournal(['--values', 'on']);
    const file = path.join(dir, 'goals/hand-written.yaml');
    fs.mkdirSync(path.dirname(file), { mode: 0o700 });
    fs.writeFileSync(file, HAND);
    await ok(['goal', 'progress', 'hand-written', '2', '--note', 'off'], env);
    await ok(['milestone', 'done', 'hand-written', 'on'], env);
    await ok(['goal', 'edit', 'hand-written', '--why', 'yes', '--reason', 'null', '--yes'], env);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${HAND
      .replace('why: "0123"', 'why: "yes"')
      .replace(`title: '2026-01-01'\n    due: "2027-02-01"\n`, `title: '2026-01-01'\n    due: "2027-02-01"\n    completed: "2026-11-20"\n`)}`
      + '  - date: "2026-11-20"\n    value: 2\n    note: "off"\nrevisions:\n  - date: "2026-11-20"\n    fields:\n      - why\n    reason: "null"\n');
    const g = await json<GoalJson>(['goal', 'show', 'hand-written', '--json'], env);
    expect(g.title).toBe('no');
    expect(g.metric).toMatchObject({ name: 'yes', unit: '~' });
    expect(g.milestones.map((m) => [m.id, m.title, m.done])).toEqual([['0123', '1.10', false], ['on', '2026-01-01', true]]);
    expect(g.progressLog.map((p) => p.note)).toEqual(['010', 'off']);
    expect(g.revisions.map((r) => r.reason)).toEqual(['null']);
    const e = (await json<{ goals: ExportGoal[] }>(['export', 'json'], env)).goals[0]!;
    expect(e).toMatchObject({ why: 'yes', values: ['on'], steps: [{ text: '0x1F' }, { text: '1e3' }], risks: [{ scenario: 'null', contingency: '~' }] });
    expectSameToYaml11Readers(dir);
  });

  it('a plain value edited into a trap gets quoted; the plain lines around it stay plain', async () => {
    const { dir, env } = initJournal();
    const file = path.join(dir, 'goals/plain.yaml');
    fs.mkdirSync(path.dirname(file), { mode: 0o700 });
    const plain = 'version: 1\ntitle: Write plain YAML\ntype: other\nhorizon: short\ncreated: "2026-11-20"\ndeadline: "2027-06-30"\nwhy: grow\nsteps:\n  - text: draft\n';
    fs.writeFileSync(file, plain);
    for (const t of ['1.10', 'on', '2026-01-01', '0123', '~', '=']) {
      await ok(['goal', 'edit', 'plain', '--why', t, '--yes', '--reason', 'x'], env);
      const text = fs.readFileSync(file, 'utf8');
      expect(text.split('\n').slice(0, 9).join('\n')).toBe(plain.replace('why: grow', `why: "${t}"`).trimEnd());
      expect((await json<{ goals: ExportGoal[] }>(['export', 'json'], env)).goals[0]!.why).toBe(t);
    }
    expectSameToYaml11Readers(dir);
  });
});

describe('the quoting rule itself', () => {
  it('no short string of number-ish and keyword characters is misread by a YAML 1.1 reader', async () => {
    const alphabet = '0123456789._:+-eExXobinfaNtrsyYWT~=<>, @#\'"%&*!|?[]{}\\';
    let seed = 7;
    const next = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const samples = new Set<string>(TRAPS);
    while (samples.size < 8000) {
      let s = '';
      for (let i = 1 + next(6); i > 0; i--) s += alphabet[next(alphabet.length)];
      samples.add(s);
    }
    const list = [...samples];
    const text = newFileText({ v: list }, 'notes.yaml');
    expect((parseDocument(text).toJS() as { v: string[] }).v).toEqual(list);
    const v11 = (parseDocument(text, { version: '1.1' }).toJS() as { v: unknown[] }).v;
    expect(list.filter((s, i) => v11[i] !== s)).toEqual([]);
    if (hasPyYaml) {
      const py = (pyLoad([text])[0] as { v: unknown[] }).v;
      expect(list.filter((s, i) => py[i] !== s)).toEqual([]);
    }
  });
});
