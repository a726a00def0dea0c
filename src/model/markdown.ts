import type { Root } from 'mdast';
import type { SourceFile } from './source-file.js';

/** Largest body parsed as Markdown; micromark is superlinear on some inputs (HAZARDS.md). */
export const MARKDOWN_LIMIT = 16 * 1024;
/** Deepest block-quote nesting accepted before parsing (a deep tree overflows visitors). */
const QUOTE_DEPTH = 32;

const cache = new WeakMap<SourceFile, MarkdownResult>();
let parser: ((body: string) => Root) | undefined;

/**
 * Loads remark (unified + remark-parse, some sixty modules) once. Rules call markdownTree
 * synchronously, so a run loads it first, and only when a file it lints needs it
 * (prepareLint in src/lint.ts).
 */
export async function loadMarkdown(): Promise<void> {
  if (parser) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const p = unified().use(remarkParse);
  parser ??= (body) => p.parse(body) as Root;
}

export function markdownLoaded(): boolean {
  return parser !== undefined;
}

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
  if (!parser) throw new Error('the Markdown parser is not loaded: a run calls prepareLint() (src/lint.ts) before lint()');
  return { ok: true, root: parser(body) };
}
