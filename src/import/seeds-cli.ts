#!/usr/bin/env node
/**
 * `node dist/import/seeds-cli.js [--seeds sources/seeds] [--corpus corpus] [--check]`
 *
 * Splits the seed texts into corpus/documents and corpus/paragraphs. With
 * `--check`, writes nothing and exits 1 when any file would change (for CI).
 * Exit codes: 0 done (or up to date), 1 `--check` found changes, 2 usage or
 * spec error.
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSeeds } from './seeds.js';

interface Args {
  seeds: string;
  corpus: string;
  check: boolean;
}

/** Parses the command line; throws a usage error message. */
export function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: 'sources/seeds', corpus: 'corpus', check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--seeds') args.seeds = value();
    else if (a.startsWith('--seeds=')) args.seeds = a.slice(8);
    else if (a === '--corpus') args.corpus = value();
    else if (a.startsWith('--corpus=')) args.corpus = a.slice(9);
    else if (a === '--check') args.check = true;
    else if (a === '--help' || a === '-h') throw new Error('help');
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

const USAGE = 'usage: seeds-cli [--seeds <dir>] [--corpus <dir>] [--check]';

/** Runs the importer; returns the exit code. */
export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const msg = (e as Error).message;
    if (msg === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`seeds-cli: ${msg}\n${USAGE}\n`);
    return 2;
  }
  try {
    const r = importSeeds({ seedsDir: resolve(args.seeds), corpusDir: resolve(args.corpus), dryRun: args.check });
    for (const d of r.documents) process.stdout.write(`${d.id}: ${d.paragraphs} paragraphs\n`);
    const verb = args.check ? 'would change' : 'written';
    process.stdout.write(`${r.written.length} files ${verb}, ${r.unchanged} unchanged\n`);
    if (args.check) for (const w of r.written) process.stdout.write(`  ${relative(process.cwd(), w)}\n`);
    for (const s of r.stale) process.stderr.write(`warning: ${relative(process.cwd(), s)} is not produced by the importer (left alone)\n`);
    return args.check && r.written.length > 0 ? 1 : 0;
  } catch (e) {
    process.stderr.write(`seeds-cli: ${(e as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
