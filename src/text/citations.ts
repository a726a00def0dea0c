/**
 * Citations of legal instruments in running text: article citations ("Art. 18(13)
 * UNTOC", "articles 16 to 18 of UNTOC", "(CTOC, Arts. 8 and 9)") and whole
 * instruments named by a title, short title or alias ("the Convention on
 * Cybercrime"). The grammar is written down in docs/citations.md.
 *
 * The text is tokenized once (tokens.ts), the known names are found in one
 * left-to-right pass (name-index.ts), then the article phrases are read left to
 * right (article-list.ts), each tied to a name after it ("of [the] NAME",
 * "NAME") or before it ("NAME, Art. N", "(NAME Art. N)"). Every look-around is
 * bounded (a name has at most {@link MAX_NAME} words), so the scan is linear in
 * the text. A range (`12-14`) stands for each article in it; `27.2`, `18(13)`
 * and "article 18, paragraph 13" are article `18`/`27` with a paragraph.
 */
import { ARTICLE_WORDS, PARAGRAPH_WORDS, isArticleWord, parseArticleList, readPhrase, type ArticlePhrase } from './article-list.js';
import { buildNameIndex, indexOfTable, matchNames, type NameMatch } from './name-index.js';
import { adjacent, tokenize, type Token } from './tokens.js';

export { parseArticleList };

/**
 * Maps an instrument name as written to an id. A resolver made by
 * `makeResolver` carries its name table, which lets the scanner find the names
 * in the text (whole-instrument citations, "Art. 20 UNTOC"); a bare function
 * only resolves names that the grammar delimits ("of NAME", "(NAME, Art. N)").
 */
export type Resolver = ((name: string) => string | undefined) & { readonly table?: ReadonlyMap<string, string> };

/** One article citation found in a text. Offsets are UTF-16 indexes, `end` exclusive. */
export interface FoundCitation {
  /** The instrument id, when `resolve` knows the name. */
  instrument?: string;
  /** The instrument's name as written, without a leading "the". */
  name: string;
  /** Article labels, one per article (ranges expanded). */
  articles: string[];
  /** Paragraph of a single article (`27.2`, `18(13)`, "article 18, paragraph 13" -> `13`). */
  paragraph?: string;
  /** Subparagraph of that paragraph (`18(1)(a)` -> `a`). */
  subparagraph?: string;
  /** The citation verbatim, with its parentheses when it fills them. */
  text: string;
  start: number;
  end: number;
}

/** A whole instrument named in the text (no article cited with it). */
export interface FoundMention {
  instrument: string;
  /** The name as written (a leading year included, a leading "the" not). */
  text: string;
  start: number;
  end: number;
}

/** Words of the longest name read around an article phrase when the name is not a known one. */
const MAX_NAME = 40;
/** Connecting words allowed inside a name the index does not know. */
const CONNECTORS = new Set(['against', 'of', 'on', 'in', 'and', 'for', 'the', 'to', 'concerning', 'related', 'relating', 'de']);
const OF_WORDS = new Set(['of', 'de', 'del', 'da', 'do', 'du', 'des']);
const DETERMINERS = new Set(['the', 'la', 'el', 'le', 'les', 'los', 'las']);
const OPENERS = new Set(['(', '[', ';']);
const EMPTY_INDEX = buildNameIndex([]);

interface Scan {
  text: string;
  tokens: Token[];
  resolve: Resolver;
  names: NameMatch[];
  byFirst: Map<number, number>;
  byLast: Map<number, number>;
  /** First token not yet part of a citation. */
  floor: number;
}

interface NameSpan {
  first: number;
  last: number;
  name: string;
  id?: string;
  /** Index into Scan.names for a known name. */
  known?: number;
}

function upper(s: Scan, t: Token): boolean {
  return /^\p{Lu}/u.test(s.text.slice(t.start, t.start + 2));
}

function nameToken(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  return t?.type === 'w' && (upper(s, t) || CONNECTORS.has(t.key));
}

function known(s: Scan, n: number | undefined): NameSpan | undefined {
  if (n === undefined) return undefined;
  const m = s.names[n]!;
  if (m.first < s.floor) return undefined;
  return { first: m.first, last: m.extLast, name: s.text.slice(m.start, m.end), id: m.entry.id, known: n };
}

/** A name the index does not know, over tokens [a, b] (connectors trimmed), resolved on its longest resolvable prefix or suffix. */
function unknown(s: Scan, a: number, b: number, fromEnd: boolean): NameSpan | undefined {
  const trim = (x: number, y: number): [number, number] => {
    while (x <= y && CONNECTORS.has(s.tokens[x]!.key)) x++;
    while (y >= x && CONNECTORS.has(s.tokens[y]!.key)) y--;
    return [x, y];
  };
  const [x, y] = trim(a, b);
  if (x > y) return undefined;
  for (let n = y - x + 1; n >= 1; n--) {
    const [p, q] = fromEnd ? trim(y - n + 1, y) : trim(x, x + n - 1);
    if (p > q) continue;
    const name = s.text.slice(s.tokens[p]!.start, s.tokens[q]!.end);
    const id = s.resolve(name);
    if (id !== undefined) return { first: p, last: q, name, id };
  }
  return { first: x, last: y, name: s.text.slice(s.tokens[x]!.start, s.tokens[y]!.end) };
}

/** "of [the] NAME" after the phrase. */
function nameAfterOf(s: Scan, at: number): NameSpan | undefined {
  const e = s.tokens[at]?.key === ',' ? at + 1 : at; // "article 18, paragraph 13, of UNTOC"
  if (!OF_WORDS.has(s.tokens[e]?.key ?? '')) return undefined;
  let j = e + 1;
  if (DETERMINERS.has(s.tokens[j]?.key ?? '')) j++;
  const k = known(s, s.byFirst.get(j));
  if (k) return k;
  let b = j;
  while (b < s.tokens.length && b - j < MAX_NAME && nameToken(s, b)) b++;
  return b > j ? unknown(s, j, b - 1, false) : undefined;
}

/** A name ending at token `k` (before the phrase): known, or unknown after an opener / when it resolves. */
function nameBefore(s: Scan, k: number): NameSpan | undefined {
  if (k < s.floor) return undefined;
  const kn = known(s, s.byLast.get(k));
  if (kn) return kn;
  if (!nameToken(s, k)) return undefined;
  let a = k;
  while (a > s.floor && k - a < MAX_NAME && nameToken(s, a - 1)) a--;
  const u = unknown(s, a, k, true);
  if (!u) return undefined;
  const before = s.tokens[u.first - 1];
  return u.id !== undefined || before === undefined || OPENERS.has(before.key) ? u : undefined;
}

/** The article phrase at `i`, or "paragraph 13 of article 18" starting at `i`. */
function phraseAt(s: Scan, i: number): { phrase: ArticlePhrase; first: number } | undefined {
  const t = s.tokens[i]!;
  if (t.type !== 'w') return undefined;
  if (ARTICLE_WORDS.has(t.key)) {
    const phrase = readPhrase(s.tokens, i);
    return phrase ? { phrase, first: i } : undefined;
  }
  if (!PARAGRAPH_WORDS.has(t.key)) return undefined;
  let j = i + 1;
  if (s.tokens[j]?.key === '.' && adjacent(t, s.tokens[j])) j++;
  const num = s.tokens[j];
  if (num?.type !== 'n' || s.tokens[j + 1]?.key !== 'of' || !isArticleWord(s.tokens, j + 2)) return undefined;
  const phrase = readPhrase(s.tokens, j + 2);
  if (!phrase || phrase.articles.length !== 1 || phrase.paragraph !== undefined) return undefined;
  return { phrase: { ...phrase, paragraph: num.key }, first: i };
}

/**
 * The citation whose article phrase starts at token `i`: `found` and its last
 * token; without `found`, the last token of a phrase that names no instrument
 * (no phrase inside it can: it would have the same name after it and a
 * separator before it), or undefined when no phrase starts at `i`.
 */
function citationAt(s: Scan, i: number): { found?: FoundCitation; last: number } | undefined {
  const at = phraseAt(s, i);
  if (!at) return undefined;
  const { phrase } = at;
  const e = phrase.last + 1;
  const comma = s.tokens[at.first - 1]?.key === ',';
  const name =
    nameAfterOf(s, e) ??
    (comma ? nameBefore(s, at.first - 2) : undefined) ??
    known(s, s.byFirst.get(e)) ??
    (comma ? undefined : nameBefore(s, at.first - 1));
  if (!name || phrase.articles.length === 0) return { last: phrase.last };
  const first = Math.min(at.first, name.first);
  const last = Math.max(phrase.last, name.last);
  let start = s.tokens[first]!.start;
  let end = s.tokens[last]!.end;
  if (start > 0 && s.text[start - 1] === '(' && s.text[end] === ')') {
    start -= 1;
    end += 1;
  }
  const found: FoundCitation = { name: name.name, articles: phrase.articles, text: s.text.slice(start, end), start, end };
  if (name.id !== undefined) found.instrument = name.id;
  if (phrase.paragraph !== undefined) found.paragraph = phrase.paragraph;
  if (phrase.subparagraph !== undefined) found.subparagraph = phrase.subparagraph;
  return { found, last };
}

/** Article citations and whole-instrument citations of `text`, each in text order, never overlapping. */
export function scanReferences(text: string, resolve: Resolver): { citations: FoundCitation[]; mentions: FoundMention[] } {
  const tokens = tokenize(text);
  const names = matchNames(text, tokens, resolve.table ? indexOfTable(resolve.table) : EMPTY_INDEX);
  const byFirst = new Map<number, number>();
  const byLast = new Map<number, number>();
  names.forEach((m, n) => {
    byFirst.set(m.first, n);
    if (tokens[m.first]!.type === 'n') byFirst.set(m.first + 1, n); // "the 2001 Convention on Cybercrime"
    byLast.set(m.last, n);
    byLast.set(m.extLast, n);
  });
  const s: Scan = { text, tokens, resolve, names, byFirst, byLast, floor: 0 };
  const citations: FoundCitation[] = [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = citationAt(s, i);
    if (!c) continue;
    i = c.last;
    if (!c.found) continue;
    citations.push(c.found);
    spans.push([c.found.start, c.found.end]);
    s.floor = c.last + 1;
  }
  const mentions: FoundMention[] = [];
  let k = 0;
  for (const m of names) {
    while (k < spans.length && spans[k]![1] <= m.start) k++;
    const inside = k < spans.length && spans[k]![0] < m.end;
    if (!inside) mentions.push({ instrument: m.entry.id, text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return { citations, mentions };
}

/**
 * Finds every article citation in `text`.
 *
 * @param resolve maps an instrument name (as written, without a leading
 *   "the") to an instrument id; names it does not know are still returned,
 *   with `instrument` undefined, so that a rule can report them.
 * @returns citations in text order, never overlapping.
 */
export function scanCitations(text: string, resolve: Resolver): FoundCitation[] {
  return scanReferences(text, resolve).citations;
}

/** Whole instruments named in `text` outside its article citations ("the Convention on Cybercrime"). */
export function scanMentions(text: string, resolve: Resolver): FoundMention[] {
  return scanReferences(text, resolve).mentions;
}
