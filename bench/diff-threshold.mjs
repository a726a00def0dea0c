#!/usr/bin/env node
// Measures the similarity threshold of `plan diff` on the real corpus (docs/diff.md).
//
//   npx tsc -p tsconfig.json && node bench/diff-threshold.mjs [corpus]
//
// Similarity is the weighted Dice coefficient of two paragraphs' words, weights taken over the
// two texts compared, exactly as `plan diff a b` computes it (src/reports/diff/similarity.ts).
// Prints its distribution for the corpus's `derived-from` links (by basis), for every pair of
// paragraphs of two different texts that no lineage joins, and, for each pair of texts that
// lineage joins, the best unlinked match of each later paragraph: what a guess would take.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const { loadCorpus, loadConfig } = await import(join(REPO, 'dist/corpus/load.js'));
const { RULE_IDS } = await import(join(REPO, 'dist/rules/index.js'));
const { prepareAll, dice } = await import(join(REPO, 'dist/reports/diff/similarity.js'));
const { paragraphText } = await import(join(REPO, 'dist/reports/diff/index.js'));

const root = process.argv[2] ?? join(REPO, 'corpus');
const c = loadCorpus(root, loadConfig(root, RULE_IDS));
const paras = [...c.paragraphs.values()];
const doc = (id) => c.paragraphs.get(id).fm.document;
// Each pair of texts prepared together, as `plan diff <a> <b>` does.
const prepared = new Map();
const texts = (d) => (c.paragraphsByDocument.get(d) ?? []).map((p) => paragraphText(p.file.body));
const ids = (d) => (c.paragraphsByDocument.get(d) ?? []).map((p) => p.id);
const sim = (a, b) => {
  const [da, db] = [doc(a), doc(b)].sort();
  const key = `${da} ${db}`;
  if (!prepared.has(key)) {
    const { weights, lists } = prepareAll(texts(da), texts(db));
    const at = new Map([...ids(da).map((id, i) => [id, lists[0][i]]), ...ids(db).map((id, i) => [id, lists[1][i]])]);
    prepared.set(key, { weights, at });
  }
  const { weights, at } = prepared.get(key);
  return dice(at.get(a), at.get(b), weights);
};

// Lineage components (derived-from, both ways, transitively): pairs inside one are "linked".
const parent = new Map(paras.map((p) => [p.id, p.id]));
const find = (x) => (parent.get(x) === x ? x : (parent.set(x, find(parent.get(x))), parent.get(x)));
const links = [];
for (const p of paras) for (const r of p.fm.relations ?? []) {
  if (r.type !== 'derived-from' || r.resolved === false || !c.paragraphs.has(r.target)) continue;
  links.push({ from: r.target, to: p.id, basis: r.basis ?? '(none)' });
  parent.set(find(p.id), find(r.target));
}

const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN; };
const row = (name, xs) => console.log(`${name.padEnd(34)} n=${String(xs.length).padStart(6)}  min ${pct(xs, 0).toFixed(3)}  p10 ${pct(xs, 0.1).toFixed(3)}  median ${pct(xs, 0.5).toFixed(3)}  p90 ${pct(xs, 0.9).toFixed(3)}  p99 ${pct(xs, 0.99).toFixed(3)}  p99.9 ${pct(xs, 0.999).toFixed(3)}  max ${pct(xs, 1).toFixed(3)}`);

console.log(`corpus: ${root} (${paras.length} paragraphs, ${links.length} derived-from links)\n`);
const byBasis = new Map();
for (const l of links) byBasis.set(l.basis, [...(byBasis.get(l.basis) ?? []), sim(l.from, l.to)]);
for (const [b, xs] of [...byBasis].sort()) row(`linked, basis ${b}`, xs);
row('linked, all', links.map((l) => sim(l.from, l.to)));

const unlinked = [];
for (let i = 0; i < paras.length; i++) for (let j = i + 1; j < paras.length; j++) {
  const a = paras[i].id, b = paras[j].id;
  if (doc(a) === doc(b) || find(a) === find(b)) continue;
  unlinked.push(sim(a, b));
}
row('unlinked pairs of different texts', unlinked);

// The best unlinked candidate of each later paragraph, for the text pairs lineage joins.
const docPairs = new Set(links.map((l) => `${doc(l.from)} ${doc(l.to)}`));
const best = [];
const bestRows = [];
for (const dp of docPairs) {
  const [fd, td] = dp.split(' ');
  for (const q of c.paragraphsByDocument.get(td) ?? []) {
    let top = 0, arg = '';
    for (const p of c.paragraphsByDocument.get(fd) ?? []) {
      if (find(p.id) === find(q.id)) continue;
      const s = sim(p.id, q.id);
      if (s > top) { top = s; arg = p.id; }
    }
    best.push(top);
    bestRows.push([top, q.id, arg]);
  }
}
row('best unlinked match per paragraph', best);

console.log('\nthreshold  linked quoted/paraphrased at or above  linked same-topic at or above  unlinked pairs at or above  best unlinked matches at or above');
const qp = links.filter((l) => l.basis === 'quoted' || l.basis === 'paraphrased').map((l) => sim(l.from, l.to));
const st = links.filter((l) => l.basis === 'same-topic').map((l) => sim(l.from, l.to));
for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const n = (xs) => xs.filter((x) => x >= t).length;
  console.log(`${t.toFixed(2).padEnd(10)} ${`${n(qp)}/${qp.length}`.padEnd(38)} ${`${n(st)}/${st.length}`.padEnd(30)} ${`${n(unlinked)}/${unlinked.length}`.padEnd(27)} ${n(best)}/${best.length}`);
}
console.log('\nhighest best unlinked matches:');
for (const [s, q, p] of bestRows.sort((a, b) => b[0] - a[0]).slice(0, 12)) console.log(`  ${s.toFixed(3)}  ${q}  ~  ${p}`);
