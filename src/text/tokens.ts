/**
 * A linear tokenizer for running text, shared by the citation grammar
 * (citations.ts), the instrument-name matcher (name-index.ts) and the title
 * near-miss finder (titles.ts). One pass over the text, no backtracking:
 *
 * - a word: a letter, then letters, marks and digits, with a hyphen or an
 *   apostrophe (straight or typographic) inside it when a letter or digit
 *   follows ("Inter-American", "People’s", "CSH-1018");
 * - a number: a run of decimal digits;
 * - any other character that is not white space: a punctuation token of its
 *   own ("(", ".", ",", "–").
 *
 * White space (non-breaking spaces included) separates tokens and is not a
 * token; `start`/`end` are UTF-16 offsets (`end` exclusive), so two tokens are
 * adjacent when one's `end` is the other's `start`.
 */

export type TokenType = 'w' | 'n' | 'p';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** Lookup key: a word in lower case (NFC, typographic apostrophes made plain); a number or a character as written. */
  key: string;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;

function isLetter(ch: string): boolean {
  return ch >= 'a' && ch <= 'z' ? true : ch >= 'A' && ch <= 'Z' ? true : ch < '\u00c0' ? false : LETTER.test(ch);
}

function isWordChar(ch: string): boolean {
  return isLetter(ch) || DIGIT.test(ch);
}

function isSpace(ch: string): boolean {
  return ch <= ' ' || (ch >= '\u0085' && SPACE.test(ch));
}

/** The character (a whole code point) at `i`. */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** The lookup key of a word: lower case, NFC, typographic apostrophes and hyphens made plain. */
export function wordKey(w: string): string {
  let k = w.toLowerCase();
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
  return k;
}

const JOINERS = new Set(['-', '\u2010', '\u2011', "'", '\u2019', '\u02bc']);

/** Splits `text` into tokens in one pass (see the module comment). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    const start = i;
    if (isLetter(ch)) {
      i += ch.length;
      while (i < n) {
        const c = charAt(text, i);
        if (isWordChar(c)) i += c.length;
        else if (JOINERS.has(c) && i + 1 < n && isWordChar(charAt(text, i + 1))) i += 1;
        else break;
      }
      out.push({ type: 'w', start, end: i, key: wordKey(text.slice(start, i)) });
    } else if (DIGIT.test(ch)) {
      i += 1;
      while (i < n && DIGIT.test(text[i]!)) i += 1;
      out.push({ type: 'n', start, end: i, key: text.slice(start, i) });
    } else {
      i += ch.length;
      out.push({ type: 'p', start, end: i, key: ch });
    }
  }
  return out;
}

/** Do `a` and `b` touch (no white space between them)? */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
