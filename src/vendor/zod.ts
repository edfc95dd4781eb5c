// The parts of zod career uses, from one module. The build bundles this file into one minified
// file holding only these parts and what they need (scripts/vendor.mjs): it loads in a fifth of
// the time zod's own hundred-odd modules take. The program bundle (scripts/program-bundle.mjs)
// takes zod through this same list, and tests run against zod itself through it.
export { array, boolean, compile, enum, literal, number, strictObject, string, toJSONSchema, union } from 'zod';
export type { infer, ZodType } from 'zod';
