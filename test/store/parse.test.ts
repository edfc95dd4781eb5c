import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Goal } from '../../src/core/schemas.js';
import type { Problem } from '../../src/core/errors.js';
import { readRecord, tryReadRecord } from '../../src/store/strict-reader.js';
import { editedFileText } from '../../src/store/file-text.js';
import { MAX_FILE_BYTES, parseYaml } from '../../src/store/yamlio.js';
import { tempDir } from '../helpers/env.js';

// A valid goal, one key per line, so every expected line number below can be counted by eye.
const GOAL_LINES = [
  'version: 1', //           1
  'title: Learn to fly', //  2
  'type: development', //    3
  'horizon: short', //       4
  'created: 2026-01-05', //  5
  'deadline: 2026-06-30', // 6
];
const GOAL = GOAL_LINES.join('\n') + '\n';

/** Write `content` as goals/<name>.yaml in a fresh temp journal and read it back. */
function read(content: string | Uint8Array, name = 'bad-goal') {
  const root = tempDir('career-parse-');
  const rel = `goals/${name}.yaml`;
  fs.mkdirSync(path.join(root, 'goals'));
  fs.writeFileSync(path.join(root, rel), content);
  return { root, rel, result: tryReadRecord(root, rel, Goal) };
}

function problemsOf(content: string | Uint8Array): Problem[] {
  const { result } = read(content);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

// Nine levels of nine aliases each: 9^9 (387 million) strings if expanded naively.
const ALIAS_BOMB = 'version: 1\n' + ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i, all) => {
  const item = i === 0 ? '"lol"' : `*${all[i - 1]}`;
  return `${name}: &${name} [${Array(9).fill(item).join(', ')}]`;
}).join('\n') + '\n';

interface Case {
  name: string;
  content: string | Uint8Array;
  line: number;
  col: number;
  message: RegExp;
  hint?: RegExp;
}

const cases: Case[] = [
  { name: 'invalid UTF-8 (0xff) in a value on line 3', content: bytes('version: 1\ntitle: Learn to fly\nwhy: caf', [0xff], ' au lait\n'), line: 3, col: 9, message: /^invalid UTF-8 byte 0xff$/, hint: /UTF-8/ },
  { name: 'invalid UTF-8 after a valid multi-byte character (column in characters)', content: bytes('version: 1\nwhy: café ', [0xfe], '\n'), line: 2, col: 11, message: /invalid UTF-8 byte 0xfe/ },
  { name: 'truncated UTF-8 sequence', content: bytes('version: 1\ntitle: ', [0xc3, 0x28], '\n'), line: 2, col: 8, message: /invalid UTF-8 byte 0xc3/ },
  { name: 'overlong UTF-8 encoding of /', content: bytes('version: 1\n\ntitle: x', [0xc0, 0xaf], '\n'), line: 3, col: 9, message: /invalid UTF-8/ },
  { name: 'UTF-16 surrogate encoded as UTF-8', content: bytes('title: ', [0xed, 0xa0, 0x80], '\n'), line: 1, col: 8, message: /invalid UTF-8/ },
  { name: 'Latin-1 file (é as 0xe9)', content: bytes('version: 1\ntitle: Caf', [0xe9], '\n'), line: 2, col: 11, message: /invalid UTF-8 byte 0xe9/ },
  { name: 'duplicate key', content: 'version: 1\ntitle: Learn to fly\ntitle: Learn to swim\n', line: 3, col: 1, message: /^duplicate key "title"$/, hint: /once/ },
  { name: 'duplicate key in a nested mapping', content: GOAL + 'metric:\n  name: hours\n  start: 0\n  name: minutes\n', line: 10, col: 3, message: /^duplicate key "name"$/ },
  { name: 'duplicate quoted key', content: 'version: 1\n"title": a\ntitle: b\n', line: 3, col: 1, message: /duplicate key "title"/ },
  { name: 'unknown tag !!js/function', content: 'version: 1\ntitle: !!js/function "function () { return process.exit(9) }"\n', line: 2, col: 8, message: /^unknown tag !!js\/function$/, hint: /remove the !tag/ },
  { name: 'unknown tag !custom', content: 'version: 1\ntitle: Learn\nwhy: !custom something\n', line: 3, col: 6, message: /^unknown tag !custom$/, hint: /!tag/ },
  { name: 'unknown tag !!python/object', content: 'version: 1\ntitle: !!python/object:os.system ls\n', line: 2, col: 8, message: /unknown tag !!python\/object:os\.system/ },
  { name: 'two documents', content: GOAL + '---\n' + GOAL, line: 7, col: 1, message: /more than one YAML document/, hint: /---/ },
  { name: 'two documents, each with ---', content: '---\n' + GOAL + '---\nversion: 1\n', line: 8, col: 1, message: /more than one YAML document/ },
  { name: 'empty file', content: '', line: 1, col: 1, message: /^file is empty$/, hint: /git checkout -- goals\/bad-goal\.yaml/ },
  { name: 'whitespace-only file', content: '  \n\n\t \n   ', line: 1, col: 1, message: /^file is empty$/ },
  { name: 'git conflict markers', content: 'version: 1\ntitle: Learn to fly\n<<<<<<< HEAD\ntype: development\n=======\ntype: position\n>>>>>>> theirs\n', line: 3, col: 1, message: /git conflict marker/, hint: /<<<<<<</ },
  { name: 'git conflict marker ======= alone', content: GOAL + '=======\n', line: 7, col: 1, message: /git conflict marker/ },
  { name: 'tab indentation', content: GOAL + 'metric:\n\tname: hours\n', line: 8, col: 1, message: /^tab used for indentation$/, hint: /spaces/ },
  { name: 'wrong enum value', content: GOAL.replace('type: development', 'type: developmnt'), line: 3, col: 7, message: /^type: must be one of development, position, networking, balance, entrepreneurial, other$/ },
  { name: 'wrong enum value in a list item', content: GOAL + 'status: finished\n', line: 7, col: 9, message: /^status: must be one of active, done, dropped$/ },
  { name: 'unknown key (typo)', content: GOAL + 'titel: Learn\n', line: 7, col: 1, message: /^unknown key "titel"$/, hint: /^did you mean "title"\?$/ },
  { name: 'unknown key in a milestone', content: GOAL + 'milestones:\n  - id: pilot\n    title: Pilot\n    due: 2026-03-01\n    dne: true\n', line: 11, col: 5, message: /^unknown key "dne" in milestones\[0\]$/, hint: /^did you mean "due"\?$/ },
  { name: 'unknown key with nothing close', content: GOAL + 'zzzzzzzzzz: 1\n', line: 7, col: 1, message: /unknown key "zzzzzzzzzz"/, hint: /allowed keys: version, title/ },
  { name: 'YAML 1.1 merge key is just an unknown key', content: 'base: &b\n  title: x\n<<: *b\n', line: 1, col: 1, message: /unknown key "base"/ },
  { name: 'version 2', content: GOAL.replace('version: 1', 'version: 2'), line: 1, col: 10, message: /^version: must be 1/ },
  { name: 'missing required field', content: GOAL.replace('deadline: 2026-06-30\n', ''), line: 1, col: 1, message: /^deadline: is required$/ },
  { name: 'bad date', content: GOAL.replace('2026-06-30', '2024-02-30'), line: 6, col: 11, message: /^deadline: must be a real date written YYYY-MM-DD$/ },
  { name: 'metric start == target', content: GOAL + 'metric:\n  name: hours\n  start: 5\n  target: 5\n', line: 10, col: 11, message: /^metric\.target: must differ from start$/ },
  { name: 'a list where a mapping belongs', content: '- version: 1\n', line: 1, col: 1, message: /must be a mapping of keys/ },
  { name: 'only a comment', content: '# to do: fill in\n', line: 1, col: 1, message: /must be a mapping of keys/ },
  { name: 'unterminated quote', content: 'version: 1\ntitle: "Learn to fly\n', line: 3, col: 1, message: /quote/i },
  { name: '%YAML 1.1 directive', content: '%YAML 1.1\n---\n' + GOAL, line: 1, col: 1, message: /YAML 1\.1 is not supported/, hint: /%YAML/ },
];

describe('parse problems: path, line, col, message', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const problems = problemsOf(c.content);
    const p = problems.find((x) => c.message.test(x.message));
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p).toMatchObject({ path: 'goals/bad-goal.yaml', line: c.line, col: c.col });
    if (c.hint) expect(p!.hint).toMatch(c.hint);
  });

  it('reports a missing title and the typo that explains it', () => {
    const problems = problemsOf(GOAL.replace('title:', 'titel:'));
    expect(problems).toEqual([
      { path: 'goals/bad-goal.yaml', line: 1, col: 1, message: 'title: is required' },
      { path: 'goals/bad-goal.yaml', line: 2, col: 1, message: 'unknown key "titel"', hint: 'did you mean "title"?' },
    ]);
  });

  it('stops an alias bomb at the alias limit, pointing at the first alias', () => {
    // Bounded work, not a timing: the reader gives up once the alias count passes its limit
    // (the parser's "excessive alias count"), long before the bomb is expanded.
    const problems = problemsOf(ALIAS_BOMB);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/excessive alias count/i);
    expect(problems[0]).toMatchObject({ path: 'goals/bad-goal.yaml', line: 3, col: 8 });
    expect(problems[0]!.message).toMatch(/alias/i);
    expect(problems[0]!.hint).toMatch(/anchors/);
  });

  it('allows a few harmless aliases (then the schema decides)', () => {
    const problems = problemsOf(GOAL + 'values: &v [growth]\nx: *v\n');
    expect(problems).toEqual([expect.objectContaining({ line: 8, col: 1, message: 'unknown key "x"' })]);
  });

  it('refuses a file over the size limit without reading it as YAML', () => {
    const big = GOAL + '# ' + 'x'.repeat(3 * 1024 * 1024) + '\n';
    expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_FILE_BYTES);
    const problems = problemsOf(big);
    expect(problems).toEqual([expect.objectContaining({ path: 'goals/bad-goal.yaml', line: 1, col: 1, message: expect.stringMatching(/^file is 3\d{3} KiB, more than career reads \(2 MiB\)$/) })]);
  });

  it('reads a file just under the size limit', () => {
    const filler = '# ' + 'x'.repeat(1000) + '\n';
    const text = GOAL + filler.repeat(Math.floor((MAX_FILE_BYTES - GOAL.length) / filler.length));
    expect(read(text).result.ok).toBe(true);
  });

  it('does not execute or resolve a tag, even with a valid rest of the file', () => {
    const r = parseYaml('x.yaml', Buffer.from('a: !!js/undefined ~\nb: !!binary aGVsbG8=\nc: !!timestamp 2026-01-01\nd: !!set {x}\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
        '1:4 unknown tag !!js/undefined', '2:4 unknown tag !!binary', '3:4 unknown tag !!timestamp', '4:4 unknown tag !!set',
      ]);
    }
  });

  it('never throws for garbage bytes', () => {
    for (const junk of [Buffer.from([0, 1, 2, 3]), Buffer.from('{{{{[[[['), Buffer.from('\u0000version: 1'), Buffer.from(': : :')]) {
      const r = parseYaml('x.yaml', junk);
      if (!r.ok) for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('text conventions', () => {
  const CRLF = GOAL.replace(/\n/g, '\r\n');
  const BOM = '\uFEFF';

  it.each([
    ['a BOM file', BOM + GOAL, { bom: true, eol: '\n' }],
    ['a CRLF file', CRLF, { bom: false, eol: '\r\n' }],
    ['a BOM + CRLF file', BOM + CRLF, { bom: true, eol: '\r\n' }],
  ])('%s parses', (_name, text, format) => {
    const { result } = read(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.format).toEqual(format);
    expect(result.file.data.title).toBe('Learn to fly');
    expect(result.file.data.deadline).toBe('2026-06-30');
  });

  it.each([
    ['a BOM file', BOM + GOAL],
    ['a CRLF file', CRLF],
    ['a BOM + CRLF file', BOM + CRLF],
  ])('%s keeps its BOM and line endings after an edit', (_name, text) => {
    const { root, rel } = read(text);
    const file = readRecord(root, rel, Goal);
    const out = editedFileText(file, { ...file.data, deadline: '2026-07-31' });
    expect(out.startsWith(BOM)).toBe(text.startsWith(BOM));
    expect(out.slice(1).includes(BOM)).toBe(false);
    if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    else expect(out).not.toContain('\r');
    // Only the edited line differs.
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const before = text.split(eol);
    const after = out.split(eol);
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(['deadline: "2026-07-31"']);
    fs.writeFileSync(path.join(root, rel), out);
    expect(readRecord(root, rel, Goal).data.deadline).toBe('2026-07-31');
  });

  it('an error on line 1 of a BOM file counts columns after the BOM', () => {
    const problems = problemsOf(bytes(BOM + 'title: ', [0xff], '\n'));
    expect(problems[0]).toMatchObject({ line: 1, col: 8 });
  });
});
