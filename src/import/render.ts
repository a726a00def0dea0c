/**
 * Reading and writing corpus files for the importers (seeds, data, replies):
 * front matter split from the body, keys put in a fixed order, YAML written
 * the one way every importer writes it (block style, no line folding, YAML
 * 1.1 traps quoted) with a per-importer choice of what goes in flow style.
 */
import { lstatSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { quoteTraps } from '../util/yaml-portable.js';

/** A parsed corpus file: its front matter, body, and the comment lines above each top-level key. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  comments?: Record<string, string>;
}

/** Splits `---` front matter from a Markdown file; undefined when there is none. */
export function splitFrontMatter(text: string): FrontMatterFile | undefined {
  const t = text.replace(/^\ufeff/, '');
  const lines = t.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.replace(/\r$/, '') === '---');
  if (end < 0) return undefined;
  const doc = YAML.parseDocument(lines.slice(1, end).join('\n'), { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`invalid YAML front matter: ${doc.errors[0]?.message ?? ''}`);
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data: {}, body: lines.slice(end + 1).join('\n') };
  const comments: Record<string, string> = {};
  if (YAML.isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      const k = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      const before = i === 0 ? [doc.commentBefore, (pair.key as YAML.Scalar | null)?.commentBefore].filter(Boolean).join('\n') : (pair.key as YAML.Scalar | null)?.commentBefore;
      if (k && before) comments[k] = before;
    });
  }
  return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), ...(Object.keys(comments).length ? { comments } : {}) };
}

/** The keys of `obj` in `order`, then the others in their own order; undefined values dropped. */
export function ordered(obj: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!order.includes(k) && obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/** What an importer writes in flow style; everything else is block style. */
export interface YamlStyle {
  /** Keys whose list of scalars is one flow line: `section: [A, B]`. */
  flowLists?: readonly string[];
  /** Keys whose map is one flow line: `name: {en: …, es: …}`. */
  flowMaps?: readonly string[];
  /** Keys whose list's maps are each one flow line: `events:\n  - {action: …}`. */
  flowItems?: readonly string[];
}

/** YAML for front matter in `style`, with `comments` (by top-level key) above their keys. */
export function toYaml(data: Record<string, unknown>, style: YamlStyle = {}, comments?: Record<string, string>): string {
  const doc = new YAML.Document(data, { version: '1.2' });
  if (comments && YAML.isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const k = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k && comments[k] && YAML.isScalar(pair.key)) pair.key.commentBefore = comments[k];
    }
  }
  YAML.visit(doc, {
    Pair(_k, pair) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
      if (style.flowLists?.includes(key) && YAML.isSeq(pair.value) && pair.value.items.every((x) => YAML.isScalar(x))) pair.value.flow = true;
      if (style.flowMaps?.includes(key) && YAML.isMap(pair.value)) pair.value.flow = true;
      if (style.flowItems?.includes(key) && YAML.isSeq(pair.value)) for (const it of pair.value.items) if (YAML.isMap(it)) it.flow = true;
    },
  });
  quoteTraps(doc);
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

/** A corpus file: front matter, then the body (blank lines around it dropped) when there is one. */
export function renderFile(data: Record<string, unknown>, body: string, style: YamlStyle = {}, comments?: Record<string, string>): string {
  const b = body.replace(/^\n+/, '').replace(/\n+$/, '');
  return `---\n${toYaml(data, style, comments)}---\n${b ? `${b}\n` : ''}`;
}

/** A regular file's text; undefined when there is none (absent, a folder, a link) or it cannot be read. */
export function readIfFile(path: string): string | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
