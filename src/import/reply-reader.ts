/**
 * Reads a filled questionnaire (the XLSX or CSV `plan questionnaire` wrote,
 * also after Excel or LibreOffice saved it again) into rows of strings by
 * column id. XLSX: the sheet whose first row has a `Key` heading; a cell may
 * be text, rich text, a number, a date (a Date or a serial number in the date
 * column), a hyperlink (its address in the URL column, else its text) or a
 * formula (its result). CSV: UTF-8 (a byte-order mark is dropped), comma,
 * semicolon or tab separated (whichever the header row uses).
 *
 * Positions (contract): rows are numbered as a spreadsheet shows them (the
 * header is row 1); columns are letters in XLSX (`K`) and numbers in CSV
 * (`11`), counted from 1.
 */
import { readFileSync } from 'node:fs';
import { QUESTIONNAIRE_COLUMNS } from '../reports/questionnaire.js';
import { letterLabel } from '../util/text.js';

/** One data row: its number and its cells by column id (trimmed text; absent when empty). */
export interface ReplyRow {
  row: number;
  cells: Map<string, string>;
}

export interface ReplySheet {
  kind: 'xlsx' | 'csv';
  /** Column ids found, with their 1-based index. */
  columns: Map<string, number>;
  rows: ReplyRow[];
  /** How a column index is written in a position: `K` (xlsx) or `11` (csv). */
  label(index: number): string;
}

/** A file that cannot be read as a questionnaire (not a row problem): exit 2. */
export class UnreadableReply extends Error {}

const norm = (h: string): string => h.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
const BY_HEADER = new Map(QUESTIONNAIRE_COLUMNS.flatMap((c) => [[norm(c.header), c.id], [c.id, c.id]]));

/** Column ids by index from a header row; unknown headings are ignored. */
export function headerColumns(headers: ReadonlyArray<string | undefined>): Map<string, number> {
  const out = new Map<string, number>();
  headers.forEach((h, i) => {
    const id = h === undefined ? undefined : BY_HEADER.get(norm(h));
    if (id && !out.has(id)) out.set(id, i + 1);
  });
  return out;
}

/** A date as YYYY-MM-DD from a JS Date read from a workbook (dates are stored as UTC days). */
export function isoDay(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** An Excel serial day number (1900 system) as YYYY-MM-DD. */
export function serialDay(n: number): string {
  return isoDay(new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000));
}

/** The text of an exceljs cell value, for the column `id`. */
export function cellText(v: unknown, id: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return id === 'date' && v > 0 && v < 2_958_466 ? serialDay(v) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDay(v);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text?: string }>; text?: unknown; hyperlink?: string; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? '').join('');
    if (typeof o.hyperlink === 'string') {
      const text = cellText(o.text, id);
      return id === 'url' ? o.hyperlink.replace(/^mailto:/, '') || text : text || o.hyperlink;
    }
    if ('result' in o) return cellText(o.result, id);
    if (typeof o.error === 'string') return o.error;
    if ('text' in o) return cellText(o.text, id);
  }
  return String(v);
}

async function readXlsx(bytes: Uint8Array): Promise<ReplySheet> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableReply(`not a readable XLSX workbook (${(e as Error).message})`);
  }
  for (const ws of wb.worksheets) {
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => { headers[col - 1] = cellText(cell.value, ''); });
    const columns = headerColumns(headers);
    if (!columns.has('key')) continue;
    const rows: ReplyRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      const cells = new Map<string, string>();
      for (const [id, col] of columns) {
        const t = cellText(row.getCell(col).value, id).trim();
        if (t) cells.set(id, t);
      }
      rows.push({ row: n, cells });
    });
    return { kind: 'xlsx', columns, rows, label: (i) => letterLabel(i - 1).toUpperCase() };
  }
  throw new UnreadableReply('no sheet has a `Key` column heading in its first row (is this a questionnaire written by plan questionnaire?)');
}

async function readCsv(bytes: Uint8Array): Promise<ReplySheet> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new UnreadableReply('not valid UTF-8 (save the sheet as "CSV UTF-8")');
  }
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: first.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const { parse } = await import('csv-parse/sync');
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    throw new UnreadableReply(`not a readable CSV file (${(e as Error).message})`);
  }
  const columns = headerColumns(records[0] ?? []);
  if (!columns.has('key')) throw new UnreadableReply('the first row has no `Key` column heading (is this a questionnaire written by plan questionnaire?)');
  const rows: ReplyRow[] = [];
  records.slice(1).forEach((rec, i) => {
    const cells = new Map<string, string>();
    for (const [id, col] of columns) {
      const t = (rec[col - 1] ?? '').trim();
      if (t) cells.set(id, t);
    }
    if (rec.some((c) => c.trim() !== '')) rows.push({ row: i + 2, cells });
  });
  return { kind: 'csv', columns, rows, label: (i) => String(i) };
}

/** Reads a questionnaire file: XLSX by its zip signature (or .xlsx name), else CSV. */
export async function readReplies(path: string): Promise<ReplySheet> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UnreadableReply(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return zip || /\.xlsx$/i.test(path) ? readXlsx(bytes) : readCsv(bytes);
}
