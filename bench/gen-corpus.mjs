#!/usr/bin/env node
// Usage: node bench/gen-corpus.mjs N OUTDIR [SEED]
//
// A deterministic synthetic corpus shaped like the real one and valid under plan's own schemas:
//   documents/ (one per 250 paragraphs: adopted, circulated and working drafts in turn),
//   paragraphs/<doc>/<n>.md (N files: front matter like the importer's, 1-4 sentences of text
//   whose normative wording matches `force`, some declared citations, derived-from lineage,
//   obligations in about 30% of them), instruments/ (19, with titles, short titles and article
//   counts), bodies/ (12), states/ (35), commitments/<ISO3>/<instrument>.md (35 x up to 19, two
//   records each), so `plan gaps --all` and `plan xref` have work to do.
// About 1% of paragraph files carry exactly one planted problem, cycling through every rule
// (errors and warnings); a few documents and commitments carry one too.
// OUTDIR/expected.json lists them: `bad` (files with an error: their rule) and `warned`
// (files with a warning only). Same N and SEED => byte-identical corpus.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const N = Number(process.argv[2]);
const OUT = process.argv[3];
const SEED = Number(process.argv[4] ?? 20240601);
if (!Number.isInteger(N) || N < 1 || !OUT) {
  console.error('usage: node gen-corpus.mjs N OUTDIR [SEED]');
  process.exit(2);
}
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const some = (xs, lo, hi) => {
  const k = int(lo, hi);
  const pool = [...xs];
  const out = [];
  while (out.length < k && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  return out;
};

// id, title, short titles, number of articles (absent: no source gives them)
const INSTRUMENTS = [
  ['untoc', 'United Nations Convention against Transnational Organized Crime', ['UNTOC', 'Palermo Convention'], 41],
  ['untoc-tip', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', ['Trafficking in Persons Protocol'], 20],
  ['untoc-som', 'Protocol against the Smuggling of Migrants by Land, Sea and Air', ['Migrants Protocol'], 25],
  ['untoc-firearms', 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms', ['Firearms Protocol'], 21],
  ['sc-1961', 'Single Convention on Narcotic Drugs', [], 51],
  ['cps-1971', 'Convention on Psychotropic Substances', [], 33],
  ['cit-1988', 'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances', ['Vienna Convention'], 34],
  ['uncac', 'United Nations Convention against Corruption', ['UNCAC'], 71],
  ['cifta', 'Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms', ['CIFTA'], 30],
  ['iacac', 'Inter-American Convention against Corruption', ['IACAC'], 28],
  ['ia-mla', 'Inter-American Convention on Mutual Assistance in Criminal Matters', [], 40],
  ['ia-mla-op', 'Optional Protocol Related to the Inter-American Convention on Mutual Assistance in Criminal Matters', [], 0],
  ['iacat', 'Inter-American Convention against Terrorism', [], 23],
  ['ia-extradition', 'Inter-American Convention on Extradition', [], 0],
  ['ia-preventive-measures', 'Inter-American Convention on Execution of Preventive Measures', [], 0],
  ['ia-minors', 'Inter-American Convention on International Traffic in Minors', [], 0],
  ['budapest', 'Convention on Cybercrime', ['Budapest Convention'], 48],
  ['caribbean-maritime', 'Agreement concerning Co-operation in Suppressing Illicit Maritime and Air Trafficking', [], 0],
  ['minamata', 'Minamata Convention on Mercury', [], 35],
];
const IDS = INSTRUMENTS.map((i) => i[0]);
const ARTICLES = Object.fromEntries(INSTRUMENTS.map((i) => [i[0], i[3]]));
const BODIES = ['member-states', 'general-secretariat', 'permanent-council', 'cedot', 'dms', 'cicad', 'cicte', 'remja', 'gtdot', 'csh', 'general-assembly'];
const TYPES = ['preambular', 'operative', 'recommendation', 'action', 'institutional'];
const SECTIONS = ['Measures', 'Cooperation', 'Follow-up'];
const STATES = ['ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'SLV', 'GRD', 'GTM', 'GUY', 'HTI',
  'HND', 'JAM', 'MEX', 'NIC', 'PAN', 'PRY', 'PER', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO', 'USA', 'URY', 'VEN'];
// No normative wording (shall, may, will...), no acronym, no citation, no unpaired quotation mark:
// those are placed on purpose. (Words are drawn one by one, so a quotation is one word.)
const WORDS = ('the member states adopt legislative and other measures as necessary to establish as criminal offences ' +
  'participation in an organized criminal group laundering of proceeds of crime corruption obstruction of justice and to ' +
  'strengthen international cooperation including extradition mutual legal assistance and joint investigations in accordance ' +
  'with domestic law la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional los Estados ' +
  'Miembros la Secretaría General l’Organisation des États américains “plan” a cooperação hemisférica').split(' ');
// force -> an opening that says it (and nothing stronger)
const OPENINGS = {
  shall: 'Member states shall',
  will: 'The parties will',
  should: 'Member states should',
  may: 'Member states may',
  consider: 'Member states consider',
};
const FORCES = Object.keys(OPENINGS);
const PER_DOC = 250;
const ERROR_RATE = 0.01;
const STATUS = ['adopted', 'circulated-draft', 'working-draft'];
// Planted problems of paragraph files, in turn; [kind, severity of the rule].
const PLANTS = [
  ['schema-enum', 'error'], ['schema-unknown-key', 'error'], ['schema-missing', 'error'], ['known-instrument', 'error'],
  ['known-article', 'error'], ['known-target', 'error'], ['known-body', 'error'], ['section-in-outline', 'error'],
  ['body-plain-text', 'error'], ['id-matches-path', 'error'], ['yaml-syntax', 'error'], ['front-matter', 'error'],
  ['file-readable', 'error'], ['valid-dates', 'error'], ['numbering', 'error'], ['editorial-note', 'error'],
  ['internal-reference', 'error'], ['citation-declared', 'error'], ['lineage-acyclic', 'error'], ['id-unique', 'error'],
  ['acronym-defined', 'warn'], ['instrument-title', 'warn'], ['force-matches-text', 'warn'], ['unused-suppression', 'warn'],
];
const COMMITMENT_PLANTS = ['valid-dates', 'date-order', 'evidence-required', 'known-state'];

// A word drawn twice in a row is written once (real text does not repeat words: repeated-word).
const sentence = () => { const s = Array.from({ length: int(12, 30) }, () => pick(WORDS)).join(' ').replace(/(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)(?:\s+\1(?![\p{L}\p{M}\p{N}]))+/giu, '$1'); return s[0].toUpperCase() + s.slice(1) + '.'; };
const paragraph = () => Array.from({ length: int(1, 3) }, sentence).join(' ');
const q = (s) => JSON.stringify(s);

if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
const write = (rel, text) => { const p = join(OUT, rel); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, text); return Buffer.byteLength(text); };
let bytes = 0;
const bad = [];
const warned = [];
const plant = (file, kind, severity) => (severity === 'error' ? bad : warned).push({ file, kind });

for (const b of BODIES) bytes += write(`bodies/${b}.md`, `---\nid: ${b}\nname: ${b.replace(/-/g, ' ')}\nkind: committee\n---\n`);
bytes += write('bodies/mexico.md', '---\nid: mexico\nname: Government of Mexico\nkind: state\n---\n');
for (const [id, title, short, arts] of INSTRUMENTS) {
  bytes += write(`instruments/${id}.md`, `---\nid: ${id}\ntitle: ${q(title)}\n${short.length ? `short-titles: [${short.map(q).join(', ')}]\n` : ''}type: ${id.includes('-op') || title.startsWith('Protocol') ? 'protocol' : 'convention'}\n${title.startsWith('Protocol') ? 'parent: untoc\n' : ''}organization: United Nations\nadopted: {date: "1990-01-01"}\n${arts ? `articles: ${arts}\n` : ''}sources: [synthetic]\n---\n`);
}
for (const s of STATES) bytes += write(`states/${s}.md`, `---\nid: ${s}\nname: {en: ${s}}\noas: {member-since: 1948}\nsources: [synthetic]\n---\n`);

const ids = [];
let k = 0; // next planted kind
let gap = 0; // numbering offset of the current document (a planted gap moves it)
for (let i = 0; i < N; i++) {
  const d = Math.floor(i / PER_DOC);
  const document = `doc-${d}`;
  const status = STATUS[d % STATUS.length];
  if (i % PER_DOC === 0) {
    gap = 0;
    const buildsOn = d === 1 ? 'builds-on: [doc-gone]\n' : d > 1 ? `builds-on: [doc-${d - 1}]\n` : '';
    const rel = `documents/${document}.md`;
    bytes += write(rel, `---\nid: ${document}\ntitle: Synthetic text ${d}\ndate: "${2000 + (d % 20)}-01-01"\nauthor: mexico\nstatus: ${status}\n${buildsOn}outline:\n${SECTIONS.map((s) => `  - title: ${s}\n`).join('')}source: synthetic\n---\nA synthetic text.\n`);
    if (d === 1) plant(rel, 'known-document', 'error');
  }
  let err = null;
  if (rand() < ERROR_RATE && i % PER_DOC > 2) {
    // The next kind that can be planted here (an editorial note only counts in a working draft).
    for (let t = 0; t < PLANTS.length && !err; t++, k++) {
      const [kind] = PLANTS[k % PLANTS.length];
      if (kind === 'editorial-note' && status !== 'working-draft') continue;
      err = PLANTS[k % PLANTS.length];
    }
  }
  const kind = err?.[0];
  if (kind === 'numbering') gap++;
  const n = (i % PER_DOC) + 1 + gap;
  const number = String(n);
  const id = `${document}/${number}`;
  const rel = `paragraphs/${document}/${number}.md`;
  if (kind === 'id-unique') {
    // A second, unprinted file claiming this paragraph's id (reported there: id-unique and id-matches-path).
    const dup = `paragraphs/${document}/${number}_copy.md`;
    bytes += write(dup, `---\nid: ${id}\ndocument: ${document}\nnumber: "${number}"\nprinted: false\nsection: [Measures]\ntype: background\n---\nA copy.\n`);
    plant(dup, 'id-unique', 'error');
  }
  let force = pick(FORCES);
  const L = [kind === 'front-matter' ? '----' : '---', `id: ${kind === 'id-matches-path' ? id + 'x' : id}`];
  if (kind !== 'schema-missing') L.push(`document: ${document}`);
  L.push(`number: "${number}"`, 'printed: true', `position: ${(i % PER_DOC) + 1}`);
  L.push(`section: [${kind === 'section-in-outline' ? 'Nowhere' : pick(SECTIONS)}]`);
  L.push(`type: ${kind === 'schema-enum' ? 'operatve' : pick(TYPES)}`);
  L.push(`addressees: [${kind === 'known-body' ? 'member-state' : some(BODIES, 1, 2).join(', ')}]`);
  L.push(`force: ${kind === 'force-matches-text' ? (force === 'consider' ? 'shall' : 'consider') : force}`);
  if (kind === 'schema-unknown-key') L.push('topic: none');
  const cites = some(IDS, kind === 'known-instrument' || kind === 'known-article' ? 1 : 0, 2);
  if (kind === 'known-article') cites[0] = 'untoc';
  // About one paragraph in ten cites an article in its text, and declares it.
  const citesInText = kind === 'citation-declared' || rand() < 0.1 ? String(int(1, 41)) : null;
  if (citesInText && kind !== 'citation-declared' && !cites.includes('untoc')) cites.push('untoc');
  // A near miss of a title names the instrument too (citation-declared): the planted one is declared.
  if (kind === 'instrument-title' && !cites.includes('untoc')) cites.push('untoc');
  if (cites.length) {
    L.push('cites:');
    cites.forEach((inst, c) => {
      const name = kind === 'known-instrument' && c === 0 ? 'untocx' : inst;
      const max = ARTICLES[inst] || 20;
      let arts = kind === 'known-article' && c === 0 ? ['99'] : [...new Set(Array.from({ length: int(1, 3) }, () => String(int(1, max))))];
      if (inst === 'untoc' && citesInText && kind !== 'citation-declared' && !arts.includes(citesInText)) arts = [...arts, citesInText];
      L.push(`  - {instrument: ${name}, articles: [${arts.map(q).join(', ')}]}`);
    });
  }
  const rels = [];
  if (kind === 'lineage-acyclic') rels.push(`  - {type: derived-from, target: ${id}, basis: quoted}`);
  else if (ids.length && (rand() < 0.4 || kind === 'known-target')) {
    const target = kind === 'known-target' ? 'doc-0/0' : ids[int(Math.max(0, ids.length - 2000), ids.length - 1)];
    rels.push(`  - {type: derived-from, target: ${target}, basis: paraphrased}`);
  }
  if (rels.length) L.push('relations:', ...rels);
  if (rand() < 0.3) L.push('obligation:', `  action: join-instruments`, `  summary: Join the instruments`, `  instruments: [${some(IDS, 1, 3).join(', ')}]`);
  if (kind === 'valid-dates') L.push('priority:', `  - {date: "2005-02-30", meeting: synthetic meeting, source: ${document}/1}`);
  if (kind === 'yaml-syntax') L.push('notes: [unclosed');
  L.push('---', '');
  const parts = [`${OPENINGS[force]} ${sentence().toLowerCase()}`];
  for (let p = int(0, 2); p > 0; p--) parts.push(paragraph());
  if (citesInText) parts.push(`In accordance with article ${citesInText} of the Palermo Convention, ${sentence().toLowerCase()}`);
  if (kind === 'editorial-note') parts.push('The wording of this paragraph TBD.');
  if (kind === 'internal-reference') parts.push('As set out in paragraph 9999 of this Plan, the measures continue.');
  if (kind === 'acronym-defined') parts.push('The QZXW follows up.');
  if (kind === 'instrument-title') parts.push('They join the United Nations Convention against Transnational Organised Crime.');
  let body = parts.join(' ');
  if (kind === 'body-plain-text') body = '1. ' + body;
  if (kind === 'unused-suppression') body = '<!-- plan-lint-disable-next-line numbering -- synthetic -->\n' + body;
  const text = L.join('\n') + '\n' + body + '\n';
  if (kind === 'file-readable') {
    // Latin-1, not UTF-8: "é" as the single byte E9.
    const b = Buffer.from(text.replace('Member', 'Membér'), 'latin1');
    mkdirSync(join(OUT, 'paragraphs', document), { recursive: true });
    writeFileSync(join(OUT, rel), b);
    bytes += b.length;
  } else bytes += write(rel, text);
  ids.push(id);
  if (err && kind !== 'id-unique') plant(rel, err[0], err[1]);
}
// Commitments: every state x the first instruments (more with N), two records each (history and latest).
const perState = Math.max(1, Math.min(IDS.length, Math.round(N / 500)));
let c = 0;
let cp = 0;
for (const s of STATES) {
  for (const inst of IDS.slice(0, perState)) {
    const kind = c++ % 50 === 7 ? COMMITMENT_PLANTS[cp++ % COMMITMENT_PLANTS.length] : null;
    const st = kind === 'evidence-required' ? 'done' : pick(['done', 'in-progress', 'not-done', 'partial']);
    const rel = `commitments/${s}/${inst}.md`;
    bytes += write(rel, `---\nid: ${s}/${inst}\nstate: ${s}\ninstrument: ${inst}\n${kind === 'known-state' ? 'answers: [doc-0/99999]\n' : ''}records:\n` +
      `  - status: in-progress\n    events: [{action: signed, date: "${kind === 'date-order' ? '2006-01-01' : '2001-01-01'}"}]\n    as-of: "${kind === 'valid-dates' ? '2005-02-30' : '2005-01-01'}"\n    evidence: [{source: synthetic table}]\n` +
      `  - status: ${st}\n    as-of: "2014-01-27"\n${kind === 'evidence-required' ? '' : '    evidence: [{source: synthetic table}]\n'}---\n`);
    if (kind) plant(rel, kind, 'error');
  }
}
const byFile = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
bad.sort(byFile);
warned.sort(byFile);
writeFileSync(join(OUT, 'expected.json'), JSON.stringify({ n: N, seed: SEED, bytes, filesWithErrors: bad.length, bad, filesWithWarnings: warned.length, warned }, null, 1) + '\n');
console.log(`wrote ${N} paragraph files (+ documents, instruments, states, commitments; ${(bytes / 1e6).toFixed(1)} MB), ${bad.length} with a planted error and ${warned.length} with a planted warning, to ${OUT}`);
