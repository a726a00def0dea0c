/**
 * The data tables read with csv-parse (src/import/csv.ts): quoted fields with
 * commas, doubled quotes and line breaks, CRLF or LF, a byte-order mark, and
 * readTable's one-line errors naming the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, parseCsv, readTable } from '../../src/import/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and drops a byte-order mark', () => {
    const text = '\ufeffiso3,status_note\r\nNIC,"Denounced the Charter, 2021; said ""withdrawn""\r\nsee note"\r\nMEX,\r\n';
    expect(parseCsv(text)).toEqual([
      ['iso3', 'status_note'],
      ['NIC', 'Denounced the Charter, 2021; said "withdrawn"\r\nsee note'],
      ['MEX', ''],
    ]);
  });

  it('keeps accents and non-breaking spaces verbatim, with LF or CRLF alike', () => {
    expect(parseCsv('name_es\nPerú\u00a0\n')).toEqual([['name_es'], ['Perú\u00a0']]);
    expect(parseCsv('a,b\r\n1,2')).toEqual(parseCsv('a,b\n1,2'));
  });

  it('round-trips what csvField writes', () => {
    const row = ['plain', 'a,b', 'say "x"', 'two\nlines', ''];
    expect(parseCsv(`${row.map(csvField).join(',')}\r\n`)).toEqual([row]);
  });
});

describe('readTable', () => {
  it('gives records by header, with the BOM gone from the first column name', () => {
    const path = file('ok.csv', '\ufeffiso3,name_en\r\nBOL,"Bolivia, Plurinational State of"\r\n');
    expect(readTable(path, ['iso3'])).toEqual([{ iso3: 'BOL', name_en: 'Bolivia, Plurinational State of' }]);
  });

  it('says which file and row is wrong: a missing column, a row of another width, a quote never closed', () => {
    expect(() => readTable(file('cols.csv', 'iso3\nBOL\n'), ['iso3', 'name_en'])).toThrow(/cols\.csv: missing column\(s\) name_en$/);
    expect(() => readTable(file('width.csv', 'a,b\n1,2\n3\n'), ['a'])).toThrow(/width\.csv:3: 1 fields, the header has 2$/);
    expect(() => readTable(file('quote.csv', 'a,b\n1,"open\n'), ['a'])).toThrow(/quote\.csv: Quote Not Closed/);
    expect(() => readTable(join(dir, 'absent.csv'), ['a'])).toThrow(/absent\.csv: not found$/);
  });
});
