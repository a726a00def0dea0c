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
  fix?: Fix;
  /** Set when an inline comment or the baseline suppresses it. */
  suppressed?: { kind: 'directive' | 'baseline'; justification: string };
}

/** Stable order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
}

/** Code-point comparison: independent of locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
