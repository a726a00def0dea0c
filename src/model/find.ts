import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { safeLstat } from './walk.js';

/** The corpus's configuration file, at its root. */
export const CONFIG_FILE = 'plan.config.yaml';

/** The corpus's baseline of recorded findings, at its root. */
export const BASELINE_FILE = 'plan.baseline.yaml';

/**
 * The configuration file that applies, as ESLint and markdownlint-cli2 find theirs: `explicit`
 * (--config) if given; else the nearest plan.config.yaml from `cwd` upward (stopping at the
 * repository's root, the folder holding .git); else the corpus's own, `<root>/plan.config.yaml`.
 * Undefined when there is none (the defaults apply). A path that exists but is not a regular
 * file is returned, so that reading it reports why.
 */
export function findConfig(cwd: string, root: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const p = resolve(cwd, explicit);
    if (!lexists(p)) throw new UsageError(`Configuration file not found: ${explicit}`, 'Give the path of a plan.config.yaml.', 'config-not-found');
    return p;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const p = join(dir, CONFIG_FILE);
    if (lexists(p)) return p;
    if (lexists(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  const own = join(root, CONFIG_FILE);
  return lexists(own) ? own : undefined;
}

/** Is anything at `p` (a dangling link too)? */
function lexists(p: string): boolean {
  return safeLstat(p) !== undefined;
}

/**
 * Finds the corpus: `explicit` if given, else `./corpus`, else the nearest
 * ancestor folder holding a `corpus/` with a `documents/` inside.
 */
export function findCorpus(cwd: string, explicit?: string, opts: { creating?: boolean } = {}): string {
  if (explicit) {
    const p = resolve(cwd, explicit);
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new UsageError(`Corpus folder not found: ${explicit}`, 'A corpus is a folder holding documents/, paragraphs/, ...', 'corpus-not-found');
    return mustBeCorpus(p, explicit, opts.creating);
  }
  if (existsSync(join(cwd, 'corpus')) && statSync(join(cwd, 'corpus')).isDirectory()) return mustBeCorpus(join(cwd, 'corpus'), 'corpus', opts.creating);
  let dir = resolve(cwd);
  for (;;) {
    const c = join(dir, 'corpus');
    if (existsSync(join(c, 'documents'))) return c;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UsageError(`No corpus found from ${cwd}: no ./corpus folder, and no ancestor holds corpus/documents/.`, 'Give the corpus folder.', 'no-corpus');
}

/** Is there a documents/ folder (not a link) in `dir`? */
function hasDocuments(dir: string): boolean {
  try {
    return lstatSync(join(dir, 'documents')).isDirectory();
  } catch {
    return false;
  }
}

/** The names a corpus folder holds (besides dot-files). */
const CORPUS_ENTRIES = new Set(['documents', 'paragraphs', 'instruments', 'states', 'commitments', 'bodies', 'plan.config.yaml', 'plan.baseline.yaml']);

/** Does `dir` hold nothing but what a corpus holds (an empty folder does)? */
function onlyCorpusEntries(dir: string): boolean {
  try {
    return readdirSync(dir).every((n) => n.startsWith('.') || CORPUS_ENTRIES.has(n));
  } catch {
    return false;
  }
}

/**
 * `dir`, if it is a corpus: a folder without documents/ (an empty folder, the repository's
 * root, src/) is exit 2, so that CI never goes green on the wrong folder. `creating` (plan
 * import, which writes the corpus's files) also takes a folder holding only corpus folders.
 */
function mustBeCorpus(dir: string, given: string, creating = false): string {
  if (hasDocuments(dir) || (creating && onlyCorpusEntries(dir))) return dir;
  const inner = join(dir, 'corpus');
  const hint = hasDocuments(inner)
    ? `Did you mean ${join(given, 'corpus')}? It holds documents/.`
    : 'A corpus is a folder holding documents/ (and paragraphs/, instruments/, states/, commitments/, bodies/).';
  throw new UsageError(`${given} is not a corpus: it has no documents/ folder.`, hint, 'not-a-corpus', hasDocuments(inner) ? { inner: join(given, 'corpus') } : {});
}
