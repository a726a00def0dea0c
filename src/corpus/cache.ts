import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import type { FileResult, LintResult } from '../lint.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { ParseResult, SourceFile } from './source-file.js';
import type { Found } from './walk.js';

/**
 * The cache of `plan lint --cache`, in two files:
 *
 * - the index (`.plancache/lint.json`): for every file its size, times and inode as last seen,
 *   the hash of its bytes, its "face" (a hash of what other files' findings can depend on: kind,
 *   ids, validity, document, obligation, lineage edges) and its findings; and for the run, a
 *   hash of everything every file's findings depend on (the "global" key: this build of plan,
 *   today, --rule, the config and baseline bytes, the documents, instruments, bodies and states)
 *   and of all the faces (the "universe" key);
 * - the parse results (`lint.json.parse`): each file's front matter as parsed and validated.
 *
 * A run where no file's size, times or inode changed and the global key is the same prints the
 * recorded findings without loading the rest of plan. This module therefore imports nothing
 * heavy (no YAML, no Markdown, no rules).
 *
 * A file whose times are within two seconds of the moment they were read is "racy" (it could
 * change again within the file system's clock tick, keeping its size and times): its bytes are
 * hashed on the next run instead of trusting its times, as git does with its index.
 */

export const CACHE_VERSION = 2;
/** A file modified this close to the moment it was looked at is not trusted by its times alone. */
const RACY_MS = 2000;

/** size, mtime, ctime (ms, fractional) and inode. */
export type StatKey = [number, number, number, number];

export interface IndexEntry {
  st: StatKey;
  /** Times too close to when the file was last looked at: hash it next time. */
  racy?: 1;
  /** sha1 of the bytes. */
  hash: string;
  /** Hash of what other files' findings can depend on (see faceOf in lint-cached.ts). */
  face: string;
  /** Findings reported and suppressed (absent: none). */
  m?: Diagnostic[];
  s?: Diagnostic[];
  /** Front-matter spans located in these bytes (SourceFile.spans). */
  spans?: SourceFile['spans'];
}

export interface CacheIndex {
  v: number;
  key: string;
  global: string;
  universe: string;
  notes: string[];
  /** Baseline entries (by index) that matched no finding, and the baseline file's result. */
  unusedBaseline: number[];
  baselineResult?: FileResult;
  /** plan.config.yaml and plan.baseline.yaml as last read, by the hash of their bytes. */
  inputsRead?: { config: string; configValue: unknown; baseline: string; baselineValue: unknown };
  entries: Record<string, IndexEntry>;
}

export interface ParseData {
  v: number;
  key: string;
  entries: Record<string, { hash: string; result: ParseResult }>;
}

let toolKeyMemo: string | undefined;

/**
 * Identifies this build of plan: its version, its schemas and its code (dist/build-id.txt,
 * written at build time; when absent, the code files themselves are hashed).
 */
export function toolKey(): string {
  if (toolKeyMemo) return toolKeyMemo;
  const h = createHash('sha256');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  h.update(readFileSync(join(root, 'package.json')));
  const schemas = join(root, 'schemas');
  for (const f of readdirSync(schemas).sort()) h.update(f).update(readFileSync(join(schemas, f)));
  const code = fileURLToPath(new URL('../', import.meta.url));
  const id = join(code, 'build-id.txt');
  if (existsSync(id)) h.update(readFileSync(id));
  else {
    for (const f of (readdirSync(code, { recursive: true }) as string[]).filter((p) => /\.(ts|js|cjs)$/.test(p)).sort()) {
      h.update(f).update(readFileSync(join(code, f)));
    }
  }
  return (toolKeyMemo = h.digest('hex').slice(0, 24));
}

/** Hash of a file's bytes. */
export function hashBytes(b: Uint8Array | string): string {
  return createHash('sha1').update(b).digest('hex');
}

/** Short hash of strings (keys and faces). */
export function hashParts(parts: Iterable<string>): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 24);
}

/** The stat key of a path (not following links), or undefined when it cannot be had. */
export function statKey(path: string): StatKey | undefined {
  try {
    const s = lstatSync(path);
    if (!s.isFile()) return undefined;
    return [s.size, s.mtimeMs, s.ctimeMs, s.ino];
  } catch {
    return undefined;
  }
}

/** May a file with this stat be taken as unchanged without reading it? */
export function trusted(e: IndexEntry | undefined, st: StatKey | undefined): boolean {
  return Boolean(e && st && !e.racy && e.st[0] === st[0] && e.st[1] === st[1] && e.st[2] === st[2] && e.st[3] === st[3]);
}

/** Is a stat taken at `now` too recent to be trusted next time? */
export function isRacy(st: StatKey, now: number): boolean {
  return Math.max(st[1], st[2]) >= now - RACY_MS;
}

function readJson<T extends { v?: unknown; key?: unknown }>(path: string, key: string): T | undefined {
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return undefined;
    const j = JSON.parse(readFileSync(path, 'utf8')) as T;
    if (!j || typeof j !== 'object' || j.v !== CACHE_VERSION || j.key !== key) return undefined;
    return j;
  } catch {
    return undefined; // a corrupt or foreign cache is ignored, never trusted
  }
}

/** The index at `location` if it was written by this build of plan for this corpus. */
export function readIndex(location: string, key: string): CacheIndex | undefined {
  const j = readJson<CacheIndex>(location, key);
  return j && j.entries && typeof j.entries === 'object' && Array.isArray(j.notes) && Array.isArray(j.unusedBaseline) ? j : undefined;
}

export function readParseData(location: string, key: string): ParseData | undefined {
  const j = readJson<ParseData>(`${location}.parse`, key);
  return j && j.entries && typeof j.entries === 'object' ? j : undefined;
}

/** Writes the index, then (when given) the parse results, each atomically. */
export function writeCache(location: string, index: CacheIndex, data?: ParseData): void {
  if (data) writeFileAtomic(`${location}.parse`, JSON.stringify(data), { fsync: false });
  writeFileAtomic(location, JSON.stringify(index), { fsync: false });
}

/** The key a cache is written under: this build of plan and the corpus's folder. */
export function cacheKey(root: string): string {
  return `${toolKey()}:${root}`;
}

/** What the findings of every file depend on besides the files: the global key's other parts. */
export interface RunInputs {
  today: string;
  /** --rule overrides, as given. */
  severities: Record<string, string>;
  /** Bytes of plan.config.yaml and plan.baseline.yaml ('' when absent). */
  config: string;
  baseline: string;
}

/** Kinds whose content every other file's findings may depend on. */
export const GLOBAL_KINDS: ReadonlySet<string> = new Set(['document', 'instrument', 'body', 'state']);

/** The global key: the run's inputs and the bytes (by hash) of the documents, instruments, bodies and states. */
export function globalKey(inputs: RunInputs, files: Iterable<{ rel: string; kind: string; hash: string }>): string {
  const parts = [toolKey(), inputs.today, JSON.stringify(Object.entries(inputs.severities).sort()), hashBytes(inputs.config), hashBytes(inputs.baseline)];
  for (const f of files) if (GLOBAL_KINDS.has(f.kind)) parts.push(`${f.rel}\u0001${f.hash}`);
  return hashParts(parts);
}

/** The universe key: every file and its face, in path order. */
export function universeKey(files: Iterable<{ rel: string; face: string }>): string {
  const parts: string[] = [];
  for (const f of files) parts.push(`${f.rel}\u0001${f.face}`);
  return hashParts(parts);
}

/** The bytes of a small file of the corpus root as text, '' when absent. */
export function rootFileText(root: string, name: string): string {
  try {
    return readFileSync(join(root, name), 'latin1');
  } catch {
    return '';
  }
}

/** The findings recorded for the files, in lint's order and shape. */
export function storedResult(index: CacheIndex, found: readonly Found[]): LintResult {
  const results: FileResult[] = index.baselineResult ? [index.baselineResult] : [];
  for (const f of found) {
    const e = index.entries[f.rel]!;
    results.push(fileResult(f.path, f.rel, e.m ?? [], e.s ?? []));
  }
  results.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return {
    results,
    notes: index.notes,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

export function fileResult(filePath: string, rel: string, messages: Diagnostic[], suppressedMessages: Diagnostic[]): FileResult {
  return {
    filePath, rel, messages, suppressedMessages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warn').length,
  };
}

/**
 * The recorded findings, when nothing they depend on can have changed: the same files, each
 * with the same size, times and inode (and not racy), and the same global key. Undefined
 * otherwise (the caller then relints what changed). Reads the index only.
 */
export function quickHit(location: string, root: string, found: readonly Found[], inputs: RunInputs): LintResult | undefined {
  const index = readIndex(location, cacheKey(root));
  if (!index) return undefined;
  if (Object.keys(index.entries).length !== found.length) return undefined;
  const files: Array<{ rel: string; kind: string; hash: string }> = [];
  for (const f of found) {
    if (f.refuse) return undefined;
    const e = index.entries[f.rel];
    if (!e || !trusted(e, statKey(f.path))) return undefined;
    files.push({ rel: f.rel, kind: f.kind, hash: e.hash });
  }
  if (globalKey(inputs, files) !== index.global) return undefined;
  return storedResult(index, found);
}
