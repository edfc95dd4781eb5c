// The parts of js-yaml the fast reader uses, bundled and minified by the build as zod.ts is.
export { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
export type { LoadOptions } from 'js-yaml';
