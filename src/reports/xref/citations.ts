/** `plan xref`: every instrument with the paragraphs citing it and the obligations urging it. */
import type { Corpus, Paragraph } from '../../model/model.js';
import { compareParagraphs } from '../../model/model.js';
import type { Force } from '../../model/types.js';
import { compareText as cmp } from '../../util/text.js';
import { compareDocuments, effectiveForce } from '../lineage.js';
import { compareArticles } from './articles.js';

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
export function compareByText(c: Corpus, a: Paragraph, b: Paragraph): number {
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

export function groupByDocument<T extends { document: string }>(c: Corpus, items: T[]): Array<{ document: string; citations: T[] }> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const a = m.get(x.document);
    if (a) a.push(x);
    else m.set(x.document, [x]);
  }
  return [...m.keys()].sort((a, b) => compareDocuments(c, a, b)).map((document) => ({ document, citations: m.get(document)! }));
}

/** Obligations that name instruments, by instrument. */
export function urgedIndex(c: Corpus): Map<string, UrgedEntry[]> {
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
