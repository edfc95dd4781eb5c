// What a parsed YAML value is when it is a mapping: shared by the document edit (edit.ts), the
// line edit (text-patch.ts) and the quick write path (fast-write.ts), none of which load another.

/** A mapping (plain object) rather than a list, a scalar or null; `T` is what its values hold. */
export const isMapping = <T = unknown>(v: unknown): v is Record<string, T> => typeof v === 'object' && v !== null && !Array.isArray(v);
