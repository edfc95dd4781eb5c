// Where cli.ts finds the program after a kept answer did not do. From source (tsx, vitest) it is
// program.ts itself; the build (scripts/program-bundle.mjs) replaces the built file with one that
// runs dist/program.bundle.cjs, the program's modules and libraries as one file, from V8's code
// cache (code-cache.ts). Both export the same runProgram.
// With CAREER_DEBUG=1 the built one runs the plain modules too, for a readable stack trace.
import type { CacheState } from './code-cache.js';

export { runProgram } from './program.js';

/** Whether the program came from the code cache: 'plain' when no bundle ran (here, from source). */
export const codeCache: CacheState | 'plain' = 'plain';
