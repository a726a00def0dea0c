/** How to split sources/seeds/004_4556ae0e132c52fc.txt (gtdot-workplan-2008), and the document's front matter. */
import type { DocLayout } from '../layout.js';
import { CP_RES_908 } from './shared.js';

export const gtdotWorkplan2008: DocLayout = {
  file: '004_4556ae0e132c52fc.txt',
  meta: {
    id: 'gtdot-workplan-2008',
    title: 'Work Program of the Technical Group on Transnational Organized Crime (GTDOT)',
    symbol: 'CP/CSH-1018/08',
    date: '2008',
    author: 'gtdot',
    status: 'adopted',
    genre: 'work-program',
    adopted: { by: 'gtdot' },
    'builds-on': [CP_RES_908],
    source:
      "sources/seeds/004_4556ae0e132c52fc.txt (vendored copy of shared/seeds). Seeds README: Work program of the Technical Group on Transnational Organized Crime (GTDOT), document CP/CSH-1018/08: objectives, actions 1.1-4.6, one footnote naming priority actions; 2008 (footnote of 2009-10-07); adopted by the Technical Group.",
    notes: ['The footnote (fn.1) records the priority actions identified at the Second Meeting of the Technical Group, 7 October 2009.'],
  },
  titleLines: [],
  root: { slug: 'intro', type: 'introduction' },
  headings: [
    { line: 'BACKGROUND', level: 1, type: 'background', slug: 'background' },
    { line: 'JUSTIFICATION', level: 1, type: 'justification', slug: 'justification' },
    { line: 'ObjeCtivE', level: 1, type: 'objective', slug: 'objective' },
    { line: 'ACTIONS', level: 1, type: 'action', slug: 'actions', addressees: ['gtdot'] },
    { line: '1. Strengthening of national legal strategies', level: 2, type: 'action' },
    { line: '2. Promote cooperation and information exchange', level: 2, type: 'action' },
    { line: '3. Promotion of training and technical assistance', level: 2, type: 'action' },
    { line: '4. Follow-up', level: 2, type: 'action' },
  ],
  marks: [
    { at: 'The Technical Group\u2019s specific objectives are to:', numbered: 'nest' },
    {
      at: 'Urge those member states that have not yet done so',
      refs: [
        {
          text: '(paragraph II, item 2)',
          target: 'cp-res-908-2006#II.2',
          resolved: false,
          description:
            'paragraph II, item 2 of the adopted Hemispheric Plan of Action (CP/RES. 908 (1567/06)), its list of international agreements — text not in the corpus',
        },
      ],
    },
  ],
  joins: [],
  footnote: {
    note: 'The footnote mark stands under the heading ACTIONS: the footnote annotates that section (target: its first paragraph).',
    refs: [
      { text: '2.1', target: '2.1' },
      { text: '2.3', target: '2.3' },
      { text: '2.4', target: '2.4' },
      { text: '3.2', target: '3.2' },
      { text: '3.5', target: '3.5' },
      { text: '4.1', target: '4.1' },
      { text: '4.2', target: '4.2' },
      { text: '4.3', target: '4.3' },
    ],
    priority: {
      numbers: ['2.1', '2.3', '2.4', '3.2', '3.5', '4.1', '4.2', '4.3'],
      date: '2009-10-07',
      meeting: 'Second Meeting of the Technical Group on Transnational Organized Crime',
    },
  },
};
