/**
 * A small RFC 4180 writer shared by the reports' CSV formats: a header row,
 * CRLF line endings, fields quoted when they hold a comma or a double quote
 * (quotes doubled), everything else written as is (accents, typographic
 * quotes and non-breaking spaces untouched) but for control characters and
 * line breaks, shown escaped (`\n`, `\u{1b}`) so that one record is always one
 * physical line, and for text that a spreadsheet would run as a formula
 * (OWASP's CSV injection advice: a leading `'`). Every CSV `plan` writes goes
 * through here, so both guards are the default.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Guard against formula injection when the file is opened in a spreadsheet
   * (OWASP, "CSV Injection"): a text field starting with `=`, `+`, `-`, `@`,
   * tab, CR or NUL gets a leading `'`, which spreadsheets read as "this is
   * text" and hide. Every text field is guarded, "-1" too (a text field is
   * corpus text, and OWASP makes no exception for numbers); numbers `plan`
   * computes (typed as numbers, e.g. `age_days`, `score`) are written as is.
   * On by default; `false` only for a reader that is not a spreadsheet.
   */
  guardFormulas?: boolean;
  /**
   * Show control characters other than tab, and bidi overrides, as `\u{1b}`
   * escapes, and line breaks as `\r` and `\n`, instead of writing them
   * (corpus text is untrusted, a CSV is often printed to a terminal or read
   * line by line, and a line break inside a field would start a physical line
   * of its own). On by default.
   */
  escapeControls?: boolean;
}

// Control characters (C0 but tab; DEL and C1), bidi embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SHOWN: Record<string, string> = { '\n': '\\n', '\r': '\\r' };
/** What a spreadsheet reads as the start of a formula (OWASP; NUL from ASVS 1.2.10). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** One field: numbers and booleans as written by JSON, null and undefined as empty. */
export function csvField(v: CsvValue, opts: CsvOptions = {}): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (opts.guardFormulas !== false && typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  if (opts.escapeControls !== false) s = s.replace(CONTROLS, (ch) => SHOWN[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: header, then one line per row, each ended by CRLF. */
export function csv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, opts: CsvOptions = {}): string {
  const line = (r: readonly CsvValue[]) => r.map((v) => csvField(v, opts)).join(',') + '\r\n';
  for (const r of rows) {
    if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, the header ${header.length}`);
  }
  return line(header) + rows.map(line).join('');
}

/**
 * Parses RFC 4180 text back into rows (for tests and for tools that read the
 * reports): quoted fields may hold commas, quotes and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
