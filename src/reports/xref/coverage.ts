/** `plan xref --instrument`: article coverage of one instrument across the texts. */
import { resolveInstrument } from '../../model/resolve.js';
import type { Corpus } from '../../model/model.js';
import { articleLabels, compareArticles } from './articles.js';
import { citationsOf, groupByDocument, urgedIndex, type UrgedEntry } from './citations.js';

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
