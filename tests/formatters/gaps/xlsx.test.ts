/** The workbook of `plan gaps --format xlsx`, read back with exceljs: sheets, header, filters, colours with words, dates, links. */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEETS, cellText, gapsXlsx } from '../../../src/formatters/gaps/xlsx.js';
import type { GapsView } from '../../../src/reports/gaps/index.js';
import { removeCorpus } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, gapsViews } from '../../helpers/gaps-fixture.js';

const files = {
  ...GAPS_FIXTURE,
  'commitments/MEX/untoc.md': String(GAPS_FIXTURE['commitments/MEX/untoc.md']).replace(/evidence: \[\{source: "UN Treaty Collection, chapter XVIII-12", via: shared\/data\/untc.csv\}\]/,
    'evidence: [{source: "UNTC, chapter XVIII-12 — officers’ table", url: "https://treaties.un.org/x?a=1&b=2"}, {source: "a javascript link", url: "javascript:alert(1)"}]'),
};
const v = gapsViews(files);
afterAll(() => removeCorpus(v.root));

async function book(view: GapsView): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await gapsXlsx(view)) as unknown as ArrayBuffer);
  return wb;
}

const column = (ws: ExcelJS.Worksheet, header: string): number => (ws.getRow(1).values as unknown[]).indexOf(header);

describe('gaps xlsx', () => {
  it('has the sheets of its mode, the view first, each with a frozen bold header and filters', async () => {
    for (const [view, mode] of [[v.state('MEX'), 'state'], [v.all, 'all'], [v.instrument('untoc'), 'instrument']] as const) {
      const wb = await book(view);
      expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS[mode]);
      for (const ws of wb.worksheets.filter((w) => w.name !== 'About')) {
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(ws.getRow(1).font?.bold).toBe(true);
        expect(ws.autoFilter).toBeTruthy();
        for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('writes each status as its word on a coloured fill, the as-of as a date cell, the source as a link', async () => {
    const ws = (await book(v.state('MEX'))).getWorksheet('Items')!;
    const status = column(ws, 'Status');
    const fills = new Map<string, string>();
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(status);
      fills.set(String(cell.value), (cell.fill as ExcelJS.FillPattern).fgColor!.argb!);
    });
    expect([...fills.keys()].sort()).toEqual(['done', 'in-progress', 'no-record', 'not-applicable', 'not-done', 'partial']);
    expect(new Set(fills.values()).size).toBe(6);
    const untoc = ws.getRow(2);
    expect(untoc.getCell(column(ws, 'Key')).value).toBe('strategy/1.a#untoc');
    const asOf = untoc.getCell(column(ws, 'As of'));
    expect(asOf.value).toEqual(new Date('2014-01-27T00:00:00Z'));
    expect(asOf.numFmt).toBe('yyyy-mm-dd');
    expect(untoc.getCell(column(ws, 'Record')).value).toBe('final');
    expect(untoc.getCell(column(ws, 'Source')).value).toEqual({ text: 'UNTC, chapter XVIII-12 — officers’ table', hyperlink: 'https://treaties.un.org/x?a=1&b=2' });
  });

  it('lists the events with date cells and every source once, linking only web addresses', async () => {
    const wb = await book(v.state('MEX'));
    const ev = wb.getWorksheet('Events')!;
    const rows: unknown[][] = [];
    ev.eachRow((r, n) => { if (n > 1) rows.push((r.values as unknown[]).slice(1, 5)); });
    expect(rows).toContainEqual(['MEX', 'strategy/1.a#untoc', 'ratified', new Date('2003-03-04T00:00:00Z')]);
    const src = wb.getWorksheet('Sources')!;
    const values: unknown[] = [];
    src.eachRow((r, n) => { if (n > 1) values.push(r.getCell(2).value); });
    expect(values).toContainEqual({ text: 'UNTC, chapter XVIII-12 — officers’ table', hyperlink: 'https://treaties.un.org/x?a=1&b=2' });
    expect(values).toContain('a javascript link');
  });

  it('explains coverage, the legend in words and "no record" on the About sheet', async () => {
    const about = (await book(v.state('MEX'))).getWorksheet('About')!;
    const text: string[] = [];
    about.eachRow((r) => text.push((r.values as unknown[]).filter(Boolean).join(' | ')));
    const all = text.join('\n');
    expect(all).toContain('6 items; 5 with a record (83%): 1 done, 1 partial, 1 in progress, 1 not done, 1 not applicable; 1 no record.');
    expect(all).toContain('no-record | No source in the corpus says either way');
    expect(all).toContain('It does not mean "not done"');
  });

  it('makes text safe for the file: control characters shown, never written', () => {
    expect(cellText('a\u0000b\u001bc\nd\te')).toBe('a\\u{0}b\\u{1b}c\nd\te');
    expect(cellText('x'.repeat(40_000))).toHaveLength(32_767);
  });
});
