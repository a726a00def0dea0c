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
  /** Each word's key. */
  keys: string[];
  run: number[];
  /** Comma right after the word. */
  comma: boolean[];
  /** Sum of the key lengths of the words before each word (and one past the last). */
  sum: number[];
}

function words(tokens: Token[]): Words {
  const w: Words = { tokens, at: [], keys: [], run: [], comma: [], sum: [0] };
  let run = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'p') {
      if (t.key === ',' && w.at.length) w.comma[w.at.length - 1] = true;
      else run++;
      return;
    }
    w.at.push(i);
    w.keys.push(t.key);
    w.run.push(run);
    w.comma.push(false);
    w.sum.push(w.sum[w.sum.length - 1]! + t.key.length);
  });
  return w;
}

function capital(text: string, t: Token): boolean {
  if (t.type === 'n') return true;
  const c = text.charCodeAt(t.start);
  if (c < 0x80) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text.slice(t.start, t.start + 2));
}

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

/** Names ready for comparison, with the names by their first and by their second word. */
export interface TitleTable {
  names: Prepared[];
  byFirst: Map<string, number[]>;
  bySecond: Map<string, number[]>;
}

/** Names ready for comparison: their words, their key without commas, their distance limit (12% of the key). */
export function prepareTitles(names: readonly KnownTitle[]): TitleTable {
  const out: TitleTable = { names: [], byFirst: new Map(), bySecond: new Map() };
  const add = (m: Map<string, number[]>, k: string, i: number) => m.set(k, [...(m.get(k) ?? []), i]);
  for (const n of names) {
    const ws = nameWords(nameKey(n.name.replace(/\s*\([^()]*\)/g, '')));
    const key = ws.join(' ');
    if (ws.length < 2 || out.names.some((o) => o.key === key)) continue;
    add(out.byFirst, ws[0]!, out.names.length);
    add(out.bySecond, ws[1]!, out.names.length);
    out.names.push({ ...n, words: ws, key, limit: Math.max(2, Math.floor(key.length * 0.12)) });
  }
  return out;
}

/** Words equal from the start of the window [s, s+len) and of `name`, and then from their ends. */
function agreement(keys: readonly string[], s: number, len: number, name: readonly string[]): [number, number] {
  const n = name.length;
  const max = Math.min(len, n);
  let pre = 0;
  while (pre < max && keys[s + pre] === name[pre]) pre++;
  let suf = 0;
  while (suf < max - pre && keys[s + len - 1 - suf] === name[n - 1 - suf]) suf++;
  return [pre, suf];
}

/**
 * Near misses of known names: spans that differ from a name by a few
 * characters (a wrong word, a typo, a plural) and are not a known name
 * themselves, nor a known name followed by more words. One report per span;
 * spans never overlap.
 */
export function nearTitles(text: string, table: TitleTable, index: NameIndex, tokens?: Token[]): NearTitle[] {
  // Two rules ask for the same body in a row (instrument-title, citation-declared): the last answer is kept.
  const last = lastNear.get(table);
  if (last && last.text === text && last.index === index) return last.out;
  const out = scanNear(text, table, index, tokens ?? tokenize(text));
  lastNear.set(table, { text, index, out });
  return out;
}

const lastNear = new WeakMap<TitleTable, { text: string; index: NameIndex; out: NearTitle[] }>();

function scanNear(text: string, table: TitleTable, index: NameIndex, tokens: Token[]): NearTitle[] {
  const w = words(tokens);
  const out: NearTitle[] = [];
  const tok = (i: number) => w.tokens[w.at[i]!]!;
  // A start inside a known name (not at its first word) is not a start.
  const inside = new Uint8Array(w.at.length);
  const wordOf = new Int32Array(tokens.length).fill(-1);
  w.at.forEach((t, i) => (wordOf[t] = i));
  for (const m of matchNames(text, tokens, index)) {
    const a = wordOf[m.first]!;
    for (let i = a < 0 ? w.at.length : a + 1; i < w.at.length && w.at[i]! <= m.last; i++) inside[i] = 1;
  }
  const seen = new Int32Array(table.names.length).fill(-1);
  let from = 0;
  let last = -1;
  for (let h = 0; h < w.at.length; h++) {
    if (!HEADS.has(w.keys[h]!)) continue;
    for (let s = Math.max(from, last + 1, h - BEFORE_HEAD); s <= h; s++) {
      last = s;
      if (inside[s] || w.run[s] !== w.run[h] || CONNECTORS.has(w.keys[s]!) || !capital(text, tok(s))) continue;
      const hit = nearAt(text, w, s, table, index, seen);
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
function nearAt(text: string, w: Words, s: number, table: TitleTable, index: NameIndex, seen: Int32Array): { near: NearTitle; end: number } | undefined {
  const { keys, sum, run } = w;
  const exact = longestAt(w.tokens, w.at[s]!, index);
  // Words of the known name at `s`: a near miss there is of a longer name that starts with it
  // ("...Mutual Assistance in Criminal Affairs"), not the known name followed by more words.
  let known = 0;
  if (exact) while (s + known < keys.length && w.at[s + known]! <= exact.last) known++;
  let best: { near: NearTitle; end: number } | undefined;
  // Candidates: names whose first word is the window's first, or whose second word is its second
  // (a near miss keeps one of them, save in names of eight words or more, which are rare and long).
  for (const list of [table.byFirst.get(keys[s]!), table.bySecond.get(keys[s + 1] ?? '')]) {
    for (const i of list ?? []) {
      if (seen[i] === s) continue;
      seen[i] = s;
      const n = table.names[i]!;
      const nl = n.words.length;
      if (known && (nl <= known || n.words.slice(0, known).some((x, j) => x !== keys[s + j]))) continue;
      const need = nl - (nl >= 8 ? 2 : 1);
      for (let len = Math.max(2, nl - 1); len <= nl + 1; len++) {
        const e = s + len - 1;
        if (e >= keys.length || run[e] !== run[s]) break;
        // Only windows of a length near the name's, ending on a word that is not a connector, longer than the known name.
        if (Math.abs(sum[e + 1]! - sum[s]! + len - 1 - n.key.length) > n.limit || CONNECTORS.has(keys[e]!) || (known && e < s + known)) continue;
        const [pre, suf] = agreement(keys, s, len, n.words);
        if (pre + suf < need) continue;
        // Only the words that differ are compared (their keys joined by spaces).
        const mid = keys.slice(s + pre, e + 1 - suf).join(' ');
        const midName = n.words.slice(pre, nl - suf).join(' ');
        const d = editDistance(mid, midName, n.limit) + (!mid !== !midName ? 1 : 0);
        if (d === 0 || d > n.limit || (best && best.near.distance <= d)) continue;
        const a = w.tokens[w.at[s]!]!.start;
        const b = w.tokens[w.at[e]!]!.end;
        best = { near: { text: text.slice(a, b), start: a, end: b, id: n.id, title: n.title, distance: d }, end: e };
      }
    }
  }
  return best;
}
