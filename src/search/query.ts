import { UsageError } from '../errors.js';
import { printable } from '../util/text.js';
import { foldText, isWordChar } from './normalize.js';

/** One term of a query: every term must match (AND). */
export interface Term {
  /** As typed (white space collapsed), for display: `palerm*`, `"mutual legal assistance"`. */
  display: string;
  /** Folded form matched against folded text (no `*`, no quotes). */
  folded: string;
  /** A phrase (quoted, or several words in one shell argument). */
  phrase: boolean;
  /** The last word is a prefix (`palerm*`). */
  prefix: boolean;
  /** Words (letter/digit runs) in `folded`: a phrase hit weighs more than a word hit. */
  words: string[];
}

export interface Query {
  terms: Term[];
  /** The query as understood, one string: `"mutual legal assistance" palerm*`. */
  text: string;
}

const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);
const WS = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;

const HINT = 'Words, "quoted phrases" and prefix* terms; all must match. Quote a phrase for the shell too: plan search \'"mutual legal assistance"\' extradit*';

/** The letter/digit runs of a folded string. */
export function wordsOf(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const w = i < folded.length && isWordChar(folded, i);
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function term(raw: string, phrase: boolean, whole: string): Term {
  let text = raw.split(WS).filter(Boolean).join(' ');
  let prefix = false;
  if (text.endsWith('*')) {
    prefix = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (text.includes('*')) {
    throw new UsageError(`Unsupported wildcard in \`${printable(raw, 80)}\` (query \`${printable(whole, 120)}\`): only a trailing * (prefix*) is supported.`, HINT);
  }
  const folded = foldText(text).trim();
  const words = wordsOf(folded);
  if (words.length === 0) {
    throw new UsageError(`\`${printable(raw, 80)}\` has no letters or digits to search for (query \`${printable(whole, 120)}\`).`, HINT);
  }
  if (prefix && !isWordChar(folded, folded.length - 1)) {
    throw new UsageError(`A prefix* must end in a letter or digit: \`${printable(raw, 80)}\`.`, HINT);
  }
  const display = phrase ? `"${text}${prefix ? '*' : ''}"` : `${text}${prefix ? '*' : ''}`;
  return { display, folded, phrase: phrase || words.length > 1, prefix, words };
}

/**
 * Parses the words given on the command line into terms. Each argument is
 * read with the query grammar: `"quoted phrases"` (straight or typographic
 * quotes), `prefix*`, and words separated by spaces. An argument holding
 * spaces but no quote was grouped by the shell's quotes, so it is a phrase:
 * `plan search "mutual legal assistance"` searches the phrase. A malformed
 * query (an unclosed quote, a wildcard not at the end, nothing to search for)
 * is a UsageError.
 */
export function parseQuery(args: readonly string[]): Query {
  const whole = args.join(' ');
  const terms: Term[] = [];
  for (const arg of args) {
    const hasQuote = [...arg].some((c) => QUOTES.has(c));
    if (!hasQuote) {
      const trimmed = arg.trim();
      if (trimmed === '') continue;
      if (WS.test(trimmed)) terms.push(term(trimmed, true, whole));
      else terms.push(term(trimmed, false, whole));
      continue;
    }
    let word = '';
    let inPhrase = false;
    let phrase = '';
    const flushWord = () => {
      if (word !== '') terms.push(term(word, false, whole));
      word = '';
    };
    for (const c of arg) {
      if (inPhrase) {
        if (QUOTES.has(c)) {
          if (phrase.trim() === '') throw new UsageError(`Empty phrase \`""\` in the query \`${printable(whole, 120)}\`.`, HINT);
          terms.push(term(phrase, true, whole));
          inPhrase = false;
          phrase = '';
        } else phrase += c;
      } else if (QUOTES.has(c)) {
        flushWord();
        inPhrase = true;
      } else if (WS.test(c)) flushWord();
      else word += c;
    }
    if (inPhrase) {
      throw new UsageError(`Unclosed quote in the query \`${printable(whole, 120)}\`: a phrase opened with " must close with ".`, HINT);
    }
    flushWord();
  }
  if (terms.length === 0) throw new UsageError('Nothing to search for: give at least one word.', HINT);
  // The same term twice adds nothing (AND); keep the first.
  const seen = new Set<string>();
  const unique = terms.filter((t) => {
    const k = `${t.prefix ? '*' : ''}${t.folded}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { terms: unique, text: unique.map((t) => t.display).join(' ') };
}
