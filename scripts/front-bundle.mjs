// The build's last step, called by scripts/program-bundle.mjs once the program bundle and its
// code caches are made: dist/front.cjs, what bin/career.js runs. It is cli.js with everything it
// loads before the program (fast-read.js and the store's listing, stat and result-cache helpers,
// the pager for a kept answer) as one CommonJS file, and, where cli.js imports the program, the
// code that runs dist/program.bundle.cjs from its code cache with those same module instances
// (what the ES module dist/program-entry.js does for the plain modules).
//
// Why, measured side by side on the ten-year journal: as ES modules the front cost every command
// Node's module loader — resolving, reading (asynchronously, so the process sat idle) and linking
// a dozen files — about 13 ms of the first read after a write and 2–3 ms of `--version`. As one
// CommonJS file the loader is never started on the way to an answer.
//
// `career completion`'s Tab answers (commands/complete.js) stay a real import(): they are not on
// any path a person waits for, and their module graph is the command tree's.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** `file` relative to `from`, with / on every system (esbuild's metafile keys, the shared ids). */
export const relPath = (from, file) => path.relative(from, file).split(path.sep).join('/');

/**
 * What an entry that runs the bundle writes to hand it career's shared modules: an import of
 * each of `used` (paths from dist/), and the Map from the bundle's `prefix`ed ids to them.
 */
export function sharedModuleCode(used, prefix) {
  return {
    imports: used.map((rel, i) => `import * as shared${i} from './${rel}';`).join('\n'),
    map: `new Map([${used.map((rel, i) => `[${JSON.stringify(prefix + rel)}, shared${i}]`).join(', ')}])`,
  };
}

/** The replacement of `import.meta.url` in a module at `rel` (from dist/), defined by the banner. */
export const FILE_URL_HELPER = '__careerFileUrl';
export const fileUrlBanner = `const ${FILE_URL_HELPER} = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;`;

/** Module text with `import.meta.url` naming its own built file, as it did unbundled. */
export function withFileUrl(file, dist) {
  return fs.readFileSync(file, 'utf8').replaceAll('import.meta.url', `${FILE_URL_HELPER}(${JSON.stringify(relPath(dist, file))})`);
}

/**
 * The front's stand-in for program-entry.js: `used` are the shared modules the bundle requires
 * (ids after the prefix), `cacheArg` the expression naming its code cache (or `undefined`).
 */
function programEntry({ bundle, used, prefix, cacheArg }) {
  const { imports, map } = sharedModuleCode(used, prefix);
  return `import { createRequire } from 'node:module';
import path from 'node:path';
import { loadBundle } from './code-cache.js';
import { isKnownRead } from './fast-read.js';
${imports}
const here = (name) => path.join(__dirname, name);
const shared = ${map};
const nodeRequire = createRequire(here(${JSON.stringify(bundle)}));
const loaded = loadBundle(here(${JSON.stringify(bundle)}), ${cacheArg}, (id) => shared.get(id) ?? nodeRequire(id));
export const runProgram = loaded.exports.runProgram;
export const codeCache = loaded.state;
export const createCodeCache = () => loaded.createCache();
`;
}

// cli.js's main and exitWhenIdle, and for the tests which way the program loaded (code-cache.ts's CacheState).
const FRONT_ENTRY = `export { exitWhenIdle, main } from './cli.js';
export const codeCacheState = async () => (await import('./program-entry.js')).codeCache;
`;

/** Write dist/front.cjs; see programEntry for the options. */
export async function buildFront({ root, dist, ...entry }) {
  const plugin = {
    name: 'career-front',
    setup(b) {
      b.onResolve({ filter: /^career-front:/ }, (args) => ({ path: args.path.slice('career-front:'.length), namespace: 'career-front' }));
      b.onResolve({ filter: /^\.\/program-entry\.js$/ }, () => ({ path: 'program-entry', namespace: 'career-front' }));
      b.onResolve({ filter: /^\.\/commands\/complete\.js$/ }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'career-front' }, (args) => ({ contents: args.path === 'entry' ? FRONT_ENTRY : programEntry(entry), loader: 'js', resolveDir: dist }));
      b.onLoad({ filter: /\.js$/ }, (args) => (args.path.startsWith(dist + path.sep) ? { contents: withFileUrl(args.path, dist), loader: 'js' } : undefined));
    },
  };
  await build({
    entryPoints: ['career-front:entry'],
    outfile: path.join(dist, 'front.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Not minified: it is small, and a stack trace through it should name career's functions.
    banner: { js: `"use strict";${fileUrlBanner}` },
    plugins: [plugin],
    logLevel: 'warning',
    absWorkingDir: root,
  });
}
