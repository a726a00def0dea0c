/**
 * The CSV tables of sources/data, read with csv-parse (RFC 4180: quoted
 * fields with commas, doubled quotes and line breaks; CRLF or LF; a BOM).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * Parses CSV text into rows of fields. Rows keep the number of fields they
 * have (readTable says which row disagrees with its header); a blank line is
 * a row of one empty field; a stray quote inside an unquoted field is text.
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

/** One CSV field, quoted when it must be. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type Row = Readonly<Record<string, string>>;

/** Reads a CSV file with a header row into records; checks the columns the import needs. */
export function readTable(path: string, required: readonly string[]): Row[] {
  if (!existsSync(path)) throw new Error(`${path}: not found`);
  let rows: string[][];
  try {
    rows = parseCsv(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
  const header = rows[0];
  if (!header) throw new Error(`${path}: empty file`);
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${path}: missing column(s) ${missing.join(', ')}`);
  return rows.slice(1).map((r, i) => {
    if (r.length !== header.length) throw new Error(`${path}:${i + 2}: ${r.length} fields, the header has ${header.length}`);
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h] = r[j]!));
    return o;
  });
}
