import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import type { Corpus } from '../../src/model/model.js';
import { showItem, type ShowLink } from '../../src/reports/show/index.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { load, removeCorpus } from '../helpers/fixture.js';
import { SEARCH_FIXTURE } from '../search/fixture.js';
import { usage } from '../helpers/usage.js';

const pick = (links: ShowLink[]) => links.map((l) => `${l.rel} ${l.id}${l.resolved ? '' : ' (unresolved)'}`);


describe('showItem on the fixture', () => {
  let root: string;
  let corpus: Corpus;
  beforeAll(() => ({ root, corpus } = load(SEARCH_FIXTURE)));
  afterAll(() => removeCorpus(root));

  it('a paragraph: header, front matter, body, links out and in', () => {
    const v = showItem(corpus, 'draft/1');
    expect(v.kind).toBe('paragraph');
    expect(v.file).toBe('paragraphs/draft/1.md');
    expect(v.title).toBe('Paragraph 1 of A draft plan');
    expect(v.valid).toBe(true);
    expect(v.frontMatter?.force).toBe('shall');
    expect(v.yaml).toMatch(/^id: draft\/1\n/);
    expect(v.body).toMatch(/^The member states shall conclude treaties/);
    expect(pick(v.linksOut)).toEqual(['document draft', 'addressee member-states', 'cites untoc']);
    expect(v.linksOut.find((l) => l.rel === 'cites')!.detail).toMatch(/^art\. 16; “Article 16 of/);
    expect(v.linksOut.find((l) => l.rel === 'cites')!.kind).toBe('instrument');
    expect(pick(v.linksIn)).toEqual(['derived-from adopted/2']);
    expect(v.linksIn[0]!.detail).toBe('paraphrased');
  });

  it('a paragraph derived from another, with an obligation to join instruments, answered by a commitment', () => {
    expect(pick(showItem(corpus, 'adopted/2').linksOut)).toEqual(['document adopted', 'addressee member-states', 'cites untoc', 'derived-from draft/1']);
    expect(pick(showItem(corpus, 'adopted/2').linksIn)).toEqual(['answers MEX/national-authority']);
    expect(showItem(corpus, 'adopted/2').linksIn[0]!.detail).toBe('partial as of 2022-05-01');
    expect(pick(showItem(corpus, 'adopted/1').linksOut)).toEqual(['document adopted', 'addressee member-states', 'cites untoc', 'cites ia-mla', 'obligation untoc', 'obligation ia-mla']);
  });

  it('an instrument: citing paragraphs (reading order), obligations, commitments by state', () => {
    const v = showItem(corpus, 'untoc');
    expect(v.kind).toBe('instrument');
    expect(v.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(pick(v.linksIn)).toEqual(['cited-by adopted/1', 'cited-by adopted/2', 'cited-by draft/1', 'obligation adopted/1', 'commitment MEX/untoc', 'commitment NIC/untoc']);
    expect(v.linksIn.find((l) => l.id === 'NIC/untoc')!.detail).toBe('not-done as of 2014-01-27');
  });

  it('a state in any case, with its commitments', () => {
    const v = showItem(corpus, 'mex');
    expect(v.kind).toBe('state');
    expect(v.id).toBe('MEX');
    expect(v.title).toBe('Mexico (México)');
    expect(pick(v.linksIn)).toEqual(['commitment MEX/national-authority', 'commitment MEX/untoc']);
  });

  it('a commitment in any case: state, instrument or answered paragraph, and the newest record', () => {
    const v = showItem(corpus, 'mex/untoc');
    expect(v.id).toBe('MEX/untoc');
    expect(v.current).toEqual({ status: 'done', asOf: '2014-01-27' });
    expect(pick(v.linksOut)).toEqual(['state MEX', 'instrument untoc']);
    expect(v.title).toBe('Mexico: United Nations Convention against Transnational Organized Crime');
    expect(pick(showItem(corpus, 'MEX/national-authority').linksOut)).toEqual(['state MEX', 'answers adopted/2']);
  });

  it('a document: paragraph count by type, outline with counts, builds-on resolved or not', () => {
    const v = showItem(corpus, 'adopted');
    expect(v.paragraphs).toEqual({ count: 4, byType: { action: 3, institutional: 1 } });
    expect(v.outline).toEqual([
      { depth: 0, number: '1', title: 'Legal instruments', paragraphs: 1 },
      { depth: 0, number: '2', title: 'Cooperation', paragraphs: 3 },
    ]);
    expect(pick(v.linksOut)).toEqual(['author general-assembly', 'adopted-by general-assembly', 'builds-on draft', 'builds-on plan-2006 (unresolved)']);
    expect(pick(showItem(corpus, 'draft').linksIn)).toEqual(['builds-on adopted']);
  });

  it('an id in two kinds shows the document and names the body', () => {
    const v = showItem(corpus, 'draft');
    expect(v.kind).toBe('document');
    expect(v.also).toEqual([{ kind: 'body', id: 'draft', file: 'bodies/draft.md' }]);
  });

  it('a body: who addresses it, what it wrote or adopted', () => {
    const v = showItem(corpus, 'general-assembly');
    expect(pick(v.linksIn)).toEqual(['author adopted', 'adopted-by adopted', 'addressee adopted/3', 'addressee draft/3']);
  });

  it('a file that fails its schema is still shown, marked invalid', () => {
    const v = showItem(corpus, 'adopted/9');
    expect(v.valid).toBe(false);
    expect(v.file).toBe('paragraphs/adopted/9.md');
    expect(v.body).toBe('A paragraph whose front matter fails the schema.');
    expect(v.linksOut).toEqual([]);
  });

  it('ids are case-sensitive except states and commitments; unknown ids suggest up to 3 near ids', () => {
    const e = usage(() => showItem(corpus, 'Untoc'));
    expect(e.message).toMatch(/^Unknown id `Untoc`/);
    expect(e.message).toMatch(/did you mean `untoc`( or|\?)/);
    expect(e.hint).toMatch(/MEX\/untoc \(commitment\)/);
    const near = usage(() => showItem(corpus, 'draft/7')).message.match(/`[^`]+`/g)!.slice(1);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThanOrEqual(3);
    expect(near).toContain('`draft/1`');
    expect(usage(() => showItem(corpus, 'qqqqqqqqqqqq')).message).toMatch(/has it\.$/);
  });
});

describe('showItem on the real corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    const root = fileURLToPath(new URL('../../corpus/', import.meta.url));
    corpus = loadCorpus(root, loadConfig(root, RULE_IDS));
  });

  it('mex-draft-2005/24 cites article 16 of untoc and refers to mex-draft-2005/9', () => {
    const v = showItem(corpus, 'mex-draft-2005/24');
    const cite = v.linksOut.find((l) => l.rel === 'cites' && l.id === 'untoc');
    expect(cite?.detail).toMatch(/^art\. 16\b/);
    const ref = v.linksOut.find((l) => l.rel === 'refers-to');
    expect(ref).toMatchObject({ id: 'mex-draft-2005/9', kind: 'paragraph', resolved: true });
    expect(showItem(corpus, 'mex-draft-2005/9').linksIn).toContainEqual(expect.objectContaining({ rel: 'refers-to', id: 'mex-draft-2005/24' }));
  });

  it('a document lists as many paragraphs as its folder holds', () => {
    const v = showItem(corpus, 'strategy-2021');
    expect(v.paragraphs?.count).toBe(corpus.paragraphsByDocument.get('strategy-2021')!.length);
    expect(Object.values(v.paragraphs!.byType).reduce((a, b) => a + b, 0)).toBe(v.paragraphs!.count);
  });
});
