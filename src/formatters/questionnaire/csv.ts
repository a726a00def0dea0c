/**
 * `plan questionnaire --format csv`: RFC 4180 (src/formatters/csv.ts), one
 * header row with the column headings, one row per item, in section order.
 * Text that a spreadsheet would read as a formula is prefixed with `'`.
 */
import { QUESTIONNAIRE_COLUMNS, rowValues, type Questionnaire } from '../../reports/questionnaire.js';
import { csv } from '../csv.js';

export function questionnaireCsv(q: Questionnaire): string {
  const rows = q.rows.map((r) => {
    const v = rowValues(q.state.id, r);
    return QUESTIONNAIRE_COLUMNS.map((c) => v[c.id] ?? '');
  });
  return csv(QUESTIONNAIRE_COLUMNS.map((c) => c.header), rows, { guardFormulas: true });
}
