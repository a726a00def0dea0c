#!/usr/bin/env node
// `plan render` on the largest text of the corpus (by paragraphs and by characters): the library
// steps in one process (model, then each format; medians after a warm-up), and the command end
// to end (a process per run: Node start, corpus load, render, the lint note, the write).
//
//   npx tsc -p tsconfig.json       # or npm run build
//   node bench/render.mjs          # RUNS (default 7), CORPUS (default ./corpus), DOC (default: the largest)
//
// Prints a Markdown table (docs/benchmark.md, "plan render").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.RUNS ?? 7);
const CORPUS = process.env.CORPUS ?? join(REPO, 'corpus');
const dist = (p) => import(pathToFileURL(join(REPO, 'dist', p)).href);

const { loadConfig, loadCorpus } = await dist('corpus/load.js');
const { RULE_IDS } = await dist('rules/index.js');
const { buildRenderModel } = await dist('reports/render/model.js');
const { lintNote } = await dist('commands/lint-note.js');
const formats = {
  markdown: (await dist('reports/render/markdown.js')).renderMarkdown,
  text: (await dist('reports/render/text.js')).renderText,
  html: (await dist('reports/render/html.js')).renderHtml,
  docx: (await dist('reports/render/docx.js')).renderDocx,
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median wall and CPU milliseconds of `fn` (CPU time says more than wall time on a loaded machine). */
async function time(fn) {
  await fn();
  const ms = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return [median(ms), median(cpu)];
}

let t = performance.now();
const c0 = process.cpuUsage();
const corpus = loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
const loadMs = [performance.now() - t, ((d) => (d.user + d.system) / 1000)(process.cpuUsage(c0))];

const size = (id) => (corpus.paragraphsByDocument.get(id) ?? []).reduce((n, p) => n + p.file.body.length, 0);
const doc = process.env.DOC ?? [...corpus.documents.keys()].sort((a, b) => size(b) - size(a))[0];
const paras = corpus.paragraphsByDocument.get(doc)?.length ?? 0;

const rows = [['corpus load (once per command)', loadMs]];
rows.push(['model (buildRenderModel)', await time(() => buildRenderModel(corpus, doc))]);
const model = buildRenderModel(corpus, doc);
const bytes = {};
for (const [f, render] of Object.entries(formats)) {
  rows.push([`format ${f}`, await time(async () => { bytes[f] = (await render(model)).length; })]);
}

rows.push(['lint note on stderr (a full lint of the corpus, as every report does)', await time(() => lintNote(corpus, '2026-12-01'))]);

const out = mkdtempSync(join(tmpdir(), 'plan-render-bench-'));
const cli = [];
for (const f of Object.keys(formats)) {
  const args = [join(REPO, 'bin/plan.js'), '--corpus', CORPUS, 'render', doc, '--format', f, ...(f === 'docx' ? ['--out', join(out, 'x.docx'), '--force'] : [])];
  const ms = [];
  const cpu = [];
  for (let i = 0; i <= RUNS; i++) {
    t = performance.now();
    // GNU time reports the child's CPU time (user + system) on the last line of stderr.
    const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const wall = performance.now() - t;
    const [, u, sy] = /cpu (\S+) (\S+)\s*$/.exec(r.stderr) ?? [];
    if (i > 0) cpu.push((Number(u) + Number(sy)) * 1000);
    if (r.status !== 0) throw new Error(`plan render ${doc} --format ${f}: exit ${r.status}:\n${r.stderr}`);
    if (i > 0) ms.push(wall);
  }
  cli.push([`plan render ${doc} --format ${f}${f === 'docx' ? ' --out x.docx' : ''} (end to end)`, [median(ms), median(cpu)]]);
}
rmSync(out, { recursive: true, force: true });

console.log(`| step (${doc}: ${paras} paragraphs, ${size(doc).toLocaleString('en')} characters) | median wall ms | median CPU ms | output bytes |`);
console.log('|---|---:|---:|---:|');
for (const [name, [ms, cpu]] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${cpu.toFixed(1)} | ${bytes[name.replace('format ', '')]?.toLocaleString('en') ?? ''} |`);
for (const [name, [ms, cpu]] of cli) console.log(`| ${name} | ${ms.toFixed(0)} | ${cpu.toFixed(0)} | |`);
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}; medians of ${RUNS} runs after 1 warm-up; load average at the end ${loadavg()[0].toFixed(2)}.`);
