import { isNegotiated, scanBrackets, type Bracket } from '../../text/brackets.js';
import type { LegacyRule as Rule } from '../types.js';

/** A bracket as a drafter reads it: its text, shortened, and its options. */
export function describeBracket(b: Bracket): string {
  const text = b.content.replace(/\s+/g, ' ').trim();
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return b.options ? `“[${shown}]” offers ${b.options.length} competing options (${b.options.join(' or ')})` : `“[${shown}]” is in square brackets`;
}

/**
 * Text in square brackets is not agreed yet. A circulated draft's open
 * brackets are reported as warnings; in a working draft brackets are the
 * normal state of a text under negotiation and are not reported (`plan show`
 * and `plan render` count them: "92% agreed, 7 brackets open, 2 options");
 * an adopted text is checked by bracket-in-adopted. Editorial insertions
 * ("[sic]", "[signature]", "[…]") and cover, closing and introduction
 * paragraphs are not negotiated text.
 */
export const bracketedText: Rule = {
  id: 'bracketed-text',
  description: 'A circulated draft has no open negotiation brackets ("[to the extent possible]", "[shall/should]": text not agreed yet). Working drafts are not reported — `plan show` and `plan render` count their open brackets and options instead — and adopted texts are checked by bracket-in-adopted. Editorial insertions ("[sic]", "[signature]", "[…]") and cover, closing and introduction paragraphs are left out.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file) || !isNegotiated(p.fm.type)) continue;
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'circulated-draft') continue;
      for (const b of scanBrackets(p.file.body)) {
        if (b.depth > 0) continue;
        ctx.report(p.file, { body: [b.start, b.end] }, `${describeBracket(b)}: this text is not agreed yet. Settle it before the draft is adopted.`);
      }
    }
  },
};
