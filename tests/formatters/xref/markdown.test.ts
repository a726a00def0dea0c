import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView, type XrefOptions } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { md, xrefMarkdown } from '../../../src/formatters/xref/markdown.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

const markdown = (o: XrefOptions) => xrefMarkdown(xrefView(corpus, o), { color: false });
const VIEWS: XrefOptions[] = [{}, { instrument: 'untoc' }, { instrument: 'ia-mla' }, { paragraph: 'cedot-draft-2006/B.XII.1' }, { paragraph: 'strategy-2021/2.2' }, { lists: true }, { unresolved: true }];

/** Cells of a GFM table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

describe('xref markdown', () => {
  it('escapes markup, pipes and line breaks', () => {
    expect(md('a|b *c* _d_ [e](f) <g> `h` #1 & i\nj \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#1 \\& i j \\\\');
    expect(md('“señor”\u00a0x')).toBe('“señor”\u00a0x');
  });

  it('writes tables whose rows all have as many cells as the header', () => {
    for (const o of VIEWS) {
      const lines = markdown(o).split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i]!.startsWith('| ') || lines[i - 1]?.startsWith('|')) continue;
        const n = cells(lines[i]!).length;
        expect(lines[i + 1], JSON.stringify(o)).toMatch(/^\| ---( \| ---)* \|$/);
        for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!), lines[j]).toHaveLength(n);
      }
    }
  });

  it('shows coverage with one column per text and the articles nobody cites', () => {
    const out = markdown({ instrument: 'untoc' });
    expect(out).toContain('| Article | mex-draft-2005 (draft, 2005) | cedot-draft-2006 (draft, 2006) | strategy-2021 (adopted, 2021-11-11) |');
    expect(out).toContain('| 16 | 24 | B.XII.1 | 5.a |');
    expect(out).toContain('| 27 | 24 (27.2) | — | — |');
    expect(out).toContain('**Not cited by any text (38):** 1-15, 17, 19-26, 28-41');
    expect(markdown({ instrument: 'ia-mla' })).toContain('> **Note:** No article list on record; coverage by cited articles only.');
  });

  it('shows the lineage with the force changes, the focus in bold', () => {
    const out = markdown({ paragraph: 'cedot-draft-2006/B.XII.1' });
    expect(out).toContain('Across 3 texts, oldest first; force shall → should → consider.');
    expect(out).toContain('| 2 | **cedot-draft-2006/B.XII.1** | 2006 circulated-draft | should | member-states, cicad | derived-from (paraphrased) 1; force shall → should (weaker); added cicad; dropped permanent-council |');
    expect(out).toContain('> Member states should conclude “extradition” treaties (Palermo\u00a0Convention, Art. 16; Protocol, Arts. 3 and 7) — señor.');
  });

  it('labels drafts and adopted texts in the lists, with the notes', () => {
    const out = markdown({ lists: true });
    expect(out).toContain('| Instrument | mex-draft-2005 (draft) | cedot-draft-2006 (draft) | strategy-2021 (adopted) |');
    expect(out).toContain('| iacat | list.2 | 3.b | — |');
    expect(out).toContain('- cedot-draft-2006 → strategy-2021: added untoc-tip; dropped iacat');
    expect(out).toContain('> **Note:** The Hemispheric Plan of Action as adopted (CP/RES. 908 (1567/06), October 2006) is not in the corpus.');
    expect(out).toContain('> **Note:** The Mexican draft (mex-draft-2005) and the CEDOT Chair’s draft (cedot-draft-2006) are drafts');
  });

  it('lists unresolved references with their place', () => {
    expect(markdown({ unresolved: true })).toContain('| paragraphs/gtdot-workplan-2008/4.1.md:12:5 | gtdot-workplan-2008/4.1 | refers-to | cp-res-908-2006\\#II.2 | “(paragraph II, item 2)” — paragraph II, item 2 of the adopted Plan, its list of international agreements — text not in the corpus |');
  });
});
