// The second thread of parse-pool.ts: parse and validate its share of the files, post results.
import { parentPort, workerData } from 'node:worker_threads';
import * as load from './load.js';
import { parseHere, type ParseJob } from './parse-pool.js';

const { root, jobs } = workerData as { root: string; jobs: ParseJob[] };
parentPort?.postMessage(parseHere(load, root, jobs));
