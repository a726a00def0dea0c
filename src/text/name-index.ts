/**
 * Known instrument names found in running text in one left-to-right pass.
 *
 * The names (titles, short titles, aliases) go into a trie of word keys
 * (tokens.ts: lower case, commas ignored, so "Land, Sea, and Air" and "Land,
 * Sea and Air" are one name). At each token the trie is walked as far as the
 * text follows it, which is bounded by the longest name (a constant), so the
 * pass is linear in the text. Matches are leftmost-longest and never overlap.
 *
 * A match may carry, outside its core, a year before it ("the 2001 Convention
 * on Cybercrime") and up to two parenthesised groups after it that only hold
 * capitalised words, years, commas or a name of the same instrument ("(Budapest,
 * 2001)", "(UNTOC)", "(Budapest Convention) (2001)").
 */
import { nameKey } from './instrument-names.js';
import { tokenize, type Token } from './tokens.js';

export interface NameEntry {
  id: string;
  /** The name as recorded. */
  name: string;
  /** A form recorded as a slip of an earlier text (`slip: true` on an alias). */
  slip?: boolean;
}

interface Node {
  next: Map<string, Node>;
  entry?: NameEntry;
}

export interface NameIndex {
  root: Node;
  /** Words in the longest name. */
  depth: number;
}

export interface NameMatch {
  entry: NameEntry;
  /** Token indexes of the core name (a leading year included), inclusive. */
  first: number;
  last: number;
  /** Last token index with the parenthesised groups that follow (>= last). */
  extLast: number;
  /** UTF-16 offsets of the core name, `end` exclusive. */
  start: number;
  end: number;
}

/** The word keys of a name, commas left out. */
export function nameWords(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.key !== ',')
    .map((t) => t.key);
}

/** A trie of names; a form recorded twice keeps its first entry, a non-slip form wins over a slip. */
export function buildNameIndex(entries: Iterable<NameEntry>): NameIndex {
  const root: Node = { next: new Map() };
  let depth = 0;
  for (const e of entries) {
    const forms = new Set([nameKey(e.name), nameKey(e.name.replace(/\s*\([^()]*\)/g, ''))]);
    for (const form of forms) {
      const words = nameWords(form);
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      if (!node.entry || (node.entry.slip && !e.slip)) node.entry = e;
      depth = Math.max(depth, words.length);
    }
  }
  return { root, depth };
}

/** An index of a name -> id table (the resolver's), cached per table. */
const tableIndexes = new WeakMap<ReadonlyMap<string, string>, NameIndex>();
export function indexOfTable(table: ReadonlyMap<string, string>): NameIndex {
  let ix = tableIndexes.get(table);
  if (!ix) {
    ix = buildNameIndex([...table].map(([name, id]) => ({ id, name })));
    tableIndexes.set(table, ix);
  }
  return ix;
}

/** The longest name starting at token `i`: its entry and last token, or undefined. */
export function longestAt(tokens: readonly Token[], i: number, index: NameIndex): { entry: NameEntry; last: number } | undefined {
  let node = index.root;
  let best: { entry: NameEntry; last: number } | undefined;
  const limit = Math.min(tokens.length, i + index.depth * 2 + 2);
  for (let j = i; j < limit; j++) {
    const t = tokens[j]!;
    if (t.key === ',' && j > i) continue;
    const child = node.next.get(t.key);
    if (!child) break;
    node = child;
    if (node.entry) best = { entry: node.entry, last: j };
  }
  return best;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** The closing token of a "(Budapest, 2001)" group at `open` that may follow a name of `id`, or -1. */
function groupAfter(text: string, tokens: readonly Token[], open: number, id: string, index: NameIndex): number {
  if (tokens[open]?.key !== '(') return -1;
  const inner = longestAt(tokens, open + 1, index);
  if (inner && inner.entry.id !== id) return -1;
  for (let j = open + 1; j < tokens.length && j <= open + 9; j++) {
    const t = tokens[j]!;
    if (t.key === ')') return j > open + 1 ? j : -1;
    if (t.key === ',' || (t.type === 'n' && YEAR.test(t.key))) continue;
    if (t.type === 'w' && /^\p{Lu}/u.test(text.slice(t.start, t.start + 2))) continue;
    return -1;
  }
  return -1;
}

/** Every known name in the text, in order, leftmost-longest, never overlapping. */
export function matchNames(text: string, tokens: readonly Token[], index: NameIndex): NameMatch[] {
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let first = i;
    let m = longestAt(tokens, i, index);
    if (!m && tokens[i]!.type === 'n' && YEAR.test(tokens[i]!.key)) {
      m = longestAt(tokens, i + 1, index);
      first = i;
    }
    if (!m) {
      i++;
      continue;
    }
    let extLast = m.last;
    for (let g = 0; g < 2; g++) {
      const close = groupAfter(text, tokens, extLast + 1, m.entry.id, index);
      if (close < 0) break;
      extLast = close;
    }
    out.push({ entry: m.entry, first, last: m.last, extLast, start: tokens[first]!.start, end: tokens[m.last]!.end });
    i = extLast + 1;
  }
  return out;
}
