/**
 * The process's stdout and stderr as bin/plan.js hands them to `main`.
 *
 * - A reader that went away (EPIPE: `plan lint --format json | head -1`)
 *   ends the output quietly, as `grep`, `git` or `rg` do: nothing more is
 *   written, nothing is said, and the exit code is the command's own (0, or 1
 *   when problems were found), so `set -o pipefail` still sees findings.
 * - Any other write error on stdout (ENOSPC: `> /dev/full`, EIO, EFBIG) is
 *   one line on stderr, `plan: could not write the output: ...`, and exit 2
 *   (the output is incomplete; 1 would claim problems in the corpus).
 * - Errors on stderr itself are ignored: there is nowhere left to say them.
 *
 * Node reports these errors as 'error' events, after the write returned
 * (and a stream without a listener crashes the process with a stack, exit 1).
 */
import type { Io } from './io.js';

type Stream = Io['stdout'] & { on(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown };

export interface ProcessStdio {
  stdout: Io['stdout'];
  stderr: Io['stderr'];
  /** The exit code to use: the command's own, or 2 when stdout could not be written. */
  exitCode(code: number): number;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EFBIG: 'the file is too large',
  EDQUOT: 'disk quota exceeded',
  EIO: 'an input/output error',
  EBADF: 'standard output is closed',
  EAGAIN: 'standard output is not ready for writing (non-blocking)',
};

/** One line for a write error: its reason and code. */
export function writeErrorLine(e: NodeJS.ErrnoException): string {
  const reason = (e.code && REASONS[e.code]) ?? String(e.message ?? e).split('\n')[0];
  return `plan: could not write the output: ${reason}${e.code ? ` (${e.code})` : ''}\n`;
}

/**
 * Guards the process's streams; `onFail` runs when stdout fails after the
 * command returned (bin/plan.js sets the exit code to 2 there).
 */
export function processStdio(stdout: Stream, stderr: Stream, onFail: () => void): ProcessStdio {
  let closed = false;
  let failed = false;
  const err = (s: string) => {
    try {
      stderr.write(s);
    } catch {
      // nowhere to say it
    }
  };
  const fail = (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === 'EPIPE') return;
    failed = true;
    err(writeErrorLine(e));
    onFail();
  };
  stdout.on('error', fail);
  stderr.on('error', () => {});
  return {
    stdout: {
      isTTY: stdout.isTTY,
      write(s: string) {
        if (closed) return false;
        try {
          return stdout.write(s);
        } catch (e) {
          fail(e as NodeJS.ErrnoException);
          return false;
        }
      },
    },
    stderr: { isTTY: stderr.isTTY, write: (s: string) => err(s) },
    exitCode: (code) => (failed ? 2 : code),
  };
}
