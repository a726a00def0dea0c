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
