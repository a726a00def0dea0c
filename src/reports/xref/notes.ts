/**
 * What a reader must know before comparing the texts, read from the corpus:
 * a document's `restates` says which text outside the corpus it is a draft of,
 * or whose instrument list it restates (schemas/document.schema.json). No text
 * is named here; the notes only say what the front matter of the loaded corpus says.
 */
import type { Corpus } from '../../model/model.js';
import type { DocumentFM, Restated } from '../../model/types.js';
import { compareText as cmp } from '../../util/text.js';
import { compareDocuments } from '../lineage.js';

/** One document's `restates` entry, with the document. */
interface Restating {
  doc: string;
  fm: DocumentFM;
  r: Restated;
}

/** A text outside the corpus, and the documents that restate it (by date, then id). */
export interface RestatedText {
  target: string;
  /** The first entry naming it (title, short title, symbol, date). */
  about: Restated;
  drafts: Restating[];
  lists: Restating[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const year = (date: string): string => date.slice(0, 4);
const monthYear = (date: string): string => {
  const m = Number(date.slice(5, 7));
  return m >= 1 && m <= 12 ? `${MONTHS[m - 1]} ${year(date)}` : year(date);
};
/** `CP/RES. 908 (1567/06)` → `CP/RES. 908`. */
const shortSymbol = (symbol: string): string => symbol.replace(/\s*\([^)]*\)\s*$/, '');
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Is the restated text itself in the corpus (its key as a document id, or a document with its symbol)? */
function inCorpus(c: Corpus, r: Restated): boolean {
  if (c.documents.has(r.target)) return true;
  const key = squeeze(shortSymbol(r.symbol));
  const same = (s: string | undefined) => s !== undefined && squeeze(s).startsWith(key) && !/^\d/.test(squeeze(s).slice(key.length));
  return [...c.documents.values()].some((d) => same(d.fm.adopted?.instrument) || same(d.fm.symbol));
}

/** The texts outside the corpus that documents restate, with what restates them; ordered by key. */
export function restatedTexts(c: Corpus): RestatedText[] {
  const byTarget = new Map<string, RestatedText>();
  const docs = [...c.documents.keys()].sort((a, b) => compareDocuments(c, a, b));
  for (const doc of docs) {
    const fm = c.documents.get(doc)!.fm;
    for (const r of fm.restates ?? []) {
      let t = byTarget.get(r.target);
      if (!t) byTarget.set(r.target, t = { target: r.target, about: r, drafts: [], lists: [] });
      (r.as === 'draft' ? t.drafts : t.lists).push({ doc, fm, r });
    }
  }
  return [...byTarget.values()].filter((t) => !inCorpus(c, t.about)).sort((a, b) => cmp(a.target, b.target));
}

/** How a sentence names a document: `the Strategy`, or its id. */
const nameOf = (x: Restating): string => (x.fm['short-title'] ? `the ${x.fm['short-title']}` : x.doc);
/** `The Hemispheric Plan of Action as adopted (CP/RES. 908 (1567/06), October 2006)`. */
const fullName = (a: Restated): string => `The ${a.title} as adopted (${a.symbol}, ${monthYear(a.date)})`;
/** `section 2, items i–xi`, or what of it is known. */
const place = (r: Restated, items: string): string => [r.section ? `section ${r.section}` : '', r.items ? `${items}${r.items}` : ''].filter(Boolean).join(', ');

/**
 * What a reader must know before comparing the texts: a text the documents
 * restate is not in the corpus; which texts are drafts of it; what restates its list.
 */
export function planNotes(c: Corpus): string[] {
  const notes: string[] = [];
  for (const t of restatedTexts(c)) {
    const a = t.about;
    notes.push(`${fullName(a)} is not in the corpus.`);
    if (t.drafts.length) {
      const names = t.drafts.map((x) => `${nameOf(x)} (${x.doc})`);
      const both = names.length > 1;
      notes.push(`${capital(names.join(' and '))} ${both ? 'are drafts, the closest texts' : 'is a draft, the closest text'} in the corpus to the adopted ${year(a.date)} ${a['short-title']}, not the ${a['short-title']} as adopted.`);
    }
    for (const x of t.lists) {
      const where = place(x.r, 'items ');
      notes.push(`${capital(nameOf(x))}${x.fm['short-title'] ? ` (${x.doc})` : ''} restates the adopted ${a['short-title']}’s instrument list${where ? ` in its ${where}` : ''}.`);
    }
  }
  return notes;
}

/** The note of `plan report`: the same facts in one sentence. */
export function reportPlanNote(c: Corpus): string[] {
  return restatedTexts(c).map((t) => {
    const a = t.about;
    const parts = [`${fullName(a)} is not among these texts`];
    const newest = t.drafts[t.drafts.length - 1];
    if (newest) parts.push(`${nameOf(newest)} of ${year(newest.fm.date)} is the closest text, and it is shown as the draft it is`);
    const clauses = t.lists.map((x) => `${x.fm['short-title'] ? `the ${year(x.fm.date)} ${x.fm['short-title']}` : x.doc} restates the adopted ${a['short-title']}’s instrument list`);
    return `${parts.join(': ')}${clauses.length ? `; ${clauses.join('; ')}` : ''}.`;
  });
}

/** draft, working draft or adopted. */
export function statusKind(status: string | undefined): string {
  return status === 'adopted' ? 'adopted' : status === 'working-draft' ? 'working draft' : status === undefined ? 'not in the corpus' : 'draft';
}

/** A short label for a text: draft or adopted, with what it is to a text it restates. */
export function documentLabel(c: Corpus, doc: string): string {
  const d = c.documents.get(doc);
  if (!d) return 'not in the corpus';
  const kind = statusKind(d.fm.status);
  for (const t of restatedTexts(c)) {
    const a = t.about;
    const s = a['short-title'];
    if (t.drafts.some((x) => x.doc === doc)) return `${kind}, not the ${s} as adopted; among the closest texts to the adopted ${year(a.date)} ${s} (${shortSymbol(a.symbol)}, not in the corpus)`;
    const l = t.lists.find((x) => x.doc === doc);
    if (l) {
      const where = place(l.r, '');
      return `${kind}; restates the adopted ${year(a.date)} ${s}’s list${where ? ` (${where})` : ''}`;
    }
  }
  return kind;
}
