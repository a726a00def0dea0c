import {
  GLOBAL_KINDS, globalKey, hashBytes, hashParts, lineParts, statKey, trusted,
  type CacheIndex, type ParseEntry, type RunInputs, type StatKey,
} from '../cache.js';
import { readBytes, unreadable } from '../../model/load.js';
import { ioErrorOf } from '../../model/read-file.js';
import { readAndValidate } from '../../model/read-one.js';
import { readSource, type SourceFile } from '../../model/source-file.js';
import type { Found } from '../../model/walk.js';
import { validate } from '../../schema/validate.js';
import { scanAcronyms } from '../../text/acronyms.js';
import { scanInternalRefs } from '../../text/internal-refs.js';

/** What the first pass of `plan lint --cache`, without the parse results, knows of a file. */
export type FileState =
  /** Same size, times and inode as recorded, and not racy: its bytes are not even read. */
  | { kind: 'unchanged'; stat: StatKey }
  /** Read, and its bytes hash as recorded (after a checkout, or a racy file). */
  | { kind: 'same-bytes'; stat: StatKey; bytes: Uint8Array; hash: string }
  /** Read, and new or different bytes: to parse. */
  | { kind: 'changed'; stat: StatKey; bytes: Uint8Array; hash: string }
  /** Refused by the walk (a link, a FIFO, too large) or unreadable: reported, never cached. */
  | { kind: 'unreadable'; file: SourceFile };

/** The first phase's answer: each file's state, by the order of the walk. */
export interface Classified {
  states: FileState[];
  /** The global key of this run (RunInputs and the bytes of the documents, instruments, bodies and states). */
  global: string;
  /** The same paths as recorded in the index. */
  sameFiles: boolean;
  /** Some file is changed, new, unreadable or refused. */
  anyChange: boolean;
}

export interface ClassifyOptions {
  inputs: RunInputs;
  /** Trust a file's recorded stat (false on a retry: every file is read and hashed). */
  trustStats: boolean;
  /** The stat keys the caller took (statAll), in the order of `found`. */
  stats?: ReadonlyArray<StatKey | undefined> | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Classifies every file by its stat, then (when its stat is not trusted) by its bytes. */
export function classify(found: readonly Found[], index: CacheIndex | undefined, o: ClassifyOptions): Classified {
  const states: FileState[] = new Array(found.length);
  const hashes: string[] = new Array(found.length);
  let sameFiles = Boolean(index) && Object.keys(index!.lines).length === found.length;
  let anyChange = false;
  found.forEach((f, i) => {
    o.onProgress?.(i, found.length);
    const line = index?.lines[f.rel];
    if (!line) sameFiles = false;
    if (f.refuse) {
      states[i] = { kind: 'unreadable', file: readAndValidate(f) };
      anyChange = true;
      return;
    }
    const st = o.trustStats && o.stats ? o.stats[i] : statKey(f.path);
    if (o.trustStats && trusted(line, st)) {
      states[i] = { kind: 'unchanged', stat: st! };
      if (GLOBAL_KINDS.has(f.kind)) hashes[i] = lineParts(line!).hash;
      return;
    }
    const r = readBytes(f.path);
    if ('problem' in r) {
      states[i] = { kind: 'unreadable', file: unreadable(f.path, f.rel, f.kind, f.pathId, r.problem, ioErrorOf(r)) };
      anyChange = true;
      return;
    }
    const hash = (hashes[i] = hashBytes(r.bytes));
    const stat = st ?? [r.bytes.length, 0, 0, 0] as StatKey;
    const same = Boolean(line && lineParts(line).hash === hash);
    states[i] = { kind: same ? 'same-bytes' : 'changed', stat, bytes: r.bytes, hash };
    if (!same) anyChange = true;
  });
  const global = globalKey(o.inputs, found.flatMap((f, i) => (GLOBAL_KINDS.has(f.kind) ? [{ rel: f.rel, kind: f.kind, hash: hashes[i] ?? '' }] : [])));
  return { states, global, sameFiles, anyChange };
}

/** Reads and parses a changed file, with its front matter validated. */
export function parseFile(f: Found, bytes: Uint8Array): SourceFile {
  const file = readSource(f.path, f.rel, f.kind, f.pathId, bytes);
  if (file.data && file.kind !== 'unknown' && file.kind !== 'config') file.schemaErrors = validate(file.kind, file.data);
  return file;
}

/** A paragraph whose id is not its path's or whose document is not its folder. */
export function isStray(f: SourceFile): boolean {
  const d = f.kind === 'paragraph' ? f.data : undefined;
  return Boolean(d) && (d!.id !== f.pathId || d!.document !== f.pathId.split('/')[0]);
}

export function readBytesOrEmpty(path: string): Uint8Array {
  const r = readBytes(path);
  return 'bytes' in r ? r.bytes : new Uint8Array();
}

/** What the cache keeps of a file's parse (and, for a paragraph, of its body: see ParseEntry). */
export function parseEntryOf(f: SourceFile): ParseEntry {
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

/** Same front matter as parsed (data, problems, schema errors), body aside? */
export function sameParse(a: ParseEntry, b: ParseEntry): boolean {
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
