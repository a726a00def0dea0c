import type { Diagnostic } from '../diagnostics.js';

/** One file's results, in ESLint's shape. */
export interface FileResult {
  filePath: string;
  rel: string;
  messages: Diagnostic[];
  suppressedMessages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Errors and warnings that `plan lint --fix` repairs. */
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export interface LintResult {
  results: FileResult[];
  notes: string[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** A file's result, its counts taken from its (unsuppressed) messages. */
export function fileResult(filePath: string, rel: string, messages: Diagnostic[], suppressedMessages: Diagnostic[]): FileResult {
  return {
    filePath, rel, messages, suppressedMessages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warn').length,
    fixableErrorCount: messages.filter((m) => m.fix && m.severity === 'error').length,
    fixableWarningCount: messages.filter((m) => m.fix && m.severity === 'warn').length,
  };
}

/** A run's result: the files' results in path order, and the totals. */
export function lintResult(results: FileResult[], notes: string[]): LintResult {
  results.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return {
    results,
    notes,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    fixableErrorCount: results.reduce((n, r) => n + r.fixableErrorCount, 0),
    fixableWarningCount: results.reduce((n, r) => n + r.fixableWarningCount, 0),
  };
}
