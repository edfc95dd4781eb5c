#!/usr/bin/env node
import { main } from '../dist/cli.js';

// `career journal list | head`: once the reader has gone, the rest of the output has nowhere to
// go. Drop it quietly and let the command finish (a write command still saves and commits),
// instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    stream.write = () => true;
  });
}

main(process.argv);
