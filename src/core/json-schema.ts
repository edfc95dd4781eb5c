// The JSON Schema of each kind of journal file (SPEC §3, `career schema`), generated from the
// zod schemas with zod 4's z.toJSONSchema, so an editor with the YAML language server checks a
// hand edit by the same rules career reads it with. The shipped copies in schemas/ are these,
// written by `npm run schemas` (a test keeps them equal).
import * as z from '../vendor/zod.js';
import { FILE_OF, type FileKind } from './file-kinds.js';
import { MAX_ID_LENGTH } from './slug.js';
import { Checkin, dateString, Goal, idString, EntryDay, Profile, Review, weekString } from './schemas.js';

const SCHEMAS: Readonly<Record<FileKind, z.ZodType>> = { profile: Profile, goal: Goal, checkin: Checkin, journal: EntryDay, review: Review };

// The checks zod makes in code (refine) have no JSON Schema form of their own: the shapes they
// accept, as patterns. A date's calendar (no 2026-02-30) and a week's range are left to career.
const PATTERNS = new Map<z.ZodType, { pattern: string; description: string; maxLength?: number }>([
  [dateString, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date, YYYY-MM-DD' }],
  [weekString, { pattern: '^\\d{4}-W\\d{2}$', description: 'an ISO week, GGGG-Www (e.g. 2026-W47)' }],
  [idString, { pattern: '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$', maxLength: MAX_ID_LENGTH, description: 'an id: lowercase letters, digits and hyphens' }],
]);

/** The JSON Schema (draft 2020-12) a file of `kind` must satisfy, as the file is written (defaults optional). */
export function jsonSchemaOf(kind: FileKind): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[kind], {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = PATTERNS.get(zodSchema as unknown as z.ZodType);
      if (extra) Object.assign(jsonSchema, extra);
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: `career ${kind} file`, description: `A career journal's ${FILE_OF[kind]} (schema version 1).`, ...rest };
}
