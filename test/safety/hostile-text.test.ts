// Hostile text (SPEC §2, §5): whatever a person (or a pasted snippet) puts in a title, note,
// journal entry or tag is stored literally and read back exactly, executes nothing, never
// becomes a path outside the journal or an option to git, keeps commit messages to one line,
// and reaches the terminal only as visible escapes: no raw ESC, BEL, C1, bidi control or line
// separator in anything a command prints.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { career as careerBin, gitIn, tempDir, testEnv, type RunResult } from '../helpers/env.js';
import { career } from '../helpers/in-process.js';

type Env = NodeJS.ProcessEnv;

const PARTS = [
  '"; rm -rf ~ #', '$(touch x)', '`touch y`', '--upload-pack=x', '../../etc/passwd',
  'bell\u0007', 'csi \u001b[31mred\u001b[0m', 'osc \u001b]0;pwned\u0007', 'bidi \u202edcba', 'c1 \u009b31m nel\u0085',
  'cr\roverwrite', 'ls\u2028ps\u2029', 'del\u007f', 'tab\there', 'bs\b',
];
/** Every trap in one string, as a title, note, tag... would carry it. */
const EVIL = `Evil ${PARTS.join(' ')}`;
const LONG = Array.from({ length: 2000 }, (_, i) => `w${i % 10}rd`).join(' '); // 9,999 characters
// What must never reach the terminal raw: C0 but tab and newline, DEL, C1, bidi controls, separators.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

let dir: string;
let env: Env;
let cwd: string;
let id: string;
let optionId: string;
let pathId: string;
let longId: string;

// The built CLI in process (the same `main` bin/career.js calls): what it prints is what the
// terminal would get. Colour is decided when chalk loads, once per process, so the colour-on
// runs start the real binary.
function run(args: string[]): Promise<RunResult> {
  return career(args, env, { cwd });
}

function runInColour(args: string[]): RunResult {
  return careerBin(args, { ...env, NO_COLOR: '', FORCE_COLOR: '1' }, { cwd });
}

async function ok(args: string[]): Promise<string> {
  const r = await run(args);
  if (r.code !== 0) throw new Error(`career ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

const json = async <T>(args: string[]): Promise<T> => JSON.parse(await ok(args)) as T;

beforeAll(async () => {
  dir = path.join(tempDir(), 'journal');
  env = testEnv(dir);
  cwd = tempDir('career-cwd-');
  await ok(['init', '--yes', '--name', EVIL, '--vision', EVIL, '--values', 'growth,craft']);
  id = (await ok(['goal', 'add', '--yes', '--title', EVIL, '--why', EVIL, '--deadline', '2027-06-30', '--metric', EVIL, '--unit', EVIL,
    '--target', '10', '--milestone', `${EVIL}@2027-01-01`, '--step', EVIL, '--helper', EVIL, '--resource', EVIL,
    '--risk', `${EVIL} => ${EVIL}`, '--value', 'growth'])).trim();
  optionId = (await ok(['goal', 'add', '--yes', '--title=--upload-pack=x', '--deadline', '2027-06-30'])).trim();
  pathId = (await ok(['goal', 'add', '--yes', '--title', '../../etc/passwd', '--deadline', '2027-06-30'])).trim();
  longId = (await ok(['goal', 'add', '--yes', '--title', LONG, '--why', LONG, '--deadline', '2027-06-30'])).trim();
  await ok(['goal', 'progress', id, '3', '--note', EVIL]);
  await ok(['goal', 'edit', id, '--why', `${EVIL}!`, '--reason', EVIL, '--yes']);
  await ok(['milestone', 'add', id, `${EVIL} 2`, '--due', '2027-03-01']);
  await ok(['journal', 'add', '--kind', 'win', '--tag', EVIL, '--tag', '--upload-pack=x', '--goal', id, '--', EVIL]);
  await ok(['journal', 'add', '--', '--upload-pack=x']);
  await ok(['journal', 'add', LONG]);
  await ok(['checkin', '--yes', '--win', EVIL, '--learning', EVIL, '--blocker', EVIL, '--feedback', EVIL, '--focus', EVIL,
    '--note', `${id}=${EVIL}`, '--progress', `${id}=4`, '--energy', '4']);
  await ok(['goal', 'drop', pathId, '--reason', EVIL]);
}, 120_000);

describe('stored literally, read back exactly', () => {
  it('goal show --json gives back every string', async () => {
    const g = await json<{ title: string; metric: { name: string; unit: string }; milestones: { title: string }[]; progressLog: { note?: string }[]; revisions: { reason: string }[] }>(
      ['goal', 'show', id, '--json']);
    expect(g.title).toBe(EVIL);
    expect(g.metric).toMatchObject({ name: EVIL, unit: EVIL });
    expect(g.milestones.map((m) => m.title)).toEqual([EVIL, `${EVIL} 2`]);
    expect(g.progressLog[0]!.note).toBe(EVIL);
    expect(g.revisions[0]!.reason).toBe(EVIL);
    expect((await json<{ title: string }>(['goal', 'show', optionId, '--json'])).title).toBe('--upload-pack=x');
    expect((await json<{ title: string }>(['goal', 'show', longId, '--json'])).title).toBe(LONG);
  });

  it('export json, journal list --json and report --json give back the rest', async () => {
    const all = await json<{ profile: { name: string; vision: string }; goals: { id: string; why: string; steps: { text: string }[]; support: { helpers: string[] }; risks: unknown[]; closed?: { reason: string } }[] }>(['export', 'json']);
    expect(all.profile).toMatchObject({ name: EVIL, vision: EVIL });
    expect(all.goals.find((g) => g.id === id)).toMatchObject({ why: `${EVIL}!`, steps: [{ text: EVIL }], support: { helpers: [EVIL] }, risks: [{ scenario: EVIL, contingency: EVIL }] });
    expect(all.goals.find((g) => g.id === pathId)?.closed?.reason).toBe(EVIL);
    expect(all.goals.find((g) => g.id === longId)?.why).toBe(LONG);
    const rows = await json<{ text: string; tags: string[]; goal: string | null }[]>(['journal', 'list', '--json']);
    expect(rows.map((r) => r.text).sort()).toEqual([EVIL, '--upload-pack=x', LONG].sort());
    expect(rows.find((r) => r.text === EVIL)).toMatchObject({ tags: [EVIL, '--upload-pack=x'], goal: id });
    const report = await json<{ journal: Record<string, { text: string; source: string }[]> }>(['report', '--json']);
    for (const k of ['wins', 'learnings', 'blockers', 'feedback']) {
      expect(report.journal[k]!.filter((i) => i.source === 'checkin').map((i) => i.text), k).toEqual([EVIL]);
    }
  });

  it('the files are valid YAML that other readers read the same way, and doctor agrees', async () => {
    const files = ['career.yaml', `goals/${id}.yaml`, 'journal/2026/2026-11-20.yaml', 'checkins/2026/2026-W47.yaml'];
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const [i, t] of texts.entries()) {
      // Nothing unprintable raw in the file itself: each one is an escape in a double-quoted string.
      expect(RAW.test(t.replace(/\t/g, '')), files[i]).toBe(false);
      expect(parseDocument(t, { version: '1.1' }).toJS(), files[i]).toEqual(parseDocument(t).toJS());
    }
    if (spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0) {
      const py = spawnSync('python3', ['-c', 'import yaml,sys,json; print(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)]))'],
        { input: JSON.stringify(texts), encoding: 'utf8' });
      expect(py.stderr).toBe('');
      expect(JSON.parse(py.stdout)).toEqual(texts.map((t) => parseDocument(t).toJS()));
    }
    const r = await run(['doctor']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('a NUL written into a file by hand is kept and shown escaped', async () => {
    const file = path.join(dir, `goals/${optionId}.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: --upload-pack=x', 'title: "nul\\0byte and \\e[2J"'));
    expect((await json<{ title: string }>(['goal', 'show', optionId, '--json'])).title).toBe('nul\u0000byte and \u001b[2J');
    const shown = await run(['goal', 'show', optionId]);
    expect(shown.stdout).toContain('nul\\x00byte and \\x1b[2J');
    await ok(['goal', 'edit', optionId, '--why', 'a reason', '--yes']);
    expect(fs.readFileSync(file, 'utf8')).toContain('title: "nul\\0byte and \\e[2J"');
  });
});

describe('nothing is executed and no path leaves the journal', () => {
  it('no file x or y appears in the working directory, the journal or its parent', async () => {
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['journal']);
    expect(fs.readdirSync(dir).sort()).toEqual(['.career', '.git', '.gitignore', 'career.yaml', 'checkins', 'goals', 'journal']);
  });

  it('goal ids are slugs inside goals/', async () => {
    expect(optionId).toBe('upload-pack-x');
    expect(pathId).toBe('etc-passwd');
    for (const g of [id, optionId, pathId, longId]) expect(g).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/);
    expect(fs.readdirSync(path.join(dir, 'goals')).sort()).toEqual([id, optionId, pathId, longId].map((g) => `${g}.yaml`).sort());
  });

  it('a hostile id given to a command is refused without touching anything outside', async () => {
    for (const args of [['goal', 'show', '../../etc/passwd'], ['goal', 'progress', '../career', '1'], ['goal', 'edit', '/etc/passwd', '--why', 'x', '--yes'],
      ['journal', 'add', '--goal', '../../etc/passwd', 'text'], ['milestone', 'add', '../x', 'Title words here', '--due', '2027-01-01'],
      ['log', '--', '--upload-pack=touch x'], ['log', '../../etc/passwd'], ['share', '--week', '../../x'], ['sync', '--remote', '--upload-pack=touch x']]) {
      const r = await run(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/^career: /);
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['journal']);
  });

  it('every commit message is one line without control characters', async () => {
    const messages = gitIn(dir, env, ['log', '--format=%B%x00']).split('\u0000\n').filter(Boolean);
    expect(messages.length).toBeGreaterThanOrEqual(12);
    for (const m of messages) {
      expect(m.replace(/\n+$/, '').split('\n'), JSON.stringify(m)).toHaveLength(1);
      expect(/[\u0000-\u001f\u007f]/.test(m.replace(/\n+$/, '')), JSON.stringify(m)).toBe(false);
    }
  });
});

describe('rendered safely', () => {
  // Functions, not lists: the ids are known only once beforeAll has made the goals (a list built
  // when the file is collected would hold `undefined` for each).
  const READS = (): string[][] => [
    ['goal', 'list'], ['goal', 'list', '--all'], ['goal', 'show', id], ['goal', 'show', longId], ['goal', 'lint'], ['journal', 'list'],
    ['journal', 'list', '--search', 'Evil'], ['report'], ['report', '--period', 'all'], ['report', '--format', 'markdown'], ['share'],
    ['log'], ['log', id], ['review', 'monthly', '--facts'], ['export', 'markdown'], ['doctor'], ['where'],
    ['goal', 'list', '--json'], ['goal', 'show', id, '--json'], ['journal', 'list', '--json'], ['report', '--json'], ['export', 'json'], ['log', '--json'],
  ];
  const ERRORS = (): string[][] => [
    ['goal', 'show', EVIL], ['journal', 'add', '--goal', EVIL, 'x'], ['journal', 'list', '--goal', EVIL], ['goal', 'progress', id, EVIL],
    ['milestone', 'done', id, EVIL.slice(0, 20)], ['review', 'monthly', '--yes', '--answer', `${EVIL}=x`], ['report', '--period', EVIL],
    ['checkin', '--yes', '--status', `${id}=${EVIL}`], ['journal', 'add', '--kind', EVIL, 'x'], ['export', EVIL],
  ];

  it('no raw control character in any output, with colours off', async () => {
    for (const args of [...READS(), ...ERRORS()]) {
      const r = await run(args);
      const what = `career ${args.join(' ').slice(0, 80)}`;
      expect(r.stdout.length + r.stderr.length, what).toBeGreaterThan(0);
      expect(RAW.exec(r.stdout)?.[0], `${what} stdout`).toBeUndefined();
      expect(RAW.exec(r.stderr)?.[0], `${what} stderr`).toBeUndefined();
      expect(r.stderr, what).not.toMatch(/^\s+at /m);
    }
  });

  it('with colours on, only career\'s own colour sequences reach the terminal', async () => {
    // The terminal renderers (colour is never on for JSON): one run of each view and two errors.
    const VIEWS = [['goal', 'list', '--all'], ['goal', 'show', id], ['journal', 'list'], ['report', '--period', 'all'], ['log', id], ['doctor']];
    for (const args of [...VIEWS, ...ERRORS().slice(0, 2)]) {
      const r = runInColour(args);
      const out = r.stdout + r.stderr;
      const what = `career ${args.join(' ').slice(0, 80)}`;
      expect(out.replace(/\u001b\[[0-9;]*m/g, '').match(RAW)?.[0], what).toBeUndefined();
      expect(out, what).not.toContain('\u001b[31mred'); // the entry's own escape, obeyed
    }
    expect(runInColour(['goal', 'list']).stdout).toMatch(/\u001b\[\d+m/); // colours are on
  });

  it('escapes are visible, and the JSON output still parses to the exact text', async () => {
    const shown = (await run(['goal', 'show', id])).stdout;
    expect(shown).toContain('csi \\x1b[31mred\\x1b[0m');
    expect(shown).toContain('bidi \\u202edcba');
    const listed = await ok(['goal', 'list', '--json']);
    expect(RAW.test(listed)).toBe(false);
    expect((JSON.parse(listed) as { title: string }[]).map((g) => g.title)).toContain(EVIL);
  });

  it('goal list and report keep to the terminal width even for a 10,000-character title', async () => {
    for (const args of [['goal', 'list'], ['report'], ['report', '--period', 'all']]) {
      const widest = Math.max(...(await ok(args)).split('\n').map((l) => stringWidth(l)));
      expect(widest, args.join(' ')).toBeLessThanOrEqual(80);
    }
  });
});
