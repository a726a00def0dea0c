import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { readAndValidate, type Job } from './read-one.js';
import type { SourceFile } from './source-file.js';

/** Below this many files, threads cost more than they save. */
export const PARALLEL_THRESHOLD = 1500;

const WORKER = fileURLToPath(new URL('../corpus/worker.js', import.meta.url));

/**
 * How many threads to use: PLAN_WORKERS (0 or 1 = none), else one. Since front matter is
 * parsed by the js-yaml fast path, reading is no longer worth the threads by default: on 2
 * cores, 2 threads measured no faster at 10,000 and 50,000 files, with about 20% more CPU time
 * (module start-up in the worker, copying results between threads) and 15-27% more memory
 * (docs/benchmark.md). PLAN_WORKERS=2 (or more) still uses them.
 */
export function threadCount(n: number, env: Record<string, string | undefined> = process.env): number {
  if (n < PARALLEL_THRESHOLD || !existsSync(WORKER)) return 1;
  const v = env.PLAN_WORKERS;
  if (v !== undefined && /^\d+$/.test(v)) return Math.max(1, Math.min(Number(v), 16));
  return 1;
}

/**
 * Reads every job, on `threads` threads (the main thread takes a share),
 * synchronously: the main thread blocks on Atomics.wait once its own share is
 * done. Results come back in job order, so the output never depends on which
 * thread finished first.
 */
export function readAll(jobs: Job[], threads: number, onProgress?: (done: number, total: number) => void): SourceFile[] {
  if (threads <= 1) {
    return jobs.map((j, i) => {
      const f = readAndValidate(j);
      onProgress?.(i + 1, jobs.length);
      return f;
    });
  }
  // Interleaved shares balance documents of different sizes across threads.
  const shares: Job[][] = Array.from({ length: threads }, () => []);
  jobs.forEach((j, i) => shares[i % threads]!.push(j));
  const workers = shares.slice(1).map((share) => {
    const { port1, port2 } = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    const worker = new Worker(WORKER, { workerData: { jobs: share, port: port2, flag }, transferList: [port2] });
    worker.unref();
    return { port: port1, flag: new Int32Array(flag), worker };
  });
  const mine = shares[0]!.map((j, i) => {
    const f = readAndValidate(j);
    onProgress?.(i + 1, jobs.length);
    return f;
  });
  const results: SourceFile[][] = [mine];
  for (const w of workers) {
    while (Atomics.load(w.flag, 0) === 0) Atomics.wait(w.flag, 0, 0, 60_000);
    const msg = receiveMessageOnPort(w.port);
    if (!msg) throw new Error('a corpus reader thread ended without its results');
    results.push(msg.message as SourceFile[]);
    w.port.close();
    void w.worker.terminate();
  }
  const out: SourceFile[] = new Array(jobs.length);
  results.forEach((r, t) => r.forEach((f, k) => (out[k * threads + t] = f)));
  return out;
}
