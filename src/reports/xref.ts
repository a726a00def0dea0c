/**
 * `plan xref`: who cites what, where each paragraph came from, the instrument
 * lists of the texts side by side, and the references that leave the corpus.
 *
 * Pure functions of a loaded Corpus (no I/O); the command picks one and a
 * formatter prints it. Orders are deterministic: texts by date then id,
 * paragraphs in reading order, instruments and other ids by plain code-unit
 * comparison.
 */
import { resolveInstrument as resolveAny } from '../corpus/resolve.js';
import type { Corpus, Paragraph } from '../corpus/model.js';
import { compareParagraphs } from '../corpus/model.js';
import { locate } from '../corpus/locate.js';
import type { Force, RelationType } from '../corpus/types.js';
import { UsageError } from '../errors.js';
import { didYouMean, compareText as cmp } from '../util/text.js';
import {
  allLineage, compareDocuments, effectiveAddressees, effectiveForce, lineageOf, type LineageChain,
} from './lineage.js';
import { leadInOf } from '../corpus/lead-ins.js';

/** Natural order of article labels: 2 < 10 < 14 < 14 bis < 15. */
export function compareArticles(a: string, b: string): number {
  const ma = /^(\d+)\s*(.*)$/.exec(a);
  const mb = /^(\d+)\s*(.*)$/.exec(b);
  if (ma && mb) return Number(ma[1]) - Number(mb[1]) || cmp(ma[2]!, mb[2]!);
  if (ma) return -1;
  if (mb) return 1;
  return cmp(a, b);
}

/** Compact article labels: 1-4, 6, 8-10, 14 bis. */
export function articleRanges(labels: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < labels.length) {
    const a = labels[i]!;
    let j = i;
    if (/^\d+$/.test(a)) {
      while (j + 1 < labels.length && /^\d+$/.test(labels[j + 1]!) && Number(labels[j + 1]) === Number(labels[j]) + 1) j++;
    }
    out.push(j > i + 1 ? `${a}-${labels[j]}` : j === i + 1 ? `${a}, ${labels[j]}` : a);
    i = j + 1;
  }
  return out.join(', ');
}

/* ------------------------------------------------------------------ notes */

/** Documents that the notes on the adopted Plan name, when they are in the corpus. */
const PLAN_DRAFTS: Array<[string, string]> = [
  ['mex-draft-2005', 'the Mexican draft'],
  ['cedot-draft-2006', 'the CEDOT Chair’s draft'],
];
const STRATEGY = 'strategy-2021';

/** Is the text of the Plan as adopted (CP/RES. 908 (1567/06)) in the corpus? */
function hasAdoptedPlan(c: Corpus): boolean {
  return [...c.documents.values()].some((d) => /CP\/RES\.\s*908/.test(d.fm.adopted?.instrument ?? '') || /CP\/RES\.\s*908/.test(d.fm.symbol ?? ''));
}

/**
 * What a reader must know before comparing the texts: the Plan as adopted is
 * not in the corpus; which texts are drafts; what the Strategy restates.
 * Only says what holds for the corpus loaded.
 */
export function planNotes(c: Corpus): string[] {
  if (hasAdoptedPlan(c)) return [];
  const notes = ['The Hemispheric Plan of Action as adopted (CP/RES. 908 (1567/06), October 2006) is not in the corpus.'];
  const drafts = PLAN_DRAFTS.filter(([id]) => c.documents.has(id));
  if (drafts.length) {
    const names = drafts.map(([id, name]) => `${name} (${id})`);
    const both = names.length > 1;
    notes.push(`${capital(names.join(' and '))} ${both ? 'are drafts, the closest texts' : 'is a draft, the closest text'} in the corpus to the adopted 2006 Plan, not the Plan as adopted.`);
  }
  if (c.documents.has(STRATEGY)) notes.push(`The Strategy (${STRATEGY}) restates the adopted Plan’s instrument list in its section 2, items i–xi.`);
  return notes;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** draft, working draft or adopted. */
export function statusKind(status: string | undefined): string {
  return status === 'adopted' ? 'adopted' : status === 'working-draft' ? 'working draft' : status === undefined ? 'not in the corpus' : 'draft';
}

/** A short label for a text: draft or adopted, with what it is to the adopted Plan. */
export function documentLabel(c: Corpus, doc: string): string {
  const d = c.documents.get(doc);
  if (!d) return 'not in the corpus';
  const kind = statusKind(d.fm.status);
  if (!hasAdoptedPlan(c)) {
    if (PLAN_DRAFTS.some(([id]) => id === doc)) return `${kind}, not the Plan as adopted; among the closest texts to the adopted 2006 Plan (CP/RES. 908, not in the corpus)`;
    if (doc === STRATEGY) return `${kind}; restates the adopted 2006 Plan’s list (section 2, i–xi)`;
  }
  return kind;
}

/* -------------------------------------------------------- citations */

export interface CitationEntry {
  paragraph: string;
  document: string;
  /** Article labels cited (empty: the whole instrument). */
  articles: string[];
  /** Articles as cited, with the sub-paragraph where there is one: `27.2`. */
  refs: string[];
  /** True when the paragraph (also) cites the instrument as a whole. */
  whole: boolean;
}

export interface UrgedEntry {
  paragraph: string;
  document: string;
  action: string;
  force?: Force;
  summary?: string;
}

export interface InstrumentXref {
  id: string;
  /** Absent when the id is cited but has no instrument file. */
  title?: string;
  /** False when the instrument is cited but has no file in corpus/instruments. */
  known: boolean;
  /** Its articles as recorded (count or labels); absent when no source gives them. */
  articles?: number | string[];
  /** One entry per citing paragraph, texts by date, paragraphs in reading order. */
  citations: CitationEntry[];
  /** The same, grouped by text. */
  byDocument: Array<{ document: string; citations: CitationEntry[] }>;
  /** Paragraphs whose obligation names it (the texts that urge it). */
  urgedBy: UrgedEntry[];
}

/** Orders paragraphs: texts by date then id, reading order within a text. */
function compareByText(c: Corpus, a: Paragraph, b: Paragraph): number {
  return compareDocuments(c, a.fm.document, b.fm.document) || compareParagraphs(a, b);
}

/** The citations of one instrument, one entry per paragraph (several cites of it in one paragraph merge). */
export function citationsOf(c: Corpus, instrument: string): CitationEntry[] {
  const byPara = new Map<string, { p: Paragraph; articles: Set<string>; refs: Set<string>; whole: boolean }>();
  for (const ct of c.citations.get(instrument) ?? []) {
    let e = byPara.get(ct.paragraph.id);
    if (!e) byPara.set(ct.paragraph.id, e = { p: ct.paragraph, articles: new Set(), refs: new Set(), whole: false });
    const arts = ct.cite.articles ?? [];
    if (arts.length === 0) e.whole = true;
    for (const a of arts) {
      e.articles.add(a);
      e.refs.add(ct.cite.paragraph && arts.length === 1 ? `${a}.${ct.cite.paragraph}` : a);
    }
  }
  return [...byPara.values()]
    .sort((x, y) => compareByText(c, x.p, y.p))
    .map((e) => ({
      paragraph: e.p.id, document: e.p.fm.document,
      articles: [...e.articles].sort(compareArticles), refs: [...e.refs].sort(compareArticles), whole: e.whole,
    }));
}

function groupByDocument<T extends { document: string }>(c: Corpus, items: T[]): Array<{ document: string; citations: T[] }> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const a = m.get(x.document);
    if (a) a.push(x);
    else m.set(x.document, [x]);
  }
  return [...m.keys()].sort((a, b) => compareDocuments(c, a, b)).map((document) => ({ document, citations: m.get(document)! }));
}

/** Obligations that name instruments, by instrument. */
function urgedIndex(c: Corpus): Map<string, UrgedEntry[]> {
  const m = new Map<string, Array<{ p: Paragraph; e: UrgedEntry }>>();
  for (const p of c.paragraphs.values()) {
    const o = p.fm.obligation;
    if (!o?.instruments?.length) continue;
    const force = effectiveForce(c, p);
    for (const i of new Set(o.instruments)) {
      const list = m.get(i) ?? [];
      list.push({ p, e: { paragraph: p.id, document: p.fm.document, action: o.action, ...(force ? { force } : {}), ...(o.summary ? { summary: o.summary } : {}) } });
      m.set(i, list);
    }
  }
  const out = new Map<string, UrgedEntry[]>();
  for (const [k, v] of m) out.set(k, v.sort((a, b) => compareByText(c, a.p, b.p)).map((x) => x.e));
  return out;
}

/** Every instrument: the files of corpus/instruments, and ids that are cited or urged without a file. */
export function instrumentsXref(c: Corpus): InstrumentXref[] {
  const urged = urgedIndex(c);
  const ids = new Set<string>([...c.instruments.keys(), ...c.citations.keys(), ...urged.keys()]);
  return [...ids].sort(cmp).map((id) => {
    const inst = c.instruments.get(id);
    const citations = citationsOf(c, id);
    return {
      id,
      ...(inst ? { title: inst.fm.title } : {}),
      known: Boolean(inst),
      ...(inst?.fm.articles !== undefined ? { articles: inst.fm.articles } : {}),
      citations,
      byDocument: groupByDocument(c, citations),
      urgedBy: urged.get(id) ?? [],
    };
  });
}

/* -------------------------------------------------------- coverage */

export interface ArticleRow {
  article: string;
  /** Citing paragraphs, texts by date. */
  citations: Array<{ paragraph: string; document: string; refs: string[] }>;
  /** The same by text: document id → paragraph ids. */
  byDocument: Array<{ document: string; paragraphs: string[] }>;
  /** False for a cited label the instrument's article list does not have. */
  onRecord: boolean;
}

export interface ArticleCoverage {
  instrument: { id: string; title?: string; shortTitles?: string[] };
  /** Does the instrument record its articles (count or labels)? */
  articlesOnRecord: boolean;
  /** How many articles it has, when recorded. */
  articleCount?: number;
  /** Every article on record (or, without a record, every cited article), in order. */
  articles: ArticleRow[];
  /** Articles on record that no text cites. */
  uncited: string[];
  /** Cited labels that are not on the instrument's list. */
  notOnRecord: string[];
  /** Paragraphs citing the instrument as a whole. */
  whole: Array<{ paragraph: string; document: string }>;
  /** Texts that cite it, by date. */
  documents: string[];
  /** Paragraphs whose obligation names it. */
  urgedBy: UrgedEntry[];
  /** Shown with the table: e.g. that no article list is on record. */
  notes: string[];
}

/** The article labels an instrument records, or undefined. */
export function articleLabels(articles: number | string[] | undefined): string[] | undefined {
  if (articles === undefined) return undefined;
  if (typeof articles === 'number') return Array.from({ length: articles }, (_, i) => String(i + 1));
  return [...articles];
}

/** Resolves an instrument given by a user (id, title, short title or alias; the one resolver of src/corpus/resolve.ts), or throws a UsageError with near matches. */
export function resolveInstrument(c: Corpus, id: string): string {
  return resolveAny(c, id);
}

/** Article coverage of one instrument: every article, the paragraphs citing it in each text, and the articles no text cites. */
export function articleCoverage(c: Corpus, instrumentId: string): ArticleCoverage {
  const id = resolveInstrument(c, instrumentId);
  const inst = c.instruments.get(id);
  const citations = citationsOf(c, id);
  const onRecord = articleLabels(inst?.fm.articles);
  const rows = new Map<string, ArticleRow>();
  for (const a of onRecord ?? []) rows.set(a, { article: a, citations: [], byDocument: [], onRecord: true });
  const notOnRecord: string[] = [];
  for (const ct of citations) {
    for (const a of ct.articles) {
      let r = rows.get(a);
      if (!r) {
        rows.set(a, r = { article: a, citations: [], byDocument: [], onRecord: false });
        if (onRecord) notOnRecord.push(a);
      }
      r.citations.push({ paragraph: ct.paragraph, document: ct.document, refs: ct.refs.filter((x) => x === a || x.startsWith(`${a}.`)) });
    }
  }
  const articles = onRecord
    ? [...onRecord.map((a) => rows.get(a)!), ...notOnRecord.sort(compareArticles).map((a) => rows.get(a)!)]
    : [...rows.values()].sort((x, y) => compareArticles(x.article, y.article));
  for (const r of articles) {
    r.byDocument = groupByDocument(c, r.citations).map((g) => ({ document: g.document, paragraphs: g.citations.map((x) => x.paragraph) }));
  }
  const notes: string[] = [];
  if (!inst) notes.push(`\`${id}\` is cited but has no file in corpus/instruments/.`);
  if (!onRecord) notes.push('No article list on record; coverage by cited articles only.');
  if (notOnRecord.length) notes.push(`Cited articles not on the instrument's record: ${notOnRecord.sort(compareArticles).join(', ')}.`);
  return {
    instrument: { id, ...(inst ? { title: inst.fm.title } : {}), ...(inst?.fm['short-titles'] ? { shortTitles: inst.fm['short-titles'] } : {}) },
    articlesOnRecord: Boolean(onRecord),
    ...(onRecord ? { articleCount: onRecord.length } : {}),
    articles,
    uncited: onRecord ? onRecord.filter((a) => rows.get(a)!.citations.length === 0) : [],
    notOnRecord: notOnRecord.sort(compareArticles),
    whole: citations.filter((x) => x.whole).map((x) => ({ paragraph: x.paragraph, document: x.document })),
    documents: groupByDocument(c, citations).map((g) => g.document),
    urgedBy: urgedIndex(c).get(id) ?? [],
    notes,
  };
}

/* -------------------------------------------------------- paragraph links */

export interface LinkOut {
  type: RelationType | 'cites' | 'priority';
  target: string;
  /** False for a target outside the corpus (resolved: false) or one that does not exist. */
  resolved: boolean;
  articles?: string[];
  refs?: string[];
  basis?: string;
  text?: string;
  description?: string;
  note?: string;
}

export interface LinkIn {
  type: RelationType | 'priority';
  from: string;
  basis?: string;
  text?: string;
  note?: string;
}

export interface ParagraphLinks {
  paragraph: {
    id: string;
    document: string;
    status?: string;
    date?: string;
    number: string;
    type: string;
    section: string[];
    force?: Force;
    addressees?: string[];
    text: string;
  };
  out: LinkOut[];
  in: LinkIn[];
  /** Paragraphs part-of this one (list items, bullets). */
  children: string[];
  /** Footnotes annotating it. */
  footnotes: string[];
  /** Its whole lineage chain across the texts (a single step when it has none). */
  lineage: LineageChain;
}

/** Resolves a paragraph id given by a user, or throws a UsageError with near matches. */
export function resolveParagraph(c: Corpus, id: string): string {
  if (c.paragraphs.has(id)) return id;
  const lower = id.toLowerCase();
  const ci = [...c.paragraphs.keys()].filter((k) => k.toLowerCase() === lower);
  if (ci.length === 1) return ci[0]!;
  if (c.documents.has(id) || c.documents.has(lower)) {
    const first = c.paragraphsByDocument.get(c.documents.has(id) ? id : lower)?.[0]?.id;
    throw new UsageError(`\`${id}\` is a document, not a paragraph.`, `Give a paragraph id: <document>/<number>${first ? `, e.g. ${first}` : ''}.`);
  }
  const doc = id.split('/')[0]!;
  const pool = c.paragraphsByDocument.get(doc)?.map((p) => p.id) ?? [...c.paragraphs.keys()];
  throw new UsageError(
    `Unknown paragraph \`${id}\`${didYouMean(id, pool) || didYouMean(id, c.paragraphs.keys()) || '.'}`,
    'Paragraph ids are <document>/<number>, e.g. strategy-2021/2.iv (run `plan search <words>` to find one).',
  );
}

/** A paragraph's links out and in, and its lineage chain. */
export function paragraphLinks(c: Corpus, paragraphId: string): ParagraphLinks {
  const id = resolveParagraph(c, paragraphId);
  const p = c.paragraphs.get(id)!;
  const d = c.documents.get(p.fm.document);
  const out: LinkOut[] = [];
  const cited = new Set<string>();
  for (const ct of p.fm.cites ?? []) {
    if (cited.has(ct.instrument)) continue;
    cited.add(ct.instrument);
    const e = citationsOf(c, ct.instrument).find((x) => x.paragraph === id);
    out.push({
      type: 'cites', target: ct.instrument, resolved: c.instruments.has(ct.instrument),
      articles: e?.articles ?? [], refs: e?.refs ?? [],
    });
  }
  for (const r of p.fm.relations ?? []) {
    const exists = c.paragraphs.has(r.target) || c.documents.has(r.target);
    out.push({
      type: r.type, target: r.target, resolved: r.resolved !== false && exists,
      ...(r.basis ? { basis: r.basis } : {}), ...(r.text ? { text: r.text } : {}),
      ...(r.description ? { description: r.description } : {}), ...(r.note ? { note: r.note } : {}),
    });
  }
  for (const pr of p.fm.priority ?? []) {
    out.push({ type: 'priority', target: pr.source, resolved: c.paragraphs.has(pr.source), description: `priority set on ${pr.date} by the ${pr.meeting}` });
  }
  const inc: LinkIn[] = (c.incoming.get(id) ?? []).map((x) => ({
    type: x.relation.type, from: x.from.id,
    ...(x.relation.basis ? { basis: x.relation.basis } : {}), ...(x.relation.text ? { text: x.relation.text } : {}), ...(x.relation.note ? { note: x.relation.note } : {}),
  }));
  // A footnote that sets priorities on paragraphs says so through their `priority` entries.
  const reading = (q: string) => c.paragraphs.get(q);
  const prioritised = [...c.paragraphs.values()].filter((q) => (q.fm.priority ?? []).some((pr) => pr.source === id)).sort((a, b) => compareByText(c, a, b));
  for (const q of prioritised) inc.push({ type: 'priority', from: q.id });
  const order = (a: LinkIn, b: LinkIn) => {
    const pa = reading(a.from);
    const pb = reading(b.from);
    return cmp(a.type, b.type) || (pa && pb ? compareByText(c, pa, pb) : cmp(a.from, b.from));
  };
  inc.sort(order);
  const force = effectiveForce(c, p);
  const addressees = effectiveAddressees(c, p);
  return {
    paragraph: {
      id, document: p.fm.document, ...(d ? { status: d.fm.status, date: d.fm.date } : {}),
      number: p.fm.number, type: p.fm.type, section: p.fm.section,
      ...(force ? { force } : {}), ...(addressees ? { addressees } : {}),
      text: p.file.body.trim(),
    },
    out,
    in: inc,
    children: inc.filter((x) => x.type === 'part-of').map((x) => x.from),
    footnotes: inc.filter((x) => x.type === 'annotates').map((x) => x.from),
    lineage: lineageOf(c, id)!,
  };
}

/* -------------------------------------------------------- lists */

export interface ListItem {
  paragraph: string;
  instruments: string[];
  /** `list-item` for an item of a list, `obligation` for an obligation to join instruments. */
  via: 'list-item' | 'obligation';
}

export interface TextList {
  /** The paragraph that introduces the list (the lead-in), when the items record one. */
  lead?: string;
  items: ListItem[];
}

export interface ListDocument {
  document: string;
  title?: string;
  date: string;
  status?: string;
  draft: boolean;
  /** draft or adopted, and what the text is to the adopted Plan. */
  label: string;
  lists: TextList[];
  /** Obligations to join instruments outside the lists. */
  obligations: ListItem[];
  /** Every instrument the text urges, by id. */
  instruments: string[];
  /** The previous text with a list (date order), and what changed from it. */
  previous?: string;
  added?: string[];
  dropped?: string[];
}

export interface ListChange {
  from: string;
  to: string;
  /** True for two texts next to each other in date order. */
  consecutive: boolean;
  added: string[];
  dropped: string[];
  kept: string[];
}

export interface ListsComparison {
  notes: string[];
  documents: ListDocument[];
  /** Instrument × text: the paragraphs of each text that list or urge it. */
  matrix: Array<{ instrument: string; title?: string; cells: Record<string, string[]> }>;
  /** Consecutive texts, then each earlier text against the newest. */
  changes: ListChange[];
}

function diff(a: string[], b: string[]): { added: string[]; dropped: string[]; kept: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: b.filter((x) => !sa.has(x)), dropped: a.filter((x) => !sb.has(x)), kept: b.filter((x) => sa.has(x)) };
}

/** Does a list item of `lead` (part-of it) cite `instrument`? */
function listedBelow(c: Corpus, lead: string, instrument: string): boolean {
  return (c.incoming.get(lead) ?? []).some((i) => i.relation.type === 'part-of' && (i.from.fm.cites ?? []).some((x) => x.instrument === instrument));
}

/**
 * The instrument lists of the texts side by side: for each text, the
 * instruments its list items cite and its obligations to join instruments
 * name (only those the text names itself: the paragraph or its list items
 * cite them); as a matrix; and what was added or dropped from one text to the next.
 */
export function compareLists(c: Corpus): ListsComparison {
  const perDoc = new Map<string, { lists: Map<string, TextList>; obligations: ListItem[] }>();
  const slot = (doc: string) => {
    let s = perDoc.get(doc);
    if (!s) perDoc.set(doc, s = { lists: new Map(), obligations: [] });
    return s;
  };
  const paragraphs = [...c.paragraphs.values()].sort((a, b) => compareByText(c, a, b));
  for (const p of paragraphs) {
    const cited = [...new Set((p.fm.cites ?? []).map((x) => x.instrument))];
    const urged = [...new Set(p.fm.obligation?.action === 'join-instruments' ? p.fm.obligation.instruments ?? [] : [])];
    if (p.fm.type === 'list-item' && cited.length) {
      const lead = leadInOf(p);
      const lists = slot(p.fm.document).lists;
      const key = lead ?? '';
      let l = lists.get(key);
      if (!l) lists.set(key, l = { ...(lead ? { lead } : {}), items: [] });
      const all = [...cited, ...urged.filter((x) => !cited.includes(x))];
      l.items.push({ paragraph: p.id, instruments: all, via: 'list-item' });
    } else if (urged.length) {
      // Only instruments the text itself names: an obligation that points to a list printed
      // elsewhere (the work program's "agreements listed in the Plan (paragraph II, item 2)",
      // whose text is not in the corpus) says nothing about this text's own list.
      const named = urged.filter((x) => cited.includes(x) || listedBelow(c, p.id, x));
      if (named.length) slot(p.fm.document).obligations.push({ paragraph: p.id, instruments: named, via: 'obligation' });
    }
  }
  // An obligation on a lead-in whose instruments its own list items already give adds nothing.
  for (const s of perDoc.values()) {
    s.obligations = s.obligations.filter((o) => {
      const l = s.lists.get(o.paragraph);
      if (!l) return true;
      const listed = new Set(l.items.flatMap((it) => it.instruments));
      return !o.instruments.every((i) => listed.has(i));
    });
  }
  const docs = [...perDoc.keys()].sort((a, b) => compareDocuments(c, a, b));
  const documents: ListDocument[] = docs.map((doc) => {
    const s = perDoc.get(doc)!;
    const d = c.documents.get(doc);
    const lists = [...s.lists.values()];
    const instruments: string[] = [];
    for (const it of [...lists.flatMap((l) => l.items), ...s.obligations]) for (const i of it.instruments) if (!instruments.includes(i)) instruments.push(i);
    instruments.sort(cmp);
    return {
      document: doc, ...(d ? { title: d.fm.title, status: d.fm.status } : {}), date: d?.fm.date ?? '',
      draft: d ? d.fm.status !== 'adopted' : false, label: documentLabel(c, doc),
      lists, obligations: s.obligations, instruments,
    };
  });
  const changes: ListChange[] = [];
  documents.forEach((d, i) => {
    if (i === 0) return;
    const prev = documents[i - 1]!;
    const x = diff(prev.instruments, d.instruments);
    d.previous = prev.document;
    d.added = x.added;
    d.dropped = x.dropped;
    changes.push({ from: prev.document, to: d.document, consecutive: true, ...x });
  });
  const last = documents[documents.length - 1];
  if (last) {
    for (const d of documents.slice(0, -2)) changes.push({ from: d.document, to: last.document, consecutive: false, ...diff(d.instruments, last.instruments) });
  }
  const all = new Set(documents.flatMap((d) => d.instruments));
  const matrix = [...all].sort(cmp).map((instrument) => {
    const cells: Record<string, string[]> = {};
    for (const d of documents) {
      const ps = [...d.lists.flatMap((l) => l.items), ...d.obligations].filter((it) => it.instruments.includes(instrument)).map((it) => it.paragraph);
      cells[d.document] = ps;
    }
    const t = c.instruments.get(instrument)?.fm.title;
    return { instrument, ...(t ? { title: t } : {}), cells };
  });
  return { notes: planNotes(c), documents, matrix, changes };
}

/* -------------------------------------------------------- unresolved */

export interface UnresolvedEntry {
  /** `relation` (a paragraph's) or `builds-on` (a document's). */
  kind: 'relation' | 'builds-on';
  /** The paragraph or document holding the reference. */
  from: string;
  document: string;
  /** Relation type, or `builds-on`. */
  type: string;
  target: string;
  description?: string;
  text?: string;
  /** File (relative to the corpus) and 1-based position of the reference in it. */
  file: string;
  line: number;
  column: number;
}

/** Every reference to a text that is not in the corpus, with where it occurs. */
export function unresolvedRefs(c: Corpus): UnresolvedEntry[] {
  const out: UnresolvedEntry[] = [];
  for (const d of c.documents.values()) {
    (d.fm['builds-on'] ?? []).forEach((b, i) => {
      if (typeof b === 'string') return;
      if (b.resolved !== false) return;
      const pos = locate(d.file, ['builds-on', i]);
      out.push({ kind: 'builds-on', from: d.id, document: d.id, type: 'builds-on', target: b.target, ...(b.description ? { description: b.description } : {}), file: d.file.rel, line: pos.line, column: pos.column });
    });
  }
  for (const p of c.paragraphs.values()) {
    (p.fm.relations ?? []).forEach((r, i) => {
      if (r.resolved !== false) return;
      const pos = locate(p.file, ['relations', i]);
      out.push({
        kind: 'relation', from: p.id, document: p.fm.document, type: r.type, target: r.target,
        ...(r.description ? { description: r.description } : {}), ...(r.text ? { text: r.text } : {}),
        file: p.file.rel, line: pos.line, column: pos.column,
      });
    });
  }
  const docOrder = (e: UnresolvedEntry) => e.document;
  return out.sort((a, b) => compareDocuments(c, docOrder(a), docOrder(b)) || (a.kind === b.kind ? 0 : a.kind === 'builds-on' ? -1 : 1) || cmp(a.file, b.file) || a.line - b.line);
}

/* -------------------------------------------------------- the whole report */

/** What formatters show of a text: its title, date, status and label. */
export interface DocumentInfo {
  id: string;
  title?: string;
  date: string;
  status?: string;
  draft: boolean;
  /** draft, working draft or adopted. */
  kind: string;
  label: string;
}

/** Every document of the corpus, by date then id. */
export function documentsInfo(c: Corpus): DocumentInfo[] {
  return [...c.documents.keys()].sort((a, b) => compareDocuments(c, a, b)).map((id) => {
    const d = c.documents.get(id)!;
    return { id, title: d.fm.title, date: d.fm.date, status: d.fm.status, draft: d.fm.status !== 'adopted', kind: statusKind(d.fm.status), label: documentLabel(c, id) };
  });
}

/** `plan xref --format json` (contract: instruments, lineage, lists, unresolved). */
export interface XrefReport {
  notes: string[];
  instruments: InstrumentXref[];
  lineage: LineageChain[];
  lists: ListDocument[];
  unresolved: UnresolvedEntry[];
}

export function xrefReport(c: Corpus): XrefReport {
  return {
    notes: planNotes(c),
    instruments: instrumentsXref(c),
    lineage: allLineage(c),
    lists: compareLists(c).documents,
    unresolved: unresolvedRefs(c),
  };
}
