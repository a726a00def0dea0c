/**
 * A small corpus for `plan xref` with known answers, using the real document
 * ids and their `restates` front matter so that the notes on the adopted Plan apply:
 *
 * - lineage: mex-draft-2005/24 (shall; member-states, permanent-council)
 *   → cedot-draft-2006/B.XII.1 (should; member-states, cicad; paraphrased)
 *   → strategy-2021/5.a (consider; member-states; same-topic), and 5.a
 *   implements a paragraph of the adopted Plan, which is not in the corpus;
 * - untoc (41 articles): article 16 cited by those three paragraphs, 27.2 by
 *   mex/24, 18 by strategy/5.a; the whole Convention by the three lists;
 *   38 articles not cited;
 * - untoc-tip records labels 1, 2, 3, 5 bis; cedot/B.XII.1 cites 3 and 7
 *   (7 is not on its list); ia-mla records no articles and is cited at 7;
 * - lists: mex {iacat, untoc, untoc-tip}, cedot {iacat, untoc},
 *   strategy {untoc, untoc-tip}; its obligation to join budapest names no
 *   citation, so it is not part of the strategy's list;
 * - unresolved: gtdot's builds-on, gtdot/4.1's "paragraph II, item 2",
 *   strategy/5.a's implements;
 * - instruments: budapest (urged, not cited), ia-mla, iacat, minamata (not
 *   cited at all), untoc, untoc-tip.
 */
import type { Graph } from '../../src/formatters/xref/graph.js';
import type { Files } from './fixture.js';

const doc = (id: string, date: string, status: string, extra = ''): string => `---
id: ${id}
title: Text ${id}
date: "${date}"
author: general-assembly
status: ${status}
${extra}outline:
  - title: Part
source: test fixture
---
A text.
`;

/** What a text is to the adopted Plan, as the real documents' front matter says it (`restates`). */
const restates = (shortTitle: string, as: string, extra = ''): string => `short-title: ${shortTitle}
restates:
  - target: cp-res-908-2006
    as: ${as}
    title: Hemispheric Plan of Action
    short-title: Plan
    symbol: CP/RES. 908 (1567/06)
    date: "2006-10"
${extra}`;

export const XREF: Files = {
  'documents/mex-draft-2005.md': doc('mex-draft-2005', '2005', 'circulated-draft', restates('Mexican draft', 'draft')),
  'documents/cedot-draft-2006.md': doc('cedot-draft-2006', '2006', 'circulated-draft', restates('CEDOT Chair’s draft', 'draft')),
  'documents/gtdot-workplan-2008.md': doc('gtdot-workplan-2008', '2008', 'adopted', `builds-on:
  - target: cp-res-908-2006
    resolved: false
    description: The Plan as adopted, CP/RES. 908 (1567/06) — text not in the corpus
`),
  'documents/strategy-2021.md': doc('strategy-2021', '2021-11-11', 'adopted', `builds-on:
  - cedot-draft-2006
${restates('Strategy', 'instrument-list', '    section: "2"\n    items: i–xi\n')}`),

  'paragraphs/mex-draft-2005/list.md': `---
id: mex-draft-2005/list
document: mex-draft-2005
number: list
printed: false
position: 1
section: []
type: lead-in
addressees: [member-states]
force: agree
---
We recognize the following legal framework:
`,
  'paragraphs/mex-draft-2005/list.1.md': `---
id: mex-draft-2005/list.1
document: mex-draft-2005
number: list.1
printed: false
position: 2
section: []
type: list-item
cites:
  - instrument: untoc
relations:
  - {type: part-of, target: mex-draft-2005/list}
---
United Nations Convention against Transnational Organized Crime;
`,
  'paragraphs/mex-draft-2005/list.2.md': `---
id: mex-draft-2005/list.2
document: mex-draft-2005
number: list.2
printed: false
position: 3
section: []
type: list-item
cites:
  - instrument: iacat
relations:
  - {type: part-of, target: mex-draft-2005/list}
---
Inter-American Convention against Terrorism;
`,
  'paragraphs/mex-draft-2005/list.3.md': `---
id: mex-draft-2005/list.3
document: mex-draft-2005
number: list.3
printed: false
position: 4
section: []
type: list-item
cites:
  - instrument: untoc-tip
relations:
  - {type: part-of, target: mex-draft-2005/list}
---
Protocol on trafficking in persons.
`,
  'paragraphs/mex-draft-2005/24.md': `---
id: mex-draft-2005/24
document: mex-draft-2005
number: "24"
printed: true
position: 5
section: [Part]
type: operative
addressees: [member-states, permanent-council]
force: shall
cites:
  - instrument: untoc
    articles: ["16"]
  - instrument: untoc
    articles: ["27"]
    paragraph: "2"
  - instrument: ia-mla
    articles: ["7"]
---
The member states shall conclude treaties (CTOC, Art. 16; Art. 27.2; Nassau Convention, Art. 7).
`,
  'paragraphs/cedot-draft-2006/3.md': `---
id: cedot-draft-2006/3
document: cedot-draft-2006
number: "3"
printed: true
position: 1
section: [Part]
type: operative
addressees: [member-states]
force: agree
---
To recognize as the basis for our cooperation the following legal framework:
`,
  'paragraphs/cedot-draft-2006/3.a.md': `---
id: cedot-draft-2006/3.a
document: cedot-draft-2006
number: 3.a
printed: true
position: 2
section: [Part]
type: list-item
cites:
  - instrument: untoc
relations:
  - {type: part-of, target: cedot-draft-2006/3}
---
United Nations Convention against Transnational Organized Crime;
`,
  'paragraphs/cedot-draft-2006/3.b.md': `---
id: cedot-draft-2006/3.b
document: cedot-draft-2006
number: 3.b
printed: true
position: 3
section: [Part]
type: list-item
cites:
  - instrument: iacat
relations:
  - {type: part-of, target: cedot-draft-2006/3}
---
Inter-American Convention against Terrorism.
`,
  'paragraphs/cedot-draft-2006/B.XII.1.md': `---
id: cedot-draft-2006/B.XII.1
document: cedot-draft-2006
number: B.XII.1
printed: false
position: 4
section: [Part, "Mutual legal assistance — “extradition”"]
type: recommendation
addressees: [member-states, cicad]
force: should
cites:
  - instrument: untoc
    articles: ["16"]
  - instrument: untoc-tip
    articles: ["3", "7"]
relations:
  - type: derived-from
    target: mex-draft-2005/24
    basis: paraphrased
---
Member states should conclude “extradition” treaties (Palermo\u00a0Convention, Art. 16; Protocol, Arts. 3 and 7) — señor.
`,
  'paragraphs/cedot-draft-2006/fn.1.md': `---
id: cedot-draft-2006/fn.1
document: cedot-draft-2006
number: fn.1
printed: false
position: 5
section: [Part]
type: footnote
relations:
  - {type: annotates, target: cedot-draft-2006/B.XII.1}
---
A footnote.
`,
  'paragraphs/gtdot-workplan-2008/4.1.md': `---
id: gtdot-workplan-2008/4.1
document: gtdot-workplan-2008
number: "4.1"
printed: true
position: 1
section: [Part]
type: action
addressees: [gtdot]
force: urge
relations:
  - type: refers-to
    target: cp-res-908-2006#II.2
    resolved: false
    description: paragraph II, item 2 of the adopted Plan, its list of international agreements — text not in the corpus
    text: (paragraph II, item 2)
---
Urge member states to sign the agreements listed in the Plan (paragraph II, item 2).
`,
  'paragraphs/strategy-2021/2.2.md': `---
id: strategy-2021/2.2
document: strategy-2021
number: "2.2"
printed: false
position: 1
section: [Part]
type: lead-in
force: urge
---
The Plan urges member states to ratify the following instruments:
`,
  'paragraphs/strategy-2021/2.i.md': `---
id: strategy-2021/2.i
document: strategy-2021
number: 2.i
printed: true
position: 2
section: [Part]
type: list-item
force: urge
cites:
  - instrument: untoc
relations:
  - {type: part-of, target: strategy-2021/2.2}
---
United Nations Convention against Transnational Organized Crime;
`,
  'paragraphs/strategy-2021/2.ii.md': `---
id: strategy-2021/2.ii
document: strategy-2021
number: 2.ii
printed: true
position: 3
section: [Part]
type: list-item
force: urge
cites:
  - instrument: untoc-tip
relations:
  - {type: part-of, target: strategy-2021/2.2}
---
Protocol on trafficking in persons;
`,
  'paragraphs/strategy-2021/2.a.md': `---
id: strategy-2021/2.a
document: strategy-2021
number: 2.a
printed: true
position: 4
section: [Part]
type: action
addressees: [member-states]
force: should
relations:
  - type: refers-to
    target: strategy-2021/2.2
    text: the instruments listed above
obligation:
  action: join-instruments
  summary: Consider joining the Convention on Cybercrime
  instruments: [budapest]
---
Member states should consider acceding to the Convention on Cybercrime, to complement the instruments listed above.
`,
  'paragraphs/strategy-2021/5.a.md': `---
id: strategy-2021/5.a
document: strategy-2021
number: 5.a
printed: true
position: 5
section: [Part]
type: action
addressees: [member-states]
force: consider
cites:
  - instrument: untoc
    articles: ["16", "18"]
relations:
  - type: derived-from
    target: cedot-draft-2006/B.XII.1
    basis: same-topic
  - type: implements
    target: cp-res-908-2006#II.5
    resolved: false
    description: paragraph II.5 of the adopted Plan — text not in the corpus
---
Member states consider cooperation on extradition (UNTOC, Arts. 16 and 18).
`,

  'instruments/untoc.md': `---
id: untoc
title: United Nations Convention against Transnational Organized Crime
short-titles: [UNTOC, Palermo Convention, Convención de Palermo]
type: convention
organization: United Nations
articles: 41
sources: [test fixture]
---
`,
  'instruments/untoc-tip.md': `---
id: untoc-tip
title: Protocol to Prevent, Suppress and Punish Trafficking in Persons
type: protocol
parent: untoc
organization: United Nations
articles: ["1", "2", "3", "5 bis"]
sources: [test fixture]
---
`,
  'instruments/ia-mla.md': `---
id: ia-mla
title: Inter-American Convention on Mutual Assistance in Criminal Matters
short-titles: [Nassau Convention]
type: convention
organization: Organization of American States
sources: [test fixture]
---
`,
  'instruments/iacat.md': `---
id: iacat
title: Inter-American Convention against Terrorism
type: convention
organization: Organization of American States
sources: [test fixture]
---
`,
  'instruments/budapest.md': `---
id: budapest
title: Convention on Cybercrime
type: convention
organization: Council of Europe
sources: [test fixture]
---
`,
  'instruments/minamata.md': `---
id: minamata
title: Minamata Convention on Mercury
type: convention
organization: United Nations
sources: [test fixture]
---
`,
  'bodies/member-states.md': '---\nid: member-states\nname: Member states\nkind: member-states\n---\n',
  'bodies/permanent-council.md': '---\nid: permanent-council\nname: Permanent Council\nkind: organ\n---\n',
  'bodies/cicad.md': '---\nid: cicad\nname: Inter-American Drug Abuse Control Commission\nacronyms: [CICAD]\nkind: committee\n---\n',
  'bodies/gtdot.md': '---\nid: gtdot\nname: Technical Group on Transnational Organized Crime\nacronyms: [GTDOT]\nkind: committee\n---\n',
  'bodies/general-assembly.md': '---\nid: general-assembly\nname: General Assembly\nkind: organ\n---\n',
};

/* ------------------------------------------------------------------
 * Structural validators for the graph formats (no renderer needed).
 * ------------------------------------------------------------------ */

/** Decodes the Mermaid entity codes the formatter writes (`#quot;`, `#35;`...). */
export function mermaidDecode(s: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return s.replace(/#(\w+);/g, (m, name: string) => (/^\d+$/.test(name) ? String.fromCodePoint(Number(name)) : named[name] ?? m));
}

const MM_LABEL = '"([^"\\n]*)"';
const MM_NODE = new RegExp(`^(n\\d+)(\\[${MM_LABEL}\\]|\\[\\[${MM_LABEL}\\]\\]|\\{\\{${MM_LABEL}\\}\\}|\\(\\[${MM_LABEL}\\]\\))$`);
const MM_EDGE = new RegExp(`^(n\\d+) (-->|-\\.->)(?:\\|${MM_LABEL}\\|)? (n\\d+)$`);
const MM_SUB = new RegExp(`^subgraph (g\\d+)\\[${MM_LABEL}\\]$`);

/**
 * Checks a Mermaid flowchart as the formatter writes it: the header; every
 * line a node, an edge, a subgraph, `end`, a comment, classDef or class;
 * subgraphs balanced; labels quoted with no raw quote, `<`, `>`, `#` (other
 * than entity codes) or `|`; every edge between declared nodes; node ids
 * unique. Returns the problems (none: valid) and the labels decoded.
 */
export function checkMermaid(src: string): { problems: string[]; labels: string[]; nodes: number; edges: number } {
  const problems: string[] = [];
  const labels: string[] = [];
  const lines = src.split('\n');
  if (lines[0] !== 'flowchart LR' && lines[0] !== 'flowchart TB') problems.push(`first line is not a flowchart header: ${lines[0]}`);
  if (src.endsWith('\n') === false) problems.push('no final newline');
  const nodes = new Set<string>();
  const edges: Array<[string, string]> = [];
  let depth = 0;
  const label = (l: string | undefined) => {
    if (l === undefined) return;
    if (/[<>]/.test(l.replace(/<br\/>/g, ''))) problems.push(`raw < or > in label: ${l}`);
    if (/#(?!\w+;)/.test(l)) problems.push(`raw # in label: ${l}`);
    if (l.includes('|')) problems.push(`raw | in label: ${l}`);
    labels.push(...l.split('<br/>').map(mermaidDecode));
  };
  for (const [i, raw] of lines.slice(1).entries()) {
    const line = raw.trim();
    if (line === '' && i === lines.length - 2) continue;
    if (line.startsWith('%%')) {
      if (line.startsWith('%%{')) problems.push(`comment reads as a directive: ${line}`);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = MM_SUB.exec(line))) { depth++; label(m[2]); continue; }
    if (line === 'end') { depth--; if (depth < 0) problems.push('end without subgraph'); continue; }
    if ((m = MM_NODE.exec(line))) {
      if (nodes.has(m[1]!)) problems.push(`node declared twice: ${m[1]}`);
      nodes.add(m[1]!);
      label(m[3] ?? m[4] ?? m[5] ?? m[6]);
      continue;
    }
    if ((m = MM_EDGE.exec(line))) { edges.push([m[1]!, m[4]!]); label(m[3]); continue; }
    if (/^classDef \w+ [\w:#,.\- ]+$/.test(line) || /^class n\d+(,n\d+)* \w+$/.test(line)) continue;
    problems.push(`line ${i + 2} is not valid here: ${raw}`);
  }
  if (depth !== 0) problems.push(`unbalanced subgraph/end (${depth})`);
  for (const [a, b] of edges) if (!nodes.has(a) || !nodes.has(b)) problems.push(`edge to an undeclared node: ${a} -> ${b}`);
  return { problems, labels, nodes: nodes.size, edges: edges.length };
}

/** Tokens of DOT: quoted strings (with escapes), ids, punctuation, `->`; comments skipped. */
function dotTokens(src: string, problems: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\n') problems.push('raw line break inside a quoted string');
        if (src[j] === '\\' && j + 1 < src.length) { s += src[j]! + src[j + 1]!; j += 2; continue; }
        s += src[j];
        j++;
      }
      if (j >= src.length) { problems.push('unterminated string'); return out; }
      out.push(`"${s}"`);
      i = j + 1;
      continue;
    }
    if (src.startsWith('->', i)) { out.push('->'); i += 2; continue; }
    if ('{}[];=,'.includes(ch)) { out.push(ch); i++; continue; }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) { problems.push(`unexpected character ${JSON.stringify(ch)}`); i++; continue; }
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

/** The text a DOT quoted string stands for (`\"` → `"`, `\\` → `\`, `\n` stays a line break marker). */
export function dotUnquote(tok: string): string {
  return tok.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

/**
 * Parses DOT as the formatter writes it (a recursive-descent parser of the
 * grammar's statements: attr_stmt, node_stmt, edge_stmt, ID=ID, subgraph)
 * and checks that every edge joins declared nodes. Returns the problems.
 */
export function checkDot(src: string): { problems: string[]; labels: string[]; nodes: number; edges: number; clusters: number } {
  const problems: string[] = [];
  const labels: string[] = [];
  const t = dotTokens(src, problems);
  let k = 0;
  const nodes = new Set<string>();
  const edges: Array<[string, string]> = [];
  let clusters = 0;
  const isId = (x: string | undefined) => x !== undefined && (/^".*"$/s.test(x) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(x) || /^-?\d/.test(x));
  const expect = (x: string) => {
    if (t[k] !== x) problems.push(`expected ${x} at token ${k}, got ${t[k]}`);
    k++;
  };
  const attrs = () => {
    expect('[');
    while (t[k] !== ']' && k < t.length) {
      const key = t[k++];
      if (!isId(key)) problems.push(`bad attribute name ${key}`);
      expect('=');
      const v = t[k++];
      if (!isId(v)) problems.push(`bad attribute value ${v}`);
      if (key === 'label' && v) labels.push(dotUnquote(v));
      if (t[k] === ',' || t[k] === ';') k++;
    }
    expect(']');
  };
  const stmts = () => {
    while (k < t.length && t[k] !== '}') {
      const a = t[k]!;
      if (a === 'graph' || a === 'node' || a === 'edge') { k++; attrs(); }
      else if (a === 'subgraph') {
        k++;
        if (isId(t[k]) && t[k] !== '{') { if (/^"?cluster/.test(t[k]!)) clusters++; k++; }
        expect('{');
        stmts();
        expect('}');
      } else if (isId(a)) {
        k++;
        if (t[k] === '=') {
          k++;
          const v = t[k++];
          if (!isId(v)) problems.push(`bad value ${v}`);
          if (a === 'label' && v) labels.push(dotUnquote(v));
        } else if (t[k] === '->') {
          const chain = [a];
          while (t[k] === '->') { k++; const b = t[k++]; if (!isId(b)) problems.push(`bad edge end ${b}`); chain.push(b!); }
          for (let i = 1; i < chain.length; i++) edges.push([chain[i - 1]!, chain[i]!]);
          if (t[k] === '[') attrs();
        } else {
          nodes.add(a);
          if (t[k] === '[') attrs();
        }
      } else {
        problems.push(`unexpected token ${a}`);
        k++;
      }
      if (t[k] === ';') k++;
    }
  };
  if (t[k] === 'strict') k++;
  if (t[k] !== 'digraph') problems.push(`not a digraph: ${t[k]}`);
  k++;
  if (t[k] !== '{') k++;
  expect('{');
  stmts();
  expect('}');
  if (k !== t.length) problems.push(`tokens after the graph: ${t.slice(k).join(' ')}`);
  for (const [a, b] of edges) if (!nodes.has(a) || !nodes.has(b)) problems.push(`edge to an undeclared node: ${a} -> ${b}`);
  return { problems, labels, nodes: nodes.size, edges: edges.length, clusters };
}

/** Labels that would break a graph format if not escaped. */
export const HOSTILE = ['say "hi" [x] {y} (z) <b>bold</b> a|b #35; #1 & &amp; ; `tick` \\back\\slash \\n end', 'subgraph end --> -.-> %% // /* */ ', 'señor “quoted” — 🌎 Ωmega\u00a0nbsp'];

/** A graph with every hostile label in every place a label goes. */
export function hostileGraph(): Graph {
  return {
    title: HOSTILE[0]!, notes: ['{directive-looking note', 'line\nbreak'],
    groups: [{ key: 'g', label: HOSTILE[1]! }],
    nodes: [
      { key: 'p:a', label: [HOSTILE[0]!, HOSTILE[2]!], kind: 'paragraph', group: 'g', focus: true },
      { key: 'i:b', label: [HOSTILE[1]!], kind: 'instrument' },
      { key: 'x:c', label: ['line\nbreak'], kind: 'external' },
      { key: 'd:d', label: [HOSTILE[2]!], kind: 'document' },
    ],
    edges: [
      { from: 'p:a', to: 'i:b', label: HOSTILE[0]!, style: 'solid' },
      { from: 'x:c', to: 'p:a', label: HOSTILE[2]!, style: 'dashed' },
      { from: 'd:d', to: 'x:c', style: 'solid' },
    ],
  };
}
