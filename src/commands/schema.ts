// `career schema [kind]`: the JSON Schema of a kind of journal file, as shipped in the package
// (generated from the zod schemas), for editors and other tools. Without a kind, which kinds
// there are and where their schemas live. Reads the shipped file: zod is not loaded.
import { FILE_KINDS, FILE_OF, isFileKind, schemaFileName } from '../core/file-kinds.js';
import { UsageError } from '../core/errors.js';
import { closest } from '../core/text.js';
import { fileTools } from '../store/index.js';
import { makeContext, type GlobalOptions } from './context.js';

/** What people also call a kind: the folder's name, or the profile's file. */
const ALIASES: Readonly<Record<string, string>> = {
  'career.yaml': 'profile', goals: 'goal', checkins: 'checkin', 'check-in': 'checkin', entry: 'journal', day: 'journal', reviews: 'review',
};

export async function run(g: GlobalOptions, kind: string | undefined, opts: { path?: boolean }): Promise<void> {
  const ctx = makeContext(g);
  const { schemaLine, SCHEMAS_DIR, shippedSchemasDir, shippedSchemaText } = await fileTools();
  if (kind === undefined) {
    const width = Math.max(...FILE_KINDS.map((k) => k.length));
    ctx.out([
      'The JSON Schema of each kind of journal file (career schema <kind> prints one):',
      ...FILE_KINDS.map((k) => `  ${k.padEnd(width)}  ${FILE_OF[k]}`),
      '',
      `Shipped in ${shippedSchemasDir()}; career copies them to ${SCHEMAS_DIR}/ in the journal,`,
      'and each file it creates names its own on its first line, for editors with the YAML language server:',
      `  ${schemaLine('goals/example.yaml')}`,
    ].join('\n'));
    return;
  }
  const name = ALIASES[kind.toLowerCase()] ?? kind.toLowerCase();
  if (!isFileKind(name)) {
    const near = closest(kind, FILE_KINDS);
    throw new UsageError(`unknown file kind "${kind}": use ${FILE_KINDS.join(', ')}`, near ? `did you mean ${near}?` : undefined);
  }
  const file = `${shippedSchemasDir()}${schemaFileName(name)}`;
  if (opts.path) return ctx.out(file);
  process.stdout.write(shippedSchemaText(file));
}
