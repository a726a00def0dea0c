/**
 * Makes corpus text safe to print on one line of a terminal or CI log:
 * control characters, ANSI escapes, bidi overrides and line breaks are shown
 * escaped (`\n`, `\u{202e}`), never interpreted.
 */
export function printable(s: string, max = 200): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) {
      out += `\\u{${c.toString(16)}}`;
    } else out += ch;
    if (out.length > max) return out.slice(0, max) + '…';
  }
  return out;
}

/**
 * The one order for text: by Unicode code point, the same under every LANG,
 * LC_ALL and ICU version (`localeCompare` without a locale follows the
 * environment: under tr_TR `I` sorts before `i`, under de_DE after). Use it
 * for every sort whose result reaches an output.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 64): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `n` candidates nearest to `word` (case-insensitive), nearest first, ties by name. */
export function nearest(word: string, candidates: Iterable<string>, n = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  const scored: Array<[number, string]> = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = editDistance(w, lc, limit);
    if (d > limit && (lc.startsWith(w) || lc.includes(w)) && w.length >= 2) d = limit;
    if (d <= limit) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return scored.slice(0, n).map((x) => x[1]);
}

/** "did you mean `a` or `b`?" or ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = nearest(word, candidates);
  if (near.length === 0) return '';
  return `; did you mean ${near.map((x) => `\`${x}\``).join(' or ')}?`;
}

/** Is `s` a real calendar date YYYY-MM-DD (or YYYY-MM / YYYY when partial is allowed)? */
export function isCalendarDate(s: string, allowPartial = true): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (!allowPartial && !m[3]) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return y >= 1000;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d >= 1 && d <= days;
}

/** Letter labels by position (0 → a, 26 → aa): one implementation, in labels.ts. */
export { letterLabel } from './labels.js';
