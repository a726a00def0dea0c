#!/usr/bin/env node
// Side-by-side benchmark of `plan` against the floors and the peers on the synthetic corpus
// (gen-corpus.mjs) and on the real corpus, in one run.
//
//   (cd bench && npm ci)          # the peers (remark-cli, markdownlint-cli2), once
//   npm run build
//   node bench/run.mjs            # sizes 1000 10000 50000, 5 timed runs + 1 warm-up each
//   RUNS=3 LIMIT=120 ONLY='plan lint' node bench/run.mjs 1000 10000
//
// Environment: RUNS (timed runs, default 5), LIMIT (seconds; a runner whose run takes longer
// is cut and shown as "> LIMIT s", default 120; the remark peer's cut is at least 25 times
// plan lint's median, so that a cut still proves a ratio), ONLY / SKIP (regular expressions on runner
// names), REAL=0 (skip the real corpus), OUT (where corpora, outputs and results go, default
// bench/out), BASE (a folder holding another build of plan, run beside as "before"), STEPS=1
// (also runs plan lint with each fast path turned off alone).
//
// Runners of a size run in rounds (each runner once per round) so that a slow spell of the
// machine hits all of them alike. Wall time is measured around the process; peak RSS and CPU
// time come from GNU time (`/usr/bin/time -f`), for the largest process the command waited for.
// A command that fails (an unexpected exit code) is reported as failed, with its first line of
// stderr, and not timed.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const OUT = process.env.OUT ?? join(HERE, 'out');
const RUNS = Number(process.env.RUNS ?? 5);
const LIMIT = Number(process.env.LIMIT ?? 120);
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : undefined;
const SKIP = process.env.SKIP ? new RegExp(process.env.SKIP) : undefined;
const SIZES = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [1000, 10000, 50000];
const TODAY = '2026-01-01';
const PLAN = [process.execPath, join(REPO, 'bin/plan.js')];
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TIMEOUT = existsSync('/usr/bin/timeout') ? '/usr/bin/timeout' : undefined;
const BIN = join(HERE, 'node_modules/.bin');
const PEERS = existsSync(join(BIN, 'remark')) && existsSync(join(BIN, 'markdownlint-cli2'));
if (!existsSync(join(REPO, 'dist/cli/main.js'))) {
  console.error("run 'npm run build' first");
  process.exit(2);
}
if (!PEERS) console.error('peers not installed (cd bench && npm ci): they are left out');
mkdirSync(OUT, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One run: wall ms, peak RSS KiB, CPU ms, exit code, or timeout. */
function once(cmd, { cwd, env, before, limit = LIMIT }) {
  before?.();
  const outFile = join(OUT, 'last.out');
  const errFile = join(OUT, 'last.err');
  const rssFile = join(OUT, 'last.time');
  const o = openSync(outFile, 'w');
  const e = openSync(errFile, 'w');
  // coreutils `timeout` kills the command itself at the limit: killing only GNU time (as a
  // spawn timeout does) would leave the command running, loading the machine for the next runs.
  const cut = TIMEOUT ? [TIMEOUT, '-s', 'KILL', String(limit), ...cmd] : cmd;
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...cut] : cut;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', o, e], timeout: (limit + 30) * 1000, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(o);
  closeSync(e);
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL' || (TIMEOUT && r.status === 137 && ms >= limit * 1000)) return { timeout: true };
  let rss, cpu;
  if (TIME && existsSync(rssFile)) {
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    [rss, cpu] = [last[0], (last[1] + last[2]) * 1000];
  }
  return { ms, rss, cpu, code: r.status, outFile, errFile };
}

/** Checks a plan lint JSON output against expected.json: "ok N" or what differs. */
function checkLint(outFile, root) {
  let files;
  try {
    files = JSON.parse(readFileSync(outFile, 'utf8'));
  } catch {
    return 'not JSON';
  }
  const exp = join(root, 'expected.json');
  const rel = (f) => f.filePath.slice(root.length + 1);
  const bad = files.filter((f) => f.errorCount > 0).map(rel).sort();
  if (!existsSync(exp)) return `${bad.length} files with errors`;
  const want = JSON.parse(readFileSync(exp, 'utf8')).bad.map((b) => b.file).sort();
  if (JSON.stringify(bad) === JSON.stringify(want)) return `ok: ${bad.length} files`;
  const missed = want.filter((f) => !bad.includes(f)).length;
  const extra = bad.filter((f) => !want.includes(f)).length;
  return `MISMATCH: ${missed} missed, ${extra} extra`;
}
const checkJson = (outFile) => {
  try {
    JSON.parse(readFileSync(outFile, 'utf8'));
    return 'ok: JSON';
  } catch {
    return 'not JSON';
  }
};
const floorCount = (outFile) => {
  try {
    const j = JSON.parse(readFileSync(outFile, 'utf8'));
    return `${j.filesWithErrors} files (schema/YAML only)`;
  } catch {
    return '';
  }
};

/** remark's report: how many schema findings (the plugin reports them as warnings). */
const remarkCount = (outFile) => {
  const text = readFileSync(outFile.replace(/last\.out$/, 'last.err'), 'utf8');
  if (/ResolverError|Error opening file/.test(text)) return 'SCHEMA NOT FOUND';
  return `${(text.match(/frontmatter-schema/g) ?? []).length} schema findings`;
};

/** The runners for a corpus at `root` (`n` files of paragraphs, or the real corpus). */
function runners(root, n) {
  const cache = join(OUT, `cache-${n}.json`);
  const lint = [...PLAN, 'lint', '--corpus', root, '--format', 'json', '--today', TODAY];
  // The file a "one file changed" run edits (a paragraph's body: a drafter's usual edit), and a
  // document (every file's findings may depend on it): toggled before every run, so the cache
  // never has the bytes.
  const victim = ['paragraphs/doc-0/5.md', 'paragraphs/strategy-2021/1.a.md'].map((p) => join(root, p)).find((p) => existsSync(p));
  const original = victim ? readFileSync(victim) : undefined;
  const docVictim = ['documents/doc-0.md', 'documents/strategy-2021.md'].map((p) => join(root, p)).find((p) => existsSync(p));
  const docOriginal = docVictim ? readFileSync(docVictim) : undefined;
  let flip = 0;
  let docFlip = 0;
  let fmFlip = 0;
  const list = [
    { name: 'read every file (floor)', cmd: [NODE, join(HERE, 'read-floor.mjs'), root], ok: [0] },
    { name: 'floor: read + split + yaml + ajv, 1 thread', floor: true, cmd: [NODE, join(HERE, 'floor.mjs'), root, join(REPO, 'schemas')], ok: [0], check: floorCount },
    { name: 'plan lint', cmd: lint, ok: [0, 1], check: (o) => checkLint(o, root) },
    { name: 'plan lint, plain path (yaml only, ajv compiled at start)', cmd: lint, env: { PLAN_FAST_YAML: '0', PLAN_PRECOMPILED: '0' }, ok: [0, 1], check: (o) => checkLint(o, root) },
    // STEPS=1: each fast path turned off alone, to see what it buys.
    ...(process.env.STEPS === '1' ? [
      { name: 'plan lint, without the js-yaml fast path', cmd: lint, env: { PLAN_FAST_YAML: '0' }, ok: [0, 1], check: (o) => checkLint(o, root) },
      { name: 'plan lint, without precompiled validators', cmd: lint, env: { PLAN_PRECOMPILED: '0' }, ok: [0, 1], check: (o) => checkLint(o, root) },
    ] : []),
    // BASE=<folder with another build of plan> adds it as "before" (e.g. `git archive` of an older commit, built).
    ...(process.env.BASE ? [
      { name: 'before: plan lint', cmd: [NODE, join(process.env.BASE, 'bin/plan.js'), ...lint.slice(2)], ok: [0, 1], check: (o) => checkLint(o, root) },
    ] : []),
    { name: 'plan lint --cache, warm', cmd: [...lint, '--cache-location', cache], ok: [0, 1], check: (o) => checkLint(o, root) },
    victim && {
      name: 'plan lint --cache, warm, 1 paragraph\'s body changed',
      cmd: [...lint, '--cache-location', join(OUT, `cache-${n}-changed.json`)],
      ok: [0, 1],
      before: () => writeFileSync(victim, Buffer.concat([original, Buffer.from(flip++ % 2 ? '\n' : '\n\n')])),
      after: () => writeFileSync(victim, original),
    },
    victim && {
      // The same paragraph's front matter (a comment line): its text changes, its data does not.
      name: 'plan lint --cache, warm, 1 paragraph\'s front matter changed',
      cmd: [...lint, '--cache-location', join(OUT, `cache-${n}-fm.json`)],
      ok: [0, 1],
      before: () => writeFileSync(victim, Buffer.concat([Buffer.from(`---\n# checked ${fmFlip++ % 2 ? 'again' : 'once'}\n`), original.subarray(4)])),
      after: () => writeFileSync(victim, original),
    },
    docVictim && {
      name: 'plan lint --cache, warm, 1 document changed (all relinted)',
      cmd: [...lint, '--cache-location', join(OUT, `cache-${n}-doc.json`)],
      ok: [0, 1],
      before: () => writeFileSync(docVictim, Buffer.concat([docOriginal, Buffer.from(docFlip++ % 2 ? '\n' : '\n\n')])),
      after: () => writeFileSync(docVictim, docOriginal),
    },
    { name: 'plan gaps --all', cmd: [...PLAN, 'gaps', '--all', '--corpus', root, '--format', 'json', '--today', TODAY], ok: [0, 1], check: checkJson },
    { name: 'plan xref', cmd: [...PLAN, 'xref', '--corpus', root, '--format', 'json', '--today', TODAY], ok: [0], check: checkJson },
  ];
  if (PEERS && n !== 'real') {
    list.push(
      { name: 'markdownlint-cli2 (Markdown style only)', cmd: [join(BIN, 'markdownlint-cli2'), '--config', join(HERE, 'bench.markdownlint-cli2.jsonc'), 'paragraphs/**/*.md'], cwd: root, ok: [0, 1] },
      { name: 'remark-cli + remark-lint-frontmatter-schema', peer: true, cmd: [join(BIN, 'remark'), 'paragraphs', '--rc-path', join(HERE, 'remark.config.mjs'), '--quiet', '--frail', '--no-stdout', '--no-color'], cwd: root, env: { PLAN_SCHEMA: relative(root, join(REPO, 'schemas/paragraph.schema.json')) }, ok: [0, 1], check: (o) => remarkCount(o) },
    );
  }
  return list.filter(Boolean).filter((r) => (!ONLY || ONLY.test(r.name)) && !(SKIP && SKIP.test(r.name)));
}

/** Runs every runner RUNS times (after one warm-up), in rounds; returns one row per runner. */
function bench(root, n, files) {
  const list = runners(root, n).map((r) => ({ ...r, walls: [], rss: 0, cpus: [], status: undefined }));
  for (let round = 0; round <= RUNS; round++) {
    for (const r of list) {
      if (r.status) continue;
      // A slow peer is cut at LIMIT, or at 25 times plan lint's time if that is longer: a cut
      // run then still shows plan lint more than 20 times faster, with room for noise.
      const lintRow = list.find((x) => x.name === 'plan lint');
      const lintMs = lintRow?.walls.length ? median(lintRow.walls) : lintRow?.warm;
      const limit = r.peer && lintMs ? Math.max(LIMIT, Math.ceil((25 * lintMs) / 1000)) : LIMIT;
      const res = once(r.cmd, { cwd: r.cwd ?? root, env: r.env, before: r.before, limit });
      r.after?.();
      if (res.timeout) {
        r.status = `> ${limit} s`;
        continue;
      }
      if (!r.ok.includes(res.code)) {
        const err = readFileSync(res.errFile, 'utf8');
        writeFileSync(join(OUT, `failed-${String(n)}-${r.name.replace(/[^a-z0-9]+/gi, '-')}.err`), err);
        const first = err.split('\n').find((l) => l.trim()) ?? '';
        r.status = `failed (exit ${res.code}: ${first.slice(0, 90)})`;
        continue;
      }
      if (round === 0) {
        r.checked = r.check?.(res.outFile) ?? '';
        r.warm = res.ms;
        continue; // warm-up
      }
      r.walls.push(res.ms);
      if (res.cpu !== undefined) r.cpus.push(res.cpu);
      if (res.rss > r.rss) r.rss = res.rss;
    }
    process.stderr.write(`  N=${n}: round ${round}/${RUNS} done\n`);
  }
  const floor = list.find((r) => r.floor);
  const floorMs = floor && !floor.status ? median(floor.walls) : undefined;
  return list.map((r) => {
    const ms = r.status ? undefined : median(r.walls);
    return { runner: r.name, n, files, ms, cpu: r.cpus.length ? median(r.cpus) : undefined, rssMiB: r.rss ? r.rss / 1024 : undefined, ratio: ms !== undefined && floorMs ? ms / floorMs : undefined, status: r.status, check: r.checked ?? '', runs: r.walls.length };
  });
}

function countFiles(root) {
  let n = 0;
  const walk = (d) => {
    for (const e of spawnSync('find', [d, '-name', '*.md', '-type', 'f'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.split('\n')) if (e) n++;
  };
  walk(root);
  return n;
}

const rows = [];
// Start-up: what a user waits for before anything is read.
{
  const list = [
    { name: 'node -e 0 (Node start-up)', cmd: [NODE, '-e', '0'] },
    { name: 'plan --version', cmd: [...PLAN, '--version'] },
    { name: 'plan --help', cmd: [...PLAN, '--help'] },
  ].filter((r) => (!ONLY || ONLY.test(r.name)) && !(SKIP && SKIP.test(r.name)));
  for (const r of list) r.walls = [];
  for (let round = 0; round <= Math.max(RUNS, 9); round++) {
    for (const r of list) {
      const res = once(r.cmd, { cwd: REPO });
      if (round) r.walls.push(res.ms);
      r.rss = Math.max(r.rss ?? 0, res.rss ?? 0);
    }
  }
  for (const r of list) rows.push({ runner: r.name, n: '–', ms: median(r.walls), rssMiB: r.rss / 1024, check: '', runs: r.walls.length });
}
if (process.env.REAL !== '0' && existsSync(join(REPO, 'corpus/documents'))) {
  // A copy, so that the runs that edit a file never touch the repository's corpus.
  const real = join(OUT, 'corpus-real');
  rmSync(real, { recursive: true, force: true });
  cpSync(join(REPO, 'corpus'), real, { recursive: true });
  process.stderr.write('real corpus\n');
  rows.push(...bench(real, 'real', countFiles(real)));
}
for (const n of SIZES) {
  const root = join(OUT, `corpus-${n}`);
  // Regenerate when the generator changed (same N and seed give the same bytes).
  const stamp = join(root, '.generator');
  const gen = readFileSync(join(HERE, 'gen-corpus.mjs'), 'utf8');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== gen) {
    spawnSync(NODE, [join(HERE, 'gen-corpus.mjs'), String(n), root], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(stamp, gen);
  }
  process.stderr.write(`N=${n}\n`);
  rows.push(...bench(root, n, countFiles(root)));
}

// The table.
const fmtN = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : n);
const s = (ms) => (ms === undefined ? '' : ms >= 10000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const lines = [];
lines.push('| runner | N | files | median s | × floor | CPU s | peak RSS MiB | output |', '|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  if (r.status) {
    lines.push(`| ${r.runner} | ${fmtN(r.n)} | ${r.files ? fmtN(r.files) : ''} | ${r.status} | | | | |`);
    continue;
  }
  lines.push(`| ${r.runner} | ${fmtN(r.n)} | ${r.files ? fmtN(r.files) : ''} | ${s(r.ms)} | ${r.ratio !== undefined ? r.ratio.toFixed(2) : ''} | ${r.cpu !== undefined ? s(r.cpu) : ''} | ${r.rssMiB ? Math.round(r.rssMiB) : ''} | ${r.check} |`);
}
// Growth with N: ms per 1,000 files at each size, and the exponent k in time ~ N^k between sizes.
const sizes = SIZES.filter((n) => rows.some((r) => r.n === n));
if (sizes.length > 1) {
  lines.push('', `| runner | ${sizes.map((n) => `ms / 1,000 files at ${fmtN(n)}`).join(' | ')} | ${sizes.slice(1).map((n, i) => `k ${fmtN(sizes[i])}→${fmtN(n)}`).join(' | ')} |`);
  lines.push(`|---|${sizes.map(() => '---:').join('|')}|${sizes.slice(1).map(() => '---:').join('|')}|`);
  for (const name of [...new Set(rows.filter((r) => typeof r.n === 'number').map((r) => r.runner))]) {
    const at = sizes.map((n) => rows.find((r) => r.runner === name && r.n === n));
    const per = at.map((r) => (r && r.ms !== undefined ? ((r.ms / r.files) * 1000).toFixed(0) : r?.status ?? ''));
    const k = at.slice(1).map((r, i) => (r?.ms !== undefined && at[i]?.ms !== undefined ? (Math.log(r.ms / at[i].ms) / Math.log(r.files / at[i].files)).toFixed(2) : ''));
    lines.push(`| ${name} | ${per.join(' | ')} | ${k.join(' | ')} |`);
  }
}
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model ?? '?';
const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
lines.push('', `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpuModel}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; medians of ${RUNS} runs after 1 warm-up, runners interleaved; load average at the end ${load}.`);
const table = lines.join('\n');
console.log(table);
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, limit: LIMIT, rows }, null, 1) + '\n');
writeFileSync(join(OUT, 'results.md'), table + '\n');
