import type { Io } from './io.js';
import { writeControl } from './safe-output.js';

/**
 * Progress on stderr for runs longer than a second, on a terminal only:
 * never in CI logs or piped output.
 */
export function progress(io: Io): { update: (done: number, total: number) => void; done: () => void } {
  const on = Boolean(io.stderr.isTTY) && !io.env.CI;
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!on) return;
      const now = Date.now();
      if (now - start < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      writeControl(io.stderr, `\r${done} / ${total} files`);
    },
    done() {
      if (shown) writeControl(io.stderr, '\r\u001b[K');
    },
  };
}
