/**
 * `plan export --format jsonl`: one JSON object per line (JSON Lines), keys in column order,
 * absent values as null, so that `pandas.read_json(f, lines=True)` and R's
 * `jsonlite::stream_in(file(f))` give one row per item with the same columns. U+2028 and
 * U+2029, which JSON allows raw but some line readers split on, are written escaped.
 */
import type { ExportTable } from '../../reports/export.js';

const SEPARATORS = /[\u2028\u2029]/g;

/** One table as JSON Lines: a line per row, each ended by `\n` (nothing for no rows). */
export function exportJsonl(table: ExportTable): string {
  return table.rows.map((r) => JSON.stringify(r).replace(SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`) + '\n').join('');
}
