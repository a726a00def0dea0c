/**
 * A mistake of the user's (bad flag, missing corpus, bad configuration):
 * printed as one line and a hint, exit 2, never a stack trace.
 */
export class UsageError extends Error {
  /**
   * `hint` is said in the library's terms; `usage` (with `data`) names the case for a caller that
   * words it in its own: the CLI's hints name its flags (src/commands/errors.ts).
   */
  constructor(message: string, readonly hint?: string, readonly usage?: UsageCode, readonly data: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The cases of bad input that the command line words in terms of its own flags. */
export type UsageCode = 'config-not-found' | 'corpus-not-found' | 'no-corpus' | 'corpus-unreadable' | 'not-a-corpus' | 'unknown-rule';

/**
 * A file `plan` was writing could not be written (no space, a file-size limit, a folder in the
 * way, a name too long...): one line, exit 2, and the file as it was before.
 */
export class WriteError extends UsageError {
  constructor(message: string, readonly code: string, hint?: string) {
    super(message, hint);
    this.name = 'WriteError';
  }
}
