import { UsageError } from '../errors.js';
import type { Io } from '../cli/io.js';

/**
 * Where an error that ends a command becomes what the user reads and the exit code: the
 * library's UsageError (bad input: an unknown id, a bad flag value, a file that cannot be read
 * or written) is one line and its hint, exit 2, never a stack trace; anything else is a bug in
 * plan, said as such, also exit 2 (1 means "problems found", which an error is not).
 */
export function exitCodeForError(e: unknown, io: Pick<Io, 'stderr'>): number {
  if (e instanceof UsageError) {
    io.stderr.write(`plan: ${e.message}\n`);
    if (e.hint) io.stderr.write(`hint: ${e.hint}\n`);
    return 2;
  }
  const err = e as Error;
  io.stderr.write(`plan: internal error (a bug in plan; please report it with the command you ran):\n${err?.stack ?? String(e)}\n`);
  return 2;
}
