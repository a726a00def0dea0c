import { relative } from 'node:path';
import { Chalk } from 'chalk';
import { printable } from '../../util/text.js';
import type { LintFormatter } from './types.js';
import { maxOf } from '../../util/arrays.js';

/** Grouped by file: `line:col  severity  message  rule-id`, then a summary line. */
export const stylish: LintFormatter = (result, opts) => {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of result.results) {
    if (r.messages.length === 0) continue;
    // A path is corpus input too: a line break in a file name must not start a line of its own.
    out.push(c.underline(printable(relative(opts.cwd, r.filePath) || r.filePath, 4096)));
    const rows = r.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 'error' ? c.red('error') : c.yellow('warning'),
      printable(m.message, 400),
      c.dim(m.ruleId),
    ]);
    const w0 = maxOf(rows.map((x) => x[0]!.length));
    const w1 = maxOf(r.messages.map((m) => (m.severity === 'error' ? 5 : 7)));
    for (const [i, row] of rows.entries()) {
      const sevLen = r.messages[i]!.severity === 'error' ? 5 : 7;
      out.push(`  ${row[0]!.padEnd(w0)}  ${row[1]}${' '.repeat(w1 - sevLen)}  ${row[2]}  ${row[3]}`);
    }
    out.push('');
  }
  const total = result.errorCount + result.warningCount;
  const suppressed = result.results.reduce((n, r) => n + r.suppressedMessages.length, 0);
  const files = result.results.length;
  if (total === 0) {
    out.push(c.green(`✔ ${files} file${files === 1 ? '' : 's'} checked, no problems`) + (suppressed ? c.dim(` (${suppressed} suppressed)`) : ''));
  } else {
    const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'} checked`;
    const fixable = result.fixableErrorCount + result.fixableWarningCount;
    const tail = fixable ? `; ${fixable} fixable with \`plan lint --fix\`` : '';
    out.push((result.errorCount ? c.red.bold(line) : c.yellow.bold(line)) + (suppressed ? c.dim(` (${suppressed} suppressed)`) : '') + tail);
  }
  for (const n of result.notes) out.push(c.dim(`ℹ ${printable(n, 400)}`));
  return out.join('\n') + '\n';
};
