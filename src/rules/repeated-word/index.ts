import { defineRule } from '../define.js';

/** Words that are repeated in good English ("that that", "had had"): not reported. */
const ALLOWED = new Set(['that', 'had']);

/** A word: letters and combining marks, with digits (a token holding one is never a repeat: "12 12"). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const SPACE_ONLY = /^\s+$/;

export interface Repeat {
  word: string;
  /** Offsets in the body: the first word's start, the second's end. */
  start: number;
  end: number;
  /** What to delete to keep one: the space and the second word. */
  second: [number, number];
}

/**
 * Every word written twice in a row in `text` (a paragraph's body), across spaces or a line
 * break, in any script and any case ("the the", "States States", "de de"); HTML comments (lint
 * directives) are left out. One pass over the words.
 */
export function repeatedWords(text: string): Repeat[] {
  const comments: Array<[number, number]> = [];
  for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) comments.push([m.index, m.index + m[0].length]);
  const out: Repeat[] = [];
  let prev: { start: number; end: number; folded: string } | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const folded = DIGIT.test(word) ? '' : word.toLowerCase();
    if (prev && folded && folded === prev.folded && !ALLOWED.has(folded) && SPACE_ONLY.test(text.slice(prev.end, start))
      && !comments.some(([a, b]) => prev!.start >= a && prev!.start < b)) {
      out.push({ word: text.slice(prev.start, prev.end), start: prev.start, end, second: [prev.end, end] });
    }
    prev = { start, end, folded };
  }
  return out;
}

/** A word written twice in a row: a slip of drafting that survives reading aloud. */
export const repeatedWord = defineRule({
  meta: {
    id: 'repeated-word',
    description: 'A paragraph has no word written twice in a row ("the the", "shall shall"), also across a line break; "that that" and "had had" are good English and left alone.',
    severity: 'warn',
    fixable: true,
    reads: 'document',
    docs: 'Case does not matter ("The the") and any script is read (accents, Spanish, French and Portuguese words). In a working draft, `plan lint --fix` deletes the second word and the space before it.',
    examples: [
      {
        title: 'A repeated article',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states shall conclude the the treaties.' }],
        reports: ['“the” is written twice in a row'],
      },
      {
        title: 'Across a line break, in any case',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'Los Estados miembros deberán\nDeberán concluir tratados.' }],
        reports: ['“Deberán” is written twice in a row'],
      },
      {
        title: 'Good English',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states recall that that Convention had had few ratifications.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      const at = p.file.text.length - p.file.body.length;
      for (const r of repeatedWords(p.file.body)) {
        const second = p.file.body.slice(r.second[0], r.second[1]).trim();
        ctx.report(p.file, { body: [r.start, r.end] }, `“${second}” is written twice in a row; delete one.`, {
          fix: { range: [at + r.second[0], at + r.second[1]], text: '' },
        });
      }
    },
  }),
});
