import { offsetToPos, type SourceFile } from '../model/source-file.js';
import type { DiskFix, Fix } from '../diagnostics.js';

/**
 * A fix (offsets into the text as plan holds it: no byte-order mark, `\n` line ends) in the
 * file's terms on disk, as ESLint's JSON and SARIF give it: the byte-order mark and each `\r`
 * of a `\r\n` line end before an offset counted, the inserted text with the file's line ends.
 */
export function diskFix(file: Pick<SourceFile, 'text' | 'hadBom' | 'eol'>, fix: Fix): DiskFix {
  const [s, e] = fix.range;
  // Each line before the offset's own ended with one \r more on disk.
  const shift = (o: number) => (file.hadBom ? 1 : 0) + o + (file.eol === '\r\n' ? offsetToPos(file.text, o).line - 1 : 0);
  const a = offsetToPos(file.text, s);
  const b = offsetToPos(file.text, e);
  return {
    range: [shift(s), shift(e)],
    text: file.eol === '\n' ? fix.text : fix.text.replace(/\n/g, file.eol),
    region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column },
  };
}
