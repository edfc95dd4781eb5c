// The build's third step (after tsc and scripts/vendor.mjs): the program — every module that
// dist/program.js reaches, with the libraries — becomes one CommonJS file, dist/program.bundle.cjs,
// and a training run saves V8's code cache for it (scripts/train-code-cache.mjs). dist/program-entry.js
// is rewritten to run the bundle from that cache (src/code-cache.ts).
//
// Why, measured side by side on this machine, ten-year journal, ratio to `node -e 0`: writes
// spent a quarter of their time parsing and compiling ~90 modules. `goal progress` 4.78 → 3.87,
// `checkin --yes` 2.85 → 2.54, cold `report --period all` 7.25 → 6.66 (README, Performance); code
// caches for the four libraries alone gained a third of that. A kept answer never loads the bundle (cli.ts and
// fast-read.ts stay plain modules), so the warm reads are as before.
//
// Modules that cli.ts and fast-read.ts load themselves (they hold state the program shares, such
// as answer-sink.ts) are not copied into the bundle: its `require` hands it the instances already
// loaded.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { buildFront, fileUrlBanner, relPath, sharedModuleCode, withFileUrl } from './front-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const BUNDLE = 'program.bundle.cjs';
const SHARED_PREFIX = 'career-shared:';

/** The built modules cli.js and fast-read.js import statically (loaded before the program). */
async function sharedModules() {
  const entries = ['cli.js', 'fast-read.js'].map((f) => path.join(DIST, f));
  const { metafile } = await build({
    // Only the import graph is wanted: nothing is written (the outdir is never made).
    entryPoints: entries, bundle: true, write: false, metafile: true, outdir: path.join(DIST, '.probe'),
    format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning', absWorkingDir: ROOT,
  });
  const shared = new Set();
  const walk = (rel) => {
    if (shared.has(rel)) return;
    shared.add(rel);
    for (const i of metafile.inputs[rel]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  for (const e of entries) walk(relPath(ROOT, e));
  return new Set([...shared].map((rel) => path.join(ROOT, rel)));
}

/** esbuild plugin: shared modules stay outside; vendor lists resolve to the libraries themselves. */
function careerPlugin(shared) {
  return {
    name: 'career',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const file = path.resolve(args.resolveDir, args.path);
        if (shared.has(file)) return { path: SHARED_PREFIX + relPath(DIST, file), external: true };
        // dist/vendor/*.js are ES module bundles of their own; here the same lists (src/vendor/*.ts)
        // are bundled from the packages, so the program holds one copy of each library.
        if (path.dirname(file) === path.join(DIST, 'vendor')) return { path: path.join(ROOT, 'src', 'vendor', path.basename(file, '.js') + '.ts') };
        return undefined;
      });
      // import.meta.url names each module's own built file, as it did unbundled (paths to
      // templates/ and schemas/ are relative to it).
      b.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(DIST + path.sep)) return undefined;
        return { contents: withFileUrl(args.path, DIST), loader: 'js' };
      });
    },
  };
}

const shared = await sharedModules();
await build({
  entryPoints: [path.join(DIST, 'program.js')],
  outfile: path.join(DIST, BUNDLE),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Minified: a smaller file and cache, faster to read (writes were ~0.3 × node's start faster
  // than with names kept). CAREER_DEBUG=1 runs the plain modules for a readable stack trace.
  minify: true,
  // In a vm script a dynamic import() has no loader: lazy modules become lazy requires.
  supported: { 'dynamic-import': false },
  // Loaded only by the interactive commands: required from node_modules when asked.
  external: ['@inquirer/*'],
  // "use strict" first: the banner goes before esbuild's own directive, which would then not be one.
  banner: { js: `"use strict";${fileUrlBanner}` },
  legalComments: 'eof',
  plugins: [careerPlugin(shared)],
  logLevel: 'warning',
  absWorkingDir: ROOT,
});

const bundle = fs.readFileSync(path.join(DIST, BUNDLE));
const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
// Two caches: one trained on every common command, one on the reads alone (fast-read.ts knows
// them), which is a third smaller and so taken in faster by the run that needs it most, the
// first read after a write.
const cacheNames = { all: `program.bundle.${hash}.cache`, reads: `program.bundle.${hash}.reads.cache` };
const isCacheFile = (f) => /^program\.bundle\.[0-9a-f]+(?:\.reads)?\.cache$/.test(f);
for (const f of fs.readdirSync(DIST)) if (isCacheFile(f)) fs.rmSync(path.join(DIST, f));

/** The caches the entry last written names (null: none), for the front to name too. */
let shipped = null;

// The shared modules the bundle asks for, each imported by the entry (already loaded: free).
const used = [...new Set([...bundle.toString('utf8').matchAll(/require\("career-shared:([^"]+)"\)/g)].map((m) => m[1]))].sort();

/** The expression naming the code cache to load: `caches` name each ({ all, reads }) and the CRC-32s of it and the bundle, or null. */
function cacheArgOf(caches) {
  const arg = (cache) => `{ file: here(${JSON.stringify(cache.name)}), bundleCrc: ${cache.bundleCrc}, cacheCrc: ${cache.cacheCrc} }`;
  return caches ? `isKnownRead() ? ${arg(caches.reads)} : ${arg(caches.all)}` : 'undefined';
}

/** dist/program-entry.js; see cacheArgOf for `caches`. */
function writeEntry(caches) {
  shipped = caches;
  const { imports, map } = sharedModuleCode(used, SHARED_PREFIX);
  const cacheArg = cacheArgOf(caches);
  fs.writeFileSync(path.join(DIST, 'program-entry.js'), `// Made by scripts/program-bundle.mjs: runs ${BUNDLE} from its code cache (see src/program-entry.ts).
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { isKnownRead } from './fast-read.js';
${imports}

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
// With CAREER_DEBUG=1 the plain modules run, so that a stack trace names career's own files and
// functions (the bundle is minified).
const plain = process.env.CAREER_DEBUG === '1' ? await import('./program.js') : undefined;
let loaded;
if (!plain) {
  const { loadBundle } = await import('./code-cache.js');
  const shared = ${map};
  const nodeRequire = createRequire(here('./${BUNDLE}'));
  loaded = loadBundle(here('./${BUNDLE}'), ${cacheArg}, (id) => shared.get(id) ?? nodeRequire(id));
}

export const runProgram = plain ? plain.runProgram : loaded.exports.runProgram;
export const codeCache = plain ? 'plain' : loaded.state;
export const createCodeCache = () => loaded.createCache();
`);
}

// A child with the build's own environment but no NODE_OPTIONS: V8 refuses a cache made under
// other flags than the ones career runs with.
const plainNode = (args) => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env });
};

function dropCache(why) {
  // The program works without a cache, only slower: say so loudly and leave none, rather than
  // fail an install where the training cannot run (no git, say). test/e2e/program-bundle.test.ts
  // fails the suite when the cache is missing.
  process.stderr.write(`program-bundle: ${why}; no code cache saved, career will compile its program at each start\n`);
  for (const f of fs.readdirSync(DIST)) if (isCacheFile(f)) fs.rmSync(path.join(DIST, f));
  writeEntry(null);
}

// Training: the entry without a cache runs the commands on a scratch journal, then saves one;
// each cache in a process of its own, so that it holds only what its commands compiled.
writeEntry(null);
const trained = {};
let failed;
for (const [kind, name] of Object.entries(cacheNames)) {
  const cacheFile = path.join(DIST, name);
  const train = plainNode([path.join(ROOT, 'scripts', 'train-code-cache.mjs'), cacheFile, kind]);
  if (train.status !== 0) failed ??= `the training run (${kind}) failed (exit ${train.status}):\n${train.stderr}`;
  else trained[kind] = { name: `./${name}`, bundleCrc: crc32(bundle), cacheCrc: crc32(fs.readFileSync(cacheFile)) };
}
if (failed) dropCache(failed);
else {
  writeEntry(trained);
  // A plain node must take it; if not (a V8 that refuses its own cache?), shipping it is no use.
  const probe = plainNode(['--input-type=module', '-e', `import(${JSON.stringify(pathToFileURL(path.join(DIST, 'program-entry.js')).href)}).then((m) => console.log(m.codeCache))`]);
  if (probe.stdout.trim() !== 'used') dropCache(`node does not take the cache it made (${probe.stdout.trim() || probe.stderr.trim()})`);
}
await buildFront({ root: ROOT, dist: DIST, bundle: BUNDLE, used, prefix: SHARED_PREFIX, cacheArg: cacheArgOf(shipped) });
