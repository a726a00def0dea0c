import { offsetToPos, type SourceFile } from './corpus/source-file.js';
import type { DiskFix, Fix } from './diagnostics.js';

/**
 * A fix (offsets into the text as plan holds it: no byte-order mark, `\n` line ends) in the
 * file's terms on disk, as ESLint's JSON and SARIF give it: the byte-order mark and each `\r`
 * of a `\r\n` line end before an offset counted, the inserted text with the file's line ends.
 */
export function diskFix(file: Pick<SourceFile, 'text' | 'hadBom' | 'eol'>, fix: Fix): DiskFix {
  const [s, e] = fix.range;
  const shift = (o: number) => (file.hadBom ? 1 : 0) + o + (file.eol === '\r\n' ? newlinesBefore(file.text, o) : 0);
  const a = offsetToPos(file.text, s);
  const b = offsetToPos(file.text, e);
  return {
    range: [shift(s), shift(e)],
    text: file.eol === '\n' ? fix.text : fix.text.replace(/\n/g, file.eol),
    region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column },
  };
}

function newlinesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
