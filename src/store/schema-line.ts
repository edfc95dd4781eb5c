// The first line of every file career creates: `# yaml-language-server: $schema=<path>`, which
// editors with the YAML language server (VS Code's YAML extension, Neovim, Helix, ...) honour to
// check a hand edit as it is typed. To every YAML reader it is a comment. The path is relative
// and points into the journal's own .career/schemas/, which career fills from the schemas the
// package ships: the same line works on every machine and after the package moves.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FILE_KINDS, schemaFileName } from '../core/file-kinds.js';
import { PRIVATE_DIR, classifyPath } from './paths.js';
import { writeFileAtomic } from './write-set.js';

export const SCHEMAS_DIR = `${PRIVATE_DIR}/schemas`;
export const SCHEMA_LINE_PREFIX = '# yaml-language-server: $schema=';

/** The package's schemas/ folder: ../../schemas/ from both src/store (tsx) and dist/store. */
/** The text of a schema file shipped in the package. */
export function shippedSchemaText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

export function shippedSchemasDir(): string {
  return fileURLToPath(new URL('../../schemas/', import.meta.url));
}

/** The `$schema` comment for the record at `rel`, or undefined when `rel` holds no record. */
export function schemaLine(rel: string): string | undefined {
  const kind = classifyPath(rel);
  if (!kind) return undefined;
  const up = '../'.repeat(rel.split('/').length - 1);
  return `${SCHEMA_LINE_PREFIX}${up}${SCHEMAS_DIR}/${schemaFileName(kind.kind)}`;
}

/**
 * Copy the shipped schemas into .career/schemas/ where one is missing or differs in size (a
 * newer career's): the files the `$schema` lines name. A convenience for editors, so it never
 * fails a save: a journal that cannot take them still saves, and the next write tries again.
 */
export function installSchemas(root: string): void {
  try {
    const shipped = shippedSchemasDir();
    for (const kind of FILE_KINDS) {
      const name = schemaFileName(kind);
      const source = fs.statSync(`${shipped}${name}`);
      const target = fs.statSync(`${root}/${SCHEMAS_DIR}/${name}`, { throwIfNoEntry: false });
      if (target?.size === source.size) continue;
      writeFileAtomic(root, `${SCHEMAS_DIR}/${name}`, fs.readFileSync(`${shipped}${name}`));
    }
  } catch {
    // a read-only .career, a package without schemas/: the journal is fine without them
  }
}
