/**
 * The article part of a citation, read from tokens (tokens.ts): an article
 * word, then labels joined by list and range separators, each label with its
 * optional paragraph and subparagraph. See docs/citations.md for the grammar.
 * Every function here moves forward only; each token is read once.
 */
import { adjacent, tokenize, type Token } from './tokens.js';

/** "Article", "Arts.", "artículo", "artigo", ... (keys are lower case). */
export const ARTICLE_WORDS = new Set(['article', 'articles', 'art', 'arts', 'artículo', 'artículos', 'articulo', 'articulos', 'artigo', 'artigos']);
const ABBREVIATED = new Set(['art', 'arts']);
export const PARAGRAPH_WORDS = new Set(['paragraph', 'paragraphs', 'para', 'paras', 'párrafo', 'párrafos', 'paragraphe', 'parágrafo']);
const SUBPARAGRAPH_WORDS = new Set(['subparagraph', 'sub-paragraph', 'inciso', 'alinéa', 'alínea']);
const SUFFIXES = new Set(['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'nonies', 'decies']);
const LIST_WORDS = new Set(['and', 'y', 'e', 'et', '&']);
const RANGE_WORDS = new Set(['to', 'through', 'a', 'al', 'à', '-', '\u2013', '\u2014', '\u2010', '\u2011']);

/** The longest range expanded into its articles ("1-200"); a longer one keeps its two ends. */
const MAX_RANGE = 200;

export interface ArticleLabel {
  label: string;
  paragraph?: string;
  subparagraph?: string;
}

export interface ArticlePhrase {
  /** Token index of the article word, and of the phrase's last token. */
  first: number;
  last: number;
  /** Labels in order, ranges expanded, without duplicates. */
  articles: string[];
  /** Paragraph (and subparagraph) of the single article cited, if any. */
  paragraph?: string;
  subparagraph?: string;
}

const isNum = (t: Token | undefined, max = 4): boolean => t?.type === 'n' && t.key.length <= max;

/** Is token `i` an article word ("Art" with its dot read by {@link readPhrase})? */
export function isArticleWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.type === 'w' && ARTICLE_WORDS.has(t.key);
}

/** Index after a word of `words` at `j`, with the dot of an abbreviation ("para."); -1 when absent. */
function word(tokens: readonly Token[], j: number, words: ReadonlySet<string>): number {
  const t = tokens[j];
  if (t?.type !== 'w' || !words.has(t.key)) return -1;
  return tokens[j + 1]?.key === '.' && adjacent(t, tokens[j + 1]) ? j + 2 : j + 1;
}

/** "(13)" or "(a)" right after token j-1: [the label, the index after], or undefined. */
function parenthesised(tokens: readonly Token[], j: number, spaced = false): [string, number] | undefined {
  const open = tokens[j];
  const inner = tokens[j + 1];
  if (open?.key !== '(' || (!spaced && !adjacent(tokens[j - 1], open)) || tokens[j + 2]?.key !== ')') return undefined;
  if (isNum(inner, 3) || (inner?.type === 'w' && /^(?:[a-z]|[ivx]{1,4})$/.test(inner.key))) return [inner!.key, j + 3];
  return undefined;
}

/** One label at `j`: "18", "14 bis", "27.2", "18(13)(a)", "18, paragraph 13", "18, paragraph 1 (a)". */
function readLabel(tokens: readonly Token[], j: number): [ArticleLabel, number] | undefined {
  const num = tokens[j];
  if (!isNum(num)) return undefined;
  const out: ArticleLabel = { label: num!.key };
  let k = j + 1;
  const suffix = tokens[k];
  if (suffix?.type === 'w' && SUFFIXES.has(suffix.key)) {
    out.label += ` ${suffix.key}`;
    k++;
  }
  if (tokens[k]?.key === '.' && adjacent(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1], 3) && adjacent(tokens[k], tokens[k + 1])) {
    out.paragraph = tokens[k + 1]!.key;
    k += 2;
    if (tokens[k]?.key === '.' && adjacent(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1], 3) && adjacent(tokens[k], tokens[k + 1])) {
      out.subparagraph = tokens[k + 1]!.key;
      k += 2;
    }
  } else {
    const p = parenthesised(tokens, k);
    if (p) {
      out.paragraph = p[0];
      k = p[1];
      const s = parenthesised(tokens, k);
      if (s) [out.subparagraph, k] = s;
    }
  }
  if (out.paragraph === undefined) {
    // ", paragraph 13" / "paragraph 13", then ", subparagraph (a)" / "(a)".
    const comma = tokens[k]?.key === ',' ? k + 1 : k;
    const afterWord = word(tokens, comma, PARAGRAPH_WORDS);
    if (afterWord > 0 && isNum(tokens[afterWord], 3)) {
      out.paragraph = tokens[afterWord]!.key;
      k = afterWord + 1;
      const s = parenthesised(tokens, k, true); // "paragraph 1 (a)"
      if (s) [out.subparagraph, k] = s;
    }
  }
  if (out.subparagraph === undefined) {
    const comma = tokens[k]?.key === ',' ? k + 1 : k;
    const afterWord = word(tokens, comma, SUBPARAGRAPH_WORDS);
    if (afterWord > 0) {
      const s = tokens[afterWord]?.key === '(' ? [tokens[afterWord + 1], afterWord + 3] as const : [tokens[afterWord], afterWord + 1] as const;
      if (s[0] && (isNum(s[0], 3) || /^[a-z]$/.test(s[0].key)) && (s[1] === afterWord + 1 || tokens[afterWord + 2]?.key === ')')) {
        out.subparagraph = s[0].key;
        k = s[1];
      }
    }
  }
  return [out, k];
}

/** The separator at `j`: its kind and the index after it, or undefined. */
function separator(tokens: readonly Token[], j: number): ['list' | 'range', number] | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  if (t.key === ',') return LIST_WORDS.has(tokens[j + 1]?.key ?? '') ? ['list', j + 2] : ['list', j + 1];
  if (LIST_WORDS.has(t.key)) return ['list', j + 1];
  if (RANGE_WORDS.has(t.key)) return ['range', j + 1];
  return undefined;
}

/** Adds labels to `into` (`seen`: their labels), expanding "12-14"; keeps the first of duplicates. */
function push(into: ArticleLabel[], seen: Set<string>, l: ArticleLabel, rangeFrom: ArticleLabel | undefined): void {
  const add = (x: ArticleLabel) => {
    if (seen.has(x.label)) return;
    seen.add(x.label);
    into.push(x);
  };
  if (rangeFrom && /^\d+$/.test(rangeFrom.label) && /^\d+$/.test(l.label) && rangeFrom.paragraph === undefined && l.paragraph === undefined) {
    const a = Number(rangeFrom.label);
    const b = Number(l.label);
    if (b > a && b - a <= MAX_RANGE) {
      for (let n = a + 1; n <= b; n++) add({ label: String(n) });
      return;
    }
  }
  add(l);
}

/**
 * The article phrase starting at the article word `i`: "Art. 12-14", "articles
 * 16 to 18", "Arts. 8 and 9", "article 18, paragraph 13", "Article 27.2",
 * "Art. 18(13)", "articles 5, 6 and article 7". Undefined when no label follows.
 */
export function readPhrase(tokens: readonly Token[], i: number): ArticlePhrase | undefined {
  let j = word(tokens, i, ARTICLE_WORDS);
  if (j < 0) return undefined;
  if (!ABBREVIATED.has(tokens[i]!.key) && tokens[i + 1]?.key === '.') j = i + 1; // "Article." is not an abbreviation
  const first = readLabel(tokens, j);
  if (!first) return undefined;
  const labels: ArticleLabel[] = [first[0]];
  const seen = new Set([first[0].label]);
  let last = first[1] - 1;
  let k = first[1];
  let prev = first[0];
  for (;;) {
    const sep = separator(tokens, k);
    if (!sep) break;
    let at = sep[1];
    // "Articles 5 and article 6": the article word may be repeated after a list separator.
    if (sep[0] === 'list' && isArticleWord(tokens, at)) at = word(tokens, at, ARTICLE_WORDS);
    const next = readLabel(tokens, at);
    if (!next) break;
    push(labels, seen, next[0], sep[0] === 'range' ? prev : undefined);
    prev = next[0];
    last = next[1] - 1;
    k = next[1];
  }
  const phrase: ArticlePhrase = { first: i, last, articles: labels.map((l) => l.label) };
  if (labels.length === 1) {
    if (labels[0]!.paragraph !== undefined) phrase.paragraph = labels[0]!.paragraph;
    if (labels[0]!.subparagraph !== undefined) phrase.subparagraph = labels[0]!.subparagraph;
  }
  return phrase;
}

/** Splits an article list ("8 and 9", "12-14", "27.2", "14 bis") into labels, ranges expanded. */
export function parseArticleList(list: string): { articles: string[]; paragraph?: string } {
  const tokens = [{ type: 'w' as const, start: -2, end: -1, key: 'articles' }, ...tokenize(list)];
  const p = readPhrase(tokens, 0);
  if (!p) return { articles: [] };
  return p.paragraph !== undefined ? { articles: p.articles, paragraph: p.paragraph } : { articles: p.articles };
}
