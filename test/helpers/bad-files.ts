// Broken goal files, one per way a hand edit can go wrong (SPEC §5), with where and how each must
// be reported. Shared by the end-to-end safety suite and the store's test of big journals.
export const ID = 'ship-three-big-features';
export const GOAL = `goals/${ID}.yaml`;

export interface Expect { where: string; message: string | RegExp }

// A hand-written goal file: line numbers below refer to it.
export const GOOD = `version: 1
title: Ship three big features
type: other
horizon: short
status: active
created: "2026-11-20"
deadline: "2027-06-30"
why: grow
metric:
  name: features
  start: 0
  target: 3
`;

export const bomb = ['version: 1', 'title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghijk'.split('').map((c, i) => `k${c}: &${c} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(',')}]`))
  .join('\n') + '\n';

/** GOOD with its `why: grow` line replaced by `before`, raw bytes, `after`. */
export function withBytes(before: string, bytes: number[], after: string): Buffer {
  const [head, tail] = GOOD.split('why: grow');
  return Buffer.concat([Buffer.from(head + before), Buffer.from(bytes), Buffer.from(after + tail!)]);
}

export const G = (line: number, col: number) => `${GOAL}:${line}:${col}`;

export const CASES: [string, string | Uint8Array, Expect][] = [
  ['a wrong enum value', GOOD.replace('horizon: short', 'horizon: soon'), { where: G(4, 10), message: 'horizon: must be one of short, mid, long' }],
  ['a wrong type', GOOD.replace('  target: 3', '  target: three'), { where: G(12, 11), message: 'metric.target: must be a number' }],
  ['tab indentation', GOOD.replace('  name: features', '\tname: features'), { where: G(10, 1), message: 'tab used for indentation' }],
  ['a duplicate key', GOOD.replace('why: grow\n', 'why: grow\nwhy: again\n'), { where: G(9, 1), message: 'duplicate key "why"' }],
  ['a duplicate nested key', GOOD.replace('  start: 0\n', '  start: 0\n  start: 1\n'), { where: G(12, 3), message: 'duplicate key "start"' }],
  ['an unknown key', `${GOOD}colour: blue\n`, { where: G(13, 1), message: 'unknown key "colour"' }],
  ['a misspelt key', GOOD.replace('deadline:', 'dedline:'), { where: G(7, 1), message: 'unknown key "dedline"' }],
  ['a missing key', GOOD.replace('type: other\n', ''), { where: G(1, 1), message: 'type: is required' }],
  ['an empty file', '', { where: G(1, 1), message: 'file is empty' }],
  ['a file of blank lines', '\n  \n\n', { where: G(1, 1), message: 'file is empty' }],
  ['a file of only a comment', '# nothing here\n', { where: G(1, 1), message: 'must be a mapping of keys' }],
  ['a list instead of a mapping', '- version: 1\n', { where: G(1, 1), message: 'must be a mapping of keys' }],
  ['two YAML documents', `${GOOD}---\nversion: 1\n`, { where: G(13, 1), message: 'more than one YAML document' }],
  ['a YAML 1.1 directive', `%YAML 1.1\n---\n${GOOD}`, { where: G(1, 1), message: 'YAML 1.1 is not supported' }],
  ['invalid UTF-8', Buffer.concat([Buffer.from('version: 1\ntitle: Ship th'), Buffer.from([0xff]), Buffer.from(GOOD.slice(GOOD.indexOf('ree big')))]),
    { where: G(2, 15), message: 'invalid UTF-8 byte 0xff' }],
  ['an overlong UTF-8 encoding', withBytes('why: gr', [0xc0, 0xaf], 'w'), { where: G(8, 8), message: 'invalid UTF-8 byte 0xc0' }],
  ['invalid UTF-8 after multibyte text', withBytes('why: größer ', [0xe2, 0x28, 0xa1], ''), { where: G(8, 13), message: 'invalid UTF-8 byte 0xe2' }],
  ['a lone UTF-16 surrogate', withBytes('why: gr', [0xed, 0xa0, 0x80], 'ow'), { where: G(8, 8), message: 'invalid UTF-8 byte 0xed' }],
  ['a !!js/function tag', GOOD.replace('why: grow', 'why: !!js/function "function () { require(\'fs\').writeFileSync(\'pwned\', \'x\') }"'),
    { where: G(8, 6), message: 'unknown tag !!js/function' }],
  ['a !custom tag', GOOD.replace('why: grow', 'why: !custom grow'), { where: G(8, 6), message: 'unknown tag !custom' }],
  ['a !!python/object tag', GOOD.replace('why: grow', 'why: !!python/object/apply:os.system ["touch pwned"]'),
    { where: G(8, 6), message: 'unknown tag !!python/object/apply:os.system' }],
  ['a !!binary tag', GOOD.replace('why: grow', 'why: !!binary aGVsbG8='), { where: G(8, 6), message: 'unknown tag !!binary' }],
  ['a 10 MB file', `${GOOD}# ${'x'.repeat(10 * 1024 * 1024)}\n`, { where: G(1, 1), message: 'file is 10240 KiB, more than career reads (2 MiB)' }],
  ['10,000 nested [', `${GOOD}why2: ${'['.repeat(10_000)}\n`, { where: G(13, 70), message: 'nested more than 64 levels deep' }],
  ['10,000 nested {', GOOD.replace('why: grow', `why: ${'{a: '.repeat(10_000)}`), { where: G(8, 258), message: 'nested more than 64 levels deep' }],
  ['10,000 nested block lists', `${GOOD}why2:\n  ${'- '.repeat(10_000)}x\n`, { where: G(14, 129), message: 'nested more than 64 levels deep' }],
  ['conflict markers from a merge', GOOD.replace('why: grow\n', '<<<<<<< HEAD\nwhy: grow\n=======\nwhy: grow more\n>>>>>>> theirs\n'),
    { where: G(8, 1), message: 'git conflict marker' }],
  ['conflict markers with CRLF line ends', GOOD.replace('why: grow\n', '<<<<<<< HEAD\nwhy: grow\n=======\nwhy: more\n>>>>>>> b\n').replace(/\n/g, '\r\n'),
    { where: G(8, 1), message: 'git conflict marker' }],
];

