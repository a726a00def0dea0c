import { delimiterName, partnerOf, scanUnmatched } from '../../text/delimiters.js';
import { defineRule } from '../define.js';

/** A bracket, parenthesis or quotation mark of a paragraph opened and not closed, or closed and not opened. */
export const unmatchedDelimiter = defineRule({
  meta: {
    id: 'unmatched-delimiter',
    description: 'Every parenthesis, square bracket and quotation mark (“ ” ‘ ’ and straight " \') opened in a paragraph is closed in it, and none is closed that was not opened. Apostrophes (State’s, officers’, don\'t) and enumeration labels ("a) ") are not counted.',
    severity: 'warn',
    reads: 'document',
    docs: 'Every bracket, parenthesis and quotation mark opened in a paragraph is closed in the same paragraph, and every one closed was opened: a mark left alone is usually a passage cut short in copying, or a quotation whose end was lost. Apostrophes (State’s, officers’, don\'t, ’90s) and enumeration labels ("a) ", "iii) ") are not delimiters. A closing mark of another kind (a parenthesis closed by "]") leaves its opening one unclosed.',
    examples: [
      {
        title: 'A parenthesis never closed',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority (Article 16 of UNTOC.' }],
        reports: ['This opening parenthesis “(” is never closed in the paragraph: add the closing “)” where it ends, or remove it.'],
      },
      {
        title: 'A quotation whose opening mark was lost',
        changes: [{ file: 'paragraphs/adopted/1.md', body: 'Member states should ratify the United Nations Convention against Transnational Organized Crime, known as the Palermo Convention”.' }],
        reports: ['This closing quotation mark ” has no opening “ before it in the paragraph'],
      },
      {
        title: 'Apostrophes and enumeration labels are not delimiters',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Each member state’s government: a) designates a national authority; b) informs the other States’ authorities (Article 16 of UNTOC).' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      for (const u of scanUnmatched(p.file.body)) {
        const name = delimiterName(u.char);
        const other = partnerOf(u.char);
        const message = u.kind === 'unclosed'
          ? `This opening ${name} is never closed in the paragraph: add the closing ${other} where it ends, or remove it.`
          : `This closing ${name} has no opening ${other} before it in the paragraph: add the opening one, or remove it.`;
        ctx.report(p.file, { body: [u.at, u.at + 1] }, message);
      }
    },
  }),
});
