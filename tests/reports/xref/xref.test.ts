import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/model/model.js';
import {
  articleCoverage, articleRanges, compareArticles, compareLists, documentsInfo, paragraphLinks, planNotes, unresolvedRefs, xrefReport,
} from '../../../src/reports/xref/index.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';
import { usage } from '../../helpers/usage.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));


describe('xrefReport', () => {
  it('lists every instrument, cited or not, with its citations by text and who urges it', () => {
    const r = xrefReport(corpus);
    expect(r.instruments.map((i) => i.id)).toEqual(['budapest', 'ia-mla', 'iacat', 'minamata', 'untoc', 'untoc-tip']);
    const by = new Map(r.instruments.map((i) => [i.id, i]));
    expect(by.get('minamata')!.citations).toEqual([]);
    expect(by.get('minamata')!.urgedBy).toEqual([]);
    expect(by.get('budapest')!.citations).toEqual([]);
    expect(by.get('budapest')!.urgedBy).toEqual([{ paragraph: 'strategy-2021/2.a', document: 'strategy-2021', action: 'join-instruments', force: 'should', summary: 'Consider joining the Convention on Cybercrime' }]);
    const untoc = by.get('untoc')!;
    expect(untoc.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(untoc.citations.map((c) => c.paragraph)).toEqual([
      'mex-draft-2005/list.1', 'mex-draft-2005/24', 'cedot-draft-2006/3.a', 'cedot-draft-2006/B.XII.1', 'strategy-2021/2.i', 'strategy-2021/5.a',
    ]);
    // Two cites of untoc in one paragraph merge; the sub-paragraph shows in refs only.
    expect(untoc.citations[1]).toEqual({ paragraph: 'mex-draft-2005/24', document: 'mex-draft-2005', articles: ['16', '27'], refs: ['16', '27.2'], whole: false });
    expect(untoc.citations[0]).toEqual({ paragraph: 'mex-draft-2005/list.1', document: 'mex-draft-2005', articles: [], refs: [], whole: true });
    expect(untoc.byDocument.map((g) => [g.document, g.citations.length])).toEqual([['mex-draft-2005', 2], ['cedot-draft-2006', 2], ['strategy-2021', 2]]);
  });

  it('has the contract keys and the notes on the adopted Plan', () => {
    const r = xrefReport(corpus);
    expect(Object.keys(r).sort()).toEqual(['instruments', 'lineage', 'lists', 'notes', 'unresolved']);
    expect(r.lineage).toHaveLength(1);
    expect(r.lists.map((l) => l.document)).toEqual(['mex-draft-2005', 'cedot-draft-2006', 'strategy-2021']);
    expect(r.unresolved).toHaveLength(3);
    expect(r.notes.join(' ')).toMatch(/CP\/RES\. 908 \(1567\/06\).*not in the corpus/);
    expect(r.notes.join(' ')).toContain('The Mexican draft (mex-draft-2005) and the CEDOT Chair’s draft (cedot-draft-2006) are drafts');
    expect(r.notes.join(' ')).toContain('strategy-2021) restates the adopted Plan’s instrument list in its section 2, items i–xi');
  });

  it('says nothing of the adopted Plan when its text is in the corpus', () => {
    const { corpus: c, root: r } = load({
      ...XREF,
      'documents/plan-2006.md': '---\nid: plan-2006\ntitle: The Plan\ndate: 2006-10-25\nauthor: general-assembly\nstatus: adopted\nadopted: {by: permanent-council, instrument: CP/RES. 908 (1567/06)}\noutline: []\nsource: test\n---\n',
    });
    try {
      expect(planNotes(c)).toEqual([]);
      expect(documentsInfo(c).find((d) => d.id === 'cedot-draft-2006')!.label).toBe('draft');
    } finally {
      removeCorpus(r);
    }
  });
});

describe('articleCoverage', () => {
  it('lists every article of untoc with its citing paragraphs per text, and the articles no text cites', () => {
    const v = articleCoverage(corpus, 'untoc');
    expect(v.articlesOnRecord).toBe(true);
    expect(v.articleCount).toBe(41);
    expect(v.articles).toHaveLength(41);
    expect(v.articles.map((a) => a.article).slice(0, 3)).toEqual(['1', '2', '3']);
    const a16 = v.articles.find((a) => a.article === '16')!;
    expect(a16.byDocument).toEqual([
      { document: 'mex-draft-2005', paragraphs: ['mex-draft-2005/24'] },
      { document: 'cedot-draft-2006', paragraphs: ['cedot-draft-2006/B.XII.1'] },
      { document: 'strategy-2021', paragraphs: ['strategy-2021/5.a'] },
    ]);
    expect(v.articles.find((a) => a.article === '27')!.citations).toEqual([{ paragraph: 'mex-draft-2005/24', document: 'mex-draft-2005', refs: ['27.2'] }]);
    expect(v.articles.find((a) => a.article === '18')!.citations.map((x) => x.paragraph)).toEqual(['strategy-2021/5.a']);
    expect(v.uncited).toHaveLength(38);
    expect(v.uncited).not.toContain('16');
    expect(articleRanges(v.uncited)).toBe('1-15, 17, 19-26, 28-41');
    expect(v.whole.map((w) => w.paragraph)).toEqual(['mex-draft-2005/list.1', 'cedot-draft-2006/3.a', 'strategy-2021/2.i']);
    expect(v.documents).toEqual(['mex-draft-2005', 'cedot-draft-2006', 'strategy-2021']);
    expect(v.notes).toEqual([]);
  });

  it('uses article labels, and reports cited labels that are not on the list', () => {
    const v = articleCoverage(corpus, 'untoc-tip');
    expect(v.articles.map((a) => a.article)).toEqual(['1', '2', '3', '5 bis', '7']);
    expect(v.uncited).toEqual(['1', '2', '5 bis']);
    expect(v.notOnRecord).toEqual(['7']);
    expect(v.articles.find((a) => a.article === '7')!.onRecord).toBe(false);
    expect(v.notes.join(' ')).toContain('not on the instrument');
  });

  it('says when an instrument records no articles, and lists the cited ones', () => {
    const v = articleCoverage(corpus, 'ia-mla');
    expect(v.articlesOnRecord).toBe(false);
    expect(v.notes).toContain('No article list on record; coverage by cited articles only.');
    expect(v.articles.map((a) => [a.article, a.citations.map((x) => x.paragraph)])).toEqual([['7', ['mex-draft-2005/24']]]);
    expect(v.uncited).toEqual([]);
  });

  it('accepts a short title or another case; an unknown id is a usage error with near matches', () => {
    expect(articleCoverage(corpus, 'Palermo Convention').instrument.id).toBe('untoc');
    expect(articleCoverage(corpus, 'UNTOC').instrument.id).toBe('untoc');
    const e = usage(() => articleCoverage(corpus, 'untok'));
    expect(e.message).toBe('Unknown instrument `untok`; did you mean `untoc`?');
    expect(e.hint).toBeTruthy();
  });
});

describe('paragraphLinks', () => {
  it('gives links out and in, footnotes, and the lineage chain', () => {
    const v = paragraphLinks(corpus, 'cedot-draft-2006/B.XII.1');
    expect(v.out.map((l) => `${l.type} ${l.target}`)).toEqual(['cites untoc', 'cites untoc-tip', 'derived-from mex-draft-2005/24']);
    expect(v.out[1]).toMatchObject({ articles: ['3', '7'], resolved: true });
    expect(v.in.map((l) => `${l.type} ${l.from}`)).toEqual(['annotates cedot-draft-2006/fn.1', 'derived-from strategy-2021/5.a']);
    expect(v.footnotes).toEqual(['cedot-draft-2006/fn.1']);
    expect(v.children).toEqual([]);
    expect(v.lineage.paragraphs).toEqual(['mex-draft-2005/24', 'cedot-draft-2006/B.XII.1', 'strategy-2021/5.a']);
    expect(v.paragraph.text).toBe('Member states should conclude “extradition” treaties (Palermo\u00a0Convention, Art. 16; Protocol, Arts. 3 and 7) — señor.');
    expect(v.paragraph.section).toEqual(['Part', 'Mutual legal assistance — “extradition”']);
  });

  it('lists the items of a lead-in and who refers to it', () => {
    const v = paragraphLinks(corpus, 'strategy-2021/2.2');
    expect(v.children).toEqual(['strategy-2021/2.i', 'strategy-2021/2.ii']);
    expect(v.in.filter((l) => l.type === 'refers-to')).toEqual([{ type: 'refers-to', from: 'strategy-2021/2.a', text: 'the instruments listed above' }]);
  });

  it('marks unresolved targets', () => {
    const v = paragraphLinks(corpus, 'gtdot-workplan-2008/4.1');
    expect(v.out).toEqual([{ type: 'refers-to', target: 'cp-res-908-2006#II.2', resolved: false, text: '(paragraph II, item 2)', description: 'paragraph II, item 2 of the adopted Plan, its list of international agreements — text not in the corpus' }]);
  });

  it('rejects unknown ids and documents with a usage error', () => {
    expect(usage(() => paragraphLinks(corpus, 'strategy-2021/5.b')).message).toContain('did you mean `strategy-2021/5.a`');
    expect(usage(() => paragraphLinks(corpus, 'strategy-2021')).message).toBe('`strategy-2021` is a document, not a paragraph.');
    expect(paragraphLinks(corpus, 'CEDOT-DRAFT-2006/b.xii.1').paragraph.id).toBe('cedot-draft-2006/B.XII.1');
  });
});

describe('compareLists', () => {
  it('gives each text’s list, the matrix and what was added or dropped', () => {
    const v = compareLists(corpus);
    expect(v.documents.map((d) => [d.document, d.draft, d.instruments])).toEqual([
      ['mex-draft-2005', true, ['iacat', 'untoc', 'untoc-tip']],
      ['cedot-draft-2006', true, ['iacat', 'untoc']],
      ['strategy-2021', false, ['untoc', 'untoc-tip']],
    ]);
    expect(v.documents[0]!.lists).toEqual([{ lead: 'mex-draft-2005/list', items: [
      { paragraph: 'mex-draft-2005/list.1', instruments: ['untoc'], via: 'list-item' },
      { paragraph: 'mex-draft-2005/list.2', instruments: ['iacat'], via: 'list-item' },
      { paragraph: 'mex-draft-2005/list.3', instruments: ['untoc-tip'], via: 'list-item' },
    ] }]);
    // strategy-2021/2.a urges budapest without naming it as a citation: it is not part of the text's list.
    expect(v.documents[2]!.obligations).toEqual([]);
    expect(v.changes).toEqual([
      { from: 'mex-draft-2005', to: 'cedot-draft-2006', consecutive: true, added: [], dropped: ['untoc-tip'], kept: ['iacat', 'untoc'] },
      { from: 'cedot-draft-2006', to: 'strategy-2021', consecutive: true, added: ['untoc-tip'], dropped: ['iacat'], kept: ['untoc'] },
      { from: 'mex-draft-2005', to: 'strategy-2021', consecutive: false, added: [], dropped: ['iacat'], kept: ['untoc', 'untoc-tip'] },
    ]);
    expect(v.documents[2]).toMatchObject({ previous: 'cedot-draft-2006', added: ['untoc-tip'], dropped: ['iacat'] });
    expect(v.matrix.find((m) => m.instrument === 'iacat')!.cells).toEqual({ 'mex-draft-2005': ['mex-draft-2005/list.2'], 'cedot-draft-2006': ['cedot-draft-2006/3.b'], 'strategy-2021': [] });
    expect(v.documents.map((d) => d.label)).toEqual([
      'draft, not the Plan as adopted; among the closest texts to the adopted 2006 Plan (CP/RES. 908, not in the corpus)',
      'draft, not the Plan as adopted; among the closest texts to the adopted 2006 Plan (CP/RES. 908, not in the corpus)',
      'adopted; restates the adopted 2006 Plan’s list (section 2, i–xi)',
    ]);
    expect(v.notes).toHaveLength(3);
  });
});

describe('unresolvedRefs', () => {
  it('lists every unresolved relation and builds-on entry with its file and line', () => {
    const v = unresolvedRefs(corpus);
    expect(v.map((e) => [e.kind, e.from, e.type, e.target, `${e.file}:${e.line}`])).toEqual([
      ['builds-on', 'gtdot-workplan-2008', 'builds-on', 'cp-res-908-2006', 'documents/gtdot-workplan-2008.md:8'],
      ['relation', 'gtdot-workplan-2008/4.1', 'refers-to', 'cp-res-908-2006#II.2', 'paragraphs/gtdot-workplan-2008/4.1.md:12'],
      ['relation', 'strategy-2021/5.a', 'implements', 'cp-res-908-2006#II.5', 'paragraphs/strategy-2021/5.a.md:18'],
    ]);
    expect(v[1]!.text).toBe('(paragraph II, item 2)');
    expect(v[1]!.description).toContain('paragraph II, item 2 of the adopted Plan');
  });
});

describe('article order', () => {
  it('sorts labels naturally', () => {
    expect(['14 bis', '2', '10', '14', '1'].sort(compareArticles)).toEqual(['1', '2', '10', '14', '14 bis']);
    expect(articleRanges(['1', '2', '3', '5', '6', '8', '14 bis'])).toBe('1-3, 5, 6, 8, 14 bis');
  });
});
