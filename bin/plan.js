#!/usr/bin/env node
// The `plan` command: a few lines around the library's main(). `npm run build` also bundles it
// into dist/bundle/ with V8 code caches (scripts/bundle.mjs), which Node loads in a fraction of
// the time; a dist/ made by tsc alone, or compiled again since, runs from dist/cli/ as compiled.
import { statSync } from 'node:fs';
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

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? NaN;
const bundle = path('../dist/bundle/main.cjs');
// The bundle, unless there is none or tsc has compiled dist/ again since it was made.
const { main, processStdio } = mtime(bundle) >= mtime(path('../dist/cli/main.js'))
  ? createRequire(import.meta.url)('./load-bundle.cjs').loadBundle(bundle).exports
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
process.exitCode = stdio.exitCode(code);
