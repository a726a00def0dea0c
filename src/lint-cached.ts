import {
  cacheKey, GLOBAL_KINDS, globalKey, hashBytes, hashParts, indexLine, isRacy, lineParts, readIndex, readParseData, folderOfRel, readParseEntries, statKey, storedResult, trusted, writeCache,
  type Findings, type IndexTop, type ParseData, type ParseEntry, type ReadIndex, type RunInputs, type StatKey,
} from './corpus/cache.js';
import { assembleCorpus, readBytes, unreadable } from './corpus/load.js';
import { ioErrorOf } from './corpus/read-file.js';
import type { Corpus, CorpusConfig } from './corpus/model.js';
import { readAndValidate } from './corpus/read-one.js';
import { readSource, type ParseResult, type SourceFile } from './corpus/source-file.js';
import { scanAcronyms } from './text/acronyms.js';
import { scanInternalRefs } from './text/internal-refs.js';
import { walkCorpus, type Found } from './corpus/walk.js';
import { validate } from './schema/validate.js';
import { baselineResult, lint, prepareLint, unusedSeverity } from './lint.js';
import { fileResult, lintResult, type FileResult, type LintResult } from './lint-result.js';
import { RULES } from './rules/index.js';
import { BASELINE_FILE, type BaselineEntry } from './suppress.js';
import type { Diagnostic, Severity } from './diagnostics.js';

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
  /** The corpus's files and the cache index, when the caller has them already (quickHit); null: no index. */
  found?: Found[];
  read?: ReadIndex | null;
  /** The parse results that go with `read`, when the caller has read them already. */
  data?: ParseData;
  /** The files' stat keys (statAll), in the order of `found`. */
  stats?: ReadonlyArray<StatKey | undefined>;
  onProgress?: (done: number, total: number) => void;
}

export interface CachedLintOutcome {
  result: LintResult;
  corpus?: Corpus;
  /**
   * What the run did: files read and parsed again, files in the corpus model the rules ran
   * against, files whose rules ran, whether all did.
   */
  work: { files: number; parsed: number; model: number; linted: number; full: boolean };
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
 *   against the whole corpus; every other file keeps its recorded findings;
 * - when only paragraphs' bodies changed (their front matter has the same text), only the rules
 *   that read bodies run (Rule.reads 'document'), on a model of the edited paragraphs'
 *   documents, the documents, instruments, bodies and states: the parse results of the other
 *   files are not even read. The edited paragraphs keep their front-matter findings.
 *
 * The findings are those of a plain run, byte for byte (tests/perf/cache-equivalence.test.ts).
 */
export async function cachedLint(options: CachedLintOptions, trustStats = true, shortcut = true): Promise<CachedLintOutcome> {
  const now = Date.now();
  const key = cacheKey(options.root);
  // What the quick path already walked and read (only on the first attempt: a retry trusts nothing).
  const found = (trustStats && options.found) || walkCorpus(options.root);
  let read: ReadIndex | undefined;
  try {
    read = trustStats && options.read !== undefined ? options.read || undefined : readIndex(options.location, key);
  } catch {
    read = undefined; // a corrupt cache is ignored, never trusted
  }
  const index = read?.index;
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
  let stale = false;

  // First pass, without the parse results: which files are unchanged by their stat (T), by
  // their bytes (V: same hash, e.g. after a checkout), or changed (C: bytes read, to parse).
  type Seen = { s: 'T'; st: StatKey } | { s: 'V' | 'C'; st: StatKey; bytes: Uint8Array; hash: string } | { s: 'X'; file: SourceFile };
  const seen: Seen[] = new Array(found.length);
  const hashes: string[] = new Array(found.length);
  /** The same files as last time (faces are compared below). */
  let sameFiles = Boolean(index) && Object.keys(index!.lines).length === found.length;
  let anyChange = false;
  found.forEach((f, i) => {
    o.onProgress?.(i, found.length);
    const line = index?.lines[f.rel];
    if (!line) sameFiles = false;
    if (f.refuse) {
      seen[i] = { s: 'X', file: readAndValidate(f) };
      anyChange = true;
      return;
    }
    const st = trustStats && options.stats ? options.stats[i] : statKey(f.path);
    if (trustStats && trusted(line, st)) {
      seen[i] = { s: 'T', st: st! };
      if (GLOBAL_KINDS.has(f.kind)) hashes[i] = lineParts(line!).hash;
      return;
    }
    const r = readBytes(f.path);
    if ('problem' in r) {
      seen[i] = { s: 'X', file: unreadable(f.path, f.rel, f.kind, f.pathId, r.problem, ioErrorOf(r)) };
      anyChange = true;
      return;
    }
    const hash = (hashes[i] = hashBytes(r.bytes));
    const stNow = st ?? [r.bytes.length, 0, 0, 0] as StatKey;
    if (line && lineParts(line).hash === hash) seen[i] = { s: 'V', st: stNow, bytes: r.bytes, hash };
    else {
      seen[i] = { s: 'C', st: stNow, bytes: r.bytes, hash };
      anyChange = true;
    }
  });
  const global = globalKey(o.inputs, found.flatMap((f, i) => (GLOBAL_KINDS.has(f.kind) ? [{ rel: f.rel, kind: f.kind, hash: hashes[i] ?? '' }] : [])));

  const files: SourceFile[] = new Array(found.length);
  const lines: Record<string, string> = {};
  const findings: Record<string, Findings> = {};
  const parsed: Record<string, ParseEntry> = {};
  /** Files parsed again (new or changed bytes, or no parse result kept), unreadable or refused. */
  const changed = new Set<string>();
  /** Lines and findings that may differ from the ones read (written to the cache's delta). */
  const touched = new Set<string>();
  let sameFaces = sameFiles;
  // Nothing changed but times: the recorded findings stand, and the parse results are not needed.
  const nothing = sameFiles && !anyChange && index!.global === global && !o.needCorpus;
  // Only bodies changed? Then the parse results of the edited documents' folders are enough.
  const partial = !nothing && shortcut && trustStats && sameFiles && !o.needCorpus && index!.global === global && read
    ? bodyEdit(o.location, read, found, seen) : undefined;
  const data = nothing || partial ? undefined : trustStats && options.data ? options.data : read ? readParseData(o.location, read) : undefined;
  let parsedCount = 0;
  found.forEach((f, i) => {
    const line = index?.lines[f.rel];
    const v = seen[i]!;
    // Outside the model of a body edit: the line only.
    const skip = nothing || (partial !== undefined && !partial.covers(f));
    if (v.s === 'X') {
      files[i] = v.file;
      changed.add(f.rel);
      sameFaces = false;
      return;
    }
    const entries = partial?.entries ?? data?.entries;
    if (v.s === 'T') {
      lines[f.rel] = line!;
      if (skip) return;
      const pd = entries?.[f.rel];
      if (pd) {
        // Unchanged by its stat: the text is read only if a rule asks for it.
        files[i] = new LazySourceFile(f, pd, line!, () => { stale = true; });
        parsed[f.rel] = pd;
        return;
      }
    }
    touched.add(f.rel);
    const old = line ? lineParts(line) : undefined;
    if (v.s === 'V') {
      lines[f.rel] = indexLine(v.st, v.hash, old!.face, isRacy(v.st, now));
      if (skip) return;
      const pd = entries?.[f.rel];
      if (pd) {
        files[i] = readSource(f.path, f.rel, f.kind, f.pathId, v.bytes, pd);
        seen[i] = { s: 'T', st: v.st };
        parsed[f.rel] = pd;
        return;
      }
    }
    // Changed, or no parse result kept for it: parse.
    const bytes = v.s === 'T' ? readBytesOrEmpty(f.path) : v.bytes;
    const hash = v.s === 'T' ? hashBytes(bytes) : v.hash;
    const st = v.st;
    const file = partial?.parsed.get(f.rel) ?? parseFile(f, bytes);
    seen[i] = { s: 'T', st }; // the bytes are in the file's text now: let them go
    files[i] = file;
    parsedCount++;
    changed.add(f.rel);
    const face = faceOf(file);
    if (face !== old?.face) sameFaces = false;
    lines[f.rel] = indexLine(st, hash, face, isRacy(st, now));
    parsed[f.rel] = parseEntryOf(file);
  });
  // Spans of front-matter nodes found in earlier runs, kept with the bytes they were found in.
  found.forEach((f, i) => {
    if (!lines[f.rel]) return;
    const kept = changed.has(f.rel) ? undefined : index?.findings[f.rel];
    if (kept) findings[f.rel] = kept;
    if (files[i]) files[i]!.spans = { ...(kept?.spans ?? {}) };
  });

  const sameRun = sameFaces && index!.global === global;
  const finish = (result: LintResult, perFile: Map<string, FileResult>, unused: number[], linted: number, full: boolean, corpus?: Corpus, relinted?: ReadonlySet<string>): CachedLintOutcome => {
    found.forEach((f, i) => {
      if (!lines[f.rel]) return; // unreadable or refused: read again every run
      // A file not relinted keeps its findings and spans.
      if (!full && !relinted?.has(f.rel)) return;
      const was = findings[f.rel];
      const r = perFile.get(f.rel);
      const spans = files[i]!.spans;
      const now: Findings = {};
      if (r?.messages.length) now.m = r.messages;
      if (r?.suppressedMessages.length) now.s = r.suppressedMessages;
      if (spans && Object.keys(spans).length) now.spans = spans;
      const empty = !now.m && !now.s && !now.spans;
      if (empty) delete findings[f.rel];
      else findings[f.rel] = now;
      if ((was || !empty) && JSON.stringify(was ?? {}) !== JSON.stringify(now)) touched.add(f.rel);
    });
    const extra = result.results.find((r) => r.rel === BASELINE_FILE && r.filePath === o.baseline.path);
    // Faces unchanged: the same strays as before; else found again (every file is at hand).
    const strays = full ? files.flatMap((f) => (f && isStray(f) ? [f.rel] : [])) : index?.strays;
    const top: IndexTop = { global, notes: result.notes, unusedBaseline: unused, inputsRead, ...(extra ? { baselineResult: extra } : {}), ...(strays ? { strays } : {}) };
    // Files that could not be cached (unreadable, refused) make the quick path miss, as they must.
    try {
      writeCache(o.location, {
        key, top, lines, findings, parse: parsed, touched, reparsed: changed,
        parseComplete: !nothing && !partial, parseOnDisk: Boolean(data) || Boolean(partial) || (nothing && changed.size === 0),
        loadParse: () => (read ? readParseData(o.location, read)?.entries : undefined),
        ...(read ? { read } : {}),
      });
    } catch {
      /* a cache that cannot be written is not an error of the corpus: the next run starts afresh */
    }
    return { result, ...(corpus ? { corpus } : {}), work: { files: found.length, parsed: parsedCount, model: corpus?.files.length ?? 0, linted, full } };
  };

  if (nothing || (sameRun && changed.size === 0 && !o.needCorpus)) {
    const result = storedResult(index!, found);
    return finish(result, new Map(), index!.unusedBaseline, 0, false);
  }

  const corpus = assembleCorpus(o.root, o.config, partial ? files.filter(Boolean) : files);
  let only: Set<string> | undefined;
  // The files of the model (after a body edit, its folders'; else all), filtered once.
  const modelled = partial ? found.filter((f) => partial.covers(f)) : found;
  if (sameRun) only = affectedBy(modelled, changed, partial?.entries ?? data?.entries ?? {}, parsed);
  // After a body edit: the rules that read bodies run, the others' findings are kept.
  const carry = partial && only ? carried(modelled, only, index!.findings) : undefined;
  if (partial && !carry) return cachedLint(options, true, false);
  const rules = partial ? RULES.filter((r) => r.reads === 'document') : undefined;
  const opts = { today: o.today, severities: o.severities, baseline: o.baseline };
  await prepareLint(corpus, { severities: o.severities, ...(only ? { only } : {}), ...(rules ? { rules } : {}) });
  let result = lint(corpus, { ...opts, ...(only ? { only } : {}), ...(rules ? { rules, carry } : {}) });
  if (only && result.results.some((r) => r.messages.some((m) => m.ruleId === 'internal-error'))) {
    // A rule that failed is reported where a full run reports it: run them all.
    if (partial) return cachedLint(options, true, false);
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
    const kept = findings[f.rel];
    const r = relinted.has(f.rel) ? fresh.get(f.rel)! : fileResult(f.path, f.rel, kept?.m ?? [], kept?.s ?? []);
    results.push(r);
    if (relinted.has(f.rel)) perFile.set(f.rel, r);
  }
  const sev = unusedSeverity(RULES, { ...o.config.rules, ...o.severities });
  const b = sev === 'off' ? undefined : baselineResult(o.baseline.path, unused.map((i) => o.baseline.entries[i]!), sev);
  if (b) results.push(b);
  // Notes come from rules that read front matter only: after a body edit they are as recorded.
  return finish(lintResult(results, partial ? index!.notes : result.notes), perFile, unused, relinted.size, false, corpus, relinted);
}

/** Reads and parses a changed file, with its front matter validated. */
function parseFile(f: Found, bytes: Uint8Array): SourceFile {
  const file = readSource(f.path, f.rel, f.kind, f.pathId, bytes);
  if (file.data && file.kind !== 'unknown' && file.kind !== 'config') file.schemaErrors = validate(file.kind, file.data);
  return file;
}

/** A paragraph whose id is not its path's or whose document is not its folder. */
function isStray(f: SourceFile): boolean {
  const d = f.kind === 'paragraph' ? f.data : undefined;
  return Boolean(d) && (d!.id !== f.pathId || d!.document !== f.pathId.split('/')[0]);
}

interface BodyEdit {
  /** The parse results of the files of the model. */
  entries: Record<string, ParseEntry>;
  /** The edited paragraphs, parsed. */
  parsed: Map<string, SourceFile>;
  /** Is a file in the model of the run? */
  covers: (f: Found) => boolean;
}

/** The folders of the files every paragraph's findings may depend on (the global kinds'). */
const GLOBAL_FOLDERS = ['documents/', 'instruments/', 'bodies/', 'states/'];

/**
 * When every changed file is a paragraph whose front matter kept its text (an edit to the body
 * alone): what a run needs to relint them (see cachedLint), a model of the documents,
 * instruments, bodies and states, the paragraphs of the edited paragraphs' documents (their
 * folders, and the strays: paragraphs whose id or document is not their path's). Undefined
 * when that is not the case.
 */
function bodyEdit(location: string, read: ReadIndex, found: readonly Found[], seen: ReadonlyArray<{ s: string; bytes?: Uint8Array }>): BodyEdit | undefined {
  const strays = read.index.strays;
  if (!strays || !RULES.every((r) => r.reads)) return undefined;
  const edited: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const v = seen[i]!;
    if (v.s === 'X' || (v.s === 'C' && found[i]!.kind !== 'paragraph')) return undefined;
    if (v.s === 'C') edited.push(i);
  }
  if (!edited.length) return undefined;
  if (answersAny(location, read, found, edited)) return undefined;
  const folders = new Set([...GLOBAL_FOLDERS, ...edited.map((i) => folderOfRel(found[i]!.rel))]);
  let entries = readParseEntries(location, read, folders, strays);
  if (!entries) return undefined;
  // A stray edited paragraph reads its document's paragraphs (and its id's): their folders too.
  const more = edited.flatMap((i) => {
    const d = entries![found[i]!.rel]?.data;
    return [d?.document, typeof d?.id === 'string' ? d.id.split('/')[0] : undefined].flatMap((x) => (typeof x === 'string' && !folders.has(`paragraphs/${x}/`) ? [`paragraphs/${x}/`] : []));
  });
  if (more.length) {
    for (const m of more) folders.add(m);
    entries = readParseEntries(location, read, folders, strays);
    if (!entries) return undefined;
  }
  const strayRels = new Set(strays);
  const covers = (f: Found) => folders.has(folderOfRel(f.rel)) || strayRels.has(f.rel);
  const parsed = new Map<string, SourceFile>();
  for (const i of edited) {
    const f = found[i]!;
    const was = entries[f.rel];
    const file = parseFile(f, seen[i]!.bytes!);
    const is = parseEntryOf(file);
    if (!was?.fm || was.fm !== is.fm || !sameParse(was, is)) return undefined;
    parsed.set(f.rel, file);
  }
  // Every file of the model has its parse result (else the run would parse it: not worth it).
  if (found.some((f, i) => covers(f) && seen[i]!.s !== 'C' && !entries![f.rel])) return undefined;
  return { entries, parsed, covers };
}

/**
 * Does a commitment answer one of the edited paragraphs (or can that not be told)? Its record
 * keeps a fingerprint of the paragraph's words (suspect-record), so a body edit can change the
 * commitment's findings: such a run relints everything.
 */
function answersAny(location: string, read: ReadIndex, found: readonly Found[], edited: readonly number[]): boolean {
  const folders = new Set(found.filter((f) => f.kind === 'commitment').map((f) => folderOfRel(f.rel)));
  if (!folders.size) return false;
  const entries = readParseEntries(location, read, folders);
  if (!entries) return true;
  const ids = new Set(edited.map((i) => found[i]!.pathId));
  return Object.values(entries).some((e) => {
    const answers = (e.data as { answers?: unknown } | undefined)?.answers;
    return Array.isArray(answers) && answers.some((a) => typeof a === 'string' && ids.has(a));
  });
}

/**
 * The recorded findings of the rules that read no body (Rule.reads 'front-matter'), for the
 * files to relint, as found before suppressions; undefined when one holds an internal error
 * (a rule that failed: the run then relints with every rule).
 */
function carried(found: readonly Found[], only: ReadonlySet<string>, recorded: Record<string, Findings>): Map<string, Diagnostic[]> | undefined {
  const keep = new Set(RULES.filter((r) => r.reads === 'front-matter').map((r) => r.id));
  const out = new Map<string, Diagnostic[]>();
  for (const f of found) {
    if (!only.has(f.path)) continue;
    const r = recorded[f.rel];
    const all = [...(r?.m ?? []), ...(r?.s ?? [])];
    if (all.some((d) => d.ruleId === 'internal-error')) return undefined;
    const list = all.filter((d) => keep.has(d.ruleId));
    if (list.length) out.set(f.path, list);
  }
  return out;
}

function readBytesOrEmpty(path: string): Uint8Array {
  const r = readBytes(path);
  return 'bytes' in r ? r.bytes : new Uint8Array();
}

/** What the cache keeps of a file's parse (and, for a paragraph, of its body: see ParseEntry). */
function parseEntryOf(f: SourceFile): ParseEntry {
  const r: ParseEntry = { problems: f.problems };
  if (f.data) r.data = f.data;
  if (f.schemaErrors) r.schemaErrors = f.schemaErrors;
  if (f.kind === 'paragraph') {
    r.fm = hashParts([f.yamlText ?? '\u0000', String(f.yamlStartLine), f.eol, f.hadBom ? '1' : '0']);
    r.acr = hashParts(scanAcronyms(f.body).map((h) => `${h.defines ? '+' : '-'}${h.acronym}`));
    if (scanInternalRefs(f.body).length) r.refs = 1;
  }
  return r;
}

/**
 * What to relint when no face and not the global key changed: the changed files, and the
 * paragraphs of the documents a changed paragraph is in (by folder and by `document`, before
 * and after), since numbering, acronyms and "paragraph 9" references are read across a
 * document. When only the body changed and its acronyms did not (the usual edit), only the
 * paragraphs that refer to others ("paragraph 9") can see it.
 */
function affectedBy(found: readonly Found[], changed: ReadonlySet<string>, before: Record<string, ParseEntry>, after: Record<string, ParseEntry>): Set<string> {
  const docs = (f: Found, e: ParseEntry | undefined) => [f.pathId.split('/')[0]!, ...(typeof e?.data?.document === 'string' ? [e.data.document] : [])];
  const whole = new Set<string>();
  const referring = new Set<string>();
  for (const f of found) {
    if (!changed.has(f.rel) || f.kind !== 'paragraph') continue;
    const was = before[f.rel];
    const is = after[f.rel];
    const bodyOnly = Boolean(was && is && was.acr !== undefined && was.acr === is.acr && sameParse(was, is));
    for (const d of [...docs(f, is), ...docs(f, was)]) (bodyOnly ? referring : whole).add(d);
  }
  // A commitment answering a changed paragraph keeps a fingerprint of its words (suspect-record).
  const ids = new Set(found.filter((f) => changed.has(f.rel) && f.kind === 'paragraph').map((f) => f.pathId));
  const answers = (e: ParseEntry | undefined): unknown[] => {
    const a = (e?.data as { answers?: unknown } | undefined)?.answers;
    return Array.isArray(a) ? a : [];
  };
  const out = new Set<string>();
  for (const f of found) {
    const ds = docs(f, after[f.rel]);
    const near = (g: Set<string>) => ds.some((d) => g.has(d));
    if (changed.has(f.rel) || (f.kind === 'paragraph' && (near(whole) || (near(referring) && after[f.rel]?.refs)))) out.add(f.path);
    else if (f.kind === 'commitment' && ids.size && answers(after[f.rel] ?? before[f.rel]).some((a) => typeof a === 'string' && ids.has(a))) out.add(f.path);
  }
  return out;
}

/** Same front matter as parsed (data, problems, schema errors), body aside? */
function sameParse(a: ParseEntry, b: ParseEntry): boolean {
  return JSON.stringify([a.data, a.problems, a.schemaErrors]) === JSON.stringify([b.data, b.problems, b.schemaErrors]);
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
  /** The file's index line (its hash is checked against the bytes read). */
  #line: string;
  #cached: ParseResult;
  #onStale: () => void;

  constructor(f: Found, cached: ParseResult, line: string, onStale: () => void) {
    this.path = f.path;
    this.rel = f.rel;
    this.kind = f.kind;
    this.pathId = f.pathId;
    this.problems = cached.problems;
    if (cached.data) this.data = cached.data;
    if (cached.schemaErrors) this.schemaErrors = cached.schemaErrors;
    this.#line = line;
    this.#cached = cached;
    this.#onStale = onStale;
  }

  #load(): SourceFile {
    if (this.#full) return this.#full;
    const r = readBytes(this.path);
    const bytes = 'bytes' in r ? r.bytes : new Uint8Array();
    if (!('bytes' in r) || hashBytes(bytes) !== lineParts(this.#line).hash) this.#onStale();
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
