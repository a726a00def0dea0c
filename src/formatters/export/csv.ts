/**
 * `plan export --format csv`: RFC 4180 through the shared writer (src/formatters/csv.ts: CRLF,
 * fields quoted when needed, line breaks shown as `\n`, and its default guard against
 * spreadsheet formulas), a header row of the column names, null as an empty field,
 * true/false as written. Opens in a spreadsheet, `pandas.read_csv(f)` or R's `read.csv(f)`.
 */
import type { ExportTable } from '../../reports/export.js';
import { csv } from '../csv.js';

/** One table as CSV: the header, then one line per row. */
export function exportCsv(table: ExportTable, opts: { bom?: boolean } = {}): string {
  const body = csv(table.columns, table.rows.map((r) => table.columns.map((c) => r[c] ?? null)));
  return opts.bom ? `\ufeff${body}` : body;
}
