// A setup file of every project (vitest.config.ts): removes the temporary folders tempDir()
// made, after each test and after each file. Registered first, so these hooks run after a
// file's own afterEach/afterAll (which may still use the folders, e.g. to kill a tmux server).
import { afterAll, afterEach, beforeEach } from 'vitest';
import { tempDirHooks } from './env.js';

beforeEach(() => tempDirHooks.testStarts());
afterEach(() => tempDirHooks.testEnded());
afterAll(() => tempDirHooks.fileEnded());
