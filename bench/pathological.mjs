#!/usr/bin/env node
// One paragraph with a pathological body in a copy of the real corpus: how long each command
// takes (issue 15, item 8: every text scan linear; target: any body up to the 1 MiB file limit
// under 1 s for every command). The bodies are the ones that found quadratic scans:
//
//   convention   8,000 × "Convention " (88 KB)              title scanner
//   article-n    10,000 × "Article n of the Palermo Convention " (n = 1..41; 370 KB)   citations
//   words-1mib   real paragraph text repeated up to the 1 MiB file limit   search's fold, everything
//   star-a       100 KB of "*a"                              Markdown emphasis
//   gt           100 KB of ">"                               Markdown block quotes
//
// and, as the reference, the corpus unchanged. Each command runs RUNS times (default 3; median
// shown, and in brackets the CPU seconds, user + system) with a cut at LIMIT seconds (default 60,
// shown "> 60 s"). Run after `npm run build`
// (or `npx tsc -p tsconfig.json`):
//
//   node bench/pathological.mjs                 # every body, every command
//   RUNS=1 LIMIT=20 ONLY=search node bench/pathological.mjs words-1mib
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const RUNS = Number(process.env.RUNS ?? 3);
const LIMIT = Number(process.env.LIMIT ?? 60);
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : undefined;
const MAX_FILE = 1024 * 1024; // src/model/read-file.ts MAX_FILE_BYTES
const ID = 'gtdot-workplan-2008/2.1';
const FILE = `paragraphs/${ID}.md`;
if (!existsSync(join(REPO, 'dist/cli/main.js'))) {
  console.error("run 'npm run build' (or npx tsc -p tsconfig.json) first");
  process.exit(2);
}

/** Every paragraph body of the real corpus, in path order: text with real citations and titles. */
function realText() {
  const dir = join(REPO, 'corpus/paragraphs');
  const parts = [];
  for (const doc of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, doc)).sort()) {
      const t = readFileSync(join(dir, doc, f), 'utf8');
      parts.push(t.slice(t.indexOf('\n---\n', 4) + 5).replace(/\s+/g, ' ').trim());
    }
  }
  return parts.join(' ');
}

/** The bodies, by name: [body, a word to search for]. `room` is what the 1 MiB file leaves for the body. */
function bodies(room) {
  const article = Array.from({ length: 10_000 }, (_, i) => `Article ${(i % 41) + 1} of the Palermo Convention `).join('');
  const text = realText();
  let words = '';
  while (words.length < room) words += `${text} `;
  words = Buffer.from(words).subarray(0, room).toString('utf8').replace(/\S*\uFFFD?$/, '').trimEnd();
  return {
    convention: ['Convention '.repeat(8_000).trimEnd(), 'convention'],
    'article-n': [article.trimEnd(), 'palermo'],
    'words-1mib': [words, 'cooperation'],
    'star-a': ['*a'.repeat(50_000), 'a'],
    gt: ['>'.repeat(100_000), 'encourage'],
  };
}

const COMMANDS = [
  ['lint', ['lint']],
  ['gaps --all', ['gaps', '--all']],
  ['xref', ['xref']],
  ['search', (word) => ['search', word]],
  ['show', ['show', ID]],
];

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** One timed run: wall and CPU seconds (user + system, from GNU time), or `cut`; the exit code. */
function once(corpus, args, timeFile) {
  const plan = [process.execPath, join(REPO, 'bin/plan.js'), '--corpus', corpus, '--today', '2026-01-01', ...args];
  const [cmd, ...argv] = TIME ? [TIME, '-f', '%U %S', '-o', timeFile, ...plan] : plan;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    encoding: 'utf8', timeout: LIMIT * 1000, maxBuffer: 1 << 30, env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: '1' },
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { cut: true };
  const cpu = TIME ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').reduce((a, x) => a + Number(x), 0) : NaN;
  return { s, cpu, code: r.status, err: (r.stderr ?? '').split('\n').find((l) => /error|RangeError/.test(l) && !/lint errors/.test(l)) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'plan-patho-'));
const corpus = join(dir, 'corpus');
cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
const original = readFileSync(join(corpus, FILE), 'utf8');
const frontMatter = original.slice(0, original.indexOf('\n---\n', 4) + 5);
const all = bodies(MAX_FILE - Buffer.byteLength(frontMatter) - 1);
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ['unchanged', ...Object.keys(all)];

console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); median of ${RUNS} runs, cut at ${LIMIT} s; paragraph ${ID}\n`);
console.log('| body | file bytes | ' + COMMANDS.filter(([n]) => !ONLY || ONLY.test(n)).map(([n]) => `plan ${n}`).join(' | ') + ' |');
console.log('|---|---:|' + COMMANDS.filter(([n]) => !ONLY || ONLY.test(n)).map(() => '---:').join('|') + '|');
try {
  for (const name of chosen) {
    const [body, word] = name === 'unchanged' ? [undefined, 'palermo'] : all[name] ?? [];
    if (name !== 'unchanged' && body === undefined) throw new Error(`unknown body ${name}; one of ${Object.keys(all).join(', ')}`);
    const text = body === undefined ? original : `${frontMatter}${body}\n`;
    writeFileSync(join(corpus, FILE), text);
    const cells = [];
    for (const [cmd, args] of COMMANDS) {
      if (ONLY && !ONLY.test(cmd)) continue;
      const argv = typeof args === 'function' ? args(word) : args;
      const times = [];
      const cpus = [];
      let note = '';
      for (let i = 0; i < RUNS; i++) {
        const r = once(corpus, argv, join(dir, 'time.txt'));
        if (r.cut) { note = `> ${LIMIT} s`; break; }
        if (r.code !== 0 && !(cmd === 'lint' && r.code === 1)) { note = `exit ${r.code}${r.err ? ` (${r.err.trim().slice(0, 60)})` : ''}`; break; }
        times.push(r.s);
        cpus.push(r.cpu);
      }
      cells.push(note || `${median(times).toFixed(2)} s${TIME ? ` (${median(cpus).toFixed(2)})` : ''}`);
    }
    console.log(`| ${name} | ${Buffer.byteLength(text).toLocaleString('en')} | ${cells.join(' | ')} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
