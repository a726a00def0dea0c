/**
 * A mistake of the user's (bad flag, missing corpus, bad configuration):
 * printed as one line and a hint, exit 2, never a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

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
