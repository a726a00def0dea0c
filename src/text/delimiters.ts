/**
 * Brackets, parentheses and quotation marks that are opened and not closed
 * (or closed and never opened) within one paragraph. Apostrophes are not
 * quotes: "State’s", "officers’", "don't" — a ’ or ' after a letter closes
 * a single quote only when one is open, and is an apostrophe otherwise. An
 * enumeration label ("a) ", "ii) ", "3) ") is not a closing parenthesis.
 */
export interface Unmatched {
  /** The character ("(", "”", "'"). */
  char: string;
  /** Its offset in the text. */
  at: number;
  /** Opened and never closed, or closed and never opened. */
  kind: 'unclosed' | 'unopened';
}

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '”': '“', '’': '‘' };
const LETTER = /[\p{L}\p{N}]/u;
const DELIMITERS = '()[]“”‘’"\'';
const LABEL = /(?:^|[\s,;:])(?:[a-z]{1,2}|[ivxl]+|\d{1,3})$/;

/** What to call the character in a message: "parenthesis “(”". */
export function delimiterName(c: string): string {
  switch (c) {
    case '(': case ')': return `parenthesis “${c}”`;
    case '[': case ']': return `square bracket “${c}”`;
    case '“': case '”': return `quotation mark ${c}`;
    case '‘': case '’': return `single quotation mark ${c}`;
    case '"': return 'straight quotation mark "';
    default: return `straight single quotation mark ${c}`;
  }
}

/** The character that would match this one, as a message shows it (“(” for ")", ” for “). */
export function partnerOf(c: string): string {
  const open = Object.entries(PAIRS).find(([, o]) => o === c);
  const p = open ? open[0] : PAIRS[c] ?? c;
  return '()[]'.includes(p) ? `“${p}”` : p;
}

interface Open { char: string; at: number }

/** Every unmatched delimiter of the text, in order of position. */
export function scanUnmatched(text: string): Unmatched[] {
  const out: Unmatched[] = [];
  const stack: Open[] = [];
  // How many of each opener are on the stack: a closer with none open is answered without a scan,
  // and a scan that finds one pops everything above it, so the whole pass stays linear.
  const count = new Map<string, number>();
  const push = (char: string, at: number) => { stack.push({ char, at }); count.set(char, (count.get(char) ?? 0) + 1); };
  const openIndex = (c: string) => {
    if (!count.get(c)) return -1;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.char === c) return k;
    return -1;
  };
  /** Closes the opener at k; the ones above it were never closed. */
  const closeAt = (k: number) => {
    const removed = stack.splice(k);
    for (const o of removed) count.set(o.char, count.get(o.char)! - 1);
    for (const o of removed.slice(1)) out.push({ char: o.char, at: o.at, kind: 'unclosed' });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!DELIMITERS.includes(c)) continue;
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    const afterLetter = LETTER.test(prev);
    const beforeLetter = LETTER.test(next);
    if (c === '(' || c === '[' || c === '“') push(c, i);
    else if (c === '‘' || c === "'") {
      if (afterLetter && beforeLetter) continue; // an apostrophe inside a word
      const k = openIndex(c);
      if (!afterLetter && beforeLetter) push(c, i);
      else if (k >= 0) closeAt(k);
      else if (!afterLetter && c === '‘') push(c, i);
    } else if (c === '’') {
      if (beforeLetter) continue; // State’s, ’90s
      const k = openIndex('‘');
      if (k >= 0) closeAt(k);
      // otherwise an apostrophe: officers’, ’90s
    } else if (c === '"') {
      const k = openIndex('"');
      if (k >= 0) closeAt(k);
      else push(c, i);
    } else if (c === ')' || c === ']' || c === '”') {
      const k = openIndex(PAIRS[c]!);
      if (k >= 0) closeAt(k);
      else if (c === ')' && LABEL.test(text.slice(Math.max(0, i - 6), i)) && /^(?:\s|$)/.test(next)) continue;
      else out.push({ char: c, at: i, kind: 'unopened' });
    }
  }
  for (const o of stack) out.push({ char: o.char, at: o.at, kind: 'unclosed' });
  return out.sort((a, b) => a.at - b.at);
}
