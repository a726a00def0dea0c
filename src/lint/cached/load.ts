import { hashBytes, indexLine, isRacy, lineParts, type CacheIndex, type Findings, type ParseData, type ParseEntry } from '../cache.js';
import { readSource, type SourceFile } from '../../model/source-file.js';
import type { Found } from '../../model/walk.js';
import { faceOf, parseEntryOf, parseFile, readBytesOrEmpty, type Classified, type FileState } from './classify.js';
import { LazySourceFile } from './lazy-file.js';
import type { BodyEdit } from './plan.js';

/** What `load` needs of a run. */
export interface LoadContext {
  found: readonly Found[];
  index: CacheIndex | undefined;
  /** When the run started (a file changed this close to it is racy). */
  now: number;
  /** Called when a file read lazily is not what its index line says (it changed during the run). */
  onStale: () => void;
}

/** The files as the run holds them (the model's, and for every cacheable file its index line). */
export interface Loaded {
  /** By the order of the walk; absent outside the model. */
  files: SourceFile[];
  lines: Record<string, string>;
  /** The recorded findings of the files not parsed again. */
  findings: Record<string, Findings>;
  parsed: Record<string, ParseEntry>;
  /** Files parsed again (new or changed bytes, or no parse result kept), unreadable or refused. */
  changed: Set<string>;
  /** Lines and findings that may differ from the ones read (written to the cache's delta). */
  touched: Set<string>;
  /** Every file's face as recorded. */
  sameFaces: boolean;
  parsedCount: number;
  /** Whether `parsed` holds every file's parse result, and whether those on disk go with the index read. */
  parseComplete: boolean;
  parseOnDisk: boolean;
}

/**
 * The index line of every file, and the files of the model: from the recorded parse results when
 * the bytes are as recorded (unchanged by their stat: read only if a rule asks), else parsed.
 */
export function load(run: LoadContext, cls: Classified, p: { nothing: boolean; body: BodyEdit | undefined; data: ParseData | undefined }): Loaded {
  const states = cls.states;
  const l: Loaded = {
    files: new Array(run.found.length), lines: {}, findings: {}, parsed: {}, changed: new Set(), touched: new Set(),
    sameFaces: cls.sameFiles,
    parsedCount: 0, parseComplete: !p.nothing && !p.body, parseOnDisk: false,
  };
  const entries = p.body?.entries ?? p.data?.entries;
  for (let i = 0; i < run.found.length; i++) {
    // Outside the model of a body edit, or nothing changed: the line only.
    const skip = p.nothing || (p.body !== undefined && !p.body.covers(run.found[i]!));
    loadOne(run, states, i, l, { inModel: !skip, entries, bodyParsed: p.body?.parsed });
  }
  l.parseOnDisk = Boolean(p.data) || Boolean(p.body) || (p.nothing && l.changed.size === 0);
  // Spans of front-matter nodes found in earlier runs, kept with the bytes they were found in.
  run.found.forEach((f, i) => {
    if (!l.lines[f.rel]) return;
    const kept = l.changed.has(f.rel) ? undefined : run.index?.findings[f.rel];
    if (kept) l.findings[f.rel] = kept;
    if (l.files[i]) l.files[i]!.spans = { ...(kept?.spans ?? {}) };
  });
  return l;
}

interface LoadOne {
  /** Outside the model an unchanged file gets its index line only. */
  inModel: boolean;
  /** The recorded parse results at hand. */
  entries: Record<string, ParseEntry> | undefined;
  /** A body edit's paragraphs, parsed already. */
  bodyParsed: Map<string, SourceFile> | undefined;
}

/** One file for `load`. */
function loadOne(run: LoadContext, states: FileState[], i: number, l: Loaded, model: LoadOne): void {
  const f = run.found[i]!;
  const line = run.index?.lines[f.rel];
  const v = states[i]!;
  if (v.kind === 'unreadable') {
    l.files[i] = v.file;
    l.changed.add(f.rel);
    l.sameFaces = false;
    return;
  }
  if (v.kind === 'unchanged') {
    l.lines[f.rel] = line!;
    if (!model.inModel) return;
    const pd = model.entries?.[f.rel];
    if (pd) {
      // Unchanged by its stat: the text is read only if a rule asks for it.
      l.files[i] = new LazySourceFile(f, pd, line!, run.onStale);
      l.parsed[f.rel] = pd;
      return;
    }
  }
  l.touched.add(f.rel);
  const old = line ? lineParts(line) : undefined;
  if (v.kind === 'same-bytes') {
    l.lines[f.rel] = indexLine(v.stat, v.hash, old!.face, isRacy(v.stat, run.now));
    if (!model.inModel) return;
    const pd = model.entries?.[f.rel];
    if (pd) {
      l.files[i] = readSource(f.path, f.rel, f.kind, f.pathId, v.bytes, pd);
      states[i] = { kind: 'unchanged', stat: v.stat };
      l.parsed[f.rel] = pd;
      return;
    }
  }
  // Changed, or no parse result kept for it: parse.
  const bytes = v.kind === 'unchanged' ? readBytesOrEmpty(f.path) : v.bytes;
  const hash = v.kind === 'unchanged' ? hashBytes(bytes) : v.hash;
  const file = model.bodyParsed?.get(f.rel) ?? parseFile(f, bytes);
  states[i] = { kind: 'unchanged', stat: v.stat }; // the bytes are in the file's text now: let them go
  l.files[i] = file;
  l.parsedCount++;
  l.changed.add(f.rel);
  const face = faceOf(file);
  if (face !== old?.face) l.sameFaces = false;
  l.lines[f.rel] = indexLine(v.stat, hash, face, isRacy(v.stat, run.now));
  l.parsed[f.rel] = parseEntryOf(file);
}

