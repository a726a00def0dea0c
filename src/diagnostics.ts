import { compareText as cmp } from './util/text.js';

/** One coordinate system: 1-based line and column in the file as it is on disk, front matter included. */
export type Severity = 'error' | 'warn';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Fix {
  /** Offsets into the file's text (after newline normalisation). */
  range: [number, number];
  text: string;
}

/**
 * A fix as the file stands on disk (ESLint's `fix`, SARIF's `fixes`): offsets counting the
 * byte-order mark and `\r\n` line ends, the text with the file's line ends, and the replaced
 * region as 1-based lines and columns.
 */
export interface DiskFix extends Fix {
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
}

export interface Diagnostic {
  /** Absolute path of the file. */
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  related?: RelatedLocation[];
  /** A safe fix, set only where `plan lint --fix` applies it (files of working drafts). */
  fix?: Fix;
  /** The same fix in the file's terms on disk (set with `fix` by lint). */
  diskFix?: DiskFix;
  /** Set when an inline comment or the baseline suppresses it. */
  suppressed?: { kind: 'directive' | 'baseline'; justification: string };
}

/** Stable order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
}
