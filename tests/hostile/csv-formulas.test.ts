/**
 * Issue 15, item 6: corpus text that a spreadsheet would run as a formula
 * (`=HYPERLINK(...)`, `@SUM(...)`, `+...`, `-...`, a leading tab) reaches no
 * CSV that `plan` writes unguarded: each such cell starts with `'` (OWASP).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formatters/csv.js';
import { copyReal, edit, removeCopy, run } from './real-copy.js';

const LINK = '=HYPERLINK("http://x.test","Mexico")';
const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const TITLE = "-2+3+cmd|' /C calc'!A0";
const DESC = '+1+1 text not in the corpus';
const TAB = '\t=1+2';
const BODY = '=HYPERLINK("http://x.test","zyxwvut")';

let root: string;
beforeAll(() => {
  root = copyReal();
  edit(root, 'states/MEX.md', 'name: {en: Mexico,', `name: {en: '${LINK}',`);
  const p = 'paragraphs/gtdot-workplan-2008/2.1.md';
  edit(root, p, 'summary: Deliver the UNODC questionnaires on implementing the Palermo Convention, fully and on time', `summary: "${SUM}"`);
  edit(root, p, '---\nEncourage', `---\n${BODY} Encourage`);
  edit(root, 'instruments/untoc.md', 'title: United Nations Convention against Transnational Organized Crime', `title: "${TITLE}"`);
  edit(root, 'documents/gtdot-workplan-2008.md', 'description: Hemispheric Plan of Action against Transnational Organized Crime as adopted by the Permanent Council, CP/RES. 908 (1567/06), October 2006 — text not in the corpus', `description: "${DESC}"`);
  edit(root, 'paragraphs/gtdot-workplan-2008/4.1.md', 'text: (paragraph II, item 2)', 'text: "\\t=1+2"');
});
afterAll(() => removeCopy(root));

/** The CSV a command printed, parsed, after checking that it ran and that every record is one physical line. */
async function table(argv: string[]): Promise<string[][]> {
  const r = await run(root, [...argv, '--format', 'csv']);
  expect(r.code, r.stderr).toBe(0);
  const rows = parseCsv(r.stdout);
  expect(r.stdout.split('\r\n').length - 1).toBe(rows.length);
  return rows;
}

/** Cells a spreadsheet would read as a formula. */
const unguarded = (rows: string[][]) => rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c));

const CASES: Array<{ argv: string[]; cell?: string }> = [
  { argv: ['gaps', '--state', 'MEX'], cell: SUM },
  { argv: ['gaps', '--all'], cell: SUM },
  { argv: ['gaps', '--instrument', 'untoc'], cell: LINK },
  { argv: ['xref'], cell: TITLE },
  { argv: ['xref', '--unresolved'], cell: DESC },
  { argv: ['xref', '--paragraph', 'gtdot-workplan-2008/4.1'], cell: `${TAB}; paragraph II, item 2` },
  { argv: ['xref', '--instrument', 'untoc'] },
  { argv: ['xref', '--lists'] },
  { argv: ['search', 'zyxwvut'], cell: `${BODY} Encourage the timely` },
];

describe('CSV cells that would be formulas are guarded with a leading quote', () => {
  for (const c of CASES) {
    it(`plan ${c.argv.join(' ')} --format csv`, async () => {
      const rows = await table(c.argv);
      expect(rows.length).toBeGreaterThan(1);
      expect(unguarded(rows)).toEqual([]);
      // The hostile text is there, whole, behind the quote (a cell may go on after it: a snippet, a joined detail).
      if (c.cell) expect(rows.flat().filter((x) => x.startsWith(`'${c.cell}`))).not.toEqual([]);
    });
  }

  it('numbers plan computes stay numbers (gaps --instrument age_days, search score)', async () => {
    const rows = await table(['gaps', '--instrument', 'untoc']);
    const age = rows[0]!.indexOf('age_days');
    expect(rows.slice(1).filter((r) => /^\d+$/.test(r[age]!)).length).toBeGreaterThan(20);
    const hits = await table(['search', 'zyxwvut']);
    expect(hits[1]![hits[0]!.indexOf('score')]).toMatch(/^\d+(\.\d+)?$/);
  });
});
