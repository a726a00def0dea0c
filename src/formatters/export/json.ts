/**
 * `plan export --format json`: one JSON array of row objects (keys in column order, absent
 * values as null), one row per line, for `pandas.read_json(f)`, `jsonlite::fromJSON(f)` or any
 * JSON reader.
 */
import type { ExportTable } from '../../reports/export.js';

/** One table as a JSON array, a row per line. */
export function exportJson(table: ExportTable): string {
  if (table.rows.length === 0) return '[]\n';
  return `[\n${table.rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
}
