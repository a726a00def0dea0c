import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { findCorpus } from '../model/load.js';
import { importData } from '../import/data.js';
import { report } from '../import/data-cli.js';
import { importSeeds } from '../import/seeds.js';
import type { GlobalOptions, Io } from '../cli/io.js';

/** The folder beside the corpus that holds an import's sources: <repo>/sources/<name>. */
function sourcesDir(corpusRoot: string, name: 'seeds' | 'data'): string {
  const dir = join(dirname(corpusRoot), 'sources', name);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`No sources/${name}/ beside the corpus (${dir}).`, `The import reads sources/${name}/ next to the corpus folder; run it from the corpus repository or pass --corpus <dir>.`);
  }
  return dir;
}

/**
 * `plan import seeds|data [--check]`: re-runs an importer. `seeds` splits
 * sources/seeds into documents and paragraphs; `data` builds states and
 * commitments from sources/data. With --check, writes nothing and exits 1
 * when any file would change.
 */
export async function importCommand(what: 'seeds' | 'data', opts: { check?: boolean }, g: GlobalOptions, io: Io): Promise<number> {
  if (what !== 'seeds' && what !== 'data') throw new UsageError(`Unknown import \`${String(what)}\`; expected seeds or data.`);
  // The importers write the corpus: a folder holding only corpus folders (or none yet) will do.
  const root = findCorpus(io.cwd, g.corpus, { creating: true });
  const check = opts.check === true;
  try {
    if (what === 'seeds') {
      const r = importSeeds({ seedsDir: sourcesDir(root, 'seeds'), corpusDir: root, dryRun: check });
      for (const d of r.documents) io.stdout.write(`${d.id}: ${d.paragraphs} paragraphs\n`);
      io.stdout.write(`${r.written.length} files ${check ? 'would change' : 'written'}, ${r.unchanged} unchanged\n`);
      if (check) for (const w of r.written) io.stdout.write(`  ${relative(io.cwd, w)}\n`);
      for (const s of r.stale) io.stderr.write(`warning: ${relative(io.cwd, s)} is not produced by the importer (left alone)\n`);
      return check && r.written.length > 0 ? 1 : 0;
    }
    const r = importData({ dataDir: sourcesDir(root, 'data'), corpusDir: root, dryRun: check });
    report(r, check, io.cwd, io.stdout, io.stderr);
    return check && r.written.length + r.deleted.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // A data or spec error (a malformed row, an unreadable file on disk): say where, exit 2, no stack.
    throw new UsageError(`import ${what}: ${(e as Error).message}`, what === 'data' ? 'See sources/data/SOURCES.md; fix the data file or the corpus file named.' : 'Fix the seed or the file named.');
  }
}
