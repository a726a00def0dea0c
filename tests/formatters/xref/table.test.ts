import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView, type XrefOptions } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { xrefTable } from '../../../src/formatters/xref/table.js';
import { width } from '../../../src/formatters/xref/text.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

const table = (o: XrefOptions, color = false) => xrefTable(xrefView(corpus, o), { color });
const VIEWS: XrefOptions[] = [{}, { instrument: 'untoc' }, { instrument: 'ia-mla' }, { paragraph: 'cedot-draft-2006/B.XII.1' }, { paragraph: 'strategy-2021/2.2' }, { lists: true }, { unresolved: true }];

describe('xref table', () => {
  it('shows every instrument, "not cited" for the uncited, and who urges it', () => {
    const out = table({});
    expect(out).toContain('minamata — Minamata Convention on Mercury\n  not cited\n');
    expect(out).toContain('budapest — Convention on Cybercrime\n  not cited; urged by 1 paragraph\n');
    expect(out).toMatch(/strategy-2021\/2\.a {2}should {2}Consider joining the Convention on Cybercrime/);
    expect(out).toMatch(/mex-draft-2005 \(draft\) {4}list\.1 {5}whole instrument\n {30}24 {9}Art\. 16, 27\.2\n/);
    expect(out.replace(/\n\s*/g, ' ')).toContain('6 instruments: 4 cited, 2 not cited; 1 lineage chain; 3 texts with instrument lists (--lists); 3 unresolved references (--unresolved).');
  });

  it('shows article coverage: every article, the paragraphs per text, and the articles nobody cites', () => {
    const out = table({ instrument: 'untoc' });
    expect(out).toContain('41 articles on record; 3 cited by 3 paragraphs; 38 not cited by any text.');
    expect(out).toContain('     16  mex-draft-2005: 24 · cedot-draft-2006: B.XII.1 · strategy-2021: 5.a\n');
    expect(out).toContain('     27  mex-draft-2005: 24 (27.2)\n');
    expect(out).toContain('Not cited by any text (38): 1-15, 17, 19-26, 28-41\n');
    expect(out).toContain('Whole instrument cited by (3): mex-draft-2005/list.1, cedot-draft-2006/3.a, strategy-2021/2.i\n');
    expect(out.split('\n').filter((l) => /^ +\d+\*? {2}/.test(l))).toHaveLength(41);
    const none = table({ instrument: 'ia-mla' });
    expect(none).toContain('Note: No article list on record; coverage by cited articles only.');
    expect(none).toContain('      7  mex-draft-2005: 24\n');
    expect(none).not.toContain('Not cited by any text');
  });

  it('shows links out and in and the lineage with force and addressee changes', () => {
    const out = table({ paragraph: 'cedot-draft-2006/B.XII.1' });
    expect(out).toContain('Lineage across 3 texts, oldest first — force shall → should → consider');
    expect(out).toContain('  2. cedot-draft-2006/B.XII.1 ◀ (2006, draft) · should · member-states, cicad\n');
    expect(out).toMatch(/derived-from \(paraphrased\) 1: force shall → should ▼ weaker; addressees \+cicad\s+−permanent-council/);
    expect(out).toContain('derived-from (same-topic) 2: force should → consider ▼ weaker; addressees −cicad');
    expect(out).toMatch(/annotates \(footnote\) +cedot-draft-2006\/fn\.1/);
    expect(out).toMatch(/derived-from +mex-draft-2005\/24 +paraphrased/);
    expect(out).toContain('implements cp-res-908-2006#II.5 (not in the corpus)');
    // Typographic quotes, the non-breaking space and accents pass through.
    expect(out).toContain('“extradition” treaties (Palermo\u00a0Convention');
    expect(out).toContain('señor');
    expect(table({ paragraph: 'strategy-2021/2.2' })).toContain('Lineage: no derived-from, implements or follows-up link');
  });

  it('shows the lists side by side, labelled draft or adopted, with what was added and dropped', () => {
    const out = table({ lists: true });
    expect(out).toMatch(/^instrument {2}mex-draft-2005 {2}cedot-draft-2006 {2}strategy-2021\n {12}\(draft\) {9}\(draft\) {11}\(adopted\)\n/m);
    expect(out).toMatch(/^iacat {7}list\.2 {10}3\.b {15}—$/m);
    expect(out).not.toMatch(/^budapest /m);
    expect(out).toContain('  cedot-draft-2006 → strategy-2021: added untoc-tip; dropped iacat\n');
    expect(out).toContain('  mex-draft-2005 → strategy-2021 (not consecutive): added none; dropped iacat\n');
    expect(out).toContain('Note: The Mexican draft (mex-draft-2005) and the CEDOT Chair’s draft (cedot-draft-2006) are drafts,');
    expect(out).toContain('strategy-2021 (2021-11-11): adopted; restates the adopted 2006 Plan’s list (section 2, i–xi).');
  });

  it('shows where each unresolved reference is', () => {
    const out = table({ unresolved: true });
    expect(out).toMatch(/^paragraphs\/gtdot-workplan-2008\/4\.1\.md:12:5  gtdot-workplan-2008\/4\.1  refers-to →\s+cp-res-908-2006#II\.2\n  “\(paragraph II, item 2\)”\n/m);
    expect(out).toContain('documents/gtdot-workplan-2008.md:8:5  gtdot-workplan-2008  builds-on → cp-res-908-2006\n');
    expect(out).toContain('3 references to texts that are not in the corpus.');
  });

  it('stays within 100 columns, and colours only when asked', () => {
    for (const o of VIEWS) {
      const out = table(o);
      const long = out.split('\n').filter((l) => width(l) > 100);
      expect(long, JSON.stringify(o)).toEqual([]);
      expect(out).not.toMatch(/\u001b\[/);
      expect(table(o, true)).toMatch(/\u001b\[/);
    }
  });
});
