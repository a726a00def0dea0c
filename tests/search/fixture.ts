import { MINI, type Files } from '../helpers/fixture.js';

const para = (id: string, doc: string, num: string, section: string, type: string, addressees: string[], body: string, extra = ''): string => `---
id: ${id}
document: ${doc}
number: "${num}"
printed: true
section: [${section}]
type: ${type}
addressees: [${addressees.join(', ')}]
${extra}---
${body}
`;

/**
 * MINI plus paragraphs written to test search: accents both ways, a phrase
 * across a line break, typographic apostrophes and quotes, a non-breaking
 * space, an en dash, a lint directive in a body; a body `draft` beside the
 * document `draft` (one id in two kinds); a paragraph that fails its schema.
 *
 * Known answers (bodies below):
 * - `extradicion` and `extradición`: draft/2 (extradición), adopted/4 (extradicion).
 * - `merida`: draft/2 (Mérida). `"mutual legal assistance"`: draft/3 (across a line break), adopted/4 (in “quotes”).
 * - `palerm*`: draft/3 (Palermo), adopted/3 (Palermo + NBSP). `state's`: draft/3 (State’s).
 * - `extradition palermo`: adopted/3 only.
 */
export const SEARCH_FIXTURE: Files = {
  ...MINI,
  'paragraphs/draft/2.md': para('draft/2', 'draft', '2', 'Measures', 'operative', ['member-states'],
    'Los Estados promoverán la extradición conforme a la Convención de Mérida.'),
  'paragraphs/draft/3.md': para('draft/3', 'draft', '3', 'Measures', 'operative', ['general-assembly'],
    'Member states shall afford one another mutual legal\nassistance in criminal matters, as the State’s obligations under the Palermo Convention require.'),
  'paragraphs/adopted/3.md': para('adopted/3', 'adopted', '3', 'Cooperation', 'action', ['general-assembly'],
    'The General Secretariat will report on extradition and on the Palermo\u00a0Protocols every year.'),
  'paragraphs/adopted/4.md': para('adopted/4', 'adopted', '4', 'Cooperation', 'institutional', ['member-states'],
    '<!-- plan-lint-disable-next-line editorial-note -- as circulated -->\nThe so-called “mutual legal assistance” network – a tool for extradicion requests – was set up in 2008 by the central authorities of the member states, who meet every year to review it and report.'),
  'paragraphs/adopted/9.md': `---
id: adopted/9
document: adopted
number: 9
printed: maybe
---
A paragraph whose front matter fails the schema.
`,
  'bodies/draft.md': `---
id: draft
name: A drafting group that shares its id with a document
kind: committee
---
`,
};
