import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/model.js';
import { showMarkdown } from '../../src/formatters/show/markdown.js';
import { showText } from '../../src/formatters/show/text.js';
import { documentShare, openShareLine } from '../../src/reports/agreed.js';
import { renderDocx } from '../../src/reports/render/docx.js';
import { renderHtml } from '../../src/reports/render/html.js';
import { renderMarkdown } from '../../src/reports/render/markdown.js';
import { buildRenderModel } from '../../src/reports/render/model.js';
import { renderText } from '../../src/reports/render/text.js';
import { showItem } from '../../src/reports/show/index.js';
import { load, removeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { realCorpus } from './render/real.js';

const body = (p: string, text: string) => p.replace(/---\n[^\n]*\n$/, `---\n${text}\n`);
// A working draft under negotiation: 16 words in its operative paragraph, 6 of them in
// brackets (one bracket offers options); a cover note's "[signature]" is not negotiated.
const FILES = withOverrides({
  'documents/draft.md': mini('documents/draft.md').replace('status: circulated-draft', 'status: working-draft'),
  'paragraphs/draft/1.md': body(mini('paragraphs/draft/1.md'), 'The member states [shall/should] conclude extradition treaties [to the extent possible] and share information promptly.'),
  'paragraphs/draft/cover.1.md': '---\nid: draft/cover.1\ndocument: draft\nnumber: cover.1\nprinted: false\nsection: []\ntype: cover\n---\n[signature] [to be agreed later]\n',
});
const LINE = '62% agreed, 2 brackets open, 1 option';

describe('the agreed share of a document', () => {
  let root: string;
  let corpus: Corpus;
  beforeAll(() => ({ root, corpus } = load(FILES)));
  afterAll(() => removeCorpus(root));

  it('counts words outside negotiation brackets in the negotiated paragraphs', () => {
    expect(documentShare(corpus, 'draft')).toEqual({ words: 16, agreedWords: 10, brackets: 2, options: 1, percent: 62 });
    expect(openShareLine(corpus, 'draft')).toBe(LINE);
    expect(openShareLine(corpus, 'adopted')).toBeUndefined();
  });
  it('plan show gives it for a document, in every format', () => {
    const v = showItem(corpus, 'draft');
    expect(v.agreed?.percent).toBe(62);
    expect(showText(v, { color: false })).toContain(`\nAgreed text: ${LINE}\n`);
    expect(showMarkdown(v)).toContain(`\nAgreed text: ${LINE}.\n`);
    expect(showText(showItem(corpus, 'adopted'), { color: false })).toContain('\nAgreed text: 100% agreed, no brackets open\n');
    expect(showItem(corpus, 'draft/1').agreed).toBeUndefined();
  });
  it('plan render puts it in the title block of every format while brackets are open', async () => {
    const m = buildRenderModel(corpus, 'draft');
    expect(m.head.agreed).toBe(`Agreed text: ${LINE}.`);
    expect(renderMarkdown(m).split('\n').slice(0, 7)).toContain(`Agreed text: ${LINE}.`);
    expect(renderText(m).split('\n\n').slice(0, 4)).toContain(`Agreed text: ${LINE}.`);
    expect(renderHtml(m)).toContain(`<p class="agreed">Agreed text: ${LINE}.</p>\n</header>`);
    const zip = await JSZip.loadAsync(await renderDocx(m));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(`Agreed text: ${LINE}.`);
    const adopted = buildRenderModel(corpus, 'adopted');
    expect(adopted.head.agreed).toBeUndefined();
    expect(renderMarkdown(adopted)).not.toContain('Agreed text');
  });
});

describe('the shipped corpus', () => {
  it('has no negotiation bracket open: each of the five texts is 100% agreed', () => {
    const c = realCorpus();
    const shares = [...c.documents.keys()].sort().map((id) => [id, documentShare(c, id).percent, documentShare(c, id).brackets]);
    expect(shares).toEqual([
      ['cedot-draft-2006', 100, 0],
      ['csh-recommendations-2005', 100, 0],
      ['gtdot-workplan-2008', 100, 0],
      ['mex-draft-2005', 100, 0],
      ['strategy-2021', 100, 0],
    ]);
    // The one square-bracketed passage, an aside in the introduction of the CSH summary, is not negotiated text.
    expect(c.paragraphs.get('csh-recommendations-2005/intro.1')!.file.body).toContain('[as Technical Secretariat');
  });
});
