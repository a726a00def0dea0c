/**
 * Safe fixes to front matter: edited through `yaml`'s Document API (comments, key order,
 * quoting and flow or block style kept), never with line patterns, and given as the smallest
 * span of the file that changes, so that they compose with other fixes in the same file.
 */
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import type { SourceFile } from '../model/source-file.js';
import type { Cite } from '../model/types.js';
import type { Fix } from '../diagnostics.js';
import { YAML_PARSE, yamlLib } from '../util/lazy-yaml.js';
import { needsQuotes } from '../util/yaml-portable.js';

/** Prints the corpus's front matter byte for byte as written (checked on all of it). */
export const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The fix that makes `edit` to a file's front matter: the changed span of the file (offsets
 * into its text as plan holds it, `\n` line ends), or undefined when the front matter cannot
 * be edited safely (absent, or not a clean mapping) or the edit changes nothing.
 */
export function frontMatterFix(file: Pick<SourceFile, 'text' | 'yamlText'>, edit: (doc: Document) => void): Fix | undefined {
  if (file.yamlText === undefined || !file.text.startsWith('---')) return undefined;
  const Y = yamlLib();
  const doc = Y.parseDocument(file.yamlText, YAML_PARSE);
  if (doc.errors.length || !Y.isMap(doc.contents)) return undefined;
  edit(doc);
  const after = doc.toString(PRINT);
  const start = file.text.indexOf('\n') + 1;
  // The YAML as it stands in the file, with the line break before the closing fence.
  const before = file.yamlText === '' ? '' : `${file.yamlText}\n`;
  if (after === before) return undefined;
  return minimalEdit(before, after, start);
}

/** The smallest replacement that turns `a` into `b` (common prefix and suffix kept), offset by `at`. */
export function minimalEdit(a: string, b: string, at = 0): Fix {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // Never split a surrogate pair.
  if (p > 0 && isHigh(a.charCodeAt(p - 1))) p--;
  if (s > 0 && isLow(a.charCodeAt(a.length - s))) s--;
  return { range: [at + p, at + a.length - s], text: b.slice(p, b.length - s) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Adds entries to `cites`, whatever its style: a block list gets block entries, a flow list
 * flow ones, an empty `[]` or a key with no value becomes a block list, and an absent key is
 * added at the end. Articles, paragraphs and quoted texts are written double-quoted; an
 * instrument id only when YAML 1.1 tools would read it otherwise.
 */
export function addCites(doc: Document, cites: readonly Cite[]): void {
  const Y = yamlLib();
  let seq = doc.get('cites', true) as Node | null | undefined;
  if (!Y.isSeq(seq)) {
    seq = doc.createNode([]) as YAMLSeq;
    (seq as YAMLSeq).flow = false;
    doc.set('cites', seq);
  } else if (seq.flow && seq.items.length === 0) seq.flow = false;
  for (const c of cites) (seq as YAMLSeq).items.push(citeNode(doc, c));
}

function citeNode(doc: Document, c: Cite): YAMLMap {
  const m = doc.createNode({}) as YAMLMap;
  m.set('instrument', scalar(doc, c.instrument, needsQuotes(c.instrument)));
  if (c.articles?.length) {
    const a = doc.createNode([]) as YAMLSeq;
    a.flow = true;
    for (const x of c.articles) a.items.push(scalar(doc, String(x), true));
    m.set('articles', a);
  }
  if (c.paragraph) m.set('paragraph', scalar(doc, c.paragraph, true));
  if (c.text) m.set('text', scalar(doc, c.text, true));
  return m;
}

function scalar(doc: Document, value: string, quoted: boolean): Node {
  const s = doc.createNode(value) as Node & { type?: string };
  if (quoted) s.type = 'QUOTE_DOUBLE';
  return s;
}
