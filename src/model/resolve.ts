/**
 * One resolver for what people type on the command line: a state (its code,
 * its English or Spanish name, any case, with or without accents: `mex`,
 * `Mexico`, `México`) and an instrument (its id, title, short title or any
 * registered alias: `untoc`, `palermo`, "Palermo Convention"). Every command
 * that takes `--state` or `--instrument` goes through here, so they all accept
 * the same words and refuse with the same message (a UsageError: exit 2).
 */
import type { Corpus } from './model.js';
import { UsageError } from '../errors.js';
import { nearest, compareText as cmp } from '../util/text.js';
import { corpusResolver } from '../text/resolver.js';

/**
 * A name folded for comparison: accents and case dropped, typographic quotes
 * and dashes made plain, runs of spaces and punctuation made one space.
 */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim();
}

/** Words that every instrument name has, left out so that "palermo" finds "Palermo Convention". */
const GENERIC = new Set(['the', 'convention', 'protocol', 'agreement', 'treaty', 'of', 'on', 'and', 'un', 'united', 'nations']);

function stem(folded: string): string {
  return folded.split(' ').filter((w) => !GENERIC.has(w)).join(' ');
}

/** Every name a state answers to, folded: code, ISO 3166 alpha-2, names and official names in English and Spanish. */
function stateNames(corpus: Corpus): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string | undefined, id: string): void => {
    if (!name) return;
    const f = foldName(name);
    if (!f) return;
    const set = out.get(f) ?? new Set<string>();
    set.add(id);
    out.set(f, set);
  };
  for (const s of corpus.states.values()) {
    add(s.id, s.id);
    add(s.fm.iso2, s.id);
    add(s.fm.name.en, s.id);
    add(s.fm.name.es, s.id);
    add(s.fm['official-name']?.en, s.id);
    add(s.fm['official-name']?.es, s.id);
  }
  return out;
}

/**
 * A state as given (code, name in English or Spanish, any case and accents)
 * → the corpus's id. Throws a UsageError (exit 2) with the nearest names when
 * nothing matches, or when the name is ambiguous.
 */
export function resolveState(corpus: Corpus, given: string): string {
  const raw = given.trim();
  const code = raw.toUpperCase();
  if (corpus.states.has(code)) return code;
  if (/^[A-Z]{3}$/.test(code) && corpus.idsOfInvalid.get('state')?.has(code)) {
    throw new UsageError(`State file of \`${code}\` fails the schema; run plan lint.`);
  }
  const names = stateNames(corpus);
  const hit = names.get(foldName(raw));
  if (hit && hit.size === 1) return [...hit][0]!;
  if (hit && hit.size > 1) {
    throw new UsageError(`\`${given}\` names more than one state: ${[...hit].sort(cmp).join(', ')}.`, 'Give the ISO 3166-1 alpha-3 code.');
  }
  const label = (f: string): string => {
    const ids = [...(names.get(f) ?? [])];
    const id = ids[0] ?? f;
    const name = corpus.states.get(id)?.fm.name.en;
    return `\`${id}\`${name ? ` (${name})` : ''}`;
  };
  const seen = new Set<string>();
  const near = nearest(foldName(raw), names.keys(), 6).filter((f) => {
    const id = [...(names.get(f) ?? [])][0] ?? f;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).slice(0, 3);
  throw new UsageError(
    `Unknown state \`${given}\`${near.length ? `; did you mean ${near.map(label).join(' or ')}?` : '.'}`,
    corpus.states.size
      ? 'A state is its ISO 3166-1 alpha-3 code (MEX) or its name in English or Spanish (Mexico, México), any case; the states are the files of corpus/states/.'
      : 'The corpus has no state files yet (corpus/states/ is empty).',
  );
}

/** Every id an instrument can be referred to by: instrument files, citations and commitments. */
export function knownInstrumentIds(corpus: Corpus): Set<string> {
  return new Set([...corpus.instruments.keys(), ...corpus.citations.keys(), ...corpus.commitmentsByInstrument.keys()]);
}

/**
 * An instrument as given (its id in any case, its title, a short title or a
 * registered alias, any case and accents; a name without its generic words,
 * "palermo" for "Palermo Convention", when only one instrument has it) → the
 * id. Ids that only citations or commitments use resolve too. Throws a
 * UsageError (exit 2) with the nearest ids when nothing matches.
 */
export function resolveInstrument(corpus: Corpus, given: string): string {
  const raw = given.trim();
  const known = knownInstrumentIds(corpus);
  if (known.has(raw)) return raw;
  const lower = raw.toLowerCase();
  if (known.has(lower)) return lower;
  const folded = foldName(raw);
  const exact = new Map<string, Set<string>>();
  const stems = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, id: string): void => {
    if (!k) return;
    const set = m.get(k) ?? new Set<string>();
    set.add(id);
    m.set(k, set);
  };
  for (const inst of corpus.instruments.values()) {
    const names = [inst.id, inst.fm.title, ...(inst.fm['short-titles'] ?? []), ...(inst.fm.aliases ?? []).map((a) => a.text)];
    for (const n of names) {
      const f = foldName(n);
      add(exact, f, inst.id);
      add(stems, stem(f), inst.id);
    }
  }
  // The names the texts use resolve as in plan lint and xref ("(1961)", "UN …", "supplementing …" dropped).
  const asInText = corpusResolver(corpus)(raw);
  if (asInText) return asInText;
  for (const m of [exact, stems]) {
    const hit = m.get(m === stems ? stem(folded) : folded);
    if (hit && hit.size === 1) return [...hit][0]!;
    if (hit && hit.size > 1) {
      throw new UsageError(`\`${given}\` names more than one instrument: ${[...hit].sort(cmp).join(', ')}.`, 'Give the instrument id (the file name in corpus/instruments/).');
    }
  }
  // Near names lead to their ids: "palermx" → `untoc`.
  const names = new Map<string, string>();
  for (const id of known) names.set(id, id);
  for (const m of [exact, stems]) for (const [k, ids] of m) if (ids.size === 1 && !names.has(k)) names.set(k, [...ids][0]!);
  const near = [...new Set(nearest(folded, names.keys(), 6).map((k) => names.get(k)!))].slice(0, 3);
  throw new UsageError(
    `Unknown instrument \`${given}\`${near.length ? `; did you mean ${near.map((x) => `\`${x}\``).join(' or ')}?` : '.'}`,
    known.size
      ? `An instrument is its id (${[...known].sort(cmp).slice(0, 6).join(', ')}${known.size > 6 ? ', …' : ''}; run \`plan xref\` for all), its title, a short title or an alias (Palermo Convention).`
      : 'The corpus has no instruments yet (corpus/instruments/).',
  );
}
