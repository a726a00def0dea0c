import { isNegotiated, scanBrackets } from '../../text/brackets.js';
import { describeBracket } from '../bracketed-text/index.js';
import { defineRule } from '../define.js';

/** Negotiation brackets left in an adopted text. */
export const bracketInAdopted = defineRule({
  meta: {
    id: 'bracket-in-adopted',
    description: 'An adopted text has no negotiation brackets left ("[shall/should]", "[to the extent possible]"): a bracket in it means the text recorded is still a draft. Editorial insertions ("[sic]", "[signature]", "[…]") and cover, closing and introduction paragraphs are left out.',
    severity: 'error',
    reads: 'document',
    docs: 'An adopted text has no negotiation brackets: a bracket left in it means that the text recorded is a draft, or that the brackets were not removed when the text was agreed. Check the adopted text and keep the agreed option only. Editorial insertions ("[sic]", "[signature]", "[…]") are fine; drafts are checked by `bracketed-text`. Nested brackets are reported with their outer one.',
    examples: [
      {
        title: 'Competing options left in an adopted text',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states [shall/should] designate a national authority.' }],
        reports: ['“[shall/should]” offers 2 competing options (shall or should), but this text is adopted'],
      },
      {
        title: 'A bracketed passage left in an adopted text',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states designate a national authority [within a year].' }],
        reports: ['“[within a year]” is in square brackets, but this text is adopted: an adopted text has no open brackets.'],
      },
      {
        title: 'An editorial insertion is not a negotiation bracket',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider [sic] designating a national authority.' }],
        reports: [],
      },
      {
        title: 'A circulated draft is left to bracketed-text',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states [shall/should] conclude extradition treaties.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      if (!isNegotiated(p.fm.type)) return;
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'adopted') return;
      for (const b of scanBrackets(p.file.body)) {
        if (b.depth > 0) continue;
        ctx.report(p.file, { body: [b.start, b.end] }, `${describeBracket(b)}, but this text is adopted: an adopted text has no open brackets. Check the adopted text and remove the brackets (keep the agreed option only).`);
      }
    },
  }),
});
