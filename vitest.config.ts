import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // e2e tests spawn processes and git, which wait on the disk now and then: one worker more
    // than the two cores keeps both busy.
    maxWorkers: os.availableParallelism() + 1,
  },
});
