import { rmSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

/**
 * Paths a run has created for itself (temp files of the atomic writer, `plan gaps --since`'s
 * copy of the corpus at a revision) and must not leave behind: removed when they are done with,
 * and by the handlers below when the run is interrupted with SIGINT, SIGTERM or SIGHUP, which
 * then exit 128 + the signal's number (130, 143, 129), as a shell reports a process killed by it.
 *
 * The handlers stay installed once the first path is registered: Node delivers a signal to them
 * only between two pieces of synchronous work, so a signal that comes during a write is handled
 * after it (the temp file renamed or removed by then), never lost.
 */
const pending = new Set<string>();
let installed = false;

const SIGNALS: Array<[NodeJS.Signals, number]> = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

/** Removes every registered path now (best effort: never throws). */
export function cleanupNow(): void {
  for (const p of pending) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      /* already gone, or not ours to remove any more */
    }
  }
  pending.clear();
}

/**
 * Installs the handlers now, before a path is created (mkdtemp), so that a signal in between
 * cannot kill the run with the path left behind.
 */
export function guardInterrupts(): void {
  install();
}

function install(): void {
  // Worker threads receive no signals; the main thread's handlers remove their paths too.
  if (installed || !isMainThread) return;
  installed = true;
  for (const [signal, code] of SIGNALS) {
    process.on(signal, () => {
      cleanupNow();
      process.exit(code);
    });
  }
  process.on('exit', cleanupNow);
}

/** Registers a path to remove if the run is interrupted; returns the function that unregisters it. */
export function removeOnInterrupt(path: string): () => void {
  install();
  pending.add(path);
  return () => {
    pending.delete(path);
  };
}

/** The paths registered now (tests). */
export function pendingCleanups(): string[] {
  return [...pending];
}
