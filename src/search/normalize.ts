/**
 * Folding for search: accent-, case- and typography-insensitive, with a map
 * back to the original text so that a hit found in the folded text can be
 * highlighted on the characters the reader sees.
 *
 * Per code point: NFKD (so `é` → `e` + U+0301, `ﬁ` → `fi`), lower case, drop
 * combining marks, then typographic quotes, apostrophes, dashes and unusual
 * spaces become their plain ASCII forms; every run of white space (line
 * breaks and non-breaking spaces included) becomes one space.
 */

/** Text in folded form, with where each folded UTF-16 unit came from. */
export interface Folded {
  /** The folded text. */
  text: string;
  /** For each unit of `text`: the offset in the original where its source code point starts. */
  starts: number[];
  /** For each unit of `text`: the offset in the original just after its source (marks that fold to nothing included). */
  ends: number[];
}

const COMBINING = /\p{M}/gu;

/** Characters that fold to something other than their NFKD lower case, with no marks. */
const SPECIAL: Record<string, string> = {
  // Apostrophes and single quotes.
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '\u0060': "'", '\u00b4': "'",
  // Double quotes and guillemets.
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  // Hyphens and dashes.
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u00ad': '',
  // Case folding beyond toLowerCase.
  'ß': 'ss', 'ẞ': 'ss', 'ſ': 's',
  // Invisible characters that split words in the source but not in the reading.
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};

/** White space, including the non-breaking and typographic spaces. */
const SPACE = /^[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

const cache = new Map<string, string>();

/** The folded form of one code point (cached: the corpus uses few distinct characters). */
export function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  if (SPACE.test(ch)) f = ' ';
  else if (ch in SPECIAL) f = SPECIAL[ch]!;
  else {
    f = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(COMBINING, '');
    // NFKD can produce characters that fold further (e.g. a compatibility quote).
    let g = '';
    for (const c of f) g += SPECIAL[c] ?? (SPACE.test(c) ? ' ' : c);
    f = g;
  }
  if (cache.size < 10_000) cache.set(ch, f);
  return f;
}

/**
 * Folds `text` and records, for each folded unit, the span of the original it
 * came from. Runs of white space fold to one space; leading and trailing white
 * space is kept as one space, so offsets stay simple. Linear in the text:
 * the output is built by appending only (asking a growing string whether it
 * ends with a space flattens it each time: quadratic on a 1 MiB body).
 */
export function fold(text: string): Folded {
  let out = '';
  let space = false;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const len = ch.length;
    const f = foldChar(ch);
    if (f === '') {
      // Marks and invisible characters: part of the preceding unit's span.
      if (ends.length > 0) ends[ends.length - 1] = i + len;
    } else if (f === ' ' && space) {
      ends[ends.length - 1] = i + len;
    } else {
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(i + len);
      }
      out += f;
      space = f.endsWith(' ');
    }
    i += len;
  }
  return { text: out, starts, ends };
}

/** Folded text only (for queries, and for comparing strings). */
export function foldText(text: string): string {
  return fold(text).text;
}

/** Is the UTF-16 unit at `i` a letter or digit after folding? (Out of range: no.) */
export function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // A surrogate pair: test the whole code point.
  const cp = s.codePointAt(c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i)!;
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}

/** The span in the original text of folded units [start, end). */
export function originalSpan(f: Folded, start: number, end: number): [number, number] {
  return [f.starts[start]!, f.ends[end - 1]!];
}
