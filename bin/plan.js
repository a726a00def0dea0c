#!/usr/bin/env node
// The `plan` command: a few lines around the library's main(). `npm run build` also bundles it
// into dist/bundle/ (scripts/bundle.mjs), which Node loads faster, and then ends dist/cli/main.js
// with a mark. tsc rewrites main.js without it: a dist/ made by tsc alone, or compiled again
// since the bundle was made, runs from dist/cli/ as compiled. Decided by content, not file times.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Exit 1 means "problems found" and nothing else: whatever escapes main() is exit 2.
const crash = (e) => {
  try {
    process.stderr.write(`plan: internal error (a bug in plan; please report it with the command you ran):\n${e?.stack ?? String(e)}\n`);
  } finally {
    process.exit(2);
  }
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// The same line as MARK in scripts/bundle.mjs.
const MARK = '// plan: bundled into dist/bundle/main.cjs (scripts/bundle.mjs)\n';
const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const bundle = path('../dist/bundle/main.cjs');
const bundled = readFileSync(path('../dist/cli/main.js'), 'utf8').endsWith(MARK) && existsSync(bundle);
const { main, processStdio } = bundled
  ? createRequire(import.meta.url)(bundle)
  : await import('../dist/cli/main.js');

// A closed pipe ends the output quietly; any other write error is one line and exit 2 (src/cli/stdio.ts).
const stdio = processStdio(process.stdout, process.stderr, () => { process.exitCode = 2; });
const code = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: stdio.stdout,
  stderr: stdio.stderr,
  get stdin() { return process.stdin; }, // created only when a command reads it
});
// One turn of the event loop before exiting: a Ctrl-C or SIGTERM that came during the command's
// last synchronous stretch is delivered to its handler (src/util/cleanup.ts: exit 130/143), never lost.
await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
process.exitCode = stdio.exitCode(code);
