import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// The projects, each runnable alone (`npm run test:unit`, `test:e2e`, `test:safety`, or
// `npx vitest run --project 'unit*'`); `vitest run` runs them all.
// - unit: pure functions, the store, git, prompts, renderers, command modules and the bench's
//   generator — everything that calls modules directly (every folder but e2e and safety), as two
//   projects: unit-shared (core and render, one module registry per worker) and unit (the rest,
//   a fresh registry per file: they mock modules and keep module state).
// - e2e: the built CLI, command by command in process, plus the real binary where a separate
//   process is the point (exit codes, signals, pagers, terminals through tmux).
// - safety: the data-safety promises of SPEC §5 (README "Your data is safe").

// core/ and render/ are pure (ARCHITECTURE.md): no file, process or mock state to leak from one
// test file to the next, so they share one module registry per worker.
const SHARED = ['test/core/**/*.test.ts', 'test/render/**/*.test.ts'];

// What every project shares (a project that `extends` the root would also run its globalSetup).
const common = {
  // The longest scenarios (a two-clone sync conflict, the ten-year generator) take ~20 s on
  // two cores; a loaded CI machine can take twice that. A hang still fails, just later.
  testTimeout: 90_000,
  hookTimeout: 90_000,
  // Removes every folder tempDir() made, after each test and each file.
  setupFiles: ['test/helpers/cleanup.ts'],
};

export default defineConfig({
  test: {
    // A temporary folder for the run; anything the tests leave in it fails the run.
    globalSetup: ['test/helpers/temp-root.ts'],
    // e2e tests spawn processes and git, which wait on the disk now and then: one worker more
    // than the two cores keeps both busy.
    maxWorkers: os.availableParallelism() + 1,
    projects: [
      // Everything not e2e or safety, so a new folder of tests is never left out of a run.
      { test: { ...common, name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED, 'test/e2e/**', 'test/safety/**'] } },
      // The pure functions and renderers, run without a fresh module registry per file (a third
      // of the time): they import no fs, git or prompts, mock nothing and restore what they set.
      { test: { ...common, name: 'unit-shared', include: SHARED, isolate: false } },
      { test: { ...common, name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
      { test: { ...common, name: 'safety', include: ['test/safety/**/*.test.ts'] } },
    ],
  },
});
