// One copy of each bundled library at run time: outside dist/vendor/, no built file imports,
// dynamically imports or requires zod, yaml, js-yaml or commander by name (the lint rule sees
// only static imports); and each bundle holds no import of its own library's files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/env.js';

const DIST = path.join(ROOT, 'dist');
const NAMES = ['zod', 'yaml', 'js-yaml', 'commander'];
const BY_NAME = new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*|\\)\\s*\\(\\s*)['"](?:${NAMES.join('|')})(?:/[^'"]*)?['"]`);

function builtFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? builtFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

describe('the bundled libraries', () => {
  it('are reached only through dist/vendor/', () => {
    const files = builtFiles(DIST);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => BY_NAME.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(DIST, f));
    expect(offenders).toEqual([]);
  });

  it('are each one file', () => {
    expect(fs.readdirSync(path.join(DIST, 'vendor')).sort()).toEqual(NAMES.map((n) => `${n}.js`).sort());
  });
});
