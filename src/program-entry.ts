// Where cli.ts finds the program after a kept answer did not do. From source (tsx, vitest) it is
// program.ts itself; the build (scripts/program-bundle.mjs) replaces the built file with one that
// runs dist/program.bundle.cjs, the program's modules and libraries as one file, from V8's code
// cache (code-cache.ts). Both export the same runProgram.
export { runProgram } from './program.js';

/** Whether the program came from the code cache; from source there is none. */
export const codeCache: 'used' | 'rejected' | 'none' | 'source' = 'source';
