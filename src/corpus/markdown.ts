import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { SourceFile } from './source-file.js';

/** Largest body parsed as Markdown; micromark is superlinear on some inputs (HAZARDS.md). */
export const MARKDOWN_LIMIT = 16 * 1024;
/** Deepest block-quote nesting accepted before parsing (a deep tree overflows visitors). */
const QUOTE_DEPTH = 32;

const cache = new WeakMap<SourceFile, MarkdownResult>();
let parser: ReturnType<typeof unified> | undefined;

export type MarkdownResult = { ok: true; root: Root } | { ok: false; reason: string };

/** The body's syntax tree, parsed once and only when a rule asks for it. */
export function markdownTree(file: SourceFile): MarkdownResult {
  const hit = cache.get(file);
  if (hit) return hit;
  const r = parse(file.body);
  cache.set(file, r);
  return r;
}

function parse(body: string): MarkdownResult {
  if (body.length > MARKDOWN_LIMIT) {
    return { ok: false, reason: `Body is ${body.length} characters; bodies over ${MARKDOWN_LIMIT} are not parsed as Markdown (a paragraph is never that long).` };
  }
  const deep = /^(?:[ \t]*>){33,}/m.exec(body);
  if (deep) return { ok: false, reason: `Body nests block quotes more than ${QUOTE_DEPTH} deep; not parsed.` };
  parser ??= unified().use(remarkParse) as unknown as ReturnType<typeof unified>;
  return { ok: true, root: parser.parse(body) as Root };
}
