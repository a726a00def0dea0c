import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/model.js';
import { questionnaireCsv } from '../../src/formatters/questionnaire/csv.js';
import { questionnaireMarkdown } from '../../src/formatters/questionnaire/markdown.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { gapsForState, selectDocuments } from '../../src/reports/gaps/index.js';
import { QUESTIONNAIRE_COLUMNS, questionnaireFor, sectionLabel } from '../../src/reports/questionnaire.js';
import { load, MINI, removeCorpus } from '../helpers/fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(MINI)));
afterAll(() => removeCorpus(root));

const opts = () => ({ today: '2026-01-01', documents: selectDocuments(corpus, {}), staleAfterYears: 5 });

describe('questionnaire', () => {
  it('has one row per item of plan gaps --state, in the same order, with the same keys and statuses', () => {
    const q = questionnaireFor(corpus, 'MEX', opts());
    const g = gapsForState(corpus, 'MEX', opts());
    expect(q.rows.map((r) => [r.key, r.status])).toEqual(g.items.map((i) => [i.key, i.status]));
    expect(q.rows.length).toBeGreaterThan(0);
    expect(q.groups.flatMap((x) => x.rows)).toEqual(q.rows);
  });

  it('names a section by its outline heading and number, as printed', () => {
    const doc = { fm: { outline: [{ title: 'Actions:', children: [{ title: 'Legal Instruments', number: '2' }] }] } } as unknown as Parameters<typeof sectionLabel>[0];
    expect(sectionLabel(doc, ['Actions:', 'Legal Instruments'])).toBe('2. Legal Instruments');
    expect(sectionLabel(doc, ['Actions:'])).toBe('Actions');
    expect(sectionLabel(doc, [])).toBe('(no section)');
  });

  it('CSV: the column headings, the key and state on every row, empty reply cells', () => {
    const q = questionnaireFor(corpus, 'MEX', opts());
    const [head, ...rows] = parseCsv(questionnaireCsv(q));
    expect(head).toEqual(QUESTIONNAIRE_COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[0])).toEqual(q.rows.map((r) => r.key));
    for (const r of rows) {
      expect(r[1]).toBe('MEX');
      expect(r.slice(-5)).toEqual(['', '', '', '', '']);
    }
  });

  it('Markdown: one heading per section, every key, "no record" said in words', () => {
    const q = questionnaireFor(corpus, 'MEX', opts());
    const md = questionnaireMarkdown(q);
    for (const r of q.rows) expect(md).toContain(`Key: \`${r.key}\``);
    for (const g of q.groups) expect(md).toContain(`### ${g.section}`);
    expect(md).toContain('it does not mean "not done"');
  });
});
