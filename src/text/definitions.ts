/**
 * Where a text defines something: a term ("“organized criminal group” means
 * …", "(hereinafter “the Convention”)", "(the “Plan”)") or an acronym, whose
 * spelled-out name ("Special Committee on Transnational Organized Crime" in
 * "… Organized Crime (CEDOT)") this module reads back from the words before it.
 */
export interface TermDefinition {
  /** The term as written, without its quotes. */
  term: string;
  /** Offsets of the term with its quotes. */
  start: number;
  end: number;
}

const Q = '[“"]([^”"\\n]{1,80})[”"]';
const TERM_PATTERNS: readonly RegExp[] = [
  // (hereinafter “the Convention”), (hereinafter referred to as "the Plan"), (the “Plan”)
  new RegExp(`\\((?:hereinafter,?\\s+(?:referred\\s+to\\s+as\\s+|called\\s+)?|the\\s+)(?:the\\s+)?(${Q})\\)`, 'gi'),
  // “organized criminal group” means / shall mean / refers to / is understood to mean
  new RegExp(`(${Q})\\s+(?:means|shall\\s+mean|refers\\s+to|shall\\s+refer\\s+to|is\\s+understood\\s+(?:to\\s+mean|as)|shall\\s+be\\s+understood\\s+(?:to\\s+mean|as))\\b`, 'gi'),
];

/** A term compared as a reader would: case, spacing and a leading "the" aside. */
export function termKey(term: string): string {
  return term.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();
}

/** Every term the text defines, in order. */
export function scanTermDefinitions(text: string): TermDefinition[] {
  const out: TermDefinition[] = [];
  for (const re of TERM_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const quoted = m[1]!;
      const start = m.index! + m[0].indexOf(quoted);
      out.push({ term: m[2]!.trim(), start, end: start + quoted.length });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((d, i) => i === 0 || d.start !== out[i - 1]!.start);
}

const LINK = new Set(['of', 'on', 'for', 'and', 'against', 'in', 'to', 'the', 'de', 'la', 'del', 'y', 'on', 'at', 'with']);

/**
 * The spelled-out name before an acronym's "(": the run of capitalised words
 * (and the small words between them) that ends there; '' when there is none.
 */
export function spelledOutBefore(text: string, parenAt: number): string {
  const words = text.slice(Math.max(0, parenAt - 300), parenAt).trimEnd().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 20; i--) {
    const w = words[i]!;
    // Another definition or an aside ends the name: "(CIFTA) and of the …".
    if (/[()]/.test(w)) break;
    const capital = /^[“"‘]?\p{Lu}/u.test(w);
    if (!capital && !LINK.has(w.toLowerCase().replace(/,$/, ''))) break;
    // "Explosives, and Other …": a comma inside the name is kept while the name goes on.
    if (/[,;:.]$/.test(w) && kept.length > 0 && !/^(?:and|\p{Lu})/u.test(kept[0]!)) break;
    kept.unshift(w);
    if (/^[“"‘]/.test(w)) break;
  }
  while (kept.length > 0 && LINK.has(kept[0]!.toLowerCase().replace(/,$/, ''))) kept.shift();
  return kept.join(' ').replace(/^[“"‘]/, '');
}
