import type { Diagnostic as LspDiagnostic, Position } from 'vscode-languageserver';
import type { Diagnostic } from '../diagnostics.js';
import { offsetToPos } from '../model/source-file.js';

/** LSP severities: 1 error, 2 warning. */
const SEVERITY = { error: 1, warn: 2 } as const;

/**
 * A plan diagnostic (1-based line and column in the file) as an LSP diagnostic (0-based line,
 * UTF-16 character). plan's columns count UTF-16 code units of the line, as editors do.
 */
export function toLsp(d: Diagnostic): LspDiagnostic {
  const start = { line: d.line - 1, character: d.column - 1 };
  const end = d.endLine !== undefined && d.endColumn !== undefined ? { line: d.endLine - 1, character: d.endColumn - 1 } : { line: start.line, character: start.character + 1 };
  const out: LspDiagnostic = { range: { start, end }, severity: SEVERITY[d.severity], code: d.ruleId, source: 'plan', message: d.message };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({
      location: { uri: fileUri(r.file), range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.line - 1, character: r.column } } },
      message: r.message,
    }));
  }
  return out;
}

/** The line and character of an offset into `text` (whose lines end with `\n`). */
export function offsetToPosition(text: string, offset: number): Position {
  const p = offsetToPos(text, offset);
  return { line: p.line - 1, character: p.column - 1 };
}

/** `file:///a/b%20c.md` for an absolute path. */
export function fileUri(path: string): string {
  return `file://${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The absolute path of a `file:` URI, or undefined for any other scheme. */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  return decodeURIComponent(uri.slice('file://'.length));
}
