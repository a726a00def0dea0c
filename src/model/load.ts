import { join } from 'node:path';
import { YAML_PARSE, yamlLib } from '../util/lazy-yaml.js';
import { UsageError } from '../errors.js';
import { fsReason } from '../util/fs-errors.js';
import { validate } from '../schema/validate.js';
import { buildIndexes, emptyCorpus, type Corpus, type CorpusConfig, type Entity } from './model.js';
import { readSource, type SourceFile } from './source-file.js';
import { excerpt, ioErrorOf, readBytes, readRootFile, safeMessage } from './read-file.js';
import type { Kind } from './types.js';
import { walkCorpus } from './walk.js';
import { usableData } from './usable.js';
import { readAndValidate } from './read-one.js';
import type { Found } from './walk.js';

export interface LoadOptions {
  /** Only read these files' problems? No: the whole corpus is always read, references resolve against all of it. */
  onProgress?: (done: number, total: number) => void;
}

export { findCorpus } from './find.js';
export { readBytes } from './read-file.js';
import { CONFIG_FILE } from './find.js';

/**
 * Reads the configuration (`path`: found by findConfig; default corpus/plan.config.yaml); a bad
 * one is a usage error that says where. No file: the defaults.
 */
export function loadConfig(root: string, knownRules: ReadonlySet<string>, path: string | undefined = join(root, CONFIG_FILE)): CorpusConfig {
  if (path === undefined) return { rules: {} };
  const where = (line: number, col: number) => `${path}:${line}:${col}`;
  // As a corpus file is read (no link, FIFO or device, the size limit, strict UTF-8).
  const text = readRootFile(path, 'configuration file');
  if (text === undefined) return { rules: {} };
  const lc = new (yamlLib().LineCounter)();
  const doc = yamlLib().parseDocument(text, { ...YAML_PARSE, lineCounter: lc });
  const first = [...doc.errors, ...doc.warnings][0];
  if (first) {
    const p = lc.linePos(first.pos[0]);
    throw new UsageError(`${where(p.line, p.col)}: invalid YAML in the configuration: ${safeMessage(first.message.split('\n')[0] ?? '')}`, 'Fix the configuration file (see `plan schema config`).');
  }
  const data = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  const errors = validate('config', data);
  if (errors.length > 0) {
    const e = errors[0]!;
    const node = doc.getIn(e.path, true) as { range?: [number, number, number] } | undefined;
    const p = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    throw new UsageError(`${where(p.line, p.col)}: ${safeMessage(e.message.replace(/^front matter /, 'the configuration '))}`, 'See `plan schema config` for what the configuration may hold.');
  }
  const rules = (data.rules ?? {}) as Record<string, 'error' | 'warn' | 'off'>;
  for (const id of Object.keys(rules)) {
    if (!knownRules.has(id)) {
      const node = doc.getIn(['rules'], true) as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | undefined;
      const key = node?.items?.find((it) => it.key?.value === id)?.key;
      const p = key?.range ? lc.linePos(key.range[0]) : { line: 1, col: 1 };
      throw new UsageError(`${where(p.line, p.col)}: unknown rule \`${excerpt(id)}\` in the configuration.`, 'The rule ids are those the library lists as `rules`.', 'unknown-rule');
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
  // One thread: worker threads for reading bought nothing on 2 cores and were removed (docs/benchmark.md).
  const files = found.map((f, i) => {
    const file = readAndValidate(f);
    opts.onProgress?.(i + 1, found.length);
    return file;
  });
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

/** A SourceFile for a file that could not be read. */
export function unreadable(path: string, rel: string, kind: SourceFile['kind'], pathId: string, problem: string, ioError?: string): SourceFile {
  const f = readSource(path, rel, kind, pathId, new Uint8Array());
  f.problems = [{ ruleId: 'file-readable', message: problem, line: 1, column: 1, ...(ioError ? { ioError } : {}) }];
  return f;
}

/**
 * A report's answer would leave out what a file or folder that could not be read holds: a
 * UsageError (exit 2) naming the first one, never a quieter, wrong answer.
 */
export function assertAllRead(corpus: Corpus): void {
  for (const f of corpus.files) {
    const p = f.problems.find((x) => x.ioError);
    if (p) throw new UsageError(`${f.path} could not be read: ${fsReason({ code: p.ioError })}; no answer without what it holds.`, 'Make it readable (check its permissions) and run again; `plan lint` lists every file and folder that cannot be read.');
  }
}

/** Reads one file safely: never throws (a vanished or unreadable file becomes a problem). */
export function readCorpusFile(path: string, rel: string, kind: SourceFile['kind'], pathId: string): SourceFile {
  const r = readBytes(path);
  if ('problem' in r) return unreadable(path, rel, kind, pathId, r.problem, ioErrorOf(r));
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
  // A file whose errors are keys that can be left out (an unknown key, a wrong optional value)
  // stays in the model without them, so every other rule still checks it (src/model/usable.ts).
  const fm = id ? usableData(file.kind, file.data, errors) : undefined;
  if (!fm || !id) {
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
  const ent: Entity<unknown> = { id, file, fm };
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
