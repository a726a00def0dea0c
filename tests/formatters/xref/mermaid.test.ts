import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView, type XrefOptions } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { graphOf } from '../../../src/formatters/xref/graph.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { mermaidText, renderMermaid, xrefMermaid } from '../../../src/formatters/xref/mermaid.js';
import { checkMermaid, hostileGraph, HOSTILE, XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

const VIEWS: XrefOptions[] = [{}, { instrument: 'untoc' }, { instrument: 'ia-mla' }, { paragraph: 'cedot-draft-2006/B.XII.1' }, { paragraph: 'strategy-2021/2.2' }, { lists: true }, { unresolved: true }];

describe('xref mermaid', () => {
  it('writes valid Mermaid flowcharts for every view', () => {
    for (const o of VIEWS) {
      const out = xrefMermaid(xrefView(corpus, o), { color: false });
      const r = checkMermaid(out);
      expect(r.problems, `${JSON.stringify(o)}\n${out}`).toEqual([]);
      const g = graphOf(xrefView(corpus, o));
      expect(r.nodes).toBe(g.nodes.length);
      expect(r.edges).toBe(g.edges.length);
    }
    const lineage = xrefMermaid(xrefView(corpus, { paragraph: 'cedot-draft-2006/B.XII.1' }), { color: false });
    expect(lineage).toContain('subgraph g1["mex-draft-2005 (draft, 2005)"]');
    expect(lineage).toMatch(/n\d+ -->\|"paraphrased"\| n\d+/);
    expect(lineage).toContain('cp-res-908-2006#35;II.5');
  });

  it('escapes quotes, brackets, pipes, entity codes and line breaks, and keeps Unicode', () => {
    const m = checkMermaid(renderMermaid(hostileGraph()));
    expect(m.problems).toEqual([]);
    for (const h of HOSTILE) expect(m.labels).toContain(h);
    expect(m.labels).toContain('line break');
    expect(mermaidText('a"b#c<d>e&f|g`h')).toBe('a#quot;b#35;c#lt;d#gt;e#amp;f#124;g#96;h');
  });

  it('has a validator that catches broken output', () => {
    const good = renderMermaid(hostileGraph());
    expect(checkMermaid(good.replace('#quot;', '"')).problems).not.toEqual([]);
    expect(checkMermaid(good.replace(/\n {2}end\n/, '\n')).problems).not.toEqual([]);
    expect(checkMermaid(good.replace(/n1 -->/, 'n99 -->')).problems).not.toEqual([]);
  });
});
