// The JSON Schemas career ships for editors (SPEC §3, `career schema`): generated from the zod
// schemas and kept equal to them, they accept every file of the demo journal and refuse the
// broken goal files that reach a schema at all (the others are not YAML an editor could check).
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { schemaText, SCHEMAS_DIR } from '../../scripts/schemas.js';
import { FILE_KINDS, schemaFileName, type FileKind } from '../../src/core/file-kinds.js';
import { jsonSchemaOf } from '../../src/core/json-schema.js';
import { classifyPath } from '../../src/store/paths.js';
import { CASES, GOOD } from '../helpers/bad-files.js';
import { ROOT } from '../helpers/env.js';

const shipped = (kind: FileKind) => JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, schemaFileName(kind)), 'utf8')) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = new Map(FILE_KINDS.map((k) => [k, ajv.compile(shipped(k))]));

/** Every file under `dir`, relative, with forward slashes. */
function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]));
}

describe('the shipped JSON Schemas', () => {
  it.each(FILE_KINDS.map((k) => [k]))('%s: schemas/ holds what z.toJSONSchema makes of src/core/schemas.ts (npm run schemas)', (kind) => {
    expect(fs.readFileSync(path.join(SCHEMAS_DIR, schemaFileName(kind)), 'utf8')).toBe(schemaText(jsonSchemaOf(kind)));
  });

  it('ship in the package', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schemas');
  });

  it('accept every file of the demo journal', () => {
    const demo = path.join(ROOT, 'templates', 'demo');
    const seen = new Set<string>();
    for (const rel of files(demo)) {
      const kind = classifyPath(rel);
      expect(kind, rel).not.toBeNull();
      const validate = validators.get(kind!.kind)!;
      expect(validate(parse(fs.readFileSync(path.join(demo, rel), 'utf8'))), `${rel}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      seen.add(kind!.kind);
    }
    expect([...seen].sort()).toEqual([...FILE_KINDS].sort());
  });

  it('refuse each broken goal file that parses as YAML, and accept the good one', () => {
    const goal = validators.get('goal')!;
    expect(goal(parse(GOOD))).toBe(true);
    const checked: string[] = [];
    for (const [name, content] of CASES) {
      if (typeof content !== 'string') continue; // bytes that are not UTF-8: the editor's encoding check
      const doc = parseDocument(content, { uniqueKeys: true, strict: true, resolveKnownTags: false });
      // Not YAML (or a tag no schema can type): the editor's parser, not the schema, reports it.
      if (doc.errors.length || doc.warnings.length) continue;
      // The same data as the good file (a 1.1 directive, a huge comment): career refuses the text, not the data.
      if (isDeepStrictEqual(doc.toJS(), parse(GOOD))) continue;
      expect(goal(doc.toJS()), name).toBe(false);
      checked.push(name);
    }
    expect(checked).toEqual(expect.arrayContaining(['a wrong enum value', 'a wrong type', 'an unknown key', 'a misspelt key', 'a missing key', 'a list instead of a mapping']));
  });

  it('check the shapes zod checks in code: dates, weeks and ids', () => {
    const entry = (over: object) => ({ version: 1, date: '2026-11-20', entries: [{ text: 'Shipped', ...over }], ...over });
    const day = validators.get('journal')!;
    expect(day(entry({}))).toBe(true);
    expect(day({ ...entry({}), date: '20 Nov 2026' })).toBe(false);
    expect(day({ version: 1, date: '2026-11-20', entries: [{ text: 'x', goal: 'Not An Id' }] })).toBe(false);
    expect(validators.get('checkin')!({ version: 1, week: '2026-47', date: '2026-11-20' })).toBe(false);
    expect(validators.get('checkin')!({ version: 1, week: '2026-W47', date: '2026-11-20' })).toBe(true);
  });
});
