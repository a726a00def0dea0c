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
  /** This file's part of counted notes: the note's text (with `{n}`) → its count here. */
  notes?: Record<string, number>;
}

export interface LintResult {
  results: FileResult[];
  /** The notes shown under the summary: the run's own, then each counted note summed over the files. */
  notes: string[];
  /** The notes tied to no file (a result cut down to some files keeps them; counted ones are summed again). */
  generalNotes: string[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** A file's result, its counts taken from its (unsuppressed) messages. */
export function fileResult(filePath: string, rel: string, messages: Diagnostic[], suppressedMessages: Diagnostic[], notes?: Record<string, number>): FileResult {
  return {
    filePath, rel, messages, suppressedMessages, ...(notes && Object.keys(notes).length ? { notes } : {}),
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warn').length,
    fixableErrorCount: messages.filter((m) => m.fix && m.severity === 'error').length,
    fixableWarningCount: messages.filter((m) => m.fix && m.severity === 'warn').length,
  };
}

/**
 * A run's result: the files' results in path order, and the totals. The notes are the general
 * ones, then each counted note of the files (in the order of its text) with `{n}` its sum.
 */
export function lintResult(results: FileResult[], generalNotes: string[]): LintResult {
  results.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const counted = new Map<string, number>();
  for (const r of results) for (const [text, n] of Object.entries(r.notes ?? {})) counted.set(text, (counted.get(text) ?? 0) + n);
  const summed = [...counted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([text, n]) => text.replaceAll('{n}', String(n)));
  return {
    results,
    notes: [...generalNotes, ...summed],
    generalNotes,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    fixableErrorCount: results.reduce((n, r) => n + r.fixableErrorCount, 0),
    fixableWarningCount: results.reduce((n, r) => n + r.fixableWarningCount, 0),
  };
}
