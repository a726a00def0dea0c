import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView, type XrefOptions } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { csv, csvField, xrefCsv } from '../../../src/formatters/xref/csv.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
export function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field');
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (s[i] === '"') { i++; break; }
        field += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote at ${i}`);
        field += s[i++];
      }
    }
    row.push(field);
    if (s[i] === ',') { i++; continue; }
    if (s.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; continue; }
    if (i >= s.length) break;
    throw new Error(`bad record end at ${i}: ${JSON.stringify(s[i])}`);
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

const table = (o: XrefOptions) => readCsv(xrefCsv(xrefView(corpus, o), { color: false }));
const VIEWS: XrefOptions[] = [{}, { instrument: 'untoc' }, { instrument: 'ia-mla' }, { paragraph: 'cedot-draft-2006/B.XII.1' }, { lists: true }, { unresolved: true }];

describe('xref csv', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('two\\nlines');
    expect(csvField('“señor”\u00a0')).toBe('“señor”\u00a0');
    expect(csv(['a', 'b'], [[1, true], [undefined, 'x,y']])).toBe('a,b\r\n1,true\r\n,"x,y"\r\n');
  });

  it('writes a header row and records of equal length in every view', () => {
    for (const o of VIEWS) {
      const rows = table(o);
      expect(rows.length, JSON.stringify(o)).toBeGreaterThan(1);
      for (const r of rows) expect(r, JSON.stringify(o)).toHaveLength(rows[0]!.length);
    }
  });

  it('gives one row per citation, urge, or uncited instrument', () => {
    const rows = table({});
    expect(rows[0]).toEqual(['instrument', 'title', 'document', 'paragraph', 'link', 'articles', 'whole']);
    expect(rows.filter((r) => r[0] === 'untoc')).toHaveLength(6);
    expect(rows).toContainEqual(['untoc', 'United Nations Convention against Transnational Organized Crime', 'mex-draft-2005', 'mex-draft-2005/24', 'cites', '16; 27.2', 'false']);
    expect(rows).toContainEqual(['minamata', 'Minamata Convention on Mercury', '', '', 'not cited', '', '']);
    expect(rows).toContainEqual(['budapest', 'Convention on Cybercrime', 'strategy-2021', 'strategy-2021/2.a', 'urges', '', '']);
  });

  it('gives every article of the coverage, cited or not', () => {
    const rows = table({ instrument: 'untoc' });
    expect(rows.filter((r) => r[3] === 'not cited')).toHaveLength(38);
    expect(rows.filter((r) => r[1] === '16').map((r) => r[5])).toEqual(['mex-draft-2005/24', 'cedot-draft-2006/B.XII.1', 'strategy-2021/5.a']);
    expect(rows.filter((r) => r[3] === 'whole instrument')).toHaveLength(3);
  });

  it('carries the lineage and the draft/adopted labels', () => {
    const p = table({ paragraph: 'cedot-draft-2006/B.XII.1' });
    expect(p.filter((r) => r[1] === 'lineage').map((r) => [r[3], r[5]])).toEqual([
      ['mex-draft-2005/24', 'shall'], ['cedot-draft-2006/B.XII.1', 'should'], ['strategy-2021/5.a', 'consider'], ['cp-res-908-2006#II.5', ''],
    ]);
    const l = table({ lists: true });
    expect(l).toContainEqual(['strategy-2021', '2021-11-11', 'adopted', 'adopted; restates the adopted 2006 Plan’s list (section 2, i–xi)', 'iacat', '', 'dropped since cedot-draft-2006']);
    expect(l.filter((r) => r[0] === 'cedot-draft-2006').every((r) => r[3] === 'draft, not the Plan as adopted; among the closest texts to the adopted 2006 Plan (CP/RES. 908, not in the corpus)')).toBe(true);
    const u = table({ unresolved: true });
    expect(u[2]!.slice(0, 7)).toEqual(['paragraphs/gtdot-workplan-2008/4.1.md', '12', '5', 'gtdot-workplan-2008/4.1', 'gtdot-workplan-2008', 'refers-to', 'cp-res-908-2006#II.2']);
  });
});
