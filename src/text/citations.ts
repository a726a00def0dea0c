/**
 * A scanner for article citations of legal instruments in running text.
 *
 * Forms found (any case, any whitespace between words, non-breaking spaces
 * included):
 *
 * - `Article 16 of the United Nations Convention against ...`, `Article 14 of
 *   the UNTOC`, `Articles 5 and 6 of the Palermo Convention` — articles, then
 *   `of`, then the instrument's name;
 * - `(CTOC, Art. 24)`, `(CTOC, Arts. 8 and 9)`, `(CTOC, Art. 12-14)` — the
 *   name, a comma, then the articles, at the start of a parenthesis or after a
 *   `;` inside one;
 * - `(TiP Protocol Article 11)` — the name right before the articles, inside a
 *   parenthesis.
 *
 * A range (`12-14`) stands for each article in it; `27.2` is article `27`,
 * paragraph `2`. Article numbers that are not tied to a name this way
 * (`articles 2.1, 2.3 of the document ...`, `paragraph 9`) are not citations.
 */

/** One citation found in a text. Offsets are UTF-16 indexes, `end` exclusive. */
export interface FoundCitation {
  /** The instrument id, when `resolve` knows the name. */
  instrument?: string;
  /** The instrument's name as written, without a leading "the". */
  name: string;
  /** Article labels, one per article (ranges expanded). */
  articles: string[];
  /** Sub-paragraph of a single article (`27.2` -> `2`). */
  paragraph?: string;
  /** The citation verbatim, with its parentheses when it fills them. */
  text: string;
  start: number;
  end: number;
}

const SP = String.raw`[\s\u00a0\u202f]`;
const NUM = String.raw`\d{1,4}(?:\.\d{1,3})?(?:${SP}?(?:bis|ter|quater)\b)?(?![\d.]?\d)`;
const SEP = String.raw`(?:${SP}*,${SP}*(?:and${SP}+)?|${SP}+and${SP}+|${SP}*&${SP}*|${SP}*[-\u2013\u2014]${SP}*)`;
const ARTICLES = new RegExp(String.raw`\b(Articles?|Arts?\.)${SP}*(${NUM}(?:${SEP}${NUM})*)`, 'giu');

/** Connecting words allowed inside an instrument name. */
const CONNECTORS = new Set(['against', 'of', 'on', 'in', 'and', 'for', 'the', 'to', 'concerning', 'related', 'relating', 'de']);

interface Token {
  word: string;
  start: number;
  end: number;
}

function isNameWord(w: string): boolean {
  return /^[\p{Lu}][\p{L}\p{M}'\u2019-]*$/u.test(w) || /^\p{Lu}[\p{Lu}\p{Ll}\d-]*$/u.test(w);
}

/** Words of a name starting at `pos` (after "of "): capitalized words and connectors between them. */
function nameAfter(text: string, pos: number): Token[] {
  const re = new RegExp(String.raw`${SP}*([\p{L}\p{M}'\u2019-]+)`, 'uy');
  const toks: Token[] = [];
  let i = pos;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m[1] === undefined) break;
    const w = m[1];
    const start = m.index + m[0].length - w.length;
    if (toks.length > 0 && start === i) break; // words must be separated by whitespace
    if (isNameWord(w) || (CONNECTORS.has(w) && (toks.length > 0 || w === 'the'))) {
      toks.push({ word: w, start, end: start + w.length });
      i = start + w.length;
      continue;
    }
    break;
  }
  return trimName(toks);
}

/** Words of a name ending at `pos` (scanning back), for the name-first forms. */
function nameBefore(text: string, pos: number): Token[] {
  const toks: Token[] = [];
  let i = pos;
  for (;;) {
    let j = i;
    while (j > 0 && /[\s\u00a0\u202f]/.test(text[j - 1]!)) j--;
    if (toks.length > 0 && j === i) break;
    let k = j;
    while (k > 0 && /[\p{L}\p{M}'\u2019-]/u.test(text[k - 1]!)) k--;
    if (k === j) break;
    const w = text.slice(k, j);
    if (isNameWord(w) || CONNECTORS.has(w)) {
      toks.unshift({ word: w, start: k, end: j });
      i = k;
      continue;
    }
    break;
  }
  return trimName(toks);
}

/** Drops connectors at either end and a leading "the". */
function trimName(toks: Token[]): Token[] {
  let a = 0;
  let b = toks.length;
  while (a < b && CONNECTORS.has(toks[a]!.word.toLowerCase())) a++;
  while (b > a && CONNECTORS.has(toks[b - 1]!.word.toLowerCase())) b--;
  return toks.slice(a, b);
}

function span(text: string, toks: Token[]): string {
  return toks.length === 0 ? '' : text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

/** Longest run of `toks` that resolves, trying prefixes (`fromEnd` false) or suffixes. */
function bestName(
  text: string,
  toks: Token[],
  resolve: (name: string) => string | undefined,
  fromEnd: boolean,
): { toks: Token[]; id?: string } {
  for (let n = toks.length; n >= 1; n--) {
    const part = fromEnd ? toks.slice(toks.length - n) : toks.slice(0, n);
    const trimmed = trimName(part);
    if (trimmed.length === 0) continue;
    const id = resolve(span(text, trimmed));
    if (id !== undefined) return { toks: trimmed, id };
  }
  return { toks };
}

/** Splits an article list ("8 and 9", "12-14", "27.2") into labels, ranges expanded. */
export function parseArticleList(list: string): { articles: string[]; paragraph?: string } {
  const parts: Array<{ label: string; sub?: string; rangeFrom?: boolean }> = [];
  const re = new RegExp(String.raw`(${NUM})|([-\u2013\u2014])`, 'gu');
  let m: RegExpExecArray | null;
  let pendingRange = false;
  while ((m = re.exec(list)) !== null) {
    if (m[2]) {
      pendingRange = true;
      continue;
    }
    const raw = (m[1] ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
    const mm = /^(\d+)(?:\.(\d+))?( ?[a-z]+)?$/.exec(raw);
    if (!mm) continue;
    const label = mm[1]! + (mm[3] ?? '');
    const prev = parts[parts.length - 1];
    if (pendingRange && prev && /^\d+$/.test(prev.label) && /^\d+$/.test(label)) {
      const a = Number(prev.label);
      const b = Number(label);
      if (b > a && b - a <= 200) {
        for (let n = a + 1; n <= b; n++) parts.push({ label: String(n) });
        pendingRange = false;
        continue;
      }
    }
    pendingRange = false;
    parts.push(mm[2] === undefined ? { label } : { label, sub: mm[2] });
  }
  const articles: string[] = [];
  for (const p of parts) if (!articles.includes(p.label)) articles.push(p.label);
  const only = parts.length === 1 ? parts[0] : undefined;
  return only?.sub !== undefined ? { articles, paragraph: only.sub } : { articles };
}

/**
 * Finds every article citation in `text`.
 *
 * @param resolve maps an instrument name (as written, without a leading
 *   "the") to an instrument id; names it does not know are still returned,
 *   with `instrument` undefined, so that a rule can report them.
 * @returns citations in text order, never overlapping.
 */
export function scanCitations(text: string, resolve: (name: string) => string | undefined): FoundCitation[] {
  const out: FoundCitation[] = [];
  const re = new RegExp(ARTICLES.source, ARTICLES.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const artStart = m.index;
    const listText = m[2] ?? '';
    const listEnd = m.index + m[0].length;
    let start = -1;
    let end = -1;
    let name = '';
    let id: string | undefined;

    // "Article N of [the] NAME"
    const of = new RegExp(String.raw`${SP}+of${SP}+`, 'iuy');
    of.lastIndex = listEnd;
    const ofm = of.exec(text);
    if (ofm) {
      const toks = nameAfter(text, listEnd + ofm[0].length);
      if (toks.length > 0) {
        const best = bestName(text, toks, resolve, false);
        start = artStart;
        end = best.toks[best.toks.length - 1]!.end;
        name = span(text, best.toks);
        id = best.id;
      }
    }
    // "(NAME, Art. N)", "(...; NAME, Art. N)", "(NAME Article N)"
    if (start < 0) {
      let j = artStart;
      while (j > 0 && /[\s\u00a0\u202f]/.test(text[j - 1]!)) j--;
      const comma = j > 0 && text[j - 1] === ',';
      const toks = nameBefore(text, comma ? j - 1 : j);
      if (toks.length > 0 && (comma || j < artStart)) {
        let k = toks[0]!.start;
        while (k > 0 && /[\s\u00a0\u202f]/.test(text[k - 1]!)) k--;
        const opener = k === 0 || text[k - 1] === '(' || text[k - 1] === ';' || text[k - 1] === '[';
        const best = bestName(text, toks, resolve, true);
        if (opener || best.id !== undefined) {
          start = best.toks[0]!.start;
          end = listEnd;
          name = span(text, best.toks);
          id = best.id;
        }
      }
    }
    if (start < 0) continue;
    // Trailing spaces inside the article list are not part of the citation.
    if (end === listEnd) end = artStart + m[0].length - (listText.length - listText.trimEnd().length);
    if (start > 0 && text[start - 1] === '(' && text[end] === ')') {
      start -= 1;
      end += 1;
    }
    const { articles, paragraph } = parseArticleList(listText);
    if (articles.length === 0) continue;
    const found: FoundCitation = { name, articles, text: text.slice(start, end), start, end };
    if (id !== undefined) found.instrument = id;
    if (paragraph !== undefined) found.paragraph = paragraph;
    out.push(found);
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}
