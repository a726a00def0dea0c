/**
 * Spans of running text that read as the title of a legal instrument:
 * "[the] [United Nations | Inter-American | UN | 2001 ...] Convention|Protocol|Agreement
 * <capitalised words and connectors>". Used to find near misses of canonical
 * titles ("...Convention on Mutual Assistance in Criminal Affairs").
 */
export interface TitleSpan {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['on', 'against', 'to', 'of', 'for', 'in', 'and', 'the', 'concerning', 'related', 'supplementing', 'supplemental', 'by', 'its', 'their', 'as', 'amended', 'especially', 'from', 'with', 'into']);
const HEAD = /\b(?:(?:United Nations|Inter-American|UN|Council of Europe|Optional|Single|(?:19|20)\d\d)\s+)*(?:Convention|Protocol|Agreement)\b/g;

function isTitleWord(w: string): boolean {
  return /^[\p{Lu}\d][\p{L}\d'’-]*,?$/u.test(w) || CONNECTORS.has(w.toLowerCase().replace(/,$/, ''));
}

/** Title-like spans of at least four words. */
export function scanTitles(text: string): TitleSpan[] {
  const out: TitleSpan[] = [];
  for (const m of text.matchAll(HEAD)) {
    let end = m.index! + m[0].length;
    const wordRe = /[\s\u00a0]+([^\s\u00a0()[\];:.]+)/y;
    for (;;) {
      wordRe.lastIndex = end;
      const w = wordRe.exec(text);
      if (!w || !isTitleWord(w[1]!)) break;
      end = wordRe.lastIndex;
    }
    let span = text.slice(m.index!, end);
    // No trailing connectors or commas.
    for (;;) {
      const t = span.replace(/[\s,]+$/, '');
      const last = t.split(/[\s\u00a0]+/).pop()!;
      if (CONNECTORS.has(last.toLowerCase()) && t.includes(' ')) span = t.slice(0, t.length - last.length);
      else {
        span = t;
        break;
      }
    }
    if (span.split(/\s+/).length >= 4) out.push({ text: span, start: m.index!, end: m.index! + span.length });
  }
  return out;
}
