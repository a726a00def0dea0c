import { relative, sep } from 'node:path';
import type { LintFormatter } from './types.js';

/** Escapes a workflow-command message (%, CR, LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`,
 * annotations on the changed lines of a pull request. Every value is escaped,
 * so corpus text can never start a workflow command of its own.
 */
export const github: LintFormatter = (result, opts) => {
  const out: string[] = [];
  for (const f of result.results) {
    const file = relative(opts.cwd, f.filePath).split(sep).join('/');
    for (const m of f.messages) {
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      if (m.endColumn !== undefined && m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(`plan lint (${m.ruleId})`)}`);
      out.push(`::${m.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  const n = result.errorCount + result.warningCount;
  out.push(n === 0 ? 'plan lint: no problems' : `plan lint: ${result.errorCount} error(s), ${result.warningCount} warning(s)`);
  return out.join('\n') + '\n';
};
