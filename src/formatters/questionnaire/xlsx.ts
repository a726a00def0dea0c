/**
 * `plan questionnaire --format xlsx`: a workbook (exceljs) with the
 * instructions on a first sheet, then the questionnaire: frozen header row,
 * filters, wrapped text, readable column widths, a drop-down of the statuses
 * and date cells in the reply columns, the reply columns shaded.
 */
import ExcelJS from 'exceljs';
import { QUESTIONNAIRE_COLUMNS, REPLY_STATUSES, instructions, rowValues, type Questionnaire } from '../../reports/questionnaire.js';

/** The questionnaire sheet's name (the importer reads the sheet whose first row holds a `Key` heading). */
export const QUESTIONNAIRE_SHEET = 'Questionnaire';

function instructionsSheet(wb: ExcelJS.Workbook, q: Questionnaire): void {
  const ws = wb.addWorksheet('Instructions');
  ws.getColumn(1).width = 110;
  ws.addRow([`Questionnaire: ${q.state.name} (${q.state.id})`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of instructions(q)) {
    const row = ws.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
    ws.addRow([]);
  }
  ws.addRow(['Sections of the texts, in the order of the questionnaire:']).font = { bold: true };
  for (const g of q.groups) ws.addRow([`${g.document} · ${g.section} (${g.rows.length})`]);
}

/** The workbook's bytes. */
export async function questionnaireXlsx(q: Questionnaire): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan';
  wb.created = new Date(`${q.today}T00:00:00Z`);
  wb.modified = wb.created;
  instructionsSheet(wb, q);
  const ws = wb.addWorksheet(QUESTIONNAIRE_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = QUESTIONNAIRE_COLUMNS.map((c) => ({ header: c.header, key: c.id, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const r of q.rows) ws.addRow(rowValues(q.state.id, r));
  const last = q.rows.length + 1;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: QUESTIONNAIRE_COLUMNS.length } };
  const list = `"${REPLY_STATUSES.join(',')}"`;
  QUESTIONNAIRE_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.alignment = { wrapText: true, vertical: 'top' };
    if (!c.reply) return;
    for (let r = 2; r <= last; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
      if (c.id === 'status') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, errorTitle: 'Status', error: `One of: ${REPLY_STATUSES.join(', ')}` };
      } else if (c.id === 'date') {
        cell.numFmt = 'yyyy-mm-dd';
        cell.dataValidation = { type: 'date', operator: 'between', allowBlank: true, formulae: [new Date(Date.UTC(1945, 0, 1)), new Date(Date.UTC(2100, 0, 1))], showErrorMessage: true, errorTitle: 'Date', error: 'A date (YYYY-MM-DD).' };
      }
    }
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
