/**
 * Instrument titles in running text, and near misses of the known ones
 * ("...Especially Woman and Children", "...against Transnational Organized
 * Crimes", "...in Criminal Affairs").
 *
 * Both scans read the tokens (tokens.ts) once, left to right. A near miss is
 * looked for at each title start (a head word "Convention", "Protocol" or
 * "Agreement", or one of the three words before it: "United Nations",
 * "Inter-American", a year), against each known name, in windows of the
 * name's length in words plus or minus one: a bounded amount of work per
 * start, so the scan is linear in the text, inside lists and long sentences as
 * anywhere else.
 */
import { editDistance } from '../util/text.js';
import { nameKey } from './instrument-names.js';
import { longestAt, matchNames, nameWords, type NameIndex } from './name-index.js';
import { tokenize, type Token } from './tokens.js';

export interface TitleSpan {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['on', 'against', 'to', 'of', 'for', 'in', 'and', 'the', 'concerning', 'related', 'supplementing', 'supplemental', 'by', 'its', 'their', 'as', 'amended', 'especially', 'from', 'with', 'into']);
const HEADS = new Set(['convention', 'protocol', 'agreement', 'conventions', 'protocols', 'agreements']);
/** Words before a head word that may start a title. */
const BEFORE_HEAD = 3;

/** Word and number tokens, with the run each belongs to (punctuation other than a comma ends a run). */
interface Words {
  tokens: Token[];
  /** Token index of each word. */
  at: number[];
  run: number[];
  /** Comma right after the word. */
  comma: boolean[];
}

function words(tokens: Token[]): Words {
  const w: Words = { tokens, at: [], run: [], comma: [] };
  let run = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'p') {
      if (t.key === ',' && w.at.length) w.comma[w.at.length - 1] = true;
      else run++;
      return;
    }
    w.at.push(i);
    w.run.push(run);
    w.comma.push(false);
  });
  return w;
}

const capital = (text: string, t: Token): boolean => t.type === 'n' || /^\p{Lu}/u.test(text.slice(t.start, t.start + 2));

/** Title-like spans of at least four words ("[the] United Nations Convention against ..."), never overlapping. */
export function scanTitles(text: string): TitleSpan[] {
  const out: TitleSpan[] = [];
  const w = words(tokenize(text));
  const tok = (i: number) => w.tokens[w.at[i]!]!;
  const titleWord = (i: number) => capital(text, tok(i)) || CONNECTORS.has(tok(i).key);
  let from = 0;
  for (let h = 0; h < w.at.length; h++) {
    if (h < from || !HEADS.has(tok(h).key) || !capital(text, tok(h))) continue;
    let s = h;
    while (s > from && h - s < BEFORE_HEAD && w.run[s - 1] === w.run[h] && !w.comma[s - 1] && capital(text, tok(s - 1))) s--;
    let e = h;
    while (e + 1 < w.at.length && w.run[e + 1] === w.run[h] && titleWord(e + 1)) e++;
    while (e > h && CONNECTORS.has(tok(e).key)) e--;
    from = e + 1;
    if (e - s + 1 >= 4) out.push({ text: text.slice(tok(s).start, tok(e).end), start: tok(s).start, end: tok(e).end });
  }
  return out;
}

/** A known name of an instrument, as the near-miss scan compares it. */
export interface KnownTitle {
  id: string;
  /** The instrument's canonical title (the suggestion). */
  title: string;
  /** This name as recorded (title, short title or alias). */
  name: string;
}

export interface NearTitle extends TitleSpan {
  id: string;
  title: string;
  /** Characters that differ from the nearest name (Levenshtein, commas left out). */
  distance: number;
}

export interface Prepared extends KnownTitle {
  words: string[];
  key: string;
  limit: number;
}

const bare = (s: string): string => nameKey(s).replace(/\s*,\s*/g, ' ');

/** Names ready for comparison: their words, their key without commas, their distance limit (12% of the key). */
export function prepareTitles(names: readonly KnownTitle[]): Prepared[] {
  const out: Prepared[] = [];
  for (const n of names) {
    const key = bare(n.name.replace(/\s*\([^()]*\)/g, ''));
    const ws = nameWords(key);
    if (ws.length < 2 || out.some((o) => o.key === key)) continue;
    out.push({ ...n, words: ws, key, limit: Math.max(2, Math.floor(key.length * 0.12)) });
  }
  return out;
}

/** Words equal from the start of the window [s, s+len) and of `name`, and from their ends. */
function agreement(w: Words, s: number, len: number, name: readonly string[]): number {
  const key = (i: number) => w.tokens[w.at[i]!]!.key;
  const n = name.length;
  const max = Math.min(len, n);
  let pre = 0;
  while (pre < max && key(s + pre) === name[pre]) pre++;
  if (pre === max && len === n) return n;
  let suf = 0;
  while (suf < max - pre && key(s + len - 1 - suf) === name[n - 1 - suf]) suf++;
  return pre + suf;
}

/**
 * Near misses of known names: spans that differ from a name by a few
 * characters (a wrong word, a typo, a plural) and are not a known name
 * themselves, nor a known name followed by more words. One report per span;
 * spans never overlap.
 */
export function nearTitles(text: string, names: readonly Prepared[], index: NameIndex, tokens: Token[] = tokenize(text)): NearTitle[] {
  const w = words(tokens);
  const out: NearTitle[] = [];
  const tok = (i: number) => w.tokens[w.at[i]!]!;
  // A start inside a known name (not at its first word) is not a start.
  const inside = new Uint8Array(w.at.length);
  const firstWord = new Map<number, number>(w.at.map((t, i) => [t, i]));
  for (const m of matchNames(text, tokens, index)) {
    const a = firstWord.get(m.first);
    for (let i = a === undefined ? w.at.length : a + 1; i < w.at.length && w.at[i]! <= m.last; i++) inside[i] = 1;
  }
  let from = 0;
  let last = -1;
  for (let h = 0; h < w.at.length; h++) {
    if (!HEADS.has(tok(h).key)) continue;
    for (let s = Math.max(from, last + 1, h - BEFORE_HEAD); s <= h; s++) {
      last = s;
      if (inside[s] || w.run[s] !== w.run[h] || !capital(text, tok(s)) || CONNECTORS.has(tok(s).key)) continue;
      const hit = nearAt(text, w, s, names, index);
      if (hit) {
        out.push(hit.near);
        from = hit.end + 1;
        last = hit.end;
        break;
      }
    }
  }
  return out;
}

/** The nearest name to a window starting at word `s`, if one is near enough and longer than the known name there. */
function nearAt(text: string, w: Words, s: number, names: readonly Prepared[], index: NameIndex): { near: NearTitle; end: number } | undefined {
  const tok = (i: number) => w.tokens[w.at[i]!]!;
  const exact = longestAt(w.tokens, w.at[s]!, index);
  // Words of the known name at `s`: a near miss there is of a longer name that starts with it
  // ("...Mutual Assistance in Criminal Affairs"), not the known name followed by more words.
  let known = 0;
  if (exact) while (s + known < w.at.length && w.at[s + known]! <= exact.last) known++;
  let best: { near: NearTitle; end: number } | undefined;
  for (const n of names) {
    if (known && (n.words.length <= known || n.words.slice(0, known).some((x, j) => x !== tok(s + j).key))) continue;
    const need = n.words.length - (n.words.length >= 8 ? 2 : 1);
    for (let len = Math.max(2, n.words.length - 1); len <= n.words.length + 1; len++) {
      const e = s + len - 1;
      if (e >= w.at.length || w.run[e] !== w.run[s] || CONNECTORS.has(tok(e).key)) continue;
      if (known && e < s + known) continue;
      if (agreement(w, s, len, n.words) < need) continue;
      const span = text.slice(tok(s).start, tok(e).end);
      const d = editDistance(bare(span), n.key, n.limit);
      if (d === 0 || d > n.limit || (best && best.near.distance <= d)) continue;
      best = { near: { text: span, start: tok(s).start, end: tok(e).end, id: n.id, title: n.title, distance: d }, end: e };
    }
  }
  return best;
}
