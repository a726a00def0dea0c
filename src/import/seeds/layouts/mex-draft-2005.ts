/** How to split sources/seeds/000_5221728a10fd350b.txt (mex-draft-2005), and the document's front matter. */
import type { DocLayout } from '../layout.js';

export const mexDraft2005: DocLayout = {
  file: '000_5221728a10fd350b.txt',
  meta: {
    id: 'mex-draft-2005',
    title: 'Draft Hemispheric Plan of Action against Transnational Organized Crime',
    date: '2005',
    author: 'mexico',
    status: 'circulated-draft',
    genre: 'draft-plan',
    source:
      "sources/seeds/000_5221728a10fd350b.txt (vendored copy of shared/seeds). Seeds README: cover note from the Permanent Mission of Mexico and its Draft Hemispheric Plan of Action against Transnational Organized Crime: 6 preambular paragraphs, a list of 12 instruments, 45 numbered paragraphs; 2005 (before the 35th General Assembly); draft, submitted by Mexico.",
    notes: [
      'Title block as printed (not paragraphs): "DRAFT FROM THE GOVERNMENT OF MEXICO" / "HEMISPHERIC PLAN OF ACTION AGAINST" / "TRANSNATIONAL ORGANIZED CRIME" / "ORGANIZATION OF AMERICAN STATES".',
      'A draft submitted by Mexico (cover note to the Chair of the Committee on Hemispheric Security); not the Plan as adopted (CP/RES. 908 (1567/06), not in the corpus).',
    ],
  },
  titleLines: ['DRAFT FROM THE GOVERNMENT OF MEXICO', 'HEMISPHERIC PLAN OF ACTION AGAINST', 'TRANSNATIONAL ORGANIZED CRIME', 'ORGANIZATION OF AMERICAN STATES'],
  root: { slug: 'cover', type: 'cover' },
  headings: [
    { line: 'Measures to be implemented by each state', level: 1, type: 'operative' },
    { line: 'International cooperation measures and mandates of OAS bodies', level: 1, type: 'operative' },
  ],
  marks: [
    { at: 'Accept, Excellency', type: 'closing' },
    { at: '[signature]', type: 'closing' },
    { at: '[Rubberstamp of the', type: 'closing' },
    { at: 'H.E. Ambassador Carmen Marina', type: 'cover' },
    { at: 'The member states of the Organization of American States,', id: 'chapeau', type: 'preambular', zoneType: 'preambular' },
    { at: 'We agree to implement the following Plan of Action', id: 'list', type: 'lead-in', items: { ids: 'number', type: 'list-item', instruments: true } },
    { at: 'The states of the Hemisphere undertake to adhere', refs: [{ text: 'the aforesaid instruments', target: 'list' }] },
    { at: 'Based on the aforesaid instruments', refs: [{ text: 'the aforesaid instruments', target: 'list' }] },
  ],
  joins: [
    'Ambassador Jorge Chen',
    'Permanent Representative of Mexico',
    'Permanent Mission of Mexico to the',
    'Organization of American States, Washington, D.C.]',
    'Chair of the Committee on Hemispheric Security',
    'Permanent Representative of Nicaragua to the OAS',
  ],
};
