import { readBytes } from '../../model/load.js';
import { hashBytes, lineParts } from '../cache.js';
import { readSource, type ParseResult, type SourceFile } from '../../model/source-file.js';
import type { Found } from '../../model/walk.js';

const LAZY = ['text', 'hadBom', 'eol', 'yamlText', 'yamlStartLine', 'body', 'bodyStartLine'] as const;
type LazyKey = (typeof LAZY)[number];

/**
 * A file known unchanged by its size and times: its front matter comes from the cache, and its
 * text is read only if a rule asks for it (a paragraph of a changed file's document). If the
 * bytes read then are not those recorded, `onStale` is called and the run starts again.
 */
export class LazySourceFile implements SourceFile {
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
