import type { Diagnostic } from '../diagnostics.js';
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
  if (d.suppressed) m.suppressions = [{ kind: d.suppressed.kind, justification: d.suppressed.justification }];
  return m;
}

/** ESLint's JSON shape: one entry per file checked. */
export const json: LintFormatter = (result) =>
  JSON.stringify(
    result.results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(message),
      suppressedMessages: r.suppressedMessages.map(message),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    })),
    null,
    2,
  ) + '\n';
