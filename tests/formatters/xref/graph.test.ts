import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { graphOf } from '../../../src/formatters/xref/graph.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));


describe('xref graph model', () => {
  it('draws the citation graph: paragraphs grouped by text → instruments, articles on the edges', () => {
    const g = graphOf(xrefView(corpus, {}));
    expect(g.groups.map((x) => x.key)).toEqual(['mex-draft-2005', 'cedot-draft-2006', 'strategy-2021']);
    expect(g.nodes.filter((n) => n.kind === 'instrument').map((n) => n.label[0])).toEqual(['budapest', 'ia-mla', 'iacat', 'minamata', 'untoc', 'untoc-tip']);
    expect(g.edges).toContainEqual({ from: 'p:mex-draft-2005/24', to: 'i:untoc', label: 'Art. 16, 27.2', style: 'solid' });
    expect(g.edges).toContainEqual({ from: 'p:strategy-2021/2.a', to: 'i:budapest', label: 'urges', style: 'dashed' });
    expect(g.edges.filter((e) => e.style === 'solid')).toHaveLength(12);
  });

  it('draws the lineage around a paragraph, oldest → newest, with basis and force', () => {
    const g = graphOf(xrefView(corpus, { paragraph: 'cedot-draft-2006/B.XII.1' }));
    expect(g.edges).toContainEqual({ from: 'p:mex-draft-2005/24', to: 'p:cedot-draft-2006/B.XII.1', label: 'paraphrased', style: 'solid' });
    expect(g.edges).toContainEqual({ from: 'p:cedot-draft-2006/B.XII.1', to: 'p:strategy-2021/5.a', label: 'same-topic', style: 'solid' });
    expect(g.edges).toContainEqual({ from: 'x:cp-res-908-2006#II.5', to: 'p:strategy-2021/5.a', label: 'implements', style: 'dashed' });
    expect(g.nodes.find((n) => n.key === 'p:mex-draft-2005/24')!.label).toEqual(['24', 'shall · member-states, permanent-council']);
    expect(g.nodes.find((n) => n.focus)!.key).toBe('p:cedot-draft-2006/B.XII.1');
  });
});
