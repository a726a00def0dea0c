import { MINI, type Files } from './fixture.js';

/**
 * The report's fixture corpus: MINI (an adopted text with obligations, a draft,
 * two states, commitments of several statuses) plus what the report must
 * handle: a third state, a lineage chain, an instrument with articles cited,
 * accented text for the search, and hostile strings in paragraph text and
 * evidence that must reach the page as text, never as markup or script.
 */
export const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

export const REPORT_FIXTURE: Files = {
  ...MINI,
  'paragraphs/draft/2.md': `---
id: draft/2
document: draft
number: "2"
printed: true
section: [Measures]
type: operative
addressees: [member-states]
force: may
---
Los Estados miembros podrán adherirse a la Convención de Mérida.
`,
  'paragraphs/adopted/3.md': `---
id: adopted/3
document: adopted
number: "3"
printed: true
section: [Legal instruments]
type: action
addressees: [member-states]
force: should
cites:
  - instrument: uncac
    articles: ["5", "14"]
    text: Articles 5 and 14 of the United Nations Convention against Corruption
relations:
  - type: derived-from
    target: draft/2
    basis: paraphrased
obligation:
  action: join-instruments
  summary: Join the Mérida Convention
  instruments: [uncac]
---
Member states should join the United Nations Convention against Corruption (Mérida Convention) and apply Articles 5 and 14 of the United Nations Convention against Corruption. ${HOSTILE}
`,
  'instruments/uncac.md': `---
id: uncac
title: United Nations Convention against Corruption
short-titles: [UNCAC, Mérida Convention]
type: convention
organization: United Nations
adopted: {date: "2003-10-31", place: New York}
articles: 71
sources: [test fixture]
---
`,
  'states/ARG.md': `---
id: ARG
iso2: AR
numeric: "032"
name: {en: Argentina, es: Argentina}
oas: {member-since: 1948, participation: participating}
sources: [test fixture]
---
`,
  'commitments/ARG/untoc.md': `---
id: ARG/untoc
state: ARG
instrument: untoc
records:
  - status: done
    events: [{action: ratified, date: "2002-11-19"}]
    as-of: "2014-01-27"
    evidence:
      - source: "${HOSTILE.replace(/"/g, '\\"')}"
        url: "javascript:window.__pwned=4"
      - source: UN Treaty Collection
        url: https://treaties.un.org/
---
`,
  'commitments/ARG/uncac.md': `---
id: ARG/uncac
state: ARG
instrument: uncac
records:
  - status: in-progress
    events: [{action: signed, date: "2003-12-10"}]
    as-of: "2020-06-30"
    evidence: [{source: "UN Treaty Collection, chapter XVIII-14"}]
---
`,
};
