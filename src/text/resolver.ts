import type { Corpus } from '../corpus/model.js';
import { buildNameTable, FALLBACK_INSTRUMENT_NAMES, makeResolver, nameKey } from './instrument-names.js';

/** Every name of every instrument of the corpus (title, short titles, aliases), by id. */
export function instrumentNames(corpus: Corpus): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, ins] of corpus.instruments) {
    out[id] = [ins.fm.title, ...(ins.fm['short-titles'] ?? []), ...(ins.fm.aliases ?? []).map((a) => a.text)];
  }
  return out;
}

const cache = new WeakMap<Corpus, ReturnType<typeof makeResolver>>();

/**
 * Resolves an instrument name as written to an id, from the corpus's
 * instruments (falling back to the built-in table for ids the corpus has).
 */
export function corpusResolver(corpus: Corpus): ReturnType<typeof makeResolver> {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const fallback: Record<string, readonly string[]> = {};
  for (const [id, names] of Object.entries(FALLBACK_INSTRUMENT_NAMES)) if (corpus.instruments.has(id)) fallback[id] = names;
  const r = makeResolver(buildNameTable(fallback, instrumentNames(corpus)));
  cache.set(corpus, r);
  return r;
}

export { nameKey };
