import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/model.js';
import { allLineage, compareForce, lineageOf } from '../../src/reports/lineage.js';
import { load, removeCorpus, type Files } from '../helpers/fixture.js';
import { XREF } from '../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

describe('lineageOf', () => {
  it('follows derived-from both ways, oldest text first, from any step', () => {
    const chain = ['mex-draft-2005/24', 'cedot-draft-2006/B.XII.1', 'strategy-2021/5.a'];
    for (const start of chain) {
      const c = lineageOf(corpus, start)!;
      expect(c.paragraphs).toEqual(chain);
      expect(c.documents).toEqual(['mex-draft-2005', 'cedot-draft-2006', 'strategy-2021']);
      expect(c.id).toBe('strategy-2021/5.a');
    }
  });

  it('shows the force shall → should → consider and the addressees added and dropped at each step', () => {
    const c = lineageOf(corpus, 'strategy-2021/5.a')!;
    expect(c.forcePath).toBe('shall → should → consider');
    expect(c.steps.map((s) => s.force)).toEqual(['shall', 'should', 'consider']);
    expect(c.steps[0]!.changes).toEqual([]);
    const [, two, three] = c.steps;
    expect(two!.changes).toEqual([{
      with: 'mex-draft-2005/24', type: 'derived-from', basis: 'paraphrased',
      force: { from: 'shall', to: 'should', change: 'weaker' },
      addressees: { added: ['cicad'], dropped: ['permanent-council'] },
    }]);
    expect(two!.basis).toBe('paraphrased');
    expect(three!.changes[0]!.force.change).toBe('weaker');
    expect(three!.changes[0]!.addressees).toEqual({ added: [], dropped: ['cicad'] });
    expect(three!.basis).toBe('same-topic');
    expect(c.steps.map((s) => s.date)).toEqual(['2005', '2006', '2021-11-11']);
    expect(c.steps.map((s) => s.status)).toEqual(['circulated-draft', 'circulated-draft', 'adopted']);
  });

  it('keeps the links to texts outside the corpus', () => {
    const c = lineageOf(corpus, 'mex-draft-2005/24')!;
    expect(c.external).toEqual([{ from: 'strategy-2021/5.a', type: 'implements', target: 'cp-res-908-2006#II.5', description: 'paragraph II.5 of the adopted Plan — text not in the corpus' }]);
    expect(c.links.map((l) => `${l.from}>${l.to}`)).toEqual(['cedot-draft-2006/B.XII.1>mex-draft-2005/24', 'strategy-2021/5.a>cedot-draft-2006/B.XII.1']);
  });

  it('gives one step for a paragraph with no lineage, undefined for an unknown id', () => {
    const c = lineageOf(corpus, 'strategy-2021/2.i')!;
    expect(c.paragraphs).toEqual(['strategy-2021/2.i']);
    expect(c.forcePath).toBe('urge');
    expect(lineageOf(corpus, 'nope/1')).toBeUndefined();
  });

  it('lists a list item with the force of its lead-in', () => {
    expect(lineageOf(corpus, 'cedot-draft-2006/3.a')!.steps[0]!.force).toBe('agree');
  });
});

describe('allLineage', () => {
  it('gives each chain of two paragraphs or more once', () => {
    const all = allLineage(corpus);
    expect(all.map((c) => c.id)).toEqual(['strategy-2021/5.a']);
    expect(all[0]!.paragraphs).toHaveLength(3);
  });

  it('orders texts of the same date so that a paragraph follows what it derives from, and survives a cycle', () => {
    const files: Files = {
      ...XREF,
      // csh (2005) derives from mex (2005): same date, so the link decides; then a cycle back.
      'documents/csh-recommendations-2005.md': XREF['documents/mex-draft-2005.md']!.toString().replace(/mex-draft-2005/g, 'csh-recommendations-2005'),
      'paragraphs/csh-recommendations-2005/1.md': `---
id: csh-recommendations-2005/1
document: csh-recommendations-2005
number: "1"
printed: true
section: []
type: recommendation
force: recommend
relations:
  - {type: derived-from, target: mex-draft-2005/24, basis: quoted}
---
Text.
`,
    };
    const { corpus: c2, root: r2 } = load(files);
    try {
      const chain = lineageOf(c2, 'csh-recommendations-2005/1')!;
      expect(chain.paragraphs).toEqual(['mex-draft-2005/24', 'csh-recommendations-2005/1', 'cedot-draft-2006/B.XII.1', 'strategy-2021/5.a']);
    } finally {
      removeCorpus(r2);
    }
    const cyc: Files = {
      ...XREF,
      'paragraphs/mex-draft-2005/24.md': XREF['paragraphs/mex-draft-2005/24.md']!.toString().replace('force: shall\n', 'force: shall\nrelations:\n  - {type: derived-from, target: strategy-2021/5.a, basis: quoted}\n'),
    };
    const { corpus: c3, root: r3 } = load(cyc);
    try {
      const chain = lineageOf(c3, 'cedot-draft-2006/B.XII.1')!;
      expect(chain.paragraphs).toEqual(['mex-draft-2005/24', 'cedot-draft-2006/B.XII.1', 'strategy-2021/5.a']);
      expect(allLineage(c3)).toHaveLength(1);
    } finally {
      removeCorpus(r3);
    }
  });
});

describe('compareForce', () => {
  it('compares force groups', () => {
    expect(compareForce('shall', 'should')).toBe('weaker');
    expect(compareForce('consider', 'must')).toBe('stronger');
    expect(compareForce('shall', 'will')).toBe('same-strength');
    expect(compareForce('urge', 'urge')).toBe('same');
    expect(compareForce(undefined, 'urge')).toBe('unknown');
  });
});
