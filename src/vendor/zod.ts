// The parts of zod career uses, from one module. The build bundles this file into one minified
// file holding only these parts and what they need (scripts/vendor.mjs): it loads in a fifth of
// the time zod's own hundred-odd modules take. The program bundle (scripts/program-bundle.mjs)
// takes zod through this same list, and tests run against zod itself through it.
export { array, boolean, enum, literal, number, strictObject, string, toJSONSchema, union, withParser } from 'zod';
// The code generation z.compile runs twice (a parser and a check-only validator); career only parses.
export { compileFn } from 'zod/v4/core';
export type { infer, ZodType } from 'zod';
