import { UsageError, type UsageCode } from '../errors.js';
import type { Io } from '../cli/io.js';

/** Hints in the command line's terms, where the library's name its own options. */
const CLI_HINTS: Record<UsageCode, (data: Readonly<Record<string, string>>) => string> = {
  'config-not-found': () => 'Pass --config <file>, a plan.config.yaml (see `plan schema config`).',
  'corpus-not-found': () => 'Pass --corpus <dir>, a folder holding documents/, paragraphs/, ...',
  'no-corpus': () => 'Run plan inside a corpus repository, or pass --corpus <dir>.',
  'corpus-unreadable': () => 'Check its permissions, or pass --corpus <dir>.',
  'not-a-corpus': (d) => (d.inner
    ? `Did you mean --corpus ${d.inner}? It holds documents/.`
    : 'A corpus is a folder holding documents/ (and paragraphs/, instruments/, states/, commitments/, bodies/); pass --corpus <that folder>.'),
  'unknown-rule': () => 'Run `plan lint --list-rules` to see the rule ids.',
};

/**
 * Where an error that ends a command becomes what the user reads and the exit code: the
 * library's UsageError (bad input: an unknown id, a bad flag value, a file that cannot be read
 * or written) is one line and its hint — in the command line's terms where the library's name
 * its own options (CLI_HINTS) — exit 2, never a stack trace; anything else is a bug in
 * plan, said as such, also exit 2 (1 means "problems found", which an error is not).
 */
export function exitCodeForError(e: unknown, io: Pick<Io, 'stderr'>): number {
  if (e instanceof UsageError) {
    io.stderr.write(`plan: ${e.message}\n`);
    const hint = e.usage ? CLI_HINTS[e.usage](e.data) : e.hint;
    if (hint) io.stderr.write(`hint: ${hint}\n`);
    return 2;
  }
  const err = e as Error;
  io.stderr.write(`plan: internal error (a bug in plan; please report it with the command you ran):\n${err?.stack ?? String(e)}\n`);
  return 2;
}
