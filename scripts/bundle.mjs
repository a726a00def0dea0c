#!/usr/bin/env node
// Makes dist/bundle/: dist/cli/main.js and what it imports (commander, js-yaml, remark, unified,
// chalk, dist/**) bundled by rolldown into CommonJS chunks, one per group of modules that the
// same commands load (each `await import()` of src/cli/main.ts stays a chunk boundary, so
// `plan --version` loads only commander and main). Node then loads a few larger files instead of
// some fifty modules, each resolved, read, parsed and compiled: a paragraph edit under
// `plan lint --cache` costs 19% less CPU, `plan --version` 10% less (docs/benchmark.md).
// dist/bundle/ sits one level below dist/, like dist/cli/, so that the relative URLs of the code
// (new URL('../../package.json', import.meta.url)...) mean the same from there.
//
// Which code bin/plan.js runs is decided by content, never by file times: this script ends
// dist/cli/main.js with MARK (a comment) once the bundle is made from it. tsc writes main.js
// afresh on every compile, without the mark, so after a tsc-only rebuild plan runs dist/cli/ as
// compiled, never a bundle made from older code; `npm run build` makes the bundle and the mark
// again. (V8 code caches beside the chunks were measured and removed: docs/benchmark.md.)
//
// Run by `npm run build` after tsc and scripts/compile-schemas.mjs, before scripts/build-id.mjs.
// Kept out of the bundle: node: builtins, and `yaml`, which src/util/lazy-yaml.ts requires at
// run time only when a file needs it (it stays in node_modules, loaded as usual).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(REPO, 'dist', 'bundle');
const CLI_MAIN = join(REPO, 'dist', 'cli', 'main.js');
/** The last line of dist/cli/main.js once bundled: bin/plan.js looks for it (keep the two equal). */
export const MARK = '// plan: bundled into dist/bundle/main.cjs (scripts/bundle.mjs)\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();

async function bundle() {
  const { build } = await import('rolldown');
  rmSync(OUT, { recursive: true, force: true });
  const source = readFileSync(CLI_MAIN, 'utf8');
  const { output } = await build({
    input: { main: CLI_MAIN },
    platform: 'node',
    external: [/^node:/, 'yaml'],
    logLevel: 'warn',
    output: { dir: OUT, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
  });
  if (!output.some((o) => o.type === 'chunk' && o.isEntry && o.fileName === 'main.cjs')) throw new Error('rolldown made no dist/bundle/main.cjs');
  if (!source.endsWith(MARK)) writeFileSync(CLI_MAIN, source + MARK);
}
