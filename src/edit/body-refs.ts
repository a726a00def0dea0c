/**
 * The words of a text that point at its own paragraphs by number — "paragraph 12",
 * "paragraphs 9 and 10", "paragraph 2(b)", "paragraphs 3 to 5 above" — with the place of each
 * number, so that renumbering can rewrite them. "paragraph 2 of Article 18" (a paragraph of
 * something else) and "article 18, paragraph 13" are not references to the text's own paragraphs.
 */
export interface NumberRef {
  /** The number as a paragraph id writes it: `2.b` for "2(b)". */
  number: string;
  start: number;
  end: number;
  /** Written as "2(b)" (true) or "2.b" (false). */
  parens: boolean;
}

const NUM = String.raw`\d+(?:(?:\.[0-9a-z]+)|(?:\([0-9a-z]+\)))*`;
const LIST = new RegExp(String.raw`\bparagraphs?[\s\u00a0]+(${NUM}(?:[\s\u00a0]*(?:,|and|or|to|through|-|–)[\s\u00a0]*${NUM})*)`, 'giu');
/** After the list: "of" something that is not this text means another text's paragraph. */
const OF_OTHER = /^[\s\u00a0]*,?[\s\u00a0]*of[\s\u00a0]+(?!(?:this|the[\s\u00a0]+present)\b)/i;
/** Before "paragraph": "Article 18, " or "article 18 " means a paragraph of an article. */
const ARTICLE_BEFORE = /\b(?:art(?:icle)?s?\.?)[\s\u00a0]*\d+[a-z]*[\s\u00a0]*,?[\s\u00a0]*$/i;

export function scanNumberRefs(text: string): NumberRef[] {
  const out: NumberRef[] = [];
  for (const m of text.matchAll(LIST)) {
    const listStart = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    if (OF_OTHER.test(text.slice(end, end + 40))) continue;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    for (const t of m[1]!.matchAll(new RegExp(NUM, 'giu'))) {
      const raw = t[0];
      out.push({ number: raw.replace(/\(([0-9a-z]+)\)/gi, '.$1'), start: listStart + t.index!, end: listStart + t.index! + raw.length, parens: raw.includes('(') });
    }
  }
  return out;
}

/** A number written as the reference wrote its own: `2.b` as "2(b)" when it used parentheses. */
export function writeNumber(number: string, parens: boolean): string {
  if (!parens) return number;
  const [head, ...rest] = number.split('.');
  return head + rest.map((s) => `(${s})`).join('');
}

/**
 * `text` with every reference to a renumbered paragraph rewritten (`renumbered`: old number →
 * new number), and what was rewritten.
 */
export function rewriteNumberRefs(text: string, renumbered: ReadonlyMap<string, string>): { text: string; changes: Array<{ from: string; to: string }> } {
  const changes: Array<{ from: string; to: string }> = [];
  let out = '';
  let at = 0;
  for (const r of scanNumberRefs(text)) {
    const to = renumbered.get(r.number);
    if (to === undefined) continue;
    const written = writeNumber(to, r.parens);
    out += text.slice(at, r.start) + written;
    at = r.end;
    changes.push({ from: text.slice(r.start, r.end), to: written });
  }
  return { text: out + text.slice(at), changes };
}
