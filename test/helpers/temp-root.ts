// vitest's globalSetup: the run gets a temporary folder of its own (TMPDIR, which the workers,
// the spawned binaries and git inherit), so what the tests leave behind can be counted without
// counting other runs on the machine. At the end anything left in it fails the run, named, and
// the folder is removed either way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const outer = os.tmpdir();
  const root = fs.mkdtempSync(path.join(outer, 'career-vitest-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    const left = fs.readdirSync(root).sort();
    fs.rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      const shown = left.slice(0, 20).join(', ') + (left.length > 20 ? `, … (${left.length - 20} more)` : '');
      // vitest prints a teardown's error but keeps its exit status: set it too.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} temporary folder(s) behind (tempDir() removes its own after each test): ${shown}`);
    }
  };
}
