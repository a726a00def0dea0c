#!/usr/bin/env node
// Benchmark of `plan diff` (docs/benchmark.md, "plan diff"):
//
//   npx tsc -p tsconfig.json && node bench/diff.mjs [N]        # N paragraphs per synthetic text, default 5000
//
// 1. The real corpus: `plan diff` end to end (process start to exit, median of RUNS) for the
//    largest text at a revision (cedot-draft-2006 --since HEAD, read from git) and for the
//    pairs of texts lineage joins; and the library alone (pairing, word diffs, summary) on the
//    loaded corpus.
// 2. Two synthetic texts of N paragraphs (Zipf-distributed words, 15-90 a paragraph): the later
//    text keeps 78% of the paragraphs, edits 10% (a few words replaced, a clause added), moves 2%,
//    drops 5% and adds 5% new ones, and every paragraph gets a new number, with no lineage link:
//    every pair must be found by similarity (the worst case). `plan diff a b` end to end, and
//    `plan diff a --since HEAD~1` on the same edit committed in git (every later paragraph
//    renumbered). Then the library alone at N/4, N/2 and N, to show how it grows.
//
// Environment: RUNS (default 3), OUT (working folder, default a fresh one under the system tmp),
// BUILD (a folder holding another copy of bin/ and dist/ to run, default this repository).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const N = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.env.RUNS ?? 3);
const OUT = process.env.OUT ?? mkdtempSync(join(tmpdir(), 'plan-bench-diff-'));
mkdirSync(OUT, { recursive: true });
const BUILD = process.env.BUILD ?? REPO;
const PLAN = join(BUILD, 'bin/plan.js');
const lib = await import(join(BUILD, 'dist/reports/diff/index.js'));
const pair = await import(join(BUILD, 'dist/reports/diff/pair.js'));
const { loadCorpus, loadConfig } = await import(join(BUILD, 'dist/corpus/load.js'));
const { RULE_IDS } = await import(join(BUILD, 'dist/rules/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Median wall time of `plan <args>` (ms), and its CPU time (user + system, from GNU time):
 * on a shared machine the CPU time is the steadier figure. Checks exit 0.
 */
function cli(args, cwd) {
  const times = [];
  const cpu = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const cmd = TIME ? [TIME, '-f', '%U %S', '-o', join(OUT, 'time.txt'), process.execPath, PLAN, ...args] : [process.execPath, PLAN, ...args];
    const t0 = performance.now();
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', PLAN_TODAY: '2026-12-03' } });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`plan ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (TIME) cpu.push(readFileSync(join(OUT, 'time.txt'), 'utf8').trim().split(/\s+/).reduce((a, x) => a + Number(x) * 1000, 0));
    bytes = r.stdout.length;
  }
  return { ms: median(times), cpu: cpu.length ? median(cpu) : NaN, bytes };
}

/** Median CPU time (ms) of a library call in this process. */
function timeLib(fn) {
  const times = [];
  let out;
  for (let i = 0; i < Math.max(RUNS, 3); i++) {
    const u0 = process.cpuUsage();
    out = fn();
    const u = process.cpuUsage(u0);
    times.push((u.user + u.system) / 1000);
  }
  return { ms: median(times), out };
}

const rows = [];
/** A row: wall time and CPU time of a run of plan, or (library rows) CPU time alone. */
const row = (what, c, note = '') => {
  const wall = c.cpu === undefined ? '' : fmt(c.ms);
  const cpu = fmt(c.cpu ?? c.ms);
  rows.push([what, wall, cpu, note]);
  console.log(`${what.padEnd(66)} ${wall.padStart(9)} ${cpu.padStart(9)}  ${note}`);
};
console.log(`${'what'.padEnd(66)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}`);

console.log(`node ${process.version}, ${cpus().length} cores, ${RUNS} runs (median)\n`);

// 1. The real corpus.
const real = join(REPO, 'corpus');
const corpus = loadCorpus(real, loadConfig(real, RULE_IDS));
for (const [a, b] of [['mex-draft-2005', 'cedot-draft-2006'], ['cedot-draft-2006', 'strategy-2021'], ['csh-recommendations-2005', 'cedot-draft-2006']]) {
  const c = cli(['diff', a, b], REPO);
  const l = timeLib(() => lib.diffLineage({ corpus, from: a, to: b }));
  row(`real: plan diff ${a} ${b}`, c, `library alone ${fmt(l.ms)} cpu; ${JSON.stringify(l.out.summary)}`);
}
{
  const c = cli(['diff', 'cedot-draft-2006', '--since', 'HEAD'], REPO);
  const l = timeLib(() => lib.diffSince({ now: corpus, then: corpus, document: 'cedot-draft-2006', revision: 'HEAD' }));
  row('real: plan diff cedot-draft-2006 --since HEAD (168 paragraphs)', c, `library alone ${fmt(l.ms)} cpu`);
  const d = cli(['diff', 'mex-draft-2005', 'cedot-draft-2006', '--format', 'docx', '--out', join(OUT, 'real.docx'), '--force'], REPO);
  row('real: plan diff mex-draft-2005 cedot-draft-2006 --format docx', d);
}

// 2. Synthetic texts.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261203);
const syll = ['ta', 'ri', 'mo', 'ne', 'sa', 'lu', 'ko', 'pe', 'di', 'ga', 'ven', 'tor', 'mis', 'cal', 'dro', 'ple'];
const vocab = Array.from({ length: 6000 }, (_, i) => {
  let w = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / 16)) w += syll[n % 16];
  return w;
});
const word = () => vocab[Math.floor(vocab.length * rand() ** 3)];
const sentence = (k) => {
  const ws = Array.from({ length: k }, word);
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return `${ws.join(' ')}.`;
};
const paragraphText = () => sentence(15 + Math.floor(rand() * 76));
function edit(text) {
  const ws = text.split(' ');
  for (let k = 0; k < 3 + Math.floor(rand() * 4); k++) ws[Math.floor(rand() * ws.length)] = word();
  return `${ws.join(' ').replace(/\.$/, '')}, ${sentence(4 + Math.floor(rand() * 6)).toLowerCase()}`;
}
function laterText(earlier) {
  const out = [];
  const moved = [];
  for (const t of earlier) {
    const r = rand();
    if (r < 0.05) continue;
    if (r < 0.15) out.push(edit(t));
    else if (r < 0.17) moved.push(t);
    else out.push(t);
    if (rand() < 0.05) out.push(paragraphText());
  }
  for (const t of moved) out.splice(Math.floor(rand() * out.length), 0, t);
  return out;
}
const A = Array.from({ length: N }, paragraphText);
const B = laterText(A);

function writeDoc(root, id, texts) {
  const parts = Math.ceil(texts.length / 100);
  mkdirSync(join(root, 'documents'), { recursive: true });
  writeFileSync(join(root, 'documents', `${id}.md`), `---\nid: ${id}\ntitle: Synthetic text ${id}\ndate: "2026"\nauthor: bench\nstatus: working-draft\nsource: bench/diff.mjs\noutline:\n${Array.from({ length: parts }, (_, k) => `  - title: Part ${k + 1}\n`).join('')}---\n`);
  const dir = join(root, 'paragraphs', id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => {
    writeFileSync(join(dir, `${i + 1}.md`), `---\nid: ${id}/${i + 1}\ndocument: ${id}\nnumber: "${i + 1}"\nprinted: true\nposition: ${i + 1}\nsection: [Part ${Math.floor(i / 100) + 1}]\ntype: operative\n---\n${t}\n`);
  });
}
const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
const synth = join(OUT, 'synthetic', 'corpus');
writeDoc(synth, 'a', A);
writeDoc(synth, 'b', B);
git(dirname(synth), 'init', '-q');
git(dirname(synth), 'add', '-A');
git(dirname(synth), 'commit', '-q', '-m', 'a and b');
writeDoc(synth, 'a', B);
git(dirname(synth), 'add', '-A');
git(dirname(synth), 'commit', '-q', '-m', 'a edited as b');
console.log(`\nsynthetic: a ${A.length} paragraphs, b ${B.length} (${OUT})`);
{
  const c = cli(['diff', 'a', 'b', '--format', 'json'], dirname(synth));
  row(`synthetic: plan diff a b --format json (${A.length} → ${B.length}, no links)`, c, `${(c.bytes / 1e6).toFixed(1)} MB of JSON`);
  const t = cli(['diff', 'a', 'b'], dirname(synth));
  row('synthetic: plan diff a b (text)', t);
  const s = cli(['diff', 'a', '--since', 'HEAD~1', '--format', 'json'], dirname(synth));
  row('synthetic: plan diff a --since HEAD~1 --format json (renumbered)', s);
  const d = cli(['diff', 'a', 'b', '--format', 'docx', '--out', join(OUT, 'synthetic.docx'), '--force'], dirname(synth));
  row('synthetic: plan diff a b --format docx', d);
}
console.log('');
const asParas = (prefix, texts) => texts.map((text, i) => ({ id: `${prefix}/${i + 1}`, number: String(i + 1), text, section: [] }));
for (const n of [Math.floor(N / 4), Math.floor(N / 2), N]) {
  const a = A.slice(0, n);
  const b = laterText(a);
  const [fa, tb] = [asParas('a', a), asParas('b', b)];
  const l = timeLib(() => pair.entries(fa, tb, pair.pairLineage(fa, tb, [], lib.SIMILAR_THRESHOLD), false));
  const s = timeLib(() => pair.entries(fa, asParas('a', b), pair.pairSince(fa, asParas('a', b), lib.SIMILAR_THRESHOLD), true));
  const sum = lib.summarize(l.out);
  row(`library: lineage pairing + word diffs, ${n} paragraphs`, l, `since (same edit, renumbered): ${fmt(s.ms)} cpu; ${JSON.stringify(sum)}`);
}
if (!process.env.OUT) rmSync(OUT, { recursive: true, force: true });
