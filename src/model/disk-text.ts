import type { SourceFile } from './source-file.js';

/**
 * The bytes to write for a file's new text (as plan holds it: `\n` line ends, no byte-order
 * mark), with the file's own line endings and byte-order mark put back.
 */
export function diskText(file: Pick<SourceFile, 'eol' | 'hadBom'>, text: string): string {
  const body = file.eol === '\n' ? text : text.replace(/\n/g, file.eol);
  return (file.hadBom ? '\uFEFF' : '') + body;
}
