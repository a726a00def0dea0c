#!/usr/bin/env node
// Writes dist/build-id.txt: a hash of every code and data file of this build (.js, .cjs, .mjs,
// .json, the bundle's chunks included),
// so that `plan lint --cache` never reuses findings computed by another build of the rules
// (src/lint/cache.ts reads it). Run by `npm run build` last, after scripts/bundle.mjs.
// Usage: node scripts/build-id.mjs [folder]   (default: dist/ beside this script's folder)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const h = createHash('sha256');
const files = readdirSync(dir, { recursive: true }).map((p) => String(p).split(sep).join('/'));
for (const rel of files.filter((p) => /\.(c?js|mjs|json)$/.test(p)).sort()) {
  h.update(rel).update('\0').update(readFileSync(join(dir, rel))).update('\0');
}
writeFileSync(join(dir, 'build-id.txt'), h.digest('hex').slice(0, 32) + '\n');
