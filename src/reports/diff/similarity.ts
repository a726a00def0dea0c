/**
 * How alike two paragraphs are in wording, and which pairs are worth
 * comparing at all.
 *
 * Similarity is a weighted Dice coefficient of the two paragraphs' words
 * taken as multisets (case, accents and punctuation ignored):
 * 2·w(A∩B) / (w(A)+w(B)), each word weighing its inverse document frequency
 * ln(1 + N/df) among the N paragraphs of the two texts compared. 1 for the
 * same words, 0 for none in common; "Inter-American Convention against
 * Terrorism" and "Inter-American Convention on Extradition" share their common
 * words but not the ones that tell them apart, and score low. The threshold
 * above which a pair is taken as a guess (`SIMILAR_THRESHOLD`) was measured on
 * the real corpus: see docs/diff.md and bench/diff-threshold.mjs.
 *
 * Candidates are found through the words two paragraphs share, rarest words
 * first (an inverted index), so pairing stays far from quadratic on long texts.
 */

/**
 * Pairs at or above this similarity are taken as guesses (`basis: "similar"`).
 * Measured on the shipped corpus (docs/diff.md, bench/diff-threshold.mjs):
 * the lowest value (in steps of 0.05) that at most 1 in 2,000 of the 78,336
 * pairs of paragraphs of two texts that no lineage joins reaches (37 do,
 * 0.05%; their 99.9th percentile is 0.404); 31 of the 39 `quoted` and
 * `paraphrased` links reach it, as many as at 0.40.
 */
export const SIMILAR_THRESHOLD = 0.5;

/** A paragraph's words for comparison: NFKC, lower case, accents dropped. */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFKC').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A paragraph prepared for comparison: its words' counts and its total weight. */
export interface Comparable {
  bag: Map<string, number>;
  weight: number;
}

/** Word weights (inverse document frequency) over a set of paragraphs. */
export type Weights = Map<string, number>;

function bagOf(ws: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * Prepares the paragraphs of two texts (or any lists) for comparison, the
 * weights taken over all of them together.
 */
export function prepareAll(...lists: ReadonlyArray<readonly string[]>): { weights: Weights; lists: Comparable[][] } {
  const bags = lists.map((texts) => texts.map((t) => bagOf(words(t))));
  const df = new Map<string, number>();
  let n = 0;
  for (const list of bags) {
    for (const bag of list) {
      n++;
      for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const weights: Weights = new Map();
  for (const [w, d] of df) weights.set(w, Math.log(1 + n / d));
  const out = bags.map((list) => list.map((bag) => {
    let weight = 0;
    for (const [w, k] of bag) weight += k * weights.get(w)!;
    return { bag, weight };
  }));
  return { weights, lists: out };
}

/** Weighted Dice coefficient of two prepared paragraphs (0 when both are empty). */
export function dice(a: Comparable, b: Comparable, weights: Weights): number {
  const total = a.weight + b.weight;
  if (total === 0) return 0;
  const [small, large] = a.bag.size <= b.bag.size ? [a.bag, b.bag] : [b.bag, a.bag];
  let common = 0;
  for (const [w, n] of small) {
    const m = large.get(w);
    if (m) common += Math.min(n, m) * weights.get(w)!;
  }
  return (2 * common) / total;
}

/** Similarity of two texts, weighted over just these two. */
export function similarity(a: string, b: string): number {
  const { weights, lists } = prepareAll([a], [b]);
  return dice(lists[0]![0]!, lists[1]![0]!, weights);
}

/** How many of a paragraph's rarest words look up candidates. */
const PROBES = 8;
/** How many candidates (those sharing the most probes) are scored for each paragraph. */
const SCORED = 16;

/**
 * Candidate pairs (earlier index, later index) with their similarity, at or
 * above `threshold`: for each later paragraph, the earlier ones sharing one of
 * its `PROBES` rarest words (rarest among the earlier text's paragraphs), of
 * which the `SCORED` sharing the most are scored. Two paragraphs alike enough
 * to pass the threshold share most of their weight, which sits in their rare
 * words, so they share most of the probes and come first. Counting shared
 * probes costs an increment per posting; scoring (the Dice coefficient over
 * both paragraphs' words) is done a bounded number of times per paragraph, so
 * pairing grows about linearly with the texts' length (docs/benchmark.md).
 */
export function candidatePairs(from: readonly Comparable[], to: readonly Comparable[], weights: Weights, threshold: number): Array<{ from: number; to: number; score: number }> {
  const postings = new Map<string, number[]>();
  from.forEach((p, i) => {
    for (const w of p.bag.keys()) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const out: Array<{ from: number; to: number; score: number }> = [];
  const hits = new Map<number, number>();
  to.forEach((q, j) => {
    hits.clear();
    const probes = [...q.bag.keys()].filter((w) => postings.has(w)).sort((x, y) => postings.get(x)!.length - postings.get(y)!.length || (x < y ? -1 : x > y ? 1 : 0));
    for (const w of probes.slice(0, PROBES)) for (const i of postings.get(w)!) hits.set(i, (hits.get(i) ?? 0) + 1);
    const ranked = hits.size <= SCORED ? [...hits.keys()] : [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, SCORED).map((x) => x[0]);
    for (const i of ranked) {
      const p = from[i]!;
      // The shared weight is at most the lighter paragraph's: skip pairs that cannot reach the threshold.
      if ((2 * Math.min(p.weight, q.weight)) / (p.weight + q.weight) < threshold) continue;
      const score = dice(p, q, weights);
      if (score >= threshold) out.push({ from: i, to: j, score });
    }
  });
  return out;
}
