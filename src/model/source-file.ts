import type { Document, LineCounter, Node } from 'yaml';
import { YAML_PARSE, yamlLib } from '../util/lazy-yaml.js';
import type { Kind } from './types.js';
import type { SchemaError } from '../schema/validate.js';
import { fastYaml } from './fast-yaml.js';
import { drafterYamlMessage } from './yaml-messages.js';
import { MAX_FILE_BYTES } from './read-file.js';

/** Limits on untrusted input (documented in the README). */
export const LIMITS = {
  /** Largest file read, bytes. */
  fileBytes: MAX_FILE_BYTES,
  /** Largest front matter, characters. */
  frontMatterChars: 256 * 1024,
  /** Deepest YAML nesting (block indentation levels + flow brackets). */
  yamlDepth: 64,
  /** Largest body handed to the Markdown parser, characters. */
  markdownChars: 64 * 1024,
  /** Messages reported per file and rule before "and N more". */
  messagesPerFile: 50,
} as const;

/** A problem found while reading a file, before any rule runs. */
export interface LoadProblem {
  ruleId: 'file-readable' | 'front-matter' | 'yaml-syntax';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The file (or folder) is there but could not be read: the error (EACCES...). Reports refuse to answer without it. */
  ioError?: string;
}

/** One file of the corpus as read: text, front matter, body and positions. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus root, with `/`. */
  rel: string;
  kind: Kind | 'unknown';
  /** The id the path implies (`mex-draft-2005/9`, `MEX/untoc`, `untoc`). */
  pathId: string;
  /** Whole text, BOM removed, line endings normalised to `\n` (line numbers unchanged). */
  text: string;
  hadBom: boolean;
  eol: '\n' | '\r\n' | '\r';
  /** The YAML between the fences; `undefined` when there is no usable front matter. */
  yamlText?: string;
  /** File line of the YAML's first line (2 when the file starts with `---`). */
  yamlStartLine: number;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** Parsed front matter, when it is a mapping and parsed without error. */
  data?: Record<string, unknown>;
  /** Markdown body after the closing fence. */
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
  /** Problems found while reading. */
  problems: LoadProblem[];
  /** Schema errors of the front matter (set by the loader). */
  schemaErrors?: SchemaError[];
  /** Front-matter spans found so far, by path (locate); set by `plan lint --cache`, which keeps them. */
  spans?: Record<string, { line: number; column: number; endLine?: number; endColumn?: number }>;
}

const FENCE = '---';

/** Strict UTF-8 decoding: invalid bytes are an error, never U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Builds a SourceFile from raw bytes. Never throws on any input: every
 * problem becomes a LoadProblem with a position.
 */
/** What the YAML parse and schema validation of a file gave, kept by the cache. */
export interface ParseResult {
  data?: Record<string, unknown>;
  problems: LoadProblem[];
  schemaErrors?: SchemaError[];
}

export function readSource(path: string, rel: string, kind: SourceFile['kind'], pathId: string, bytes: Uint8Array, cached?: ParseResult): SourceFile {
  const file: SourceFile = {
    path, rel, kind, pathId, text: '', hadBom: false, eol: '\n', yamlStartLine: 2, body: '', bodyStartLine: 1, problems: [],
  };
  if (bytes.length > LIMITS.fileBytes) {
    file.problems.push({ ruleId: 'file-readable', message: `File is ${bytes.length} bytes; the limit is ${LIMITS.fileBytes} bytes (a corpus file is never that large).`, line: 1, column: 1 });
    return file;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    file.problems.push({ ruleId: 'file-readable', message: 'File is not valid UTF-8 (save it as UTF-8; Latin-1 and UTF-16 are not accepted).', line, column });
    return file;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    file.hadBom = true;
    text = text.slice(1);
  }
  file.eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  text = text.replace(/\r\n?/g, '\n');
  file.text = text;
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const p = offsetToPos(text, nul);
    file.problems.push({ ruleId: 'file-readable', message: 'File contains NUL bytes: binary content, not a Markdown text.', line: p.line, column: p.column });
    return file;
  }
  splitFrontMatter(file);
  if (cached) {
    // Same bytes as when the cache was written: the parse would give the same answer.
    file.problems = cached.problems;
    if (cached.data) file.data = cached.data;
    if (cached.schemaErrors) file.schemaErrors = cached.schemaErrors;
    return file;
  }
  if (file.yamlText !== undefined) parseYaml(file);
  return file;
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // Decode progressively larger prefixes would be quadratic; scan by hand instead.
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b < 0xe0) n = 2;
    else if (b >= 0xe0 && b < 0xf0) n = 3;
    else if (b >= 0xf0 && b < 0xf5) n = 4;
    else return { line, column };
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, column };
    }
    const c1 = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates (ED A0..BF) and code points past U+10FFFF.
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) return { line, column };
    if (b === 0x0a) { line++; column = 1; } else column++;
    i += n;
  }
  return { line, column };
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function offsetToPos(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

function splitFrontMatter(file: SourceFile): void {
  const text = file.text;
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (first.trimEnd() !== FENCE) {
    if (text.trim() === '') {
      file.problems.push({ ruleId: 'front-matter', message: 'File is empty: expected YAML front matter between `---` lines.', line: 1, column: 1 });
    } else if (/^-{3}\S/.test(first) && !/^-{4,}\s*$/.test(first)) {
      const lang = first.slice(3).trim();
      file.problems.push({ ruleId: 'front-matter', message: `Front matter must be YAML fenced by a plain \`---\` line; found \`---${printableTag(lang)}\` (other languages are never run).`, line: 1, column: 1, endLine: 1, endColumn: first.length + 1 });
    } else if (/^-{4,}\s*$/.test(first)) {
      file.problems.push({ ruleId: 'front-matter', message: `Front matter must open with exactly \`---\`; found \`${first.trim()}\`.`, line: 1, column: 1 });
    } else {
      file.problems.push({ ruleId: 'front-matter', message: 'No front matter: the file must start with a line `---`, then YAML, then a line `---`.', line: 1, column: 1 });
    }
    file.body = text;
    file.bodyStartLine = 1;
    return;
  }
  // Find the closing fence: a line exactly `---`.
  let pos = firstEnd < 0 ? text.length : firstEnd + 1;
  let line = 2;
  while (pos < text.length) {
    const end = text.indexOf('\n', pos);
    const l = end < 0 ? text.slice(pos) : text.slice(pos, end);
    if (l.trimEnd() === FENCE) {
      file.yamlText = text.slice(firstEnd + 1, pos === firstEnd + 1 ? pos : pos - 1);
      if (pos === firstEnd + 1) file.yamlText = '';
      file.body = end < 0 ? '' : text.slice(end + 1);
      file.bodyStartLine = line + 1;
      file.yamlStartLine = 2;
      if (file.yamlText.length > LIMITS.frontMatterChars) {
        file.problems.push({ ruleId: 'yaml-syntax', message: `Front matter is ${file.yamlText.length} characters; the limit is ${LIMITS.frontMatterChars}.`, line: 2, column: 1 });
        file.yamlText = undefined;
      }
      return;
    }
    if (/^-{4,}\s*$/.test(l)) {
      file.problems.push({ ruleId: 'front-matter', message: `Front matter must close with exactly \`---\`; found \`${l.trim()}\`.`, line, column: 1 });
      return;
    }
    if (l.trimEnd() === '...') {
      file.problems.push({ ruleId: 'front-matter', message: 'Front matter must close with `---`, not the YAML end marker `...`.', line, column: 1 });
      return;
    }
    if (end < 0) break;
    pos = end + 1;
    line++;
  }
  file.problems.push({ ruleId: 'front-matter', message: 'Front matter is not closed: no line `---` after the opening one.', line: 1, column: 1, endLine: 1, endColumn: 4 });
}

function printableTag(s: string): string {
  return s.replace(/[^\w.$-]/g, '?').slice(0, 40);
}

/**
 * Estimates nesting depth without parsing (deep YAML can abort Node: see
 * HAZARDS.md). Block indentation levels, `- - -` runs and flow brackets all count.
 */
export function yamlDepth(src: string, limit = Infinity): { depth: number; line: number } {
  const stack: number[] = [];
  let flow = 0;
  let max = 0;
  let maxLine = 1;
  const lines = src.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    let i = 0;
    while (i < l.length && (l[i] === ' ' || l[i] === '\t')) i++;
    if (i === l.length || l[i] === '#') continue;
    if (flow === 0) {
      while (stack.length > 0 && stack[stack.length - 1]! > i) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1]! < i) stack.push(i);
    }
    let dashes = 0;
    let j = i;
    while (l[j] === '-' && (l[j + 1] === ' ' || l[j + 1] === '\t')) {
      dashes++;
      j += 2;
      while (l[j] === ' ' || l[j] === '\t') j++;
    }
    let quote = '';
    let lineFlowMax = flow;
    for (let k = j; k < l.length; k++) {
      const c = l[k]!;
      if (quote) {
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || (c === "'" && (k === 0 || /[\s[{,:]/.test(l[k - 1]!)))) quote = c;
      else if (c === '#' && k > 0 && /\s/.test(l[k - 1]!)) break;
      else if (c === '[' || c === '{') lineFlowMax = Math.max(lineFlowMax, ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    const d = stack.length + dashes + lineFlowMax;
    if (d > max) {
      max = d;
      maxLine = li + 1;
      if (d > limit) return { depth: d, line: maxLine };
    }
  }
  return { depth: max, line: maxLine };
}

/**
 * True when `src` cannot nest deeper than `limit`: yamlDepth counts at most one level per
 * line (indentation), per `-` and per `[` or `{`, so fewer of those than the limit settle it
 * without the line-by-line scan (most front matter).
 */
export function fewNestingChars(src: string, limit: number): boolean {
  let n = 1;
  for (const ch of NESTING_CHARS) {
    for (let i = src.indexOf(ch); i >= 0; i = src.indexOf(ch, i + 1)) if (++n >= limit) return false;
  }
  return true;
}
const NESTING_CHARS = ['\n', '-', '[', '{'];

function parseYaml(file: SourceFile): void {
  const src = file.yamlText!;
  const off = file.yamlStartLine - 1;
  const depth = fewNestingChars(src, LIMITS.yamlDepth) ? { depth: 0, line: 1 } : yamlDepth(src, LIMITS.yamlDepth);
  if (depth.depth > LIMITS.yamlDepth) {
    file.problems.push({ ruleId: 'yaml-syntax', message: `Front matter nests more than ${LIMITS.yamlDepth} levels deep (the limit); it was not parsed.`, line: depth.line + off, column: 1 });
    return;
  }
  if (src.trim() === '') {
    file.problems.push({ ruleId: 'front-matter', message: 'Front matter is empty: expected a mapping of keys to values.', line: 1, column: 1 });
    return;
  }
  // Most files: js-yaml gives the same data ten times faster; `yaml` parses the rest, and any
  // file with a problem, and builds a tree only when a position is asked for (ensureTree).
  const fast = fastYaml(src);
  if (fast) {
    file.data = fast;
    return;
  }
  const lc = new (yamlLib().LineCounter)();
  let doc: Document.Parsed;
  try {
    doc = yamlLib().parseDocument(src, { ...YAML_PARSE, lineCounter: lc });
  } catch (e) {
    file.problems.push({ ruleId: 'yaml-syntax', message: `Front matter could not be parsed: ${(e as Error).message}`, line: file.yamlStartLine, column: 1 });
    return;
  }
  file.doc = doc;
  file.lineCounter = lc;
  const pos = (o: number) => {
    const p = lc.linePos(Math.min(Math.max(o, 0), src.length));
    return { line: p.line + off, column: p.col };
  };
  for (const e of [...doc.errors, ...doc.warnings]) {
    const a = pos(e.pos[0]);
    const b = pos(e.pos[1]);
    const message = drafterYamlMessage({ code: e.code, message: e.message, at: e.pos[0], src, doc, lc, yamlStartLine: file.yamlStartLine });
    // One message per line for the same slip (`a: b: c` is one unquoted value, not two).
    if (file.problems.some((p) => p.line === a.line && p.message === message)) continue;
    file.problems.push({ ruleId: 'yaml-syntax', message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  }
  let aliases = 0;
  let firstAlias: { line: number; column: number } | undefined;
  let tags = 0;
  yamlLib().visit(doc, {
    Alias(_k, node) {
      aliases++;
      if (!firstAlias && node.range) firstAlias = pos(node.range[0]);
    },
    Node(_k, node) {
      // Any explicit tag (`!!binary`, `!foo`, `!!str`): the corpus is plain YAML values.
      const n = node as { tag?: string; range?: [number, number, number] };
      if (n.tag && tags++ === 0 && n.range && !file.problems.some((p) => p.message.startsWith('Unknown YAML tag'))) {
        const a = pos(n.range[0]);
        file.problems.push({ ruleId: 'yaml-syntax', message: `Unknown YAML tag: \`${n.tag.slice(0, 40)}\` (the corpus uses plain YAML values only).`, line: a.line, column: a.column });
      }
    },
  });
  if (firstAlias) {
    file.problems.push({ ruleId: 'yaml-syntax', message: `YAML aliases (\`*name\`) are not allowed in the corpus: write the value out (${aliases} alias${aliases === 1 ? '' : 'es'} found).`, ...firstAlias });
  }
  if (file.problems.some((p) => p.ruleId === 'yaml-syntax')) return;
  const contents = doc.contents as Node | null;
  if (!yamlLib().isMap(contents)) {
    const what = contents === null ? 'nothing' : yamlLib().isSeq(contents) ? 'a list' : yamlLib().isScalar(contents) ? 'a single value' : 'not a mapping';
    const at = contents?.range ? pos(contents.range[0]) : { line: file.yamlStartLine, column: 1 };
    file.problems.push({ ruleId: 'front-matter', message: `Front matter must be a mapping of keys to values; found ${what}.`, line: at.line, column: at.column });
    return;
  }
  try {
    file.data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  } catch (e) {
    file.problems.push({ ruleId: 'yaml-syntax', message: `Front matter could not be converted: ${(e as Error).message}`, line: file.yamlStartLine, column: 1 });
  }
}

/**
 * Rebuilds the YAML tree of a file read on another thread (trees cannot cross
 * threads); the same parse as the first, so positions are identical.
 */
export function ensureTree(file: SourceFile): void {
  if (file.doc || file.yamlText === undefined || !file.data) return;
  const lc = new (yamlLib().LineCounter)();
  file.doc = yamlLib().parseDocument(file.yamlText, { ...YAML_PARSE, lineCounter: lc });
  file.lineCounter = lc;
}

/** File position of a YAML offset inside the front matter. */
export function yamlOffsetToPos(file: SourceFile, offset: number): { line: number; column: number } {
  ensureTree(file);
  if (!file.lineCounter) return { line: 1, column: 1 };
  const p = file.lineCounter.linePos(offset);
  return { line: p.line + file.yamlStartLine - 1, column: p.col };
}

/** File position of a body offset. */
export function bodyOffsetToPos(file: SourceFile, offset: number): { line: number; column: number } {
  const p = offsetToPos(file.body, offset);
  return { line: p.line + file.bodyStartLine - 1, column: p.column };
}
