/**
 * Names of the legal instruments the corpus texts cite, as a fallback for
 * `corpus/instruments/*.md` (title, short-titles, aliases), which is the real
 * table. Every form listed here is one the seed texts use, or the instrument's
 * own title; matching is case-, whitespace- and quote-insensitive, and a title
 * "as written" in a list may carry a year, an acronym in parentheses or a
 * "supplemental to ..." clause (see {@link nameCandidates}).
 */

/** Instrument id -> names (titles, short titles, variants the texts use). */
export const FALLBACK_INSTRUMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  untoc: [
    'United Nations Convention against Transnational Organized Crime',
    'UN Convention against Transnational Organized Crime',
    'UNTOC',
    'CTOC',
    'Palermo Convention',
  ],
  'untoc-tip': [
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    'Protocol to prevent, suppress, and punish trafficking in persons, especially women and children',
    'TiP Protocol',
    'Trafficking in Persons Protocol',
    'Protocol on trafficking in persons',
    'Protocol on the trafficking in persons to the United Nations Convention against Transnational Organized Crime',
  ],
  'untoc-som': [
    'Protocol against the Smuggling of Migrants by Land, Sea and Air',
    'Protocol against the smuggling of migrants by land, sea, and air',
    'Protocol against the Illicit Trafficking in Migrants by Land, Sea and Air',
  ],
  'untoc-firearms': [
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    'Protocol against the illicit manufacturing of and trafficking of firearms, their parts and components and ammunition',
    'Firearms Protocol',
    'Protocol on trafficking in firearms',
  ],
  'sc-1961': [
    'Single Convention on Narcotic Drugs',
    'Single Convention on Narcotic Drugs, 1961',
    '1961 Single Convention on Narcotic Drugs, as amended by the Protocol of 1972',
    'UN Single Convention on Narcotic Drugs (1961), amended by its 1972 protocol',
  ],
  'cps-1971': [
    'Convention on Psychotropic Substances',
    '1971 Convention on Psychotropic Substances',
    'UN Convention on Psychotropic Substances (1971)',
  ],
  'cit-1988': [
    'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances',
    '1988 United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances',
  ],
  uncac: ['United Nations Convention against Corruption', 'UNCAC', 'Mérida Convention'],
  cifta: [
    'Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials',
    'Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Material',
    'CIFTA',
  ],
  iacac: ['Inter-American Convention against Corruption'],
  'ia-mla': [
    'Inter-American Convention on Mutual Assistance in Criminal Matters',
    'Inter-American Convention on Mutual Legal Assistance in Criminal Matters',
    'Inter-American Convention on Mutual Assistance',
  ],
  'ia-mla-op': ['Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters'],
  iacat: ['Inter-American Convention against Terrorism'],
  'ia-extradition': ['Inter-American Convention on Extradition'],
  'ia-preventive-measures': ['Inter-American Convention on Execution of Preventive Measures'],
  'ia-minors': [
    'Inter-American Convention on International Traffic in Minors',
    'Inter-American Convention on the International Traffic in Minors',
  ],
  budapest: [
    'Convention on Cybercrime',
    'Budapest Convention',
    'Council of Europe Convention on Cybercrime',
    'Convention on Cybercrime of the Council of Europe',
  ],
  'caribbean-maritime': [
    'Agreement concerning Cooperation in Suppressing Illicit Maritime and Air Trafficking in Narcotic Drugs and Psychotropic Substances in the Caribbean Area',
  ],
  minamata: ['Minamata Convention on Mercury'],
};

/**
 * The lookup key of a name: Unicode-normalized, typographic quotes made
 * plain, whitespace (non-breaking included) collapsed, lower case, without a
 * leading "the" and without trailing punctuation.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s;:,.]+$/, '')
    .replace(/^the /, '')
    .trim();
}

/**
 * Ever shorter forms of an instrument title as written in a list, most
 * specific first: as written; without parentheses ("(1961)", "(UNTOC)");
 * without a trailing "supplemental to ..." / "amended by ..." clause; without
 * a leading "UN" or year.
 */
export function nameCandidates(name: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    const k = nameKey(s);
    if (k && !out.includes(k)) out.push(k);
  };
  add(name);
  const noParens = name.replace(/\s*\([^()]*\)/g, '');
  add(noParens);
  const noClause = noParens.replace(/,\s*(?:supplemental to|supplementing|as amended|amended by)\b.*$/i, '');
  add(noClause);
  add(noClause.replace(/^\s*(?:the\s+)?(?:UN|\d{4})\s+/i, ''));
  return out;
}

/** A name -> id table from id -> names lists; later tables win on a clash. */
export function buildNameTable(...tables: Array<Readonly<Record<string, readonly string[]>>>): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of tables) {
    for (const id of Object.keys(t).sort()) {
      m.set(nameKey(id), id);
      for (const n of t[id] ?? []) m.set(nameKey(n), id);
    }
  }
  return m;
}

/**
 * A resolver for {@link scanCitations}: maps a name, short title or alias
 * (any case, any whitespace) to an instrument id, or undefined.
 */
export function makeResolver(table: ReadonlyMap<string, string>): ((name: string) => string | undefined) & { readonly table: ReadonlyMap<string, string> } {
  const resolve = (name: string): string | undefined => {
    for (const k of nameCandidates(name)) {
      const id = table.get(k);
      if (id) return id;
    }
    return undefined;
  };
  // The table goes with the resolver: the citation scanner finds its names in running text (text/name-index.ts).
  return Object.assign(resolve, { table });
}
