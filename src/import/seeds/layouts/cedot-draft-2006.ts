/** How to split sources/seeds/001_d806ea1b4ccd5d84.txt (cedot-draft-2006), and the document's front matter. */
import type { DocLayout } from '../layout.js';

export const cedotDraft2006: DocLayout = {
  file: '001_d806ea1b4ccd5d84.txt',
  meta: {
    id: 'cedot-draft-2006',
    title: "Report of the Special Committee on Transnational Organized Crime (CEDOT), with the Chair's Draft Hemispheric Plan of Action against Transnational Organized Crime",
    date: '2006',
    author: 'cedot',
    status: 'circulated-draft',
    genre: 'draft-plan',
    'builds-on': [],
    source:
      "sources/seeds/001_d806ea1b4ccd5d84.txt (vendored copy of shared/seeds). Seeds README: Report of the Special Committee on Transnational Organized Crime (CEDOT) with the Chair's Draft Hemispheric Plan of Action: introduction, preamble, AGREE 1-4 (instrument list a-l), A. General recommendations I-III, B. Special recommendations on crimes I-XII, one footnote; 2006; draft (the Plan was adopted by the Permanent Council, CP/RES. 908 (1567/06), October 2006; the adopted text is not among these files).",
    notes: [
      "This is the Chair's draft of the Hemispheric Plan of Action as presented in CEDOT's report, NOT the Plan as adopted by the Permanent Council (CP/RES. 908 (1567/06), October 2006), whose text is not in the corpus.",
    ],
  },
  titleLines: [],
  root: { slug: 'intro', type: 'introduction' },
  headings: [
    { line: 'I. INTRODUCTION', level: 1, type: 'introduction', id: 'I' },
    { line: 'II. SPECIFIC ACTIONS RECOMMENDED', level: 1, type: 'introduction', id: 'II' },
    { line: 'A. GENERAL RECOMMENDATIONS', level: 1, type: 'recommendation', id: 'A' },
    { line: 'I. Assessment of transnational organized crime in the Hemisphere', level: 2, type: 'recommendation', id: 'A.I' },
    { line: 'II. National strategies against organized crime', level: 2, type: 'recommendation', id: 'A.II' },
    { line: 'III. Formation of information and cooperation networks', level: 2, type: 'recommendation', id: 'A.III' },
    { line: 'B. SPECIAL RECOMMENDATION ON CRIMES', level: 1, type: 'recommendation', id: 'B' },
    { line: 'I. Illicit drug trafficking', level: 2, type: 'recommendation', id: 'B.I' },
    { line: 'II. Money laundering and the financing of transnational organized crime', level: 2, type: 'recommendation', id: 'B.II' },
    { line: 'III. Corruption', level: 2, type: 'recommendation', id: 'B.III' },
    { line: 'IV. Illicit arms trafficking', level: 2, type: 'recommendation', id: 'B.IV' },
    { line: 'V. Transnational criminal gangs', level: 2, type: 'recommendation', id: 'B.V' },
    { line: 'VI. Connections between terrorism and organized crime', level: 2, type: 'recommendation', id: 'B.VI' },
    { line: 'VII. Kidnapping', level: 2, type: 'recommendation', id: 'B.VII' },
    { line: 'VIII. Cybercrime', level: 2, type: 'recommendation', id: 'B.VIII' },
    { line: 'IX. Smuggling of migrants', level: 2, type: 'recommendation', id: 'B.IX' },
    { line: 'X. Trafficking in persons', level: 2, type: 'recommendation', id: 'B.X' },
    { line: 'XI. Crimes against intellectual property perpetrated by organized groups', level: 2, type: 'recommendation', id: 'B.XI' },
    { line: 'XII. Mutual legal assistance and extradition', level: 2, type: 'recommendation', id: 'B.XII' },
  ],
  marks: [
    { at: 'THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES,', id: 'chapeau', type: 'preambular', slug: 'pp', zoneType: 'preambular' },
    { at: 'AGREE:', id: 'agree', type: 'lead-in', zoneType: 'operative', numbered: 'part-of' },
    { at: 'To recognize as the basis for our cooperation the following legal framework', items: { instruments: true } },
    { at: 'The member states will consider signing and ratifying', refs: [{ text: 'the above-mentioned conventions', target: '3' }] },
    { at: 'Institutional aspects: CEDOT will follow up on the actions listed above', refs: [{ text: 'the actions listed above', target: 'B.III.6' }] },
  ],
  joins: [],
  footnote: {
    note: 'The footnote mark stands under the heading of section B.X "Trafficking in persons": the footnote annotates that section (target: its first paragraph).',
  },
};
