import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** The corpus's configuration file, at its root. */
export const CONFIG_FILE = 'plan.config.yaml';

/**
 * Finds the corpus: `explicit` if given, else `./corpus`, else the nearest
 * ancestor folder holding a `corpus/` with a `documents/` inside.
 */
export function findCorpus(cwd: string, explicit?: string): string {
  if (explicit) {
    const p = resolve(cwd, explicit);
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new UsageError(`Corpus folder not found: ${explicit}`, 'Pass --corpus <dir>, a folder holding documents/, paragraphs/, ...');
    return p;
  }
  if (existsSync(join(cwd, 'corpus')) && statSync(join(cwd, 'corpus')).isDirectory()) return join(cwd, 'corpus');
  let dir = resolve(cwd);
  for (;;) {
    const c = join(dir, 'corpus');
    if (existsSync(join(c, 'documents'))) return c;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UsageError(`No corpus found from ${cwd}: no ./corpus folder, and no ancestor holds corpus/documents/.`, 'Run plan inside a corpus repository, or pass --corpus <dir>.');
}
