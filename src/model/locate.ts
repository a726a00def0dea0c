import type { Node, Pair } from 'yaml';
import { yamlLib } from '../util/lazy-yaml.js';
import { ensureTree, yamlOffsetToPos, type SourceFile } from './source-file.js';

export type YamlPath = ReadonlyArray<string | number>;

export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The span of the node at `path` in the file's front matter; with `key`, the
 * span of the key of its last segment. Falls back to the nearest ancestor
 * that exists, then to line 1.
 */
export function locate(file: SourceFile, path: YamlPath, opts: { key?: boolean } = {}): Span {
  // Spans already found in these same bytes (kept by `plan lint --cache`): no YAML tree to build.
  const memo = file.spans;
  const k = memo ? `${opts.key ? 'k' : 'v'}${JSON.stringify(path)}` : '';
  const hit = memo?.[k];
  if (hit) return hit;
  const span = find(file, path, opts);
  if (memo) memo[k] = span;
  return span;
}

function find(file: SourceFile, path: YamlPath, opts: { key?: boolean }): Span {
  ensureTree(file);
  const doc = file.doc;
  if (!doc) return { line: 1, column: 1 };
  let node: Node | null = doc.contents as Node | null;
  let pair: Pair | undefined;
  let best: Node | null = node;
  for (const seg of path) {
    pair = undefined;
    if (yamlLib().isMap(node)) {
      const p = node.items.find((it) => yamlLib().isPair(it) && yamlLib().isScalar(it.key) && String(it.key.value) === String(seg));
      if (!p) break;
      pair = p as Pair;
      node = (p.value as Node | null) ?? null;
      best = node ?? (p.key as Node);
    } else if (yamlLib().isSeq(node) && typeof seg === 'number' || (yamlLib().isSeq(node) && /^\d+$/.test(String(seg)))) {
      const item = (node as { items: unknown[] }).items[Number(seg)] as Node | undefined;
      if (!item) break;
      node = item;
      best = node;
    } else break;
  }
  const target = opts.key && pair ? (pair.key as Node) : best;
  if (!target?.range) {
    const k = pair?.key as Node | undefined;
    if (k?.range) return spanOf(file, k.range[0], k.range[1]);
    return { line: file.yamlStartLine, column: 1 };
  }
  return spanOf(file, target.range[0], target.range[1]);
}

function spanOf(file: SourceFile, start: number, end: number): Span {
  const a = yamlOffsetToPos(file, start);
  const b = yamlOffsetToPos(file, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Splits an ajv instancePath (`/cites/0/instrument`) into segments. */
export function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
