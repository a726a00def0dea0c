import { isNegotiated, scanBrackets } from '../../text/brackets.js';
import { describeBracket } from '../bracketed-text/index.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * An adopted text has no negotiation brackets: a bracket left in it means
 * the text recorded is a draft, or the brackets were not removed when the
 * text was agreed. Editorial insertions ("[sic]", "[signature]") are fine.
 */
export const bracketInAdopted: Rule = {
  id: 'bracket-in-adopted',
  description: 'An adopted text has no negotiation brackets left ("[shall/should]", "[to the extent possible]"): a bracket in it means the text recorded is still a draft. Editorial insertions ("[sic]", "[signature]", "[…]") and cover, closing and introduction paragraphs are left out.',
  severity: 'error',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file) || !isNegotiated(p.fm.type)) continue;
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'adopted') continue;
      for (const b of scanBrackets(p.file.body)) {
        if (b.depth > 0) continue;
        ctx.report(p.file, { body: [b.start, b.end] }, `${describeBracket(b)}, but this text is adopted: an adopted text has no open brackets. Check the adopted text and remove the brackets (keep the agreed option only).`);
      }
    }
  },
};
