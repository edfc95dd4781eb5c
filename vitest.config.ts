import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The longest scenarios (a two-clone sync conflict, the ten-year generator) take ~20 s on
    // two cores; a loaded CI machine can take twice that. A hang still fails, just later.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // e2e tests spawn processes and git, which wait on the disk now and then: one worker more
    // than the two cores keeps both busy.
    maxWorkers: os.availableParallelism() + 1,
  },
});
