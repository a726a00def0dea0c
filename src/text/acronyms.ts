/**
 * Acronyms in running text: tokens of two or more capitals (digits and
 * hyphenated parts allowed: PNC-DOT, REMJA-VI), leaving out roman numerals,
 * document symbols (AG/RES. 2026 (XXXIV-O/04), CP/CSH-1018/08) and the run of
 * capitalised words that opens a preambular or operative paragraph
 * (RECOGNIZING, NOTING WITH SATISFACTION, AGREE).
 */
import { fromSmallRoman } from '../util/labels.js';

export interface AcronymHit {
  /** The acronym without a roman-numeral suffix (REMJA for REMJA-VI). */
  acronym: string;
  start: number;
  end: number;
  /** Written as "(ACR)" right after words: a definition. */
  defines: boolean;
}

const TOKEN = /(?<![\p{L}\p{N}/.-])[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![\p{L}\p{N}/]|\.\p{L})/gu;
const SYMBOL = /\b[A-Z]{1,6}(?:\/[A-Za-z0-9.-]+)+|\((?:[IVXLC]+-[A-Z]\/\d+)\)/g;

/** Masks document symbols with spaces, keeping offsets. */
function maskSymbols(text: string): string {
  return text.replace(SYMBOL, (m) => ' '.repeat(m.length));
}

/** Length of the opening run of capitalised words (with their spaces and punctuation). */
function openingCapsRun(text: string): number {
  const m = /^\s*(?:[A-Z]{2,}[,:;]?\s+)*[A-Z]{2,}[,:;]?/.exec(text);
  if (!m) return 0;
  // One lone acronym opening a sentence ("CEDOT will ...") is an acronym, not a verb.
  const words = m[0].trim().split(/\s+/);
  if (words.length === 1 && !/^[A-Z]+[,:;]$/.test(words[0]!) && !/^(?:AGREE|AWARE|RECOGNIZING|CONCERNED|CONVINCED|RECALLING|NOTING|WELCOMING|AFFIRMING|REAFFIRMING|CONSIDERING|BEARING|MINDFUL|RESOLVES?|DECIDES?|URGES?|REQUESTS?|INSTRUCTS?)$/.test(words[0]!)) return 0;
  return m[0].length;
}

/** Every acronym in the text, in order. */
export function scanAcronyms(text: string): AcronymHit[] {
  const masked = maskSymbols(text);
  const skip = openingCapsRun(masked);
  const out: AcronymHit[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const start = m.index!;
    if (start < skip) continue;
    let tok = m[0];
    if (fromSmallRoman(tok) !== undefined) continue;
    // REMJA-VI, REMJA-VII: the body, at a numbered meeting.
    const parts = tok.split('-');
    while (parts.length > 1 && fromSmallRoman(parts[parts.length - 1]!) !== undefined) parts.pop();
    tok = parts.join('-');
    if (tok.length < 2 || /^\d/.test(tok)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.charAt(start + m[0].length);
    const defines = before.endsWith('(') && after === ')' && /[\p{L}]\s*\($/u.test(text.slice(Math.max(0, start - 3), start));
    out.push({ acronym: tok, start, end: start + m[0].length, defines });
  }
  return out;
}
