// The build's second step (after tsc): each module in src/vendor/ re-exports the parts of one
// library career uses; here it becomes one minified file in dist/vendor/ holding only those
// parts, in place of tsc's plain re-export. Measured side by side on this machine (node 20,
// import of the library alone): zod 47 → 9 ms, yaml 21 → 10 ms, commander 13 → 2 ms, js-yaml
// 9 → 6 ms. These are what career's plain modules load: the reads a kept answer serves never
// need them, and a command run from the program bundle (scripts/program-bundle.mjs, which bundles
// the same lists) has its own copy; shell completion and CAREER_DEBUG=1 runs load these.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src', 'vendor');
const OUT = path.join(ROOT, 'dist', 'vendor');

// yaml and commander are CommonJS inside and require Node's own modules; an ES module has no
// `require`, so the bundle makes one.
const REQUIRE = "import { createRequire as __careerRequire } from 'node:module'; const require = __careerRequire(import.meta.url);";

const entries = fs.readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => path.join(SRC, f));
await build({
  entryPoints: entries,
  outdir: OUT,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: REQUIRE },
  legalComments: 'eof', // the libraries' licence headers stay with their code
  logLevel: 'warning',
});
