import type { ShowView } from '../../../src/reports/show/index.js';

/** A paragraph view as showItem gives it, with the hazards a printer must handle. */
export const PARAGRAPH: ShowView = {
  kind: 'paragraph',
  id: 'mex-draft-2005/24',
  title: 'Paragraph 24 of Draft Hemispheric Plan of Action against Transnational Organized Crime',
  file: 'paragraphs/mex-draft-2005/24.md',
  valid: true,
  frontMatter: { id: 'mex-draft-2005/24', force: 'shall' },
  yaml: 'id: mex-draft-2005/24\nforce: shall\n',
  body: 'Given the need to improve extradition procedures, the countries of the Hemisphere shall work to conclude international treaties and agreements in this area, deeming the crimes listed in paragraph 9 of this Plan of Action to be extraditable offenses — the State’s\u00a0duty. Evil \u001b[31mred\u001b[0m.',
  linksOut: [
    { rel: 'document', id: 'mex-draft-2005', kind: 'document', resolved: true },
    { rel: 'cites', id: 'untoc', kind: 'instrument', resolved: true, detail: 'art. 16; “Article 16 of the United Nations Convention against Transnational Organized Crime”' },
    { rel: 'refers-to', id: 'mex-draft-2005/9', kind: 'paragraph', resolved: true, detail: '“paragraph 9 of this Plan of Action”' },
    { rel: 'implements', id: 'cp-res-908-2006', resolved: false, detail: 'the adopted Plan | not in the corpus' },
  ],
  linksIn: Array.from({ length: 8 }, (_, i) => ({ rel: 'addressee', id: `strategy-2021/1.${String.fromCharCode(97 + i)}`, kind: 'paragraph' as const, resolved: true })),
  also: [{ kind: 'body', id: 'mex-draft-2005/24', file: 'bodies/x.md' }],
};

export const DOCUMENT: ShowView = {
  kind: 'document',
  id: 'adopted',
  title: 'An adopted strategy',
  file: 'documents/adopted.md',
  valid: true,
  frontMatter: { id: 'adopted' },
  yaml: 'id: adopted\n',
  body: 'An adopted text.',
  linksOut: [],
  linksIn: [],
  also: [],
  paragraphs: { count: 3, byType: { action: 2, institutional: 1 } },
  outline: [
    { depth: 0, number: '1', title: 'Legal instruments', paragraphs: 1 },
    { depth: 1, title: 'Sub', paragraphs: 0 },
  ],
};

export const INVALID_COMMITMENT: ShowView = {
  kind: 'commitment',
  id: 'MEX/untoc',
  title: 'Mexico: UNTOC',
  file: 'commitments/MEX/untoc.md',
  valid: false,
  frontMatter: null,
  yaml: '',
  body: '',
  linksOut: [],
  linksIn: [],
  also: [],
  current: { status: 'done', asOf: '2014-01-27' },
};
