import { delimiterName, partnerOf, scanUnmatched } from '../../text/delimiters.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * Every bracket, parenthesis and quotation mark opened in a paragraph is
 * closed in it, and every one closed was opened. Apostrophes ("State’s",
 * "officers’") and enumeration labels ("a) ") are not delimiters.
 */
export const unmatchedDelimiter: Rule = {
  id: 'unmatched-delimiter',
  description: 'Every parenthesis, square bracket and quotation mark (“ ” ‘ ’ and straight " \') opened in a paragraph is closed in it, and none is closed that was not opened. Apostrophes (State’s, officers’, don\'t) and enumeration labels ("a) ") are not counted.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      for (const u of scanUnmatched(p.file.body)) {
        const name = delimiterName(u.char);
        const other = partnerOf(u.char);
        const message = u.kind === 'unclosed'
          ? `This opening ${name} is never closed in the paragraph: add the closing ${other} where it ends, or remove it.`
          : `This closing ${name} has no opening ${other} before it in the paragraph: add the opening one, or remove it.`;
        ctx.report(p.file, { body: [u.at, u.at + 1] }, message);
      }
    }
  },
};
