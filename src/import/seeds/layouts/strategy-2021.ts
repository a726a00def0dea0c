/** How to split sources/seeds/003_f80393c79be9c811.txt (strategy-2021), and the document's front matter. */
import type { DocLayout } from '../layout.js';
import { CP_RES_908 } from './shared.js';

export const strategy2021: DocLayout = {
  file: '003_f80393c79be9c811.txt',
  meta: {
    id: 'strategy-2021',
    title: 'Hemispheric Strategy against Transnational Organized Crime',
    date: '2021-11-11',
    author: 'csh',
    status: 'adopted',
    genre: 'strategy',
    adopted: { by: 'general-assembly', instrument: 'AG/RES. 2970 (LI-O/21)', date: '2021-11-11' },
    'builds-on': [CP_RES_908],
    source:
      "sources/seeds/003_f80393c79be9c811.txt (vendored copy of shared/seeds). Seeds README: Hemispheric Strategy against Transnational Organized Crime, adopted by the General Assembly through AG/RES. 2970 (LI-O/21), 11 November 2021: actions 1-6 with lettered items, instrument lists, Follow-up, Financing; 2021-11-11; adopted.",
    notes: [
      'Title block as printed (not paragraphs): "HEMISPHERIC STRATEGY AGAINST" / "TRANSNATIONAL ORGANIZED CRIME".',
      'Developed by the Committee on Hemispheric Security with the technical support of the OAS Secretariat for Multidimensional Security (intro.4); adopted by the General Assembly on 11 November 2021 through the resolution the headnote prints as "AG/RES/ 2970 (LI-O/21)".',
      'Section 2 (items i-xi) restates the instrument list of the Plan as adopted (CP/RES. 908 (1567/06), not in the corpus); item xi dates the Inter-American Convention on Mutual Legal Assistance in Criminal Matters "(1996)", a slip for 1992.',
    ],
  },
  titleLines: ['HEMISPHERIC STRATEGY AGAINST', 'TRANSNATIONAL ORGANIZED CRIME'],
  root: { slug: 'headnote', type: 'cover' },
  headings: [
    { line: 'Introduction:', level: 1, type: 'introduction', slug: 'intro' },
    { line: 'General Objectives:', level: 1, type: 'objective', slug: 'objectives' },
    { line: 'Actions:', level: 1, type: 'action' },
    { line: '1. National strategies against transnational organized crime', level: 2, type: 'action', id: '1', letterType: 'action' },
    { line: '2. Legal Instruments', level: 2, type: 'action', id: '2', letterType: 'action' },
    { line: '3. Law Enforcement Matters', level: 2, type: 'action', id: '3', letterType: 'action' },
    { line: '4. Training', level: 2, type: 'action', id: '4', letterType: 'action' },
    { line: '5. Data, Information, and Knowledge Management', level: 2, type: 'action', id: '5', letterType: 'action' },
    { line: '6. International Cooperation and Assistance', level: 2, type: 'action', id: '6', letterType: 'action' },
    { line: 'Follow-Up:', level: 1, type: 'follow-up', slug: 'follow-up', letterType: 'follow-up' },
    { line: 'Financing:', level: 1, type: 'financing', slug: 'financing', letterType: 'financing' },
  ],
  marks: [
    { at: 'The Hemispheric Plan of Action against Transnational Organized Crime urges', items: { instruments: true } },
    {
      at: 'Additionally, to complement the instruments listed above',
      items: { instruments: true },
      refs: [{ text: 'the instruments listed above', target: '2.2' }],
    },
  ],
  joins: ['through Resolution AG/RES/ 2970 (LI-O/21)', '\u201cAdvancing Hemispheric Security'],
};
