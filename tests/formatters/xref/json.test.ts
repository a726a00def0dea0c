import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { xrefJson } from '../../../src/formatters/xref/json.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

describe('xref json', () => {
  it('is one document in the contract shape: instruments with citations {paragraph, document, articles}, lineage, lists, unresolved', () => {
    const v = JSON.parse(xrefJson(xrefView(corpus, {}), { color: false })) as Record<string, unknown[]>;
    expect(Object.keys(v)).toEqual(['notes', 'instruments', 'lineage', 'lists', 'unresolved']);
    const untoc = (v.instruments as Array<{ id: string; title: string; citations: Array<{ paragraph: string; document: string; articles: string[] }> }>).find((i) => i.id === 'untoc')!;
    expect(untoc.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(untoc.citations.find((c) => c.paragraph === 'strategy-2021/5.a')).toMatchObject({ document: 'strategy-2021', articles: ['16', '18'] });
    // The HTML report reads a chain's `steps` with paragraph, document, force and basis.
    const chain = v.lineage[0] as { steps: Array<{ paragraph: string; document: string; force: string; basis?: string }> };
    expect(chain.steps.map((s) => [s.paragraph, s.force, s.basis ?? null])).toEqual([
      ['mex-draft-2005/24', 'shall', null], ['cedot-draft-2006/B.XII.1', 'should', 'paraphrased'], ['strategy-2021/5.a', 'consider', 'same-topic'],
    ]);
    expect((v.unresolved as Array<{ target: string }>).map((u) => u.target)).toEqual(['cp-res-908-2006', 'cp-res-908-2006#II.2', 'cp-res-908-2006#II.5']);
  });

  it('gives each view its own document, text untouched', () => {
    const p = JSON.parse(xrefJson(xrefView(corpus, { paragraph: 'cedot-draft-2006/B.XII.1' }), { color: false }));
    expect(p.paragraph.text).toContain('Palermo\u00a0Convention');
    expect(p.lineage.forcePath).toBe('shall → should → consider');
    const i = JSON.parse(xrefJson(xrefView(corpus, { instrument: 'untoc' }), { color: false }));
    expect(i.uncited).toHaveLength(38);
    const l = JSON.parse(xrefJson(xrefView(corpus, { lists: true }), { color: false }));
    expect(l.changes[1]).toMatchObject({ from: 'cedot-draft-2006', to: 'strategy-2021', dropped: ['iacat'] });
    const u = JSON.parse(xrefJson(xrefView(corpus, { unresolved: true }), { color: false }));
    expect(u.unresolved).toHaveLength(3);
    expect(u.notes).toHaveLength(3);
  });
});
