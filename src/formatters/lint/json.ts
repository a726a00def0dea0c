import type { Diagnostic } from '../../diagnostics.js';
import type { LintFormatter } from './types.js';

/** ESLint's message shape: severity 1 warning, 2 error; 1-based positions in the file on disk. */
function message(d: Diagnostic): Record<string, unknown> {
  const m: Record<string, unknown> = {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
  };
  if (d.endLine !== undefined) m.endLine = d.endLine;
  if (d.endColumn !== undefined) m.endColumn = d.endColumn;
  // ESLint's fix: offsets into the file as on disk (byte-order mark and \r\n counted).
  if (d.diskFix) m.fix = { range: d.diskFix.range, text: d.diskFix.text };
  if (d.suppressed) m.suppressions = [{ kind: d.suppressed.kind, justification: d.suppressed.justification }];
  return m;
}

/** One file's entry in ESLint's JSON shape. */
export interface EslintFileResult {
  filePath: string;
  messages: Array<Record<string, unknown>>;
  suppressedMessages: Array<Record<string, unknown>>;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** ESLint's JSON shape: one entry per file checked (the value `--format json` prints, and the library's lint() returns). */
export function eslintResults(result: Parameters<LintFormatter>[0]): EslintFileResult[] {
  return result.results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(message),
    suppressedMessages: r.suppressedMessages.map(message),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  }));
}

/** ESLint's JSON shape: one entry per file checked. */
export const json: LintFormatter = (result) => `${JSON.stringify(eslintResults(result), null, 2)}\n`;
