import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import type { Corpus } from '../../src/model/model.js';
import { lint, type LintResult } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/rules/index.js';

/** A corpus as files: relative path -> content. */
export type Files = Record<string, string | Uint8Array>;

/**
 * A small corpus with one of everything and known answers: an adopted text
 * with obligations (one to join two instruments), a draft it derives from,
 * two states, commitments of every status.
 */
export const MINI: Files = {
  'documents/draft.md': `---
id: draft
title: A draft plan
date: 2005-04
author: mexico
status: circulated-draft
outline:
  - title: Measures
    number: I
source: test fixture
---
A draft.
`,
  'documents/adopted.md': `---
id: adopted
title: An adopted strategy
date: "2021-11-11"
author: general-assembly
status: adopted
adopted: {by: general-assembly, instrument: AG/RES. 1, date: "2021-11-11"}
builds-on:
  - draft
  - {target: plan-2006, resolved: false, description: "the adopted Plan, not in the corpus"}
outline:
  - title: Legal instruments
    number: "1"
  - title: Cooperation
    number: "2"
source: test fixture
---
An adopted text.
`,
  'paragraphs/draft/1.md': `---
id: draft/1
document: draft
number: "1"
printed: true
section: [Measures]
type: operative
addressees: [member-states]
force: shall
cites:
  - instrument: untoc
    articles: ["16"]
    text: Article 16 of the United Nations Convention against Transnational Organized Crime
obligation:
  action: conclude-agreements
  summary: Conclude extradition treaties
  subject: extradition
---
The member states shall conclude treaties, enforcing the terms of Article 16 of the United Nations Convention against Transnational Organized Crime.
`,
  'paragraphs/adopted/1.md': `---
id: adopted/1
document: adopted
number: "1"
printed: true
section: [Legal instruments]
type: action
addressees: [member-states]
force: should
obligation:
  action: join-instruments
  summary: Ratify or accede to the listed instruments
  instruments: [untoc, ia-mla]
cites: [{instrument: untoc}, {instrument: ia-mla}]
---
Member states should ratify the United Nations Convention against Transnational Organized Crime and the Inter-American Convention on Mutual Assistance in Criminal Matters.
`,
  'paragraphs/adopted/2.md': `---
id: adopted/2
document: adopted
number: "2"
printed: true
section: [Cooperation]
type: action
addressees: [member-states]
force: consider
cites:
  - instrument: untoc
    articles: ["16"]
    text: (Article 16 of UNTOC)
relations:
  - type: derived-from
    target: draft/1
    basis: paraphrased
obligation:
  action: designate-authority
  summary: Designate a national authority
  subject: national authority
---
Member states consider designating a national authority. (Article 16 of UNTOC)
`,
  'instruments/untoc.md': `---
id: untoc
title: United Nations Convention against Transnational Organized Crime
short-titles: [UNTOC, Palermo Convention]
type: convention
organization: United Nations
adopted: {date: "2000-11-15", place: New York}
entry-into-force: "2003-09-29"
articles: 41
sources: [test fixture]
---
`,
  'instruments/ia-mla.md': `---
id: ia-mla
title: Inter-American Convention on Mutual Assistance in Criminal Matters
type: convention
organization: Organization of American States
adopted: {date: "1992-05-23", place: Nassau}
sources: [test fixture]
---
`,
  'states/MEX.md': `---
id: MEX
iso2: MX
numeric: "484"
name: {en: Mexico, es: México}
oas: {member-since: 1948, participation: participating}
sources: [test fixture]
---
`,
  'states/NIC.md': `---
id: NIC
iso2: NI
numeric: "558"
name: {en: Nicaragua, es: Nicaragua}
oas:
  member-since: 1948
  participation: withdrawn
  changes:
    - {event: denounced-charter, date: "2021-11-19", source: press reports}
sources: [test fixture]
---
`,
  'commitments/MEX/untoc.md': `---
id: MEX/untoc
state: MEX
instrument: untoc
records:
  - status: in-progress
    events: [{action: signed, date: "2000-12-13"}]
    as-of: "2001-01-01"
    evidence: [{source: an older table}]
  - status: done
    events: [{action: signed, date: "2000-12-13"}, {action: ratified, date: "2003-03-04"}]
    as-of: "2014-01-27"
    evidence: [{source: "UN Treaty Collection, chapter XVIII-12"}]
---
`,
  'commitments/MEX/national-authority.md': `---
id: MEX/national-authority
state: MEX
answers: [adopted/2]
records:
  - status: partial
    as-of: "2022-05-01"
    evidence: [{source: a note verbale}]
---
`,
  'commitments/NIC/untoc.md': `---
id: NIC/untoc
state: NIC
instrument: untoc
records:
  - status: not-done
    as-of: "2014-01-27"
    evidence: [{source: "UN Treaty Collection, chapter XVIII-12"}]
---
`,
  'bodies/member-states.md': `---
id: member-states
name: Member states
kind: member-states
---
`,
  'bodies/mexico.md': `---
id: mexico
name: Government of Mexico
kind: state
---
`,
  'bodies/general-assembly.md': `---
id: general-assembly
name: General Assembly
kind: organ
---
`,
};

/** Writes files to a fresh temporary folder; returns its path. */
export function writeCorpus(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

export function removeCorpus(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Loads a corpus from files. */
export function load(files: Files): { corpus: Corpus; root: string } {
  const root = writeCorpus(files);
  const corpus = loadCorpus(root, loadConfig(root, RULE_IDS));
  return { corpus, root };
}

/** Lints files (with `overrides` applied over MINI unless `base` is given). */
export function lintFiles(files: Files, today = '2026-01-01'): LintResult & { root: string } {
  const { corpus, root } = load(files);
  const r = lint(corpus, { today });
  removeCorpus(root);
  return { ...r, root };
}

/** All messages as `rel:line:col rule`. */
export function summary(r: LintResult): string[] {
  return r.results.flatMap((f) => f.messages.map((m) => `${f.rel}:${m.line}:${m.column} ${m.ruleId}`));
}
