#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): the front, dist/front.cjs, is one CommonJS file, so a command is
// answered without starting Node's ES module loader (scripts/front-bundle.mjs says why). With
// CAREER_DEBUG=1 the plain ES modules run instead, for a stack trace that names career's files.

// `career journal list | head`: once the reader has gone, the rest of the output has nowhere to
// go. Drop it quietly and let the command finish (a write command still saves and commits),
// instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    stream.write = () => true;
  });
}

const cli = process.env.CAREER_DEBUG === '1' ? import('../dist/cli.js') : Promise.resolve(require('../dist/front.cjs'));
cli.then(async ({ main, exitWhenIdle }) => {
  await main(process.argv);
  exitWhenIdle();
});
