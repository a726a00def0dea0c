#!/usr/bin/env node
// The `plan` command: a few lines around the library's main().
import { main } from '../dist/cli/main.js';

const code = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exitCode = code;
