import { isNegotiated, scanBrackets, type Bracket } from '../../text/brackets.js';
import { defineRule } from '../define.js';

/** A bracket as a drafter reads it: its text, shortened, and its options. */
export function describeBracket(b: Bracket): string {
  const text = b.content.replace(/\s+/g, ' ').trim();
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return b.options ? `“[${shown}]” offers ${b.options.length} competing options (${b.options.join(' or ')})` : `“[${shown}]” is in square brackets`;
}

/** Open negotiation brackets in a circulated draft: text not agreed yet. */
export const bracketedText = defineRule({
  meta: {
    id: 'bracketed-text',
    description: 'A circulated draft has no open negotiation brackets ("[to the extent possible]", "[shall/should]": text not agreed yet). Working drafts are not reported — `plan show` and `plan render` count their open brackets and options instead — and adopted texts are checked by bracket-in-adopted. Editorial insertions ("[sic]", "[signature]", "[…]") and cover, closing and introduction paragraphs are left out.',
    severity: 'warn',
    reads: 'document',
    docs: 'Text in square brackets is not agreed yet. In a working draft brackets are the normal state of a text under negotiation, so they are not reported there (`plan show` and `plan render` give the share of agreed text: "92% agreed, 7 brackets open, 2 options"); once a draft is circulated, each open bracket is a warning; an adopted text is checked by `bracket-in-adopted`. Nested brackets are reported with their outer one.',
    examples: [
      {
        title: 'An open bracket in a circulated draft',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states shall conclude treaties [to the extent possible].' }],
        reports: ['“[to the extent possible]” is in square brackets: this text is not agreed yet.'],
      },
      {
        title: 'Competing options',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states [shall/should] conclude treaties.' }],
        reports: ['“[shall/should]” offers 2 competing options (shall or should)'],
      },
      {
        title: 'Editorial insertions are not negotiation',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states shall [sic] conclude treaties […] as signed. [signature]' }],
        reports: [],
      },
      {
        title: 'A working draft is under negotiation: not reported',
        changes: [
          { file: 'documents/draft.md', replace: [['status: circulated-draft', 'status: working-draft']] },
          { file: 'paragraphs/draft/1.md', body: 'The member states [shall/should] conclude treaties.' },
        ],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      if (!isNegotiated(p.fm.type)) return;
      if (ctx.corpus.documents.get(p.fm.document)?.fm.status !== 'circulated-draft') return;
      for (const b of scanBrackets(p.file.body)) {
        if (b.depth > 0) continue;
        ctx.report(p.file, { body: [b.start, b.end] }, `${describeBracket(b)}: this text is not agreed yet. Settle it before the draft is adopted.`);
      }
    },
  }),
});
