import type { Corpus } from '../model/model.js';
import { buildNameTable, FALLBACK_INSTRUMENT_NAMES, makeResolver, nameKey } from './instrument-names.js';
import { buildNameIndex, type NameEntry, type NameIndex } from './name-index.js';
import { prepareTitles, type KnownTitle, type TitleTable } from './titles.js';

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

/** The names of a corpus's instruments, as the title scans read them. */
export interface CorpusTitles {
  index: NameIndex;
  near: TitleTable;
  titles: Map<string, string>;
  notes: Map<string, string>;
}

const titleCache = new WeakMap<Corpus, CorpusTitles>();

/** The corpus's instrument names: a trie of every form (slips marked) and the forms near misses are measured against. */
export function corpusTitles(corpus: Corpus): CorpusTitles {
  const hit = titleCache.get(corpus);
  if (hit) return hit;
  const entries: NameEntry[] = [];
  const known: KnownTitle[] = [];
  const titles = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const [id, ins] of corpus.instruments) {
    titles.set(id, ins.fm.title);
    for (const name of [ins.fm.title, ...(ins.fm['short-titles'] ?? [])]) {
      entries.push({ id, name });
      known.push({ id, title: ins.fm.title, name });
    }
    for (const a of ins.fm.aliases ?? []) {
      entries.push(a.slip ? { id, name: a.text, slip: true } : { id, name: a.text });
      known.push({ id, title: ins.fm.title, name: a.text });
      if (a.slip && a.note) notes.set(a.text, a.note);
    }
  }
  const names = { index: buildNameIndex(entries), near: prepareTitles(known), titles, notes };
  titleCache.set(corpus, names);
  return names;
}

export { nameKey };
