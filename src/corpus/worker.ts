/**
 * A worker thread that reads, parses and validates a share of the corpus's
 * files (see parallel.ts). It sends back plain data: the YAML syntax trees
 * stay behind and are rebuilt on the main thread only for files that need a
 * position.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readAndValidate, toTransferable, type Job } from './read-one.js';

const { jobs, port, flag } = workerData as { jobs: Job[]; port: MessagePort; flag: SharedArrayBuffer };
const out = jobs.map((j) => toTransferable(readAndValidate(j)));
port.postMessage(out);
const f = new Int32Array(flag);
Atomics.store(f, 0, 1);
Atomics.notify(f, 0);
parentPort?.close();
