import {
  cacheKey, fileResult, globalKey, hashBytes, hashParts, isRacy, readIndex, readParseData, statKey, storedResult, trusted, universeKey, writeCache,
  type CacheIndex, type IndexEntry, type ParseData, type RunInputs, type StatKey,
} from './corpus/cache.js';
import { assembleCorpus, readBytes, unreadable } from './corpus/load.js';
import type { Corpus, CorpusConfig } from './corpus/model.js';
import { readAndValidate } from './corpus/read-one.js';
import { readSource, type ParseResult, type SourceFile } from './corpus/source-file.js';
import { walkCorpus, type Found } from './corpus/walk.js';
import { validate } from './schema/validate.js';
import { baselineResult, lint, prepareLint, unusedSeverity, type FileResult, type LintResult } from './lint.js';
import { RULES } from './rules/index.js';
import type { BaselineEntry } from './suppress.js';
import type { Severity } from './diagnostics.js';

export interface CachedLintOptions {
  root: string;
  /** Read plan.config.yaml and plan.baseline.yaml (only when their bytes are not those the cache read). */
  loadConfig: () => CorpusConfig;
  loadBaseline: () => { path: string; entries: BaselineEntry[] };
  today: string;
  severities: Record<string, Severity | 'off'>;
  /** The run's inputs as the cache keys them (RunInputs of corpus/cache.ts). */
  inputs: RunInputs;
  /** The index file; the parse results go beside it (`<location>.parse`). */
  location: string;
  /** Build the corpus model even when every finding comes from the cache (for --changed). */
  needCorpus?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface CachedLintOutcome {
  result: LintResult;
  corpus?: Corpus;
  /** What the run did: files read and parsed again, files whose rules ran, whether all did. */
  stats: { files: number; parsed: number; linted: number; full: boolean };
}

/**
 * `plan lint --cache`: the findings of a full `lint()`, computing again only what a change can
 * affect. A file is unchanged when its size, times and inode are as recorded (its bytes are
 * then not even read), or when its bytes hash as recorded. Then:
 *
 * - when the global key (this build, today, --rule, config, baseline, documents, instruments,
 *   bodies, states) or the universe key (every file's kind, ids, validity, document, number,
 *   obligation and lineage edges) changed, every rule runs on every file (parsing only the
 *   changed files);
 * - otherwise the rules run on the changed files and on the paragraphs of the documents they
 *   belong to (numbering, acronyms and "paragraph 9" references are read across a document),
 *   against the whole corpus; every other file keeps its recorded findings.
 *
 * The findings are those of a plain run, byte for byte (tests/perf/cache-equivalence.test.ts).
 */
export async function cachedLint(options: CachedLintOptions, trustStats = true): Promise<CachedLintOutcome> {
  const now = Date.now();
  const key = cacheKey(options.root);
  const found = walkCorpus(options.root);
  const index = readIndex(options.location, key);
  // The config and the baseline as parsed last time, when their bytes are the same (no YAML parser to load).
  const configHash = hashBytes(options.inputs.config);
  const baselineHash = hashBytes(options.inputs.baseline);
  const memo = index?.inputsRead;
  const o = {
    ...options,
    config: memo && memo.config === configHash ? (memo.configValue as CorpusConfig) : options.loadConfig(),
    baseline: memo && memo.baseline === baselineHash ? (memo.baselineValue as { path: string; entries: BaselineEntry[] }) : options.loadBaseline(),
  };
  const inputsRead = { config: configHash, configValue: o.config, baseline: baselineHash, baselineValue: { path: o.baseline.path, entries: o.baseline.entries.map((e) => ({ ...e, used: false })) } };
  const data = index ? readParseData(o.location, key) : undefined;
  let stale = false;

  const files: SourceFile[] = new Array(found.length);
  const entries: Record<string, IndexEntry> = {};
  const parsed: ParseData = { v: index?.v ?? 2, key, entries: {} };
  const changed = new Set<string>();
  let parsedCount = 0;
  found.forEach((f, i) => {
    o.onProgress?.(i, found.length);
    const old = index?.entries[f.rel];
    const pd = data?.entries[f.rel];
    const usable = old && pd && pd.hash === old.hash ? pd : undefined;
    if (f.refuse) {
      files[i] = readAndValidate(f);
      changed.add(f.rel);
      return;
    }
    const st = statKey(f.path);
    if (trustStats && usable && trusted(old, st)) {
      files[i] = new LazySourceFile(f, usable.result, usable.hash, () => { stale = true; });
      entries[f.rel] = { ...old!, st: st! };
      parsed.entries[f.rel] = usable;
      return;
    }
    const r = readBytes(f.path);
    if ('problem' in r) {
      files[i] = unreadable(f.path, f.rel, f.kind, f.pathId, r.problem);
      changed.add(f.rel);
      return;
    }
    const hash = hashBytes(r.bytes);
    const stNow = st ?? [r.bytes.length, 0, 0, 0] as StatKey;
    if (usable && usable.hash === hash) {
      files[i] = readSource(f.path, f.rel, f.kind, f.pathId, r.bytes, usable.result);
      entries[f.rel] = { ...old!, st: stNow };
      parsed.entries[f.rel] = usable;
      return;
    }
    const file = readSource(f.path, f.rel, f.kind, f.pathId, r.bytes);
    if (file.data && file.kind !== 'unknown' && file.kind !== 'config') file.schemaErrors = validate(file.kind, file.data);
    files[i] = file;
    parsedCount++;
    changed.add(f.rel);
    entries[f.rel] = { st: stNow, hash, face: faceOf(file) };
    parsed.entries[f.rel] = { hash, result: parseResultOf(file) };
  });
  for (const rel of Object.keys(entries)) if (isRacy(entries[rel]!.st, now)) entries[rel]!.racy = 1;
  else delete entries[rel]!.racy;
  // Spans of front-matter nodes found in earlier runs, kept with the bytes they were found in.
  found.forEach((f, i) => {
    const e = entries[f.rel];
    if (e) files[i]!.spans = e.spans ?? {};
  });

  const faces = found.map((f, i) => ({ rel: f.rel, face: entries[f.rel]?.face ?? faceOf(files[i]!) }));
  const global = globalKey(o.inputs, found.map((f) => ({ rel: f.rel, kind: f.kind, hash: entries[f.rel]?.hash ?? '' })));
  const universe = universeKey(faces);
  const sameRun = Boolean(index && index.global === global && index.universe === universe && Object.keys(index.entries).length === found.length);
  const finish = (result: LintResult, perFile: Map<string, FileResult>, unused: number[], linted: number, full: boolean, corpus?: Corpus): CachedLintOutcome => {
    found.forEach((f, i) => {
      const e = entries[f.rel];
      if (!e) return; // unreadable or refused: read again every run
      const spans = files[i]!.spans;
      if (spans && Object.keys(spans).length) e.spans = spans;
      else delete e.spans;
      const r = perFile.get(f.rel);
      delete e.m;
      delete e.s;
      if (r?.messages.length) e.m = r.messages;
      if (r?.suppressedMessages.length) e.s = r.suppressedMessages;
    });
    const extra = result.results.find((r) => r.rel === 'plan.baseline.yaml' && r.filePath === o.baseline.path);
    const next: CacheIndex = { v: 2, key, global, universe, notes: result.notes, unusedBaseline: unused, inputsRead, entries, ...(extra ? { baselineResult: extra } : {}) };
    // Files that could not be cached (unreadable, refused) make the quick path miss, as they must.
    try {
      writeCache(o.location, next, parsedCount > 0 || !data || Object.keys(data.entries).length !== Object.keys(parsed.entries).length ? parsed : undefined);
    } catch {
      /* a cache that cannot be written is not an error of the corpus: the next run starts afresh */
    }
    return { result, ...(corpus ? { corpus } : {}), stats: { files: found.length, parsed: parsedCount, linted, full } };
  };

  if (sameRun && changed.size === 0 && !o.needCorpus) {
    const result = storedResult(index!, found);
    return finish(result, new Map(result.results.map((r) => [r.rel, r])), index!.unusedBaseline, 0, false);
  }

  const corpus = assembleCorpus(o.root, o.config, files);
  let only: Set<string> | undefined;
  if (sameRun) {
    // The documents a changed paragraph is in (by folder and by `document`, before and after).
    const groups = new Set<string>();
    found.forEach((f, i) => {
      if (!changed.has(f.rel) || f.kind !== 'paragraph') return;
      groups.add(f.pathId.split('/')[0]!);
      const now = files[i]!.data?.document;
      const before = data?.entries[f.rel]?.result.data?.document;
      if (typeof now === 'string') groups.add(now);
      if (typeof before === 'string') groups.add(before);
    });
    const affected = new Set<string>();
    found.forEach((f, i) => {
      const doc = files[i]!.data?.document;
      if (changed.has(f.rel) || (f.kind === 'paragraph' && (groups.has(f.pathId.split('/')[0]!) || (typeof doc === 'string' && groups.has(doc))))) affected.add(f.path);
    });
    only = affected;
  }
  const opts = { today: o.today, severities: o.severities, baseline: o.baseline };
  await prepareLint(corpus, { severities: o.severities, ...(only ? { only } : {}) });
  let result = lint(corpus, { ...opts, ...(only ? { only } : {}) });
  if (only && result.results.some((r) => r.messages.some((m) => m.ruleId === 'internal-error'))) {
    // A rule that failed is reported where a full run reports it: run them all.
    only = undefined;
    await prepareLint(corpus, { severities: o.severities });
    result = lint(corpus, opts);
  }
  if (stale) return cachedLint(options, false); // a file changed while it was being read: start again, trusting nothing
  const fresh = new Map(result.results.map((r) => [r.rel, r]));
  if (!only) {
    const unused = o.baseline.entries.flatMap((e, i) => (e.used ? [] : [i]));
    return finish(result, fresh, unused, found.length, true, corpus);
  }

  // Merge: fresh findings for the files relinted, recorded ones for the others.
  const wanted = only;
  const relinted = new Set(found.filter((f) => wanted.has(f.path)).map((f) => f.rel));
  const before = new Set(index!.unusedBaseline);
  const unused = o.baseline.entries.flatMap((e, i) => ((relinted.has(e.file) ? !e.used : before.has(i)) ? [i] : []));
  const results: FileResult[] = [];
  const perFile = new Map<string, FileResult>();
  for (const f of found) {
    const r = relinted.has(f.rel) ? fresh.get(f.rel)! : fileResult(f.path, f.rel, index!.entries[f.rel]?.m ?? [], index!.entries[f.rel]?.s ?? []);
    results.push(r);
    perFile.set(f.rel, r);
  }
  const sev = unusedSeverity(RULES, { ...o.config.rules, ...o.severities });
  const b = sev === 'off' ? undefined : baselineResult(o.baseline.path, unused.map((i) => o.baseline.entries[i]!), sev);
  if (b) results.push(b);
  results.sort((a, b2) => (a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0));
  const merged: LintResult = {
    results,
    notes: result.notes,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
  return finish(merged, perFile, unused, relinted.size, false, corpus);
}

/** What the cache keeps of a file's parse. */
function parseResultOf(f: SourceFile): ParseResult {
  const r: ParseResult = { problems: f.problems };
  if (f.data) r.data = f.data;
  if (f.schemaErrors) r.schemaErrors = f.schemaErrors;
  return r;
}

/**
 * What other files' findings can depend on in a file: its kind and ids, whether it is valid,
 * and for a paragraph its document, number, position, whether it has an obligation (a
 * commitment may answer it) and its lineage (cycles run across documents).
 */
export function faceOf(f: SourceFile): string {
  const d = f.data;
  const id = typeof d?.id === 'string' ? d.id : '';
  const valid = Boolean(d && id && f.schemaErrors && f.schemaErrors.length === 0);
  const parts = [f.kind, f.pathId, id, valid ? '1' : '0', d ? '1' : '0'];
  if (f.kind === 'paragraph' && d) {
    const rels = Array.isArray(d.relations) ? (d.relations as Array<Record<string, unknown>>) : [];
    parts.push(JSON.stringify([d.document, d.number, d.position, d.printed, d.obligation ? 1 : 0,
      rels.filter((r) => r && r.type === 'derived-from' && r.resolved !== false).map((r) => r.target)]));
  }
  return hashParts(parts);
}

const LAZY = ['text', 'hadBom', 'eol', 'yamlText', 'yamlStartLine', 'body', 'bodyStartLine'] as const;
type LazyKey = (typeof LAZY)[number];

/**
 * A file known unchanged by its size and times: its front matter comes from the cache, and its
 * text is read only if a rule asks for it (a paragraph of a changed file's document). If the
 * bytes read then are not those recorded, `onStale` is called and the run starts again.
 */
class LazySourceFile implements SourceFile {
  readonly path: string;
  readonly rel: string;
  readonly kind: SourceFile['kind'];
  readonly pathId: string;
  problems: SourceFile['problems'];
  data?: Record<string, unknown>;
  schemaErrors?: SourceFile['schemaErrors'];
  doc?: SourceFile['doc'];
  lineCounter?: SourceFile['lineCounter'];
  spans?: SourceFile['spans'];
  #full?: SourceFile;
  #hash: string;
  #cached: ParseResult;
  #onStale: () => void;

  constructor(f: Found, cached: ParseResult, hash: string, onStale: () => void) {
    this.path = f.path;
    this.rel = f.rel;
    this.kind = f.kind;
    this.pathId = f.pathId;
    this.problems = cached.problems;
    if (cached.data) this.data = cached.data;
    if (cached.schemaErrors) this.schemaErrors = cached.schemaErrors;
    this.#hash = hash;
    this.#cached = cached;
    this.#onStale = onStale;
  }

  #load(): SourceFile {
    if (this.#full) return this.#full;
    const r = readBytes(this.path);
    const bytes = 'bytes' in r ? r.bytes : new Uint8Array();
    if (!('bytes' in r) || hashBytes(bytes) !== this.#hash) this.#onStale();
    return (this.#full = readSource(this.path, this.rel, this.kind, this.pathId, bytes, this.#cached));
  }

  #get<K extends LazyKey>(k: K): SourceFile[K] {
    return this.#load()[k];
  }

  #set<K extends LazyKey>(k: K, v: SourceFile[K]): void {
    this.#load()[k] = v;
  }

  get text() { return this.#get('text'); }
  set text(v) { this.#set('text', v); }
  get hadBom() { return this.#get('hadBom'); }
  set hadBom(v) { this.#set('hadBom', v); }
  get eol() { return this.#get('eol'); }
  set eol(v) { this.#set('eol', v); }
  get yamlText() { return this.#get('yamlText'); }
  set yamlText(v) { this.#set('yamlText', v); }
  get yamlStartLine() { return this.#get('yamlStartLine'); }
  set yamlStartLine(v) { this.#set('yamlStartLine', v); }
  get body() { return this.#get('body'); }
  set body(v) { this.#set('body', v); }
  get bodyStartLine() { return this.#get('bodyStartLine'); }
  set bodyStartLine(v) { this.#set('bodyStartLine', v); }
}
