import type { LintResult } from '../../lint/result.js';

export interface FormatOptions {
  /** Colour escapes allowed (a TTY, or forced). */
  color: boolean;
  /** Paths are shown relative to this folder. */
  cwd: string;
}

/** A formatter is a pure function: results in, text out. The command writes it. */
export type LintFormatter = (result: LintResult, opts: FormatOptions) => string;
