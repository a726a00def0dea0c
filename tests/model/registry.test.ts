/**
 * The registry of the shipped corpus — bodies/ and instruments/ — against the
 * texts and against sources/data/instruments.csv: every id the design names
 * exists, every reference from a paragraph or document resolves, every fact
 * an instrument records is the CSV's value (and absent where the CSV is
 * blank), and every alias is found where it says it is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import type { Corpus, Instrument } from '../../src/model/model.js';
import { lint, type LintResult } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { scanAcronyms } from '../../src/text/acronyms.js';
import { scanCitations } from '../../src/text/citations.js';
import { buildNameTable, makeResolver } from '../../src/text/instrument-names.js';
import { instrumentNames } from '../../src/text/resolver.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const CSV = join(ROOT, 'sources', 'data', 'instruments.csv');

/** The instrument ids of the design notes (a contract: analysts cite them). */
const DESIGN_IDS = [
  'untoc', 'untoc-tip', 'untoc-som', 'untoc-firearms', 'sc-1961', 'cps-1971', 'cit-1988', 'uncac', 'cifta', 'iacac',
  'ia-mla', 'ia-mla-op', 'iacat', 'ia-extradition', 'ia-preventive-measures', 'ia-minors', 'budapest', 'caribbean-maritime', 'minamata',
];

/** Instrument id -> its row in instruments.csv (`instrument_key`); null: the CSV has no row for it. */
const CSV_ROW: Record<string, string | null> = {
  untoc: 'UNTOC',
  'untoc-tip': 'UNTOC-TIP',
  'untoc-som': 'UNTOC-SOM',
  'untoc-firearms': 'UNTOC-FIR',
  // The design's sc-1961 is the Single Convention as amended by the 1972 Protocol (UNTC VI-18).
  'sc-1961': 'SC1961-AM',
  'cps-1971': 'CPS1971',
  'cit-1988': 'CIT1988',
  uncac: 'UNCAC',
  cifta: 'CIFTA',
  iacac: 'IACAC',
  'ia-mla': 'IA-MLA',
  'ia-mla-op': 'IA-MLA-PROT',
  iacat: 'IACAT',
  'ia-extradition': 'IA-EXTR',
  'ia-preventive-measures': 'IA-PREV',
  'ia-minors': 'IA-MINORS',
  budapest: 'BUDAPEST',
  'caribbean-maritime': null,
  minamata: 'MINAMATA',
};

/** The body ids the paragraphs and documents of the seed import use. */
const USED_BODY_IDS = ['member-states', 'gtdot', 'permanent-council', 'general-secretariat', 'dms', 'cedot', 'csh', 'oas', 'mexico', 'general-assembly'];

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows.filter((r) => r.length > 1);
  return data.map((r) => Object.fromEntries(header!.map((k, i) => [k, r[i] ?? ''])));
}

/** Whitespace (non-breaking included) collapsed, lower case: "verbatim, case-insensitive", line breaks free. */
const flat = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

/**
 * The article labels the CSV gives: a count is 1..N; for the amended Single
 * Convention the note reads "Articles numbered 1-51 plus 14 bis, 21 bis, 38 bis",
 * each "bis" following its article.
 */
function csvArticles(row: Record<string, string>): number | string[] | undefined {
  if (!row['article_count']) return undefined;
  const n = Number(row['article_count']);
  const m = /numbered 1-(\d+) plus ((?:\d+ [a-z]+(?:, )?)+)/.exec(row['notes'] ?? '');
  if (!m) return n;
  const extra = m[2]!.split(', ').map((s) => s.trim());
  const labels: string[] = [];
  for (let i = 1; i <= Number(m[1]); i++) {
    labels.push(String(i));
    for (const e of extra) if (e.startsWith(`${i} `)) labels.push(e);
  }
  expect(labels).toHaveLength(n);
  return labels;
}

let corpus: Corpus;
let csv: Map<string, Record<string, string>>;
let result: LintResult;

beforeAll(() => {
  corpus = loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
  csv = new Map(parseCsv(readFileSync(CSV, 'utf8')).map((r) => [r['instrument_key']!, r]));
  result = lint(corpus, { today: '2026-01-01' });
});

function instrument(id: string): Instrument {
  const ins = corpus.instruments.get(id);
  if (!ins) throw new Error(`instruments/${id}.md is missing or fails its schema`);
  return ins;
}

describe('instruments/', () => {
  it('holds every instrument id of the design notes, each valid against its schema', () => {
    expect(DESIGN_IDS.filter((id) => !corpus.instruments.has(id))).toEqual([]);
    expect([...(corpus.idsOfInvalid.get('instrument') ?? [])]).toEqual([]);
  });

  it('resolves every instrument a paragraph cites or obliges, and every protocol parent', () => {
    const missing: string[] = [];
    for (const p of corpus.paragraphs.values()) {
      for (const c of p.fm.cites ?? []) if (!corpus.instruments.has(c.instrument)) missing.push(`${p.id} cites ${c.instrument}`);
      for (const i of p.fm.obligation?.instruments ?? []) if (!corpus.instruments.has(i)) missing.push(`${p.id} obliges ${i}`);
    }
    for (const ins of corpus.instruments.values()) if (ins.fm.parent && !corpus.instruments.has(ins.fm.parent)) missing.push(`${ins.id} parent ${ins.fm.parent}`);
    expect(corpus.paragraphs.size).toBeGreaterThan(400);
    expect(missing).toEqual([]);
  });

  it('names every instrument the texts cite by a title, short title or alias of its own file (no built-in fallback)', () => {
    const resolve = makeResolver(buildNameTable(instrumentNames(corpus)));
    const unresolved: string[] = [];
    let found = 0;
    for (const p of corpus.paragraphs.values()) {
      for (const c of scanCitations(p.file.body, resolve)) {
        found++;
        if (!c.instrument) unresolved.push(`${p.id}: ${c.text}`);
      }
    }
    // The 36 citations of the texts: 22 in the Mexican draft, 1 in the CEDOT draft, 13 in the Strategy.
    expect(found).toBe(36);
    expect(unresolved).toEqual([]);
  });

  it('gives the protocols their parent convention', () => {
    const parents = Object.fromEntries([...corpus.instruments.values()].filter((i) => i.fm.type === 'protocol').map((i) => [i.id, i.fm.parent]));
    expect(parents).toEqual({ 'untoc-tip': 'untoc', 'untoc-som': 'untoc', 'untoc-firearms': 'untoc', 'ia-mla-op': 'ia-mla' });
  });

  it.each(DESIGN_IDS)('%s: title, depositary, adoption, entry into force and articles are the CSV values, absent where it has none', (id) => {
    const fm = instrument(id).fm;
    const key = CSV_ROW[id];
    if (key === null) {
      // No row: no fact beyond the title as the text prints it.
      expect(fm.depositary).toBeUndefined();
      expect(fm['depositary-ref']).toBeUndefined();
      expect(fm.adopted).toBeUndefined();
      expect(fm['entry-into-force']).toBeUndefined();
      expect(fm.articles).toBeUndefined();
      return;
    }
    const row = csv.get(key!);
    expect(row, `row ${key} in instruments.csv`).toBeDefined();
    const r = row!;
    const orUndef = (s: string | undefined) => (s ? s : undefined);
    expect(fm.title).toBe(r['canonical_title']);
    expect(fm.depositary).toBe(orUndef(r['depositary']));
    expect(fm['depositary-ref']).toBe(orUndef(r['depositary_ref']));
    expect(fm.adopted?.date).toBe(orUndef(r['adoption_or_opening_date']));
    expect(fm.adopted?.place).toBe(orUndef(r['adoption_place']));
    if (!r['adoption_or_opening_date'] && !r['adoption_place']) expect(fm.adopted).toBeUndefined();
    expect(fm['entry-into-force']).toBe(orUndef(r['entry_into_force_date']));
    expect(fm.articles).toEqual(csvArticles(r));
    // Every fact recorded names its source as the CSV does.
    const sourced = (column: string) => expect(fm.sources.some((s) => s.includes(r[column]!)), `${column} of ${key} in sources`).toBe(true);
    sourced('title_source');
    if (fm.adopted) sourced('adoption_source');
    if (fm['entry-into-force']) sourced('eif_source');
    if (fm.articles !== undefined) sourced('article_count_source');
  });

  it('finds every alias, verbatim up to case and line breaks, in each paragraph it is said to be used in', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const ins of corpus.instruments.values()) {
      for (const a of ins.fm.aliases ?? []) {
        for (const pid of a['used-in'] ?? []) {
          const p = corpus.paragraphs.get(pid);
          checked++;
          if (!p) problems.push(`${ins.id}: "${a.text}" used in ${pid}, which does not exist`);
          else if (!flat(p.file.body).includes(flat(a.text))) problems.push(`${ins.id}: "${a.text}" not in ${pid}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('lists only short titles the texts use', () => {
    const bodies = [...corpus.paragraphs.values()].map((p) => flat(p.file.body));
    const unused = [...corpus.instruments.values()].flatMap((i) => (i.fm['short-titles'] ?? []).filter((s) => !bodies.some((b) => b.includes(flat(s)))).map((s) => `${i.id}: ${s}`));
    expect(unused).toEqual([]);
  });
});

describe('bodies/', () => {
  it('holds every body the paragraphs and documents use, each valid against its schema', () => {
    expect(USED_BODY_IDS.filter((id) => !corpus.bodies.has(id))).toEqual([]);
    expect([...(corpus.idsOfInvalid.get('body') ?? [])]).toEqual([]);
  });

  it('resolves every addressee, author, adopting body and parent body', () => {
    const missing: string[] = [];
    let addressees = 0;
    for (const p of corpus.paragraphs.values()) {
      for (const a of p.fm.addressees ?? []) {
        addressees++;
        if (!corpus.bodies.has(a)) missing.push(`${p.id} addresses ${a}`);
      }
    }
    for (const d of corpus.documents.values()) {
      if (!corpus.bodies.has(d.fm.author)) missing.push(`${d.id} author ${d.fm.author}`);
      if (d.fm.adopted && !corpus.bodies.has(d.fm.adopted.by)) missing.push(`${d.id} adopted by ${d.fm.adopted.by}`);
    }
    for (const b of corpus.bodies.values()) if (b.fm.parent && !corpus.bodies.has(b.fm.parent)) missing.push(`${b.id} parent ${b.fm.parent}`);
    expect(addressees).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  it('registers every acronym a text uses without spelling it out', () => {
    const known = new Set<string>();
    for (const b of corpus.bodies.values()) for (const a of b.fm.acronyms ?? []) known.add(a);
    for (const i of corpus.instruments.values()) for (const s of i.fm['short-titles'] ?? []) known.add(s);
    const unknown = new Set<string>();
    for (const paras of corpus.paragraphsByDocument.values()) {
      const hits = paras.flatMap((p) => scanAcronyms(p.file.body));
      const defined = new Set(hits.filter((h) => h.defines).map((h) => h.acronym));
      for (const h of hits) if (!defined.has(h.acronym) && !known.has(h.acronym)) unknown.add(h.acronym);
    }
    expect([...unknown].sort()).toEqual([]);
  });

  it('records acronyms as printed, and only bodies a text names', () => {
    const text = [...corpus.paragraphs.values()].map((p) => p.file.body.replace(/[\s\u00a0]+/g, ' ')).join('\n');
    const lower = text.toLowerCase();
    const problems: string[] = [];
    for (const b of corpus.bodies.values()) {
      for (const a of b.fm.acronyms ?? []) {
        const esc = a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(text)) problems.push(`${b.id}: acronym ${a} not printed`);
      }
      const forms = [b.fm.name, ...(b.fm.names ?? [])];
      if (!forms.some((n) => lower.includes(flat(n))) && !(b.fm.acronyms ?? []).length) problems.push(`${b.id}: not named in any text`);
      for (const n of b.fm.names ?? []) if (!lower.includes(flat(n))) problems.push(`${b.id}: other name "${n}" not in any text`);
    }
    expect(corpus.bodies.size).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});

describe('plan lint on the shipped corpus', () => {
  const messages = () => result.results.flatMap((f) => f.messages.map((m) => ({ ...m, rel: f.rel })));

  it('reports no unknown body or instrument', () => {
    expect(messages().filter((m) => m.ruleId === 'known-body' || m.ruleId === 'known-instrument').map((m) => `${m.rel}: ${m.message}`)).toEqual([]);
  });

  it('reports no citation of an instrument outside the corpus, and no acronym outside the registry', () => {
    const bad = messages().filter(
      (m) => (m.ruleId === 'citation-declared' && m.message.includes('not an instrument of the corpus')) || (m.ruleId === 'acronym-defined' && m.message.includes('not in the registry')),
    );
    expect(bad.map((m) => `${m.rel}: ${m.message}`)).toEqual([]);
  });

  it('reports nothing at all on bodies/ and instruments/', () => {
    const own = result.results.filter((f) => f.rel.startsWith('bodies/') || f.rel.startsWith('instruments/'));
    expect(own.length).toBe(corpus.bodies.size + corpus.instruments.size);
    expect(own.flatMap((f) => f.messages.map((m) => `${f.rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });
});
