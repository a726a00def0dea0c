#!/usr/bin/env node
// Usage: node bench/gen-corpus.mjs N OUTDIR [SEED]
//
// A deterministic synthetic corpus shaped like the real one, valid under plan's own schemas:
//   documents/ (one per 500 paragraphs), paragraphs/<doc>/<n>.md (N files), instruments/ (19),
//   bodies/, states/ (35), commitments/<ISO3>/<instrument>.md (35 x 19, scaled with N),
// with about 1% of paragraph files carrying exactly one planted error, one of every kind of rule.
// OUTDIR/expected.json lists them. Same N and SEED => byte-identical corpus.
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

const INSTRUMENTS = ['untoc', 'untoc-tip', 'untoc-som', 'untoc-firearms', 'sc-1961', 'cps-1971', 'cit-1988', 'uncac', 'cifta', 'iacac',
  'ia-mla', 'ia-mla-op', 'iacat', 'ia-extradition', 'ia-preventive-measures', 'ia-minors', 'budapest', 'caribbean-maritime', 'minamata'];
const BODIES = ['member-states', 'general-secretariat', 'permanent-council', 'cedot', 'dms', 'cicad', 'cicte', 'remja', 'gtdot', 'csh', 'general-assembly'];
const TYPES = ['preambular', 'operative', 'recommendation', 'action', 'institutional'];
const FORCES = ['shall', 'will', 'should', 'may', 'consider'];
const SECTIONS = ['Measures', 'Cooperation', 'Follow-up'];
const STATES = ['ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'SLV', 'GRD', 'GTM', 'GUY', 'HTI',
  'HND', 'JAM', 'MEX', 'NIC', 'PAN', 'PRY', 'PER', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO', 'USA', 'URY', 'VEN'];
const WORDS = ('the member states shall adopt legislative and other measures as may be necessary to establish as criminal offences ' +
  'participation in an organized criminal group laundering of proceeds of crime corruption obstruction of justice and to ' +
  'strengthen international cooperation including extradition mutual legal assistance and joint investigations in accordance ' +
  'with the Palermo Convention la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional los Estados ' +
  'Miembros la Secretaría General l’Organisation des États américains “plan of action” a cooperação hemisférica').split(' ');
const PER_DOC = 500;
const ERROR_RATE = 0.01;
const ERROR_KINDS = ['schema-enum', 'schema-unknown-key', 'schema-missing', 'known-instrument', 'known-article', 'known-target',
  'known-body', 'section-in-outline', 'body-plain-text', 'id-matches-path', 'yaml-syntax'];

const sentence = () => { const s = Array.from({ length: int(12, 30) }, () => pick(WORDS)).join(' '); return s[0].toUpperCase() + s.slice(1) + '.'; };
const paragraph = () => Array.from({ length: int(1, 3) }, sentence).join(' ');
const q = (s) => JSON.stringify(s);

if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
const write = (rel, text) => { const p = join(OUT, rel); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, text); return Buffer.byteLength(text); };
let bytes = 0;

for (const b of BODIES) bytes += write(`bodies/${b}.md`, `---\nid: ${b}\nname: ${b.replace(/-/g, ' ')}\nkind: committee\n---\n`);
bytes += write('bodies/mexico.md', '---\nid: mexico\nname: Government of Mexico\nkind: state\n---\n');
for (const i of INSTRUMENTS) {
  bytes += write(`instruments/${i}.md`, `---\nid: ${i}\ntitle: ${q('Convention ' + i)}\ntype: convention\norganization: United Nations\nadopted: {date: 1990-01-01}\n${i === 'untoc' ? 'articles: 41\n' : ''}sources: [synthetic]\n---\n`);
}
for (const s of STATES) bytes += write(`states/${s}.md`, `---\nid: ${s}\nname: {en: ${s}}\noas: {member-since: 1948}\nsources: [synthetic]\n---\n`);

const docs = [];
const bad = [];
const ids = [];
for (let i = 0; i < N; i++) {
  const d = Math.floor(i / PER_DOC);
  const document = `doc-${d}`;
  if (i % PER_DOC === 0) {
    docs.push(document);
    bytes += write(`documents/${document}.md`, `---\nid: ${document}\ntitle: Synthetic text ${d}\ndate: ${2000 + (d % 20)}-01-01\nauthor: mexico\nstatus: ${d % 2 ? 'adopted' : 'circulated-draft'}\noutline:\n${SECTIONS.map((s) => `  - title: ${s}\n`).join('')}source: synthetic\n---\nA synthetic text.\n`);
  }
  const number = String((i % PER_DOC) + 1);
  const id = `${document}/${number}`;
  const err = rand() < ERROR_RATE ? ERROR_KINDS[bad.length % ERROR_KINDS.length] : null;
  const L = ['---', `id: ${err === 'id-matches-path' ? id + 'x' : id}`];
  if (err !== 'schema-missing') L.push(`document: ${document}`);
  L.push(`number: "${number}"`, 'printed: true', `position: ${(i % PER_DOC) + 1}`);
  L.push(`section: [${err === 'section-in-outline' ? 'Nowhere' : pick(SECTIONS)}]`);
  L.push(`type: ${err === 'schema-enum' ? 'operatve' : pick(TYPES)}`);
  L.push(`addressees: [${err === 'known-body' ? 'member-state' : some(BODIES, 1, 2).join(', ')}]`);
  L.push(`force: ${pick(FORCES)}`);
  if (err === 'schema-unknown-key') L.push('topic: none');
  const cites = some(INSTRUMENTS, err === 'known-instrument' || err === 'known-article' ? 1 : 0, 2);
  if (err === 'known-article') cites[0] = 'untoc';
  if (cites.length) {
    L.push('cites:');
    cites.forEach((inst, k) => {
      const name = err === 'known-instrument' && k === 0 ? 'untocx' : inst;
      const arts = err === 'known-article' && k === 0 ? ['99'] : [...new Set(Array.from({ length: int(1, 3) }, () => String(int(1, 41))))];
      L.push(`  - {instrument: ${name}, articles: [${arts.map(q).join(', ')}]}`);
    });
  }
  if (ids.length && (rand() < 0.4 || err === 'known-target')) {
    const target = err === 'known-target' ? 'doc-0/0' : ids[int(Math.max(0, ids.length - 2000), ids.length - 1)];
    L.push('relations:', `  - {type: derived-from, target: ${target}, basis: paraphrased}`);
  }
  if (rand() < 0.3) L.push('obligation:', `  action: join-instruments`, `  summary: Join the instruments`, `  instruments: [${some(INSTRUMENTS, 1, 3).join(', ')}]`);
  if (err === 'yaml-syntax') L.push('notes: [unclosed');
  L.push('---', '');
  let body = Array.from({ length: int(1, 2) }, paragraph).join('\n\n');
  if (err === 'body-plain-text') body = '1. ' + body;
  bytes += write(`paragraphs/${document}/${number}.md`, L.join('\n') + '\n' + body + '\n');
  ids.push(id);
  if (err) bad.push({ file: `paragraphs/${document}/${number}.md`, kind: err });
}
// Commitments: every state x instrument, two records each (history and latest).
const perState = Math.max(1, Math.min(INSTRUMENTS.length, Math.round(N / 500)));
for (const s of STATES) {
  for (const inst of INSTRUMENTS.slice(0, perState)) {
    const st = pick(['done', 'in-progress', 'not-done']);
    bytes += write(`commitments/${s}/${inst}.md`, `---\nid: ${s}/${inst}\nstate: ${s}\ninstrument: ${inst}\nrecords:\n  - status: in-progress\n    events: [{action: signed, date: 2001-01-01}]\n    as-of: 2005-01-01\n    evidence: [{source: synthetic table}]\n  - status: ${st}\n    as-of: 2014-01-27\n    evidence: [{source: synthetic table}]\n---\n`);
  }
}
writeFileSync(join(OUT, 'expected.json'), JSON.stringify({ n: N, seed: SEED, bytes, filesWithErrors: bad.length, bad }, null, 1) + '\n');
console.log(`wrote ${N} paragraph files (+ documents, instruments, states, commitments; ${(bytes / 1e6).toFixed(1)} MB), ${bad.length} with a planted error, to ${OUT}`);
