// `npm run schemas`: write schemas/<kind>.schema.json from the zod schemas. The files ship in the
// package (career schema prints them, journals link to them); test/core/json-schema.test.ts fails
// when they fall behind src/core/schemas.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_KINDS, schemaFileName } from '../src/core/file-kinds.js';
import { jsonSchemaOf } from '../src/core/json-schema.js';

export const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** The text of a shipped schema file: two-space JSON and a final newline. */
export const schemaText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const kind of FILE_KINDS) {
    fs.writeFileSync(path.join(SCHEMAS_DIR, schemaFileName(kind)), schemaText(jsonSchemaOf(kind)));
    console.log(`wrote schemas/${schemaFileName(kind)}`);
  }
}
