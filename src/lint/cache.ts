import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { fileResult, lintResult, type FileResult, type LintResult } from './result.js';
import { readIndex, type ReadIndex } from './cache-store.js';
import type { ParseResult, SourceFile } from '../model/source-file.js';
import type { Found } from '../model/walk.js';
import { readBytes } from '../model/read-file.js';

/**
 * The cache of `plan lint --cache`, in three files:
 *
 * - the index (`.plancache/lint.json`): for every file one line, "size mtime ctime inode hash
 *   face [r]" (its stat as last seen, the hash of its bytes, and its "face": a hash of what
 *   other files' findings can depend on — kind, ids, validity, document, number, obligation,
 *   lineage edges), its findings apart (few files have any), and for the run a hash of what
 *   every file's findings depend on besides the files (the "global" key: this build of plan,
 *   today, --rule, the config and baseline bytes, the documents, instruments, bodies and
 *   states);
 * - the parse results (`lint.json.parse`): each file's front matter as parsed and validated;
 * - the delta (`lint.json.delta`): what changed since those two were written, so that a run
 *   that changes a few files writes a few kilobytes (see writeCache).
 *
 * Reading and writing those files, and their format on disk, is lint/cache-store.ts.
 *
 * A run where no file's size, times or inode changed and the global key is the same prints the
 * recorded findings without loading the rest of plan. This module therefore imports nothing
 * heavy (no YAML, no Markdown, no rules).
 *
 * A file whose times are within two seconds of the moment they were read is "racy" (it could
 * change again within the file system's clock tick, keeping its size and times): its bytes are
 * hashed on the next run instead of trusting its times, as git does with its index.
 */

export { CACHE_VERSION, folderOfRel, readIndex, readParseData, readParseEntries, writeCache, type CacheWrite, type ReadIndex } from './cache-store.js';
/** A file modified this close to the moment it was looked at is not trusted by its times alone. */
const RACY_MS = 2000;

/** size, mtime, ctime (ms, fractional) and inode. */
export type StatKey = [number, number, number, number];

/** Findings of a file as recorded (absent: none). */
export interface Findings {
  /** Reported and suppressed findings. */
  messages?: Diagnostic[];
  suppressed?: Diagnostic[];
  /** Front-matter spans located in its bytes (SourceFile.spans). */
  spans?: SourceFile['spans'];
  /** Its part of counted notes (FileResult.notes). */
  notes?: Record<string, number>;
}

/** The run-wide part of the index. */
export interface IndexTop {
  global: string;
  /** The run's general notes (the counted ones are the files'). */
  notes: string[];
  /** Baseline entries (by index) that matched no finding, and the baseline file's result. */
  unusedBaseline: number[];
  baselineResult?: FileResult;
  /**
   * Paragraphs whose id is not their path's or whose document is not their folder (a run that
   * relints after a body edit reads the edited paragraphs' folders, and these).
   */
  strays?: string[];
  /** plan.config.yaml and plan.baseline.yaml as last read, by the hash of their bytes. */
  inputsRead?: { config: string; configValue: unknown; baseline: string; baselineValue: unknown };
}

export interface CacheIndex extends IndexTop {
  v: number;
  key: string;
  /** Identifies this base (index and parse results are written together, with the same id). */
  id: string;
  /** One line per file (see the top of this module), by path. */
  lines: Record<string, string>;
  findings: Record<string, Findings>;
}

/**
 * A file's parse result, and for a paragraph what the other paragraphs of its document can read
 * of its body: `acr`, a hash of its acronyms in order (each spelled out or used), and `refs`
 * when it refers to other paragraphs ("paragraph 9 of this Plan"); `fm`, a hash of its front
 * matter's text and where it sits (an edit that keeps it touched the body alone).
 */
export type ParseEntry = ParseResult & { acr?: string; refs?: 1; fm?: string };

export interface ParseData {
  v: number;
  key: string;
  id: string;
  entries: Record<string, ParseEntry>;
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

/** An index line: "size mtime ctime inode hash face", and " r" when racy. */
export function indexLine(st: StatKey, hash: string, face: string, racy: boolean): string {
  return `${statPrefix(st)}${hash} ${face}${racy ? ' r' : ''}`;
}

function statPrefix(st: StatKey): string {
  return `${st[0]} ${st[1]} ${st[2]} ${st[3]} `;
}

/** The hash and face of an index line. */
export function lineParts(line: string): { hash: string; face: string; racy: boolean } {
  const a = line.split(' ');
  if (a.length < 6) throw new Error('corrupt cache entry');
  return { hash: a[4]!, face: a[5]!, racy: a[6] === 'r' };
}

/** May a file with this stat be taken as unchanged without reading it? (Same stat, not racy.) */
export function trusted(line: string | undefined, st: StatKey | undefined): boolean {
  return Boolean(line && st && line.charCodeAt(line.length - 2) !== 32 && line.startsWith(statPrefix(st)));
}

/** Is a stat taken at `now` too recent to be trusted next time? */
export function isRacy(st: StatKey, now: number): boolean {
  return Math.max(st[1], st[2]) >= now - RACY_MS;
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

/** The bytes of a small file of the corpus root as text, '' when absent. */
export function rootFileText(root: string, name: string): string {
  // Read as loadConfig and loadBaseline read it (no link, FIFO or device, the size limit): a
  // file they refuse keys differently from an absent one, so the run reaches them and stops.
  const r = readBytes(join(root, name));
  if ('bytes' in r) return Buffer.from(r.bytes).toString('latin1');
  return r.code === 'ENOENT' ? '' : `\0not read: ${r.code}`;
}

/** The findings recorded for the files, in lint's order and shape. */
export function storedResult(index: CacheIndex, found: readonly Found[]): LintResult {
  const results: FileResult[] = index.baselineResult ? [index.baselineResult] : [];
  for (const f of found) {
    const e = index.findings[f.rel];
    results.push(fileResult(f.path, f.rel, e?.messages ?? [], e?.suppressed ?? [], e?.notes));
  }
  return lintResult(results, index.notes);
}

/**
 * The recorded findings, when nothing they depend on can have changed: the same files, each
 * with the same size, times and inode (and not racy), and the same global key. Undefined
 * otherwise (the caller then relints what changed). Reads the index only.
 */
export function quickHit(read: ReadIndex | undefined, found: readonly Found[], stats: ReadonlyArray<StatKey | undefined>, inputs: RunInputs): LintResult | undefined {
  if (!read) return undefined;
  const index = read.index;
  if (Object.keys(index.lines).length !== found.length) return undefined;
  const files: Array<{ rel: string; kind: string; hash: string }> = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.refuse) return undefined;
    const line = index.lines[f.rel];
    if (!trusted(line, stats[i])) return undefined;
    if (GLOBAL_KINDS.has(f.kind)) files.push({ rel: f.rel, kind: f.kind, hash: lineParts(line!).hash });
  }
  if (globalKey(inputs, files) !== index.global) return undefined;
  return storedResult(index, found);
}

/** readIndex, with a corrupt index taken as none. */
export function tryReadIndex(location: string, root: string): ReadIndex | undefined {
  try {
    return readIndex(location, cacheKey(root));
  } catch {
    return undefined;
  }
}

/**
 * The stat keys of the files, in order, on the main thread. (Promise-shaped for its callers. A
 * thread that took the stats of a corpus of 4,000 files or more while the main thread read the
 * cache was measured to buy under 15% at 10,000 files and was removed: docs/benchmark.md.)
 */
export function statAll(found: readonly Found[]): Promise<Array<StatKey | undefined>> {
  return Promise.resolve(found.map((f) => (f.refuse ? undefined : statKey(f.path))));
}
