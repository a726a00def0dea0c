import type { Corpus } from '../../src/model/model.js';
import { gapsAll, gapsForInstrument, gapsForState, selectDocuments, type GapsOptions, type GapsView } from '../../src/reports/gaps/index.js';
import { load, type Files } from './fixture.js';

/**
 * The gap report's fixture corpus, with known answers (today 2026-01-01,
 * stale after 5 years: records as of before 2021-01-01 are stale).
 *
 * Adopted `strategy`:
 * - `strategy/1` lead-in (urge) listing instruments; its list items carry the
 *   obligations, so it is not an item itself:
 *   - `strategy/1.a` (no addressees, no force: both from the lead-in) → `strategy/1.a#untoc`
 *   - `strategy/1.b` an inline list of two → `#untoc-tip`, `#untoc-som`
 *   - `strategy/1.c` its own force `should` → `strategy/1.c#cifta`
 * - `strategy/2` (shall) designate an authority → `strategy/2`
 * - `strategy/3` (consider) share data → `strategy/3` (nobody has a record)
 * - `strategy/4` addressed to the General Secretariat: not an item
 * - `strategy/5` asks nothing a state can meet (no obligation): not an item
 * - `strategy/6.a` under a lead-in with no addressees: not an item
 * Draft `draft` (circulated): `draft/1` (may) criminalize → an item only with
 * --include-drafts or --document draft.
 *
 * MEX has one item of every status:
 *   1.a#untoc done as of 2014-01-27 (stale; history: in-progress 2001-01-01)
 *   1.b#untoc-tip in-progress 2024-06-30 (fresh; history: not-done 2014-01-27)
 *   1.b#untoc-som not-done 2014-01-27 (stale)
 *   1.c#cifta not-applicable 2022-01-01 (fresh)
 *   2 partial 2023-05-01: two records share that as-of; the later in file order
 *     (partial) wins over not-done; another commitment answering it adds
 *     history (not-done 2020-02-02)
 *   3 no-record
 * CUB does not participate (participation: not-participating); NIC left
 * (a withdrawal-effective change dated 2023-11-19); ARG has no record at all.
 */
export const GAPS_TODAY = '2026-01-01';

export const MEX_EXPECTED: Record<string, { status: string; asOf?: string; stale: boolean; history: number }> = {
  // Done by ratification: a final fact, recorded as of its date, never stale.
  'strategy/1.a#untoc': { status: 'done', asOf: '2014-01-27', stale: false, history: 1 },
  'strategy/1.b#untoc-tip': { status: 'in-progress', asOf: '2024-06-30', stale: false, history: 1 },
  'strategy/1.b#untoc-som': { status: 'not-done', asOf: '2014-01-27', stale: true, history: 0 },
  'strategy/1.c#cifta': { status: 'not-applicable', asOf: '2022-01-01', stale: false, history: 0 },
  'strategy/2': { status: 'partial', asOf: '2023-05-01', stale: false, history: 2 },
  'strategy/3': { status: 'no-record', stale: false, history: 0 },
};

export const ITEM_KEYS = Object.keys(MEX_EXPECTED);

const doc = (id: string, status: string, extra = ''): string => `---
id: ${id}
title: The ${id} text
date: "2021-11-11"
author: general-assembly
status: ${status}
${extra}outline:
  - title: Legal instruments
    number: "1"
  - title: Cooperation
    number: "2"
source: test fixture
---
`;

interface Para {
  number: string;
  type: string;
  section?: string;
  addressees?: string;
  force?: string;
  partOf?: string;
  obligation?: string;
  /** Instruments the body names as a whole (citation-declared wants them in `cites`). */
  cites?: string[];
  body: string;
}

const para = (d: string, p: Para): string => `---
id: ${d}/${p.number}
document: ${d}
number: "${p.number}"
printed: true
section: [${p.section ?? 'Legal instruments'}]
type: ${p.type}
${p.addressees ? `addressees: [${p.addressees}]\n` : ''}${p.force ? `force: ${p.force}\n` : ''}${p.partOf ? `relations:\n  - type: part-of\n    target: ${p.partOf}\n` : ''}${p.obligation ? `obligation:\n${p.obligation}` : ''}${p.cites ? `cites:\n${p.cites.map((i) => `  - {instrument: ${i}}\n`).join('')}` : ''}---
${p.body}
`;

const instrument = (id: string, title: string): string => `---
id: ${id}
title: ${title}
type: ${id.startsWith('untoc-') ? 'protocol' : 'convention'}
organization: United Nations
sources: [test fixture]
---
`;

const state = (id: string, iso2: string, numeric: string, en: string, oas: string): string => `---
id: ${id}
iso2: ${iso2}
numeric: "${numeric}"
name: {en: ${en}, es: ${en}}
oas:
${oas}sources: [test fixture]
---
`;

const commitment = (id: string, subject: string, records: string): string => `---
id: ${id}
state: ${id.split('/')[0]}
${subject}records:
${records}---
`;

const UNTC = 'evidence: [{source: "UN Treaty Collection, chapter XVIII-12", via: shared/data/untc.csv}]';

export const GAPS_FIXTURE: Files = {
  'documents/strategy.md': doc('strategy', 'adopted', 'adopted: {by: general-assembly, instrument: AG/RES. 1, date: "2021-11-11"}\n'),
  'documents/draft.md': doc('draft', 'circulated-draft'),
  'paragraphs/strategy/1.md': para('strategy', {
    number: '1', type: 'lead-in', addressees: 'member-states', force: 'urge',
    obligation: '  action: join-instruments\n  summary: Join the listed instruments\n  instruments: [untoc, untoc-tip, untoc-som, cifta]\n',
    body: 'Member states are urged to join the following instruments:',
  }),
  'paragraphs/strategy/1.a.md': para('strategy', {
    number: '1.a', type: 'list-item', partOf: 'strategy/1',
    obligation: '  action: join-instruments\n  summary: Join the Palermo Convention\n  instruments: [untoc]\n',
    cites: ['untoc'],
    body: 'the United Nations Convention against Transnational Organized Crime;',
  }),
  'paragraphs/strategy/1.b.md': para('strategy', {
    number: '1.b', type: 'list-item', partOf: 'strategy/1',
    obligation: '  action: join-instruments\n  summary: Join its protocols on trafficking and on smuggling\n  instruments: [untoc-tip, untoc-som]\n',
    body: 'its Protocols on trafficking in persons and on the smuggling of migrants;',
  }),
  'paragraphs/strategy/1.c.md': para('strategy', {
    number: '1.c', type: 'list-item', partOf: 'strategy/1', force: 'should',
    obligation: '  action: join-instruments\n  summary: Join CIFTA “the firearms convention”\n  instruments: [cifta]\n',
    cites: ['cifta'],
    body: 'and should join the Inter-American Convention against Firearms.',
  }),
  'paragraphs/strategy/2.md': para('strategy', {
    number: '2', type: 'action', section: 'Cooperation', addressees: 'member-states', force: 'shall',
    obligation: '  action: designate-authority\n  summary: Designate a national authority on TOC\n  subject: national authority\n',
    body: 'Member states shall designate a national authority.',
  }),
  'paragraphs/strategy/3.md': para('strategy', {
    number: '3', type: 'action', section: 'Cooperation', addressees: 'member-states', force: 'consider',
    obligation: '  action: share-information\n  summary: Share data on seizures, | pipes and <tags> stay text\n',
    body: 'Member states consider sharing data on seizures.',
  }),
  'paragraphs/strategy/4.md': para('strategy', {
    number: '4', type: 'action', section: 'Cooperation', addressees: 'general-secretariat', force: 'shall',
    obligation: '  action: report\n  summary: Report to the Permanent Council\n',
    body: 'The General Secretariat shall report to the Permanent Council.',
  }),
  'paragraphs/strategy/5.md': para('strategy', {
    number: '5', type: 'operative', section: 'Cooperation', addressees: 'member-states', force: 'should',
    body: 'Member states should keep cooperating.',
  }),
  'paragraphs/strategy/6.md': para('strategy', {
    number: '6', type: 'lead-in', section: 'Cooperation',
    body: 'The following is noted:',
  }),
  'paragraphs/strategy/6.a.md': para('strategy', {
    number: '6.a', type: 'list-item', section: 'Cooperation', partOf: 'strategy/6',
    obligation: '  action: note\n  summary: A note nobody is asked to act on\n',
    body: 'a note.',
  }),
  'paragraphs/draft/1.md': para('draft', {
    number: '1', type: 'operative', addressees: 'member-states', force: 'may',
    obligation: '  action: criminalize\n  summary: Criminalize money laundering\n',
    body: 'Member states may criminalize money laundering.',
  }),
  'instruments/untoc.md': instrument('untoc', 'United Nations Convention against Transnational Organized Crime'),
  'instruments/untoc-tip.md': instrument('untoc-tip', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons'),
  'instruments/untoc-som.md': instrument('untoc-som', 'Protocol against the Smuggling of Migrants'),
  'instruments/cifta.md': instrument('cifta', 'Inter-American Convention against Firearms'),
  'states/MEX.md': state('MEX', 'MX', '484', 'Mexico', '  member-since: 1948\n  participation: participating\n'),
  'states/ARG.md': state('ARG', 'AR', '032', 'Argentina', '  member-since: 1948\n'),
  'states/CUB.md': state('CUB', 'CU', '192', 'Cuba', '  member-since: 1948\n  participation: not-participating\n'),
  'states/NIC.md': state('NIC', 'NI', '558', 'Nicaragua', '  member-since: 1948\n  changes:\n    - {event: denounced-charter, date: "2021-11-19", source: press reports}\n    - {event: withdrawal-effective, date: "2023-11-19", source: press reports}\n'),
  'commitments/MEX/untoc.md': commitment('MEX/untoc', 'instrument: untoc\n', `  - status: in-progress
    events: [{action: signed, date: "2000-12-13"}]
    as-of: "2001-01-01"
    evidence: [{source: an older table}]
  - status: done
    events: [{action: signed, date: "2000-12-13"}, {action: ratified, date: "2003-03-04"}]
    as-of: "2014-01-27"
    ${UNTC}
`),
  'commitments/MEX/untoc-tip.md': commitment('MEX/untoc-tip', 'instrument: untoc-tip\n', `  - status: in-progress
    events: [{action: signed, date: "2024-06-01"}]
    as-of: "2024-06-30"
    evidence: [{source: a note verbale of 2024}]
  - status: not-done
    as-of: "2014-01-27"
    ${UNTC}
`),
  'commitments/MEX/untoc-som.md': commitment('MEX/untoc-som', 'instrument: untoc-som\n', `  - status: not-done
    as-of: "2014-01-27"
    ${UNTC}
`),
  'commitments/MEX/cifta.md': commitment('MEX/cifta', 'instrument: cifta\n', `  - status: not-applicable
    as-of: "2022-01-01"
    evidence: [{source: an OAS table}]
    note: not open to it
`),
  'commitments/MEX/national-authority.md': commitment('MEX/national-authority', 'answers: [strategy/2]\n', `  - status: not-done
    as-of: "2023-05-01"
    evidence: [{source: a first report}]
  - status: partial
    as-of: "2023-05-01"
    evidence: [{source: a corrected report}]
`),
  'commitments/MEX/focal-point.md': commitment('MEX/focal-point', 'answers: [strategy/2]\n', `  - status: not-done
    as-of: "2020-02-02"
    evidence: [{source: a questionnaire}]
`),
  'commitments/CUB/untoc.md': commitment('CUB/untoc', 'instrument: untoc\n', `  - status: done
    events: [{action: signed, date: "2000-12-13"}, {action: ratified, date: "2007-02-09"}]
    as-of: "2014-01-27"
    ${UNTC}
`),
  'commitments/NIC/untoc.md': commitment('NIC/untoc', 'instrument: untoc\n', `  - status: not-done
    as-of: "2014-01-27"
    ${UNTC}
`),
  'bodies/member-states.md': '---\nid: member-states\nname: Member states\nkind: member-states\n---\n',
  'bodies/general-secretariat.md': '---\nid: general-secretariat\nname: General Secretariat\nkind: secretariat\n---\n',
  'bodies/general-assembly.md': '---\nid: general-assembly\nname: General Assembly\nkind: organ\n---\n',
};

/** Views of every mode over a fixture (default GAPS_FIXTURE), for the formatter tests. */
export function gapsViews(files: Files = GAPS_FIXTURE, over: Partial<GapsOptions> = {}): {
  state: (id: string) => GapsView;
  all: GapsView;
  instrument: (id: string) => GapsView;
  corpus: Corpus;
  root: string;
} {
  const { corpus, root } = load(files);
  const opts: GapsOptions = { today: GAPS_TODAY, documents: selectDocuments(corpus, {}), staleAfterYears: 5, ...over };
  return {
    state: (id) => ({ mode: 'state', report: gapsForState(corpus, id, opts) }),
    all: { mode: 'all', report: gapsAll(corpus, opts) },
    instrument: (id) => ({ mode: 'instrument', report: gapsForInstrument(corpus, id, opts) }),
    corpus,
    root,
  };
}
