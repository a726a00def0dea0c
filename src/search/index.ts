import type { Corpus, Paragraph } from '../model/model.js';
import { PARAGRAPH_TYPES } from '../model/types.js';
import { UsageError } from '../errors.js';
import { didYouMean, printable, compareText as cmp } from '../util/text.js';
import { fold, isWordChar, type Folded } from './normalize.js';
import { wordsOf, type Query, type Term } from './query.js';

/** One paragraph as indexed. */
export interface IndexedParagraph {
  paragraph: Paragraph;
  /** The body as searched and shown: the file's body, trimmed, with HTML comments (lint directives) blanked. */
  text: string;
  folded: Folded;
  /** The date of its document (`2005`, `2021-11-11`), for ranking. */
  date: string;
}

/**
 * The paragraph bodies of a corpus, folded once per run, with an inverted
 * index of their words (candidate paragraphs for each word; hits are then
 * confirmed on the folded text).
 */
export interface SearchIndex {
  corpus: Corpus;
  /** In document-id order, then reading order. */
  entries: IndexedParagraph[];
  /** Word -> indexes into `entries`, ascending. */
  postings: Map<string, number[]>;
  /** Every indexed word, sorted by code unit (prefix lookups). */
  vocabulary: string[];
}

/** A body as shown: HTML comments (suppression directives) become spaces, so offsets are kept. */
function searchableText(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')).trim();
}

/** Builds the index over every schema-valid paragraph of the corpus. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const entries: IndexedParagraph[] = [];
  const postings = new Map<string, number[]>();
  for (const doc of [...corpus.paragraphsByDocument.keys()].sort(cmp)) {
    const date = corpus.documents.get(doc)?.fm.date ?? '';
    for (const paragraph of corpus.paragraphsByDocument.get(doc)!) {
      const text = searchableText(paragraph.file.body);
      const folded = fold(text);
      const n = entries.length;
      entries.push({ paragraph, text, folded, date: String(date) });
      for (const w of new Set(wordsOf(folded.text))) {
        const list = postings.get(w);
        if (list) list.push(n);
        else postings.set(w, [n]);
      }
    }
  }
  return { corpus, entries, postings, vocabulary: [...postings.keys()].sort(cmp) };
}

/** Filters: within one flag any value matches (OR); across flags all must (AND). */
export interface SearchOptions {
  documents?: string[];
  types?: string[];
  addressees?: string[];
  /** At most this many results (default 50). */
  limit?: number;
}

/** One matching paragraph. */
export interface SearchHit {
  id: string;
  document: string;
  type: string;
  /** Hits, a phrase counting once per word in it. */
  score: number;
  /** About 80 characters either side of the first hit, on word boundaries, `…` where cut; white space runs shown as one space. */
  snippet: string;
  /** Highlighted spans of `snippet`: [start, end) offsets in UTF-16 code units (JavaScript string indexes), sorted, disjoint. */
  highlights: Array<[number, number]>;
}

export interface SearchResult {
  /** The query as understood. */
  query: string;
  /** Matching paragraphs in all (before the limit). */
  total: number;
  /** The first `limit` of them, best first. */
  results: SearchHit[];
  limit: number;
}

export const DEFAULT_LIMIT = 50;
/** Characters of context either side of the first hit. */
export const SNIPPET_CONTEXT = 80;

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

function union(lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((x, y) => x - y);
}

/** First index in the sorted vocabulary not less than `p`. */
function lowerBound(vocab: string[], p: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Entries that may hold the term: every word of it in the inverted index.
 * Inner words of a phrase may also be whole words of the text only; the first
 * word may be the end of a text word only when the term starts with
 * punctuation, so candidates are a superset and hits are confirmed on the text.
 */
function candidates(index: SearchIndex, t: Term): number[] {
  let out: number[] | undefined;
  t.words.forEach((w, k) => {
    const last = k === t.words.length - 1;
    const first = k === 0;
    let list: number[];
    const edgeStart = first && !isWordChar(t.folded, 0);
    const edgeEnd = last && (t.prefix || !isWordChar(t.folded, t.folded.length - 1));
    if (edgeStart) {
      // `'s` may end a longer word: scan the vocabulary.
      list = union(index.vocabulary.filter((v) => (edgeEnd ? v.includes(w) : v.endsWith(w))).map((v) => index.postings.get(v)!));
    } else if (edgeEnd) {
      const lists: number[][] = [];
      for (let i = lowerBound(index.vocabulary, w); i < index.vocabulary.length && index.vocabulary[i]!.startsWith(w); i++) {
        lists.push(index.postings.get(index.vocabulary[i]!)!);
      }
      list = union(lists);
    } else list = index.postings.get(w) ?? [];
    out = out ? intersect(out, list) : list;
  });
  return out ?? [];
}

/** Folded-text spans [start, end) where the term occurs on word boundaries; a prefix hit runs to the end of its word. */
export function findTerm(text: string, t: Term): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const needle = t.folded;
  const checkStart = isWordChar(needle, 0);
  const checkEnd = !t.prefix && isWordChar(needle, needle.length - 1);
  for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) {
    if (checkStart && isWordChar(text, p - 1)) continue;
    let e = p + needle.length;
    if (checkEnd && isWordChar(text, e)) continue;
    if (t.prefix) while (isWordChar(text, e)) e++;
    out.push([p, e]);
  }
  return out;
}

function merge(spans: Array<[number, number]>): Array<[number, number]> {
  const s = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

const BREAK = /[ \t\n\r\f\v]/;

/**
 * A snippet of `text` around its first hit, cut on white space, with `…`
 * where cut; runs of ordinary white space (line breaks) shown as one space,
 * other characters (non-breaking spaces, typographic quotes) untouched,
 * control characters and bidi overrides escaped (`\u{202e}`) so that no
 * format can be tricked by them. Hits
 * are original-text spans; the result's highlights are snippet offsets.
 */
export function makeSnippet(text: string, hits: Array<[number, number]>, context = SNIPPET_CONTEXT): { snippet: string; highlights: Array<[number, number]> } {
  const spans = merge(hits);
  const [hs, he] = spans[0] ?? [0, 0];
  let a = Math.max(0, hs - context);
  let b = Math.min(text.length, he + context);
  if (a > 0) {
    // Start after the first break at or after a, never past the hit.
    let k = a - 1;
    while (k < hs && !BREAK.test(text[k]!)) k++;
    a = k < hs ? k + 1 : hs;
  }
  if (b < text.length) {
    // End at the last break at or before b, never before the hit's end.
    let k = b;
    while (k > he && !BREAK.test(text[k]!)) k--;
    b = k > he ? k : he;
  }
  while (a < hs && BREAK.test(text[a]!)) a++;
  while (b > he && BREAK.test(text[b - 1]!)) b--;
  const lead = a > 0 ? '…' : '';
  let out = lead;
  const at: number[] = [];
  for (let i = a; i < b; i++) {
    at.push(out.length);
    const c = text[i]!;
    const u = c.charCodeAt(0);
    if (BREAK.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
    } else if (u >= 0xd800 && u <= 0xdbff && i + 1 < b && /[\udc00-\udfff]/.test(text[i + 1]!)) {
      // A whole surrogate pair (an astral character): kept as is.
      out += c + text[i + 1]!;
      at.push(out.length - 1);
      i++;
    } else out += printable(c, Infinity);
  }
  at.push(out.length);
  if (b < text.length) out += '…';
  const highlights: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const cs = Math.max(s, a);
    const ce = Math.min(e, b);
    if (cs >= ce) continue;
    highlights.push([at[cs - a]!, at[ce - a]!]);
  }
  return { snippet: out, highlights: merge(highlights).filter(([s, e]) => e > s) };
}

function validate(what: string, flag: string, values: string[] | undefined, known: Iterable<string>, hint: string): Set<string> | undefined {
  if (!values || values.length === 0) return undefined;
  const all = [...known];
  const set = new Set(all);
  for (const v of values) {
    if (!set.has(v)) {
      throw new UsageError(`Unknown ${what} \`${printable(v, 80)}\` in ${flag}${didYouMean(v, all) || '.'}`, hint);
    }
  }
  return new Set(values);
}

/** Bodies a paragraph can be addressed to: the registry, and any addressee the paragraphs use. */
export function knownAddressees(corpus: Corpus): string[] {
  const s = new Set(corpus.bodies.keys());
  for (const p of corpus.paragraphs.values()) for (const a of p.fm.addressees ?? []) s.add(a);
  return [...s].sort(cmp);
}

/**
 * Runs a query over the index: every term must match; filters narrow the
 * paragraphs; ranked by score (more hits first), then the document's date
 * (newest first), then document id and reading order. Unknown filter values
 * are a UsageError with near matches.
 */
export function search(index: SearchIndex, query: Query, opts: SearchOptions = {}): SearchResult {
  const corpus = index.corpus;
  const docs = validate('document', '--document', opts.documents, [...corpus.documents.keys()].sort(cmp), `Documents: ${[...corpus.documents.keys()].sort(cmp).join(', ')}.`);
  const types = validate('paragraph type', '--type', opts.types, PARAGRAPH_TYPES, `Types: ${PARAGRAPH_TYPES.join(', ')}.`);
  const addressees = validate('addressee', '--addressee', opts.addressees, knownAddressees(corpus), 'Addressees are body ids from corpus/bodies (member-states, general-secretariat, ...).');
  const limit = opts.limit ?? DEFAULT_LIMIT;

  let pool: number[] | undefined;
  for (const t of query.terms) {
    const c = candidates(index, t);
    pool = pool ? intersect(pool, c) : c;
  }
  const found: Array<{ n: number; hit: SearchHit }> = [];
  for (const n of pool ?? []) {
    const e = index.entries[n]!;
    const p = e.paragraph;
    if (docs && !docs.has(p.fm.document)) continue;
    if (types && !types.has(p.fm.type)) continue;
    if (addressees && !(p.fm.addressees ?? []).some((a) => addressees.has(a))) continue;
    let score = 0;
    const spans: Array<[number, number]> = [];
    let all = true;
    for (const t of query.terms) {
      const hits = findTerm(e.folded.text, t);
      if (hits.length === 0) {
        all = false;
        break;
      }
      score += hits.length * t.words.length;
      for (const [s, x] of hits) spans.push([e.folded.starts[s]!, e.folded.ends[x - 1]!]);
    }
    if (!all) continue;
    const { snippet, highlights } = makeSnippet(e.text, spans);
    found.push({ n, hit: { id: p.id, document: p.fm.document, type: p.fm.type, score, snippet, highlights } });
  }
  found.sort((x, y) => {
    const ex = index.entries[x.n]!;
    const ey = index.entries[y.n]!;
    return y.hit.score - x.hit.score || cmp(ey.date, ex.date) || x.n - y.n;
  });
  return { query: query.text, total: found.length, results: found.slice(0, limit).map((f) => f.hit), limit };
}

/** A snippet cut into plain and highlighted pieces, in order (for formatters). */
export function splitHighlights(snippet: string, highlights: ReadonlyArray<readonly [number, number]>): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [s, e] of highlights) {
    if (s > at) out.push({ text: snippet.slice(at, s), hit: false });
    if (e > s) out.push({ text: snippet.slice(s, e), hit: true });
    at = Math.max(at, e);
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), hit: false });
  return out;
}
