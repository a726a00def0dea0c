/**
 * Pairing the paragraphs of two texts, and the redline entries that follow
 * from the pairs: changed, moved, unchanged, added (in the later text only)
 * and removed (in the earlier text only), in the later text's reading order
 * with each removed paragraph where it stood.
 *
 * Pure functions over plain paragraph records: no corpus, no I/O.
 */
import { candidatePairs, dice, prepareAll, type Comparable, type Weights } from './similarity.js';
import type { PairBasis, ParagraphDiff } from './types.js';
import { wordDiff } from './words.js';

/** A paragraph as the redline sees it. */
export interface DiffParagraph {
  id: string;
  /** The number as printed; absent for an unprinted one. */
  number?: string;
  text: string;
  section: string[];
}

/** A pairing of the earlier text's paragraph `from` with the later text's `to` (indexes in reading order). */
export interface Pair {
  from: number;
  to: number;
  basis: PairBasis;
  score: number;
}

interface Prepared {
  fromC: Comparable[];
  toC: Comparable[];
  weights: Weights;
}

function prepare(from: readonly DiffParagraph[], to: readonly DiffParagraph[]): Prepared {
  const { weights, lists } = prepareAll(from.map((p) => p.text), to.map((p) => p.text));
  return { fromC: lists[0]!, toC: lists[1]!, weights };
}

/** Greedy one-to-one matching, best score first (ties: same id first, then reading order). */
function greedy(cands: Pair[], fromFree: boolean[], toFree: boolean[], threshold: number): Pair[] {
  cands.sort((a, b) => b.score - a.score || (a.basis === 'same-id' ? 0 : 1) - (b.basis === 'same-id' ? 0 : 1) || a.to - b.to || a.from - b.from);
  const out: Pair[] = [];
  for (const c of cands) {
    if (!fromFree[c.from] || !toFree[c.to]) continue;
    if (c.basis !== 'same-id' && c.score < threshold) continue;
    fromFree[c.from] = false;
    toFree[c.to] = false;
    out.push(c);
  }
  return out;
}

/** Candidate guesses among the paragraphs still free on both sides, indexes mapped back. */
function freeCandidates({ fromC, toC, weights }: Prepared, fromFree: boolean[], toFree: boolean[], threshold: number): Pair[] {
  const fi = fromC.map((_, i) => i).filter((i) => fromFree[i]);
  const ti = toC.map((_, i) => i).filter((i) => toFree[i]);
  return candidatePairs(fi.map((i) => fromC[i]!), ti.map((i) => toC[i]!), weights, threshold)
    .map((c) => ({ from: fi[c.from]!, to: ti[c.to]!, basis: 'similar' as const, score: c.score }));
}

/**
 * Pairs of free paragraphs with the same text (not empty), in the later
 * text's order, each taking the first free earlier paragraph with its text.
 */
function sameText(from: readonly DiffParagraph[], to: readonly DiffParagraph[], fromFree: readonly boolean[], toFree: readonly boolean[]): Array<[number, number]> {
  const byText = new Map<string, number[]>();
  from.forEach((p, i) => {
    if (!fromFree[i] || !p.text) return;
    const list = byText.get(p.text);
    if (list) list.push(i);
    else byText.set(p.text, [i]);
  });
  const out: Array<[number, number]> = [];
  to.forEach((q, t) => {
    const list = toFree[t] ? byText.get(q.text) : undefined;
    if (list?.length) out.push([list.shift()!, t]);
  });
  return out;
}

/**
 * One document at two revisions: the same id with the same text; then the
 * same text under another id (renumbered or moved); then the most similar
 * pairs above the threshold and the same ids, best first (a paragraph edited
 * beyond recognition keeps its id's pairing when nothing fits it better).
 */
export function pairSince(from: readonly DiffParagraph[], to: readonly DiffParagraph[], threshold: number): Pair[] {
  const fromFree = from.map(() => true);
  const toFree = to.map(() => true);
  const pairs: Pair[] = [];
  const take = (f: number, t: number, basis: PairBasis, score: number) => {
    fromFree[f] = false;
    toFree[t] = false;
    pairs.push({ from: f, to: t, basis, score });
  };
  const byId = new Map(from.map((p, i) => [p.id, i]));
  to.forEach((q, t) => {
    const f = byId.get(q.id);
    if (f !== undefined && from[f]!.text === q.text) take(f, t, 'same-id', 1);
  });
  for (const [f, t] of sameText(from, to, fromFree, toFree)) take(f, t, 'similar', 1);
  const prep = prepare(from, to);
  const cands = freeCandidates(prep, fromFree, toFree, threshold);
  to.forEach((q, t) => {
    const f = byId.get(q.id);
    if (f !== undefined && toFree[t] && fromFree[f]) cands.push({ from: f, to: t, basis: 'same-id', score: dice(prep.fromC[f]!, prep.toC[t]!, prep.weights) });
  });
  pairs.push(...greedy(cands, fromFree, toFree, threshold));
  return pairs;
}

/**
 * Two texts along lineage: every link (many to many, as the corpus records
 * them), then, for the later text's paragraphs without a link, the paragraph
 * of the earlier text that no link took with the same text, else the most
 * similar one, one to one, at or above the threshold (a guess).
 */
export function pairLineage(from: readonly DiffParagraph[], to: readonly DiffParagraph[], links: ReadonlyArray<{ from: number; to: number }>, threshold: number): Pair[] {
  const prep = prepare(from, to);
  const fromFree = from.map(() => true);
  const toFree = to.map(() => true);
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const key = `${l.from}:${l.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fromFree[l.from] = false;
    toFree[l.to] = false;
    pairs.push({ from: l.from, to: l.to, basis: 'derived-from', score: dice(prep.fromC[l.from]!, prep.toC[l.to]!, prep.weights) });
  }
  // The same words under another number: a guess that needs no scoring.
  for (const [f, t] of sameText(from, to, fromFree, toFree)) {
    fromFree[f] = false;
    toFree[t] = false;
    pairs.push({ from: f, to: t, basis: 'similar', score: 1 });
  }
  pairs.push(...greedy(freeCandidates(prep, fromFree, toFree, threshold), fromFree, toFree, threshold));
  return pairs;
}

/**
 * The pairs that keep their order: the longest run of pairs whose earlier
 * positions never go back, in the later text's order (patience sorting,
 * O(n log n)). The other pairs were moved.
 */
export function inOrder(pairs: readonly Pair[]): Set<Pair> {
  const sorted = [...pairs].sort((a, b) => a.to - b.to || a.from - b.from);
  const tails: number[] = [];
  const prev: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!.from;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]!.from <= v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const keep = new Set<Pair>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(sorted[i]!);
  return keep;
}

const num = (p: DiffParagraph, key: 'fromNumber' | 'toNumber') => (p.number !== undefined ? { [key]: p.number } : {});

/**
 * The redline entries: one per pair, per added and per removed paragraph,
 * in the later text's order, each removed paragraph after the entry of the
 * nearest paragraph before it (in the earlier text) that was kept.
 * `sameDocument`: the two texts are one document at two revisions, so a pair
 * under two ids was renumbered or moved, and a removed paragraph keeps its
 * headings (along lineage, the headings are the later text's only).
 */
export function entries(from: readonly DiffParagraph[], to: readonly DiffParagraph[], pairs: readonly Pair[], sameDocument: boolean): ParagraphDiff[] {
  const ordered = inOrder(pairs);
  const keyed: Array<{ key: [number, number, number]; entry: ParagraphDiff }> = [];
  const firstTo = new Map<number, number>();
  for (const p of pairs) firstTo.set(p.from, Math.min(firstTo.get(p.from) ?? Infinity, p.to));
  const pairedTo = new Set(pairs.map((p) => p.to));
  for (const p of pairs) {
    const a = from[p.from]!;
    const b = to[p.to]!;
    const moved = !ordered.has(p) || (sameDocument && a.id !== b.id);
    const kind = moved ? 'moved' : a.text === b.text ? 'unchanged' : 'changed';
    keyed.push({
      key: [p.to, 0, p.from],
      entry: { from: a.id, to: b.id, kind, basis: p.basis, changes: wordDiff(a.text, b.text), ...num(a, 'fromNumber'), ...num(b, 'toNumber'), section: b.section, similarity: p.score },
    });
  }
  to.forEach((b, t) => {
    if (!pairedTo.has(t)) keyed.push({ key: [t, 0, -1], entry: { from: null, to: b.id, kind: 'added', changes: b.text ? [{ op: 'insert', text: b.text }] : [], ...num(b, 'toNumber'), section: b.section } });
  });
  let anchor = -1;
  from.forEach((a, f) => {
    const t = firstTo.get(f);
    if (t !== undefined) {
      anchor = t;
      return;
    }
    keyed.push({ key: [anchor, 1, f], entry: { from: a.id, to: null, kind: 'removed', changes: a.text ? [{ op: 'delete', text: a.text }] : [], ...num(a, 'fromNumber'), ...(sameDocument ? { section: a.section } : {}) } });
  });
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((k) => k.entry);
}
