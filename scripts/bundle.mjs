#!/usr/bin/env node
// Makes dist/bundle/: dist/cli/main.js and what it imports (commander, js-yaml, remark, unified,
// chalk, dist/**) bundled by rolldown into CommonJS chunks, one per group of modules that the
// same commands load (each `await import()` of src/cli/main.ts stays a chunk boundary, so
// `plan --version` loads only commander and main), and a V8 code cache `x.v8` beside each chunk
// `x.cjs`, which bin/load-bundle.cjs hands to V8 so that `plan` skips parsing and compiling.
// Node then loads fewer, larger files, with their bytecode ready, instead of some fifty modules,
// each resolved, read, parsed and compiled. dist/bundle/ sits one level below dist/, like dist/cli/, so that the relative URLs of
// the code (new URL('../../package.json', import.meta.url)...) mean the same from there.
//
// The code caches are made here, never when `plan` runs: a training run, in a child process
// with the loader in "produce" mode, runs the commands a user runs most on a temporary copy of
// corpus/, then writes the bytecode V8 compiled for them. If training fails, the build goes on
// without caches (plan works, only slower) and says so in one line.
//
// Run by `npm run build` after tsc and scripts/compile-schemas.mjs, before scripts/build-id.mjs.
// Kept out of the bundle: node: builtins, and `yaml`, which src/util/lazy-yaml.ts requires at
// run time only when a file needs it (it stays in node_modules, loaded as usual).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(REPO, 'dist', 'bundle');
const ENTRY = join(OUT, 'main.cjs');

if (process.argv[2] === '--train') await train();
else await bundle();

async function bundle() {
  const { build } = await import('rolldown');
  rmSync(OUT, { recursive: true, force: true });
  const { output } = await build({
    input: { main: join(REPO, 'dist', 'cli', 'main.js') },
    platform: 'node',
    external: [/^node:/, 'yaml'],
    logLevel: 'warn',
    output: { dir: OUT, format: 'cjs', entryFileNames: '[name]-[hash].cjs', chunkFileNames: '[name]-[hash].cjs' },
  });
  // Every chunk's name carries a hash of its content, so that a code cache always sits beside the
  // source it was made from; main.cjs, the name bin/plan.js knows, only requires the entry chunk.
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  if (!entry) throw new Error('rolldown made no entry chunk');
  writeFileSync(ENTRY, `'use strict';\n// Made by scripts/bundle.mjs: the entry chunk is named after a hash of its content.\nmodule.exports = require('./${entry.fileName}');\n`);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--train'], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) {
    for (const f of caches()) rmSync(join(OUT, f), { force: true });
    const why = r.error?.message ?? r.signal ?? (r.stderr.trim().split('\n').pop() || `exit ${r.status}`);
    process.stderr.write(`warning: no V8 code caches for dist/bundle/ (plan will start slower): training run failed: ${why}\n`);
  }
}

/** The code caches in dist/bundle/. */
function caches() {
  return readdirSync(OUT).filter((f) => f.endsWith('.v8'));
}

/** The training run (the child process): commands run with the loader in produce mode, then the caches written. */
async function train() {
  let tmp;
  try {
    const { loadBundle } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
    tmp = mkdtempSync(join(tmpdir(), 'plan-train-'));
    const corpus = join(tmp, 'corpus');
    // Old times kept: a just-copied file is "racy" for --cache, which would re-read it.
    cpSync(join(REPO, 'corpus'), corpus, { recursive: true, preserveTimestamps: true });
    const loaded = loadBundle(ENTRY, { produce: true });
    const { main } = loaded.exports;
    const sink = { write: () => true, isTTY: false };
    const run = async (...argv) => {
      let err = '';
      const io = {
        argv: ['--corpus', corpus, '--today', '2026-01-01', ...argv],
        cwd: tmp,
        env: process.env,
        stdout: sink,
        stderr: { write: (s) => ((err += s), true), isTTY: false },
      };
      const code = await main(io);
      if (code !== 0 && code !== 1) throw new Error(`plan ${argv.join(' ')} exited ${code}: ${err.trim().split('\n')[0]}`);
    };
    const cache = ['--cache-location', join(tmp, 'lint-cache.json')];
    await run('lint');
    await run('lint', '--cache', ...cache); // cold: parses everything, writes the cache
    appendFileSync(bodyFile(corpus), '\n'); // one paragraph's body edited
    await run('lint', '--cache', ...cache); // relints that paragraph
    await run('lint', '--cache', ...cache); // nothing changed since
    await run('gaps', '--all');
    await run('xref');
    await run('--help');
    await run('--version');
    loaded.writeCaches();
  } catch (e) {
    process.stderr.write(`${String(e?.message ?? e).split('\n')[0]}\n`);
    process.exitCode = 1;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** A paragraph whose body the training run edits: strategy-2021/1.a.md, else the first one. */
function bodyFile(corpus) {
  const preferred = join(corpus, 'paragraphs', 'strategy-2021', '1.a.md');
  if (existsSync(preferred)) return preferred;
  const any = readdirSync(join(corpus, 'paragraphs'), { recursive: true }).map(String).filter((p) => p.endsWith('.md')).sort()[0];
  if (!any) throw new Error('no paragraph in corpus/paragraphs/');
  return join(corpus, 'paragraphs', any);
}
