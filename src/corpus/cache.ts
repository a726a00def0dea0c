import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { ParseResult, SourceFile } from './source-file.js';

/**
 * A content-hash cache of parse results (`plan lint --cache`): a file whose
 * bytes have not changed is not parsed or validated again. Every rule still
 * runs on the whole corpus, so a change is seen by the files that depend on it.
 * The cache is keyed by plan's version and the schemas, so an upgrade starts afresh.
 */
export interface ParseCache {
  path: string;
  key: string;
  entries: Map<string, { hash: string; result: ParseResult }>;
  dirty: boolean;
}

let toolKey: string | undefined;

/** Identifies this build of plan: its version and the bytes of its schemas. */
function tool(): string {
  if (toolKey) return toolKey;
  const h = createHash('sha256');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  h.update(readFileSync(join(root, 'package.json')));
  const schemas = join(root, 'schemas');
  for (const f of readdirSync(schemas).sort()) h.update(f).update(readFileSync(join(schemas, f)));
  // The compiled loader itself: a change in parsing invalidates the cache.
  for (const f of ['source-file.js', 'source-file.ts']) {
    const p = fileURLToPath(new URL(`./${f}`, import.meta.url));
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return (toolKey = h.digest('hex').slice(0, 16));
}

/** Hash of a file's bytes. */
export function hashBytes(b: Uint8Array): string {
  return createHash('sha1').update(b).digest('hex');
}

/** Opens (or starts) the cache file for a corpus. A corrupt or foreign cache is ignored, never trusted. */
export function openCache(location: string, root: string): ParseCache {
  const key = `${tool()}:${root}`;
  const cache: ParseCache = { path: location, key, entries: new Map(), dirty: false };
  try {
    if (existsSync(location) && statSync(location).isFile()) {
      const j = JSON.parse(readFileSync(location, 'utf8')) as { key?: string; entries?: Record<string, { hash: string; result: ParseResult }> };
      if (j.key === key && j.entries && typeof j.entries === 'object') {
        for (const [rel, e] of Object.entries(j.entries)) cache.entries.set(rel, e);
      }
    }
  } catch {
    cache.dirty = true;
  }
  return cache;
}

/** The cached result for a file with these bytes, if any. */
export function lookup(cache: ParseCache, rel: string, hash: string): ParseResult | undefined {
  const e = cache.entries.get(rel);
  return e && e.hash === hash ? e.result : undefined;
}

/** Records a file's parse result. */
export function remember(cache: ParseCache, f: SourceFile, hash: string): void {
  const result: ParseResult = { problems: f.problems };
  if (f.data) result.data = f.data;
  if (f.schemaErrors) result.schemaErrors = f.schemaErrors;
  cache.entries.set(f.rel, { hash, result });
  cache.dirty = true;
}

/** Writes the cache (atomically), keeping only files that still exist. */
export function saveCache(cache: ParseCache, present: ReadonlySet<string>): void {
  for (const rel of cache.entries.keys()) if (!present.has(rel)) { cache.entries.delete(rel); cache.dirty = true; }
  if (!cache.dirty) return;
  const entries: Record<string, unknown> = {};
  for (const rel of [...cache.entries.keys()].sort()) entries[rel] = cache.entries.get(rel);
  writeFileAtomic(cache.path, JSON.stringify({ key: cache.key, entries }));
}
