/**
 * Paragraph labels as texts number them: 1, 2, 3; a, b, c; A, B, C; i, ii, iii; I, II, III.
 * One place for reading and writing each style, so renumbering writes what a drafter expects.
 */
export type LabelStyle = 'arabic' | 'lower' | 'upper' | 'roman-lower' | 'roman-upper';

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const NUMERALS: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** `4` → `iv` (lower case; 1..3999). */
export function toRoman(n: number): string {
  let s = '';
  let k = n;
  for (const [v, r] of NUMERALS) while (k >= v) { s += r; k -= v; }
  return s;
}

/** `iv` → 4, or undefined when `s` is not a Roman numeral. */
export function fromRoman(s: string): number | undefined {
  if (s === '' || !ROMAN.test(s)) return undefined;
  let n = 0;
  const t = s.toLowerCase();
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  for (let i = 0; i < t.length; i++) {
    const a = v[t[i]!]!;
    const b = v[t[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/**
 * The value of a Roman numeral written with i, v, x, l, c only (1..399), or undefined: in
 * paragraph numbers and acronyms d and m read as letters (CD, DM), so they are left out.
 */
export function fromSmallRoman(s: string): number | undefined {
  const n = fromRoman(s);
  return n !== undefined && n < 400 ? n : undefined;
}

/** a → 1, z → 26, aa → 27 (bijective base 26), or undefined. */
function fromLetters(s: string): number | undefined {
  if (!/^[a-z]+$/i.test(s)) return undefined;
  let n = 0;
  for (const c of s.toLowerCase()) n = n * 26 + (c.charCodeAt(0) - 96);
  return n;
}

function toLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * The style of a group of sibling labels: digits are arabic; letters that read as Roman
 * numerals are Roman when some label needs it (ii, iv, vi...) or the group starts at i;
 * otherwise letters. Undefined for a mixed group (it cannot be renumbered safely).
 */
export function styleOf(labels: readonly string[]): LabelStyle | undefined {
  if (labels.length === 0) return undefined;
  if (labels.every((l) => /^\d+$/.test(l))) return 'arabic';
  const upper = labels.every((l) => /^[A-Z]+$/.test(l));
  const lower = labels.every((l) => /^[a-z]+$/.test(l));
  if (!upper && !lower) return undefined;
  // i, v, x alone are ambiguous between letters and numerals: a group with ii/iii/iv, or with i, is Roman.
  const roman = labels.every((l) => fromRoman(l) !== undefined) && labels.some((l) => l.length > 1 || /^i$/i.test(l));
  if (roman) return upper ? 'roman-upper' : 'roman-lower';
  return upper ? 'upper' : 'lower';
}

/** The ordinal (1-based) of a label in a style, or undefined when it is not of that style. */
export function ordinalOf(label: string, style: LabelStyle): number | undefined {
  switch (style) {
    case 'arabic': return /^\d+$/.test(label) ? Number(label) : undefined;
    case 'lower': return /^[a-z]+$/.test(label) ? fromLetters(label) : undefined;
    case 'upper': return /^[A-Z]+$/.test(label) ? fromLetters(label) : undefined;
    case 'roman-lower': return /^[a-z]+$/.test(label) ? fromRoman(label) : undefined;
    case 'roman-upper': return /^[A-Z]+$/.test(label) ? fromRoman(label) : undefined;
  }
}

/** The label of ordinal `n` (1-based) in a style. */
export function labelOf(n: number, style: LabelStyle): string {
  switch (style) {
    case 'arabic': return String(n);
    case 'lower': return toLetters(n);
    case 'upper': return toLetters(n).toUpperCase();
    case 'roman-lower': return toRoman(n);
    case 'roman-upper': return toRoman(n).toUpperCase();
  }
}

/** Letter labels by position (0-based): 0 → a, 25 → z, 26 → aa, 27 → ab, ... */
export function letterLabel(n: number): string {
  return toLetters(n + 1);
}
