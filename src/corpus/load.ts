import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { yamlLib } from '../util/lazy-yaml.js';
import { UsageError } from '../errors.js';
import { validate } from '../schema/validate.js';
import { buildIndexes, emptyCorpus, type Corpus, type CorpusConfig, type Entity } from './model.js';
import { LIMITS, readSource, type SourceFile } from './source-file.js';
import type { Kind } from './types.js';
import { walkCorpus } from './walk.js';
import { readAll, threadCount } from './parallel.js';
import type { Found } from './walk.js';

export interface LoadOptions {
  /** Only read these files' problems? No: the whole corpus is always read, references resolve against all of it. */
  onProgress?: (done: number, total: number) => void;
  /** Threads to read with (1 = the main thread only); default from the corpus size and PLAN_WORKERS. */
  threads?: number;
}

export { findCorpus } from './find.js';
import { CONFIG_FILE } from './find.js';

/** Reads corpus/plan.config.yaml; a bad one is a usage error that says where. */
export function loadConfig(root: string, knownRules: ReadonlySet<string>): CorpusConfig {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) return { rules: {} };
  const where = (line: number, col: number) => `${path}:${line}:${col}`;
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > LIMITS.fileBytes) throw new UsageError(`${where(1, 1)}: configuration file is too large.`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${where(1, 1)}: configuration file cannot be read as UTF-8 text.`);
  }
  const lc = new (yamlLib().LineCounter)();
  const doc = yamlLib().parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, stringKeys: true, prettyErrors: false, lineCounter: lc, merge: false });
  const first = [...doc.errors, ...doc.warnings][0];
  if (first) {
    const p = lc.linePos(first.pos[0]);
    throw new UsageError(`${where(p.line, p.col)}: invalid YAML in the configuration: ${first.message.split('\n')[0]}`, 'Fix the configuration file (see `plan schema config`).');
  }
  const data = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  const errors = validate('config', data);
  if (errors.length > 0) {
    const e = errors[0]!;
    const node = doc.getIn(e.path, true) as { range?: [number, number, number] } | undefined;
    const p = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    throw new UsageError(`${where(p.line, p.col)}: ${e.message}`, 'See `plan schema config` for what the configuration may hold.');
  }
  const rules = (data.rules ?? {}) as Record<string, 'error' | 'warn' | 'off'>;
  for (const id of Object.keys(rules)) {
    if (!knownRules.has(id)) {
      const node = doc.getIn(['rules'], true) as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | undefined;
      const key = node?.items?.find((it) => it.key?.value === id)?.key;
      const p = key?.range ? lc.linePos(key.range[0]) : { line: 1, col: 1 };
      throw new UsageError(`${where(p.line, p.col)}: unknown rule \`${id}\` in the configuration.`, 'Run `plan lint --list-rules` to see the rule ids.');
    }
  }
  const cfg: CorpusConfig = { rules, path };
  if (typeof data['stale-after-years'] === 'number') cfg.staleAfterYears = data['stale-after-years'];
  return cfg;
}

const MAPS: Record<string, keyof Corpus> = {
  document: 'documents', paragraph: 'paragraphs', instrument: 'instruments', state: 'states', commitment: 'commitments', body: 'bodies',
};

/**
 * Loads the corpus at `root`: walks it (never following links), reads and
 * parses every file (never throwing on bad input), validates front matter
 * against the schemas, and builds the typed model with links resolved in
 * both directions.
 */
export function loadCorpus(root: string, config: CorpusConfig, opts: LoadOptions = {}): Corpus {
  const found = walkCorpus(root);
  const files = readAll(found, opts.threads ?? threadCount(found.length), opts.onProgress);
  return assembleCorpus(root, config, files);
}

/** The typed model of files already read (in path order), with links resolved in both directions. */
export function assembleCorpus(root: string, config: CorpusConfig, files: SourceFile[]): Corpus {
  const corpus = emptyCorpus(root, config);
  for (const file of files) {
    corpus.files.push(file);
    addEntity(corpus, file);
  }
  buildIndexes(corpus);
  return corpus;
}

/** A file's bytes, or why it could not be read. Never throws. */
export function readBytes(path: string): { bytes: Uint8Array } | { problem: string } {
  // One open, then fstat on that descriptor: what is read is what was checked (no race with a
  // file swapped for a FIFO), and O_NONBLOCK keeps the open of a FIFO from waiting for a writer.
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'Not read: not a regular file.' };
    if (st.size > LIMITS.fileBytes) return { problem: `File is ${st.size} bytes; the limit is ${LIMITS.fileBytes} bytes (a corpus file is never that large).` };
    // The size fstat gave (as readFileSync does); a file that shrank meanwhile is read to its end.
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, null);
      if (r === 0) break;
      n += r;
    }
    return { bytes: n === st.size ? buf : buf.subarray(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { problem: `File could not be read (${code}): it may have been deleted or made unreadable during the run.` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A SourceFile for a file that could not be read. */
export function unreadable(path: string, rel: string, kind: SourceFile['kind'], pathId: string, problem: string): SourceFile {
  const f = readSource(path, rel, kind, pathId, new Uint8Array());
  f.problems = [{ ruleId: 'file-readable', message: problem, line: 1, column: 1 }];
  return f;
}

/** Reads one file safely: never throws (a vanished or unreadable file becomes a problem). */
export function readCorpusFile(path: string, rel: string, kind: SourceFile['kind'], pathId: string): SourceFile {
  const r = readBytes(path);
  if ('problem' in r) return unreadable(path, rel, kind, pathId, r.problem);
  return readSource(path, rel, kind, pathId, r.bytes);
}

function addEntity(corpus: Corpus, file: SourceFile): void {
  if (file.kind === 'unknown' || file.kind === 'config') return;
  if (!file.data) {
    // Unreadable or unparsable, but it exists: references to its path's id are not reported again.
    let s = corpus.idsOfInvalid.get(file.kind);
    if (!s) corpus.idsOfInvalid.set(file.kind, (s = new Set()));
    s.add(file.pathId);
    return;
  }
  const errors = file.schemaErrors ?? (file.schemaErrors = validate(file.kind, file.data));
  const id = typeof file.data.id === 'string' ? file.data.id : undefined;
  if (errors.length > 0 || !id) {
    // Known to exist (by its id and by its path), so references to it are not reported twice.
    let s = corpus.idsOfInvalid.get(file.kind);
    if (!s) corpus.idsOfInvalid.set(file.kind, (s = new Set()));
    if (id) s.add(id);
    s.add(file.pathId);
    return;
  }
  const map = corpus[MAPS[file.kind] as 'documents'] as unknown as Map<string, Entity<unknown>>;
  // A duplicate id keeps the first (path order); the id-unique rule reports the others.
  if (map.has(id)) return;
  const ent: Entity<unknown> = { id, file, fm: file.data };
  map.set(id, ent);
  if (id !== file.pathId) {
    // The file exists under its path's id too: references to that are not reported twice.
    let s = corpus.idsOfInvalid.get(file.kind);
    if (!s) corpus.idsOfInvalid.set(file.kind, (s = new Set()));
    s.add(file.pathId);
  }
  corpus.entityOf.set(file, ent);
}

/** The kinds that have folders, for messages. */
export const KINDS: Kind[] = ['document', 'paragraph', 'instrument', 'state', 'commitment', 'body'];
