import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { CacheIndex, Findings, IndexTop, ParseData, ParseEntry } from './cache.js';
import type { ParseResult } from '../model/source-file.js';

/**
 * The files of `plan lint --cache` on disk (see the top of lint/cache.ts): the index, its
 * delta and the parse results, read and written. Imports nothing heavy either.
 */

/** Written in every file; a file of another version (or another build or corpus) is ignored. */
export const CACHE_VERSION = 7;

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


// On disk a parse result leaves out its empty lists: fewer objects to parse and collect on a
// corpus of 50,000 files.
interface DiskIndex extends IndexTop { v: number; key: string; id: string; entries: Record<string, string>; findings: Record<string, Findings> }
interface DiskDelta extends IndexTop { v: number; key: string; base: string; entries: Record<string, string | null>; findings: Record<string, Findings | null>; parse: Record<string, DiskParse | null> }
/** A parse result on disk (ParseEntry, each key spelled out; absent: empty or false). */
interface DiskParse {
  data?: Record<string, unknown>;
  problems?: ParseResult['problems'];
  schemaErrors?: ParseResult['schemaErrors'];
  /** Not validated (a file of no known kind, or without front matter): no schema errors at all. */
  notValidated?: 1;
  /** ParseEntry's acr, refs and fm. */
  acronyms?: string;
  refersToOthers?: 1;
  frontMatter?: string;
}
interface DiskParseData { v: number; key: string; id: string; dir?: Record<string, [number, number]>; entries: Record<string, DiskParse> }

function encodeParse(r: ParseEntry): DiskParse {
  const d: DiskParse = {};
  if (r.acr) d.acronyms = r.acr;
  if (r.refs) d.refersToOthers = 1;
  if (r.fm) d.frontMatter = r.fm;
  if (r.data) d.data = r.data;
  if (r.problems.length) d.problems = r.problems;
  if (r.schemaErrors === undefined) d.notValidated = 1;
  else if (r.schemaErrors.length) d.schemaErrors = r.schemaErrors;
  return d;
}

function decodeParse(d: DiskParse): ParseEntry {
  const r: ParseEntry = { problems: d.problems ?? [] };
  if (d.acronyms) r.acr = d.acronyms;
  if (d.refersToOthers) r.refs = 1;
  if (d.frontMatter) r.fm = d.frontMatter;
  if (d.data) r.data = d.data;
  if (!d.notValidated) r.schemaErrors = d.schemaErrors ?? [];
  return r;
}

function topOf(j: IndexTop): IndexTop {
  if (typeof j.global !== 'string' || !Array.isArray(j.notes) || !Array.isArray(j.unusedBaseline)) throw new Error('corrupt cache index');
  const { global, notes, unusedBaseline, baselineResult, inputsRead, strays } = j;
  return { global, notes, unusedBaseline, ...(baselineResult ? { baselineResult } : {}), ...(inputsRead ? { inputsRead } : {}), ...(Array.isArray(strays) ? { strays } : {}) };
}

/** An index as read: the base with its delta applied, and the delta kept for the next write. */
export interface ReadIndex {
  index: CacheIndex;
  /** The delta as on disk (its parse results are applied by readParseData). */
  delta?: DiskDelta;
}

/**
 * The index at `location` (with its delta) if it was written by this build of plan for this
 * corpus; undefined when there is none. Throws on a corrupt one (callers ignore it then).
 */
export function readIndex(location: string, key: string): ReadIndex | undefined {
  const j = readJson<DiskIndex>(location, key);
  if (!j || !j.entries || typeof j.entries !== 'object' || typeof j.id !== 'string' || !j.findings) return undefined;
  const delta = readJson<DiskDelta>(`${location}.delta`, key);
  const usable = delta && delta.base === j.id && delta.entries && delta.findings && delta.parse ? delta : undefined;
  const lines = j.entries;
  const findings = j.findings;
  if (usable) {
    for (const [rel, line] of Object.entries(usable.entries)) {
      if (line) lines[rel] = line;
      else delete lines[rel];
    }
    for (const [rel, f] of Object.entries(usable.findings)) {
      if (f) findings[rel] = f;
      else delete findings[rel];
    }
  }
  const index: CacheIndex = { v: j.v, key: j.key, id: j.id, ...topOf(usable ?? j), lines, findings };
  return usable ? { index, delta: usable } : { index };
}

/** The parse results that go with an index (its base, and its delta's changes). */
export function readParseData(location: string, read: ReadIndex): ParseData | undefined {
  const j = readJson<DiskParseData>(`${location}.parse`, read.index.key);
  if (!j || !j.entries || typeof j.entries !== 'object' || j.id !== read.index.id) return undefined;
  const entries: Record<string, ParseEntry> = {};
  const dp = read.delta?.parse ?? {};
  for (const rel of Object.keys(j.entries)) if (!(rel in dp)) entries[rel] = decodeParse(j.entries[rel]!);
  for (const [rel, d] of Object.entries(dp)) if (d) entries[rel] = decodeParse(d);
  return { v: j.v, key: j.key, id: j.id, entries };
}

/** The folder of a corpus path, with its slash ('' for a file at the root). */
export function folderOfRel(rel: string): string {
  return rel.slice(0, rel.lastIndexOf('/') + 1);
}

/**
 * The parse results of the files in `folders` (each as folderOfRel gives it) and of the files
 * `rels`, without parsing the others': the parse results are written one file per line, with
 * the byte range of each folder's lines in the header (see writeCache). Undefined when the
 * parse results on disk do not go with `read`.
 */
export function readParseEntries(location: string, read: ReadIndex, folders: Iterable<string>, rels: Iterable<string> = []): Record<string, ParseEntry> | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(`${location}.parse`);
  } catch {
    return undefined;
  }
  const headEnd = buf.indexOf(10);
  if (headEnd < 0) return undefined;
  try {
    const head = JSON.parse(`${buf.toString('utf8', 0, headEnd)}}}`) as Partial<DiskParseData>;
    if (head.v !== CACHE_VERSION || head.key !== read.index.key || head.id !== read.index.id || !head.dir) return undefined;
    const dir = head.dir;
    const entries: Record<string, ParseEntry> = {};
    const take = (from: number, to: number) => {
      // Lines `"rel":{...},` (JSON escapes every newline inside them): the range as one object.
      const text = buf.toString('utf8', headEnd + 1 + from, headEnd + 1 + to).replace(/,\n?$/, '');
      for (const [rel, d] of Object.entries(JSON.parse(`{${text}}`) as Record<string, DiskParse>)) entries[rel] = decodeParse(d);
    };
    const wanted = new Set(folders);
    for (const folder of wanted) {
      const r = dir[folder];
      if (r) take(r[0], r[1]);
    }
    for (const rel of rels) {
      const folder = folderOfRel(rel);
      const r = dir[folder];
      if (!r || wanted.has(folder)) continue;
      const needle = Buffer.from(`${JSON.stringify(rel)}:`);
      const base = headEnd + 1;
      let at = buf.indexOf(needle, base + r[0]);
      // At the start of a line of the folder's range only.
      while (at >= 0 && at < base + r[1] && at !== base + r[0] && buf[at - 1] !== 10) at = buf.indexOf(needle, at + 1);
      if (at < 0 || at >= base + r[1]) continue;
      const end = buf.indexOf(10, at);
      take(at - base, (end < 0 || end > base + r[1] ? base + r[1] : end) - base);
    }
    const relSet = new Set(rels);
    for (const [rel, d] of Object.entries(read.delta?.parse ?? {})) {
      if (!wanted.has(folderOfRel(rel)) && !relSet.has(rel)) continue;
      if (d) entries[rel] = decodeParse(d);
      else delete entries[rel];
    }
    return entries;
  } catch {
    return undefined; // corrupt: the caller reads everything
  }
}

/** What a run leaves for the next one. */
export interface CacheWrite {
  key: string;
  top: IndexTop;
  lines: Record<string, string>;
  findings: Record<string, Findings>;
  parse: Record<string, ParseEntry>;
  /** The lines and findings that may differ from what was read, and the files parsed again (rels). */
  touched: ReadonlySet<string>;
  reparsed: ReadonlySet<string>;
  /** What was read (undefined: nothing usable). */
  read?: ReadIndex;
  /** Whether `parse` holds every file's parse result (else only the reparsed ones). */
  parseComplete: boolean;
  /** Whether the parse results on disk go with `read` (read whole, or not needed and not changed). */
  parseOnDisk: boolean;
  /** Reads the parse results, when a new base must be written and they were not read. */
  loadParse?: () => Record<string, ParseEntry> | undefined;
}

/**
 * Writes the cache: a delta when few entries changed since the base, else a new base (index
 * and parse results, each atomically, then the delta removed). A reader sees a base with or
 * without its delta, both consistent: a delta names the base it applies to.
 */
export function writeCache(location: string, w: CacheWrite): void {
  const base = w.read?.index;
  // A delta applies to the parse results on disk: only when they go with the index read.
  if (base && w.parseOnDisk) {
    const d = w.read!.delta;
    const entries: Record<string, string | null> = { ...(d?.entries ?? {}) };
    const findings: Record<string, Findings | null> = { ...(d?.findings ?? {}) };
    const parse: Record<string, DiskParse | null> = { ...(d?.parse ?? {}) };
    for (const rel of w.touched) {
      entries[rel] = w.lines[rel] ?? null;
      findings[rel] = w.findings[rel] ?? null;
    }
    for (const rel of w.reparsed) parse[rel] = w.parse[rel] ? encodeParse(w.parse[rel]!) : null;
    for (const rel of Object.keys(base.lines)) if (!(rel in w.lines)) { entries[rel] = null; findings[rel] = null; parse[rel] = null; }
    const size = Object.keys(w.lines).length;
    if (Object.keys(entries).length + Object.keys(parse).length <= Math.max(200, size / 20)) {
      const delta: DiskDelta = { v: CACHE_VERSION, key: w.key, base: base.id, ...w.top, entries, findings, parse };
      writeFileAtomic(`${location}.delta`, JSON.stringify(delta), { fsync: false });
      return;
    }
  }
  const id = randomBytes(8).toString('hex');
  // Not every file's parse result at hand: those on disk, with the ones parsed again.
  const loaded = w.parseComplete ? undefined : w.loadParse?.();
  const parse = w.parseComplete ? w.parse : loaded && { ...loaded, ...Object.fromEntries([...w.reparsed].flatMap((rel) => (w.parse[rel] ? [[rel, w.parse[rel]!]] : []))) };
  const index: DiskIndex = { v: CACHE_VERSION, key: w.key, id, ...w.top, entries: w.lines, findings: w.findings };
  // The old delta goes first: it names the old base, and a reader ignores it afterwards anyway.
  rmSync(`${location}.delta`, { force: true });
  if (parse) {
    // One file per line, a folder's lines together, and in the header (the first line) the
    // byte range of each folder's lines: readParseEntries reads a folder alone.
    const byFolder = new Map<string, string[]>();
    for (const rel of Object.keys(w.lines)) {
      if (!parse[rel]) continue;
      const folder = folderOfRel(rel);
      let a = byFolder.get(folder);
      if (!a) byFolder.set(folder, (a = []));
      a.push(`${JSON.stringify(rel)}:${JSON.stringify(encodeParse(parse[rel]!))},\n`);
    }
    const dir: Record<string, [number, number]> = {};
    const body: string[] = [];
    let at = 0;
    for (const [folder, lines] of byFolder) {
      const text = lines.join('');
      const n = Buffer.byteLength(text);
      dir[folder] = [at, at + n];
      body.push(text);
      at += n;
    }
    // JSON wants no comma after the last entry: one byte less in the last folder's range.
    const all = body.join('').replace(/,\n$/, '\n');
    const last = [...byFolder.keys()].pop();
    if (last !== undefined) dir[last]![1] -= 1;
    const head = JSON.stringify({ v: CACHE_VERSION, key: w.key, id, dir, entries: {} }).slice(0, -2);
    writeFileAtomic(`${location}.parse`, `${head}\n${all}}}`, { fsync: false });
  }
  // (Without them, the parse results on disk name the old base: the next run parses again.)
  writeFileAtomic(location, JSON.stringify(index), { fsync: false });
}
