#!/usr/bin/env node
/**
 * `node dist/import/data-cli.js [--data sources/data] [--corpus corpus] [--check]`
 *
 * Builds corpus/states and corpus/commitments from the sourced tables in
 * sources/data (see src/import/data.ts). With `--check`, writes nothing, lists
 * the files that would change and exits 1 when there are any (for CI).
 *
 * `--refresh-names [--iso-json <file>] [--iso-mo <file>]` rewrites the names
 * snapshot sources/data/iso_3166-1_es.csv from the iso-codes package
 * installed on this machine (the import itself never reads /usr/share).
 *
 * Exit codes: 0 done (or up to date), 1 `--check` found changes, 2 usage or
 * data error.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importData, isoNamesSnapshot, NAMES_FILE, readTable, STATES_FILE, type DataImportResult } from './data.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { compareText } from '../util/text.js';

export interface CliIo {
  cwd: string;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

interface Args {
  data: string;
  corpus: string;
  check: boolean;
  refreshNames: boolean;
  isoJson: string;
  isoMo: string;
}

const USAGE = 'usage: data-cli [--data <dir>] [--corpus <dir>] [--check] | --refresh-names [--data <dir>] [--iso-json <file>] [--iso-mo <file>]';

/** Parses the command line; throws a usage error message. */
export function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: 'sources/data',
    corpus: 'corpus',
    check: false,
    refreshNames: false,
    isoJson: '/usr/share/iso-codes/json/iso_3166-1.json',
    isoMo: '/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo',
  };
  const opts: Record<string, 'data' | 'corpus' | 'isoJson' | 'isoMo'> = { '--data': 'data', '--corpus': 'corpus', '--iso-json': 'isoJson', '--iso-mo': 'isoMo' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const key = opts[name];
    if (key) {
      let v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '' || (eq < 0 && v.startsWith('--'))) throw new Error(`${name} needs a value`);
      args[key] = v;
    } else if (a === '--check') args.check = true;
    else if (a === '--refresh-names') args.refreshNames = true;
    else if (a === '--help' || a === '-h') throw new Error('help');
    else throw new Error(`unknown argument: ${a}`);
  }
  if (args.check && args.refreshNames) throw new Error('--check and --refresh-names do not go together');
  return args;
}

/** Prints an import's outcome the way both entries (this CLI and `plan import data`) do. */
export function report(r: DataImportResult, check: boolean, cwd: string, out: CliIo['stdout'], err: CliIo['stderr']): void {
  const statuses = Object.entries(r.commitments.byStatus)
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  out.write(`states: ${r.states} files\n`);
  out.write(`commitments: ${r.commitments.files} files (${statuses})\n`);
  const changed = r.written.length + r.deleted.length;
  out.write(check ? `${changed} files would change, ${r.unchanged} unchanged\n` : `${r.written.length} files written, ${r.deleted.length} deleted, ${r.unchanged} unchanged\n`);
  if (check) {
    for (const w of r.written) out.write(`  ${relative(cwd, w)}\n`);
    for (const d of r.deleted) out.write(`  ${relative(cwd, d)} (would be deleted)\n`);
  }
  for (const w of r.warnings) err.write(`warning: ${w}\n`);
}

/** Runs the importer; returns the exit code. */
export function main(argv: string[], io: CliIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const msg = (e as Error).message;
    if (msg === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    io.stderr.write(`data-cli: ${msg}\n${USAGE}\n`);
    return 2;
  }
  try {
    const dataDir = resolve(io.cwd, args.data);
    if (args.refreshNames) {
      const iso3s = readTable(join(dataDir, STATES_FILE), ['iso3']).map((r) => r['iso3']!);
      const csv = isoNamesSnapshot(readFileSync(args.isoJson, 'utf8'), readFileSync(args.isoMo), iso3s);
      const path = join(dataDir, NAMES_FILE);
      writeFileAtomic(path, csv);
      io.stdout.write(`${relative(io.cwd, path)}: ${iso3s.length} states\n`);
      return 0;
    }
    const r = importData({ dataDir, corpusDir: resolve(io.cwd, args.corpus), dryRun: args.check });
    report(r, args.check, io.cwd, io.stdout, io.stderr);
    return args.check && r.written.length + r.deleted.length > 0 ? 1 : 0;
  } catch (e) {
    io.stderr.write(`data-cli: ${(e as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
