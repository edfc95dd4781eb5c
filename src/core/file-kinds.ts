// The kinds of journal file (SPEC §2), by the names `career schema` takes, apart from the zod
// schemas so that printing a shipped JSON Schema does not load zod.
export const FILE_KINDS = ['profile', 'goal', 'checkin', 'journal', 'review'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export function isFileKind(s: string): s is FileKind {
  return (FILE_KINDS as readonly string[]).includes(s);
}

/** Where each kind lives in the journal (SPEC §2), for the schema's description and `career schema`. */
export const FILE_OF: Readonly<Record<FileKind, string>> = {
  profile: 'career.yaml',
  goal: 'goals/<id>.yaml',
  checkin: 'checkins/<GGGG>/<GGGG>-W<WW>.yaml',
  journal: 'journal/<YYYY>/<YYYY-MM-DD>.yaml',
  review: 'reviews/<YYYY>/<YYYY>-<MM>.yaml, <YYYY>-Q<n>.yaml or <YYYY>-annual.yaml',
};

/** The shipped file's name, also what a journal file's `$schema` line names. */
export const schemaFileName = (kind: FileKind) => `${kind}.schema.json`;
