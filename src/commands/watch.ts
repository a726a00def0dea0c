import { watch, type FSWatcher } from 'node:fs';
import type { Io } from '../cli/io.js';

/** What a save in the corpus is: a Markdown file or the corpus's configuration or baseline (not the cache, temp or dot files). */
export function isCorpusChange(name: string | null): boolean {
  if (!name) return true;
  const base = name.split(/[\\/]/).pop() ?? name;
  if (base.startsWith('.') || base.endsWith('.tmp')) return false;
  return base.endsWith('.md') || base === 'plan.config.yaml' || base === 'plan.baseline.yaml';
}

export interface WatchOptions {
  /** Clear the screen before each run (a terminal, not CI). */
  clear: boolean;
  /** Milliseconds to wait for a burst of saves to end (default 100). */
  debounceMs?: number;
  /** Ends the watch (tests); default: SIGINT or SIGTERM. */
  signal?: AbortSignal;
}

/**
 * `plan lint --watch`: runs the lint, then again after every save in the corpus, until
 * interrupted. Each run is the same as a `plan lint --cache` run (the caller's `run`), so a
 * changed paragraph is answered from the cache. Returns the last run's exit code.
 */
export async function watchLint(root: string, io: Io, o: WatchOptions, run: () => Promise<number>): Promise<number> {
  const control = (s: string) => (io.stdout as { writeControl?: (s: string) => void }).writeControl?.(s);
  let last = 0;
  let running = false;
  let again = false;
  const once = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      if (o.clear) control('\u001b[2J\u001b[3J\u001b[H');
      try {
        last = await run();
      } catch (e) {
        // A user error (a broken configuration mid-edit) is shown and the watch goes on.
        io.stderr.write(`plan: ${(e as Error).message}\n`);
        last = 2;
      }
      io.stderr.write(`plan: watching ${root} for changes (Ctrl-C to stop)\n`);
    } while (again);
    running = false;
  };
  // Watch first, then run: a save made while the first run goes on is not missed.
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(root, { recursive: true }, (_event, name) => {
    if (!isCorpusChange(typeof name === 'string' ? name : null)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void once(), o.debounceMs ?? 100);
  });
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      clearTimeout(timer);
      watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    if (o.signal) o.signal.addEventListener('abort', stop, { once: true });
    else {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  });
  await once();
  await stopped;
  return last;
}
