import { scanInternalRefs, subjectMatches } from '../../text/internal-refs.js';
import { defineRule } from '../define.js';

/** "Paragraph 9 of this Plan" points at a paragraph that exists, is declared, and is still on subject. */
export const internalReference = defineRule({
  meta: {
    id: 'internal-reference',
    description: 'A reference such as "paragraph 9 of this Plan" points to an existing paragraph of the same text, is declared as a refers-to relation, and its subject still matches after renumbering.',
    severity: 'error',
    reads: 'document',
    docs: '"Paragraph 9 of this Plan", "paragraphs 3 and 4 above": a reference to another paragraph of the same text must point at a paragraph that exists and be declared as a `refers-to` relation in the paragraph\'s front matter, so that a renumbering can find and update it. When a declared relation with the same wording points elsewhere, the text or the link is stale after a renumbering. And the paragraph referred to should still be about what the sentence says ("the conventions listed in paragraph 1"): when it shares no word with the reference\'s subject, the subject has probably moved away.',
    examples: [
      {
        title: 'A reference not declared',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority for the conventions listed in paragraph 1 of this Strategy.' }],
        reports: ['"paragraph 1 of this Strategy" is not declared: add a refers-to relation to adopted/1.'],
      },
      {
        title: 'A reference to a paragraph that does not exist',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority for the conventions listed in paragraph 9 of this Strategy.' }],
        reports: ['"paragraph 9 of this Strategy" points to nothing: adopted/9 does not exist.'],
      },
      {
        title: 'Declared, and on subject',
        changes: [{
          file: 'paragraphs/adopted/2.md',
          replace: [['relations:\n', 'relations:\n  - type: refers-to\n    target: adopted/1\n    text: paragraph 1 of this Strategy\n']],
          body: 'Member states consider designating a national authority for the conventions listed in paragraph 1 of this Strategy.',
        }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      for (const ref of scanInternalRefs(p.file.body)) {
        for (const n of ref.numbers) {
          const id = `${p.fm.document}/${n}`;
          const target = ctx.corpus.paragraphs.get(id);
          const at = { body: [ref.start, ref.end] as [number, number] };
          if (!target) {
            ctx.report(p.file, at, `"${ref.text}" points to nothing: ${id} does not exist.`);
            continue;
          }
          const rels = (p.fm.relations ?? []).filter((r) => r.type === 'refers-to');
          const declared = rels.find((r) => r.target === id);
          if (!declared) {
            const other = rels.find((r) => r.text && r.text.includes(ref.text.replace(/^paragraphs?\s+/i, '').slice(0, 4)) && r.target.startsWith(`${p.fm.document}/`));
            ctx.report(p.file, at, other
              ? `"${ref.text}" is linked to ${other.target}, not ${id}: renumbered? Update the text or the link.`
              : `"${ref.text}" is not declared: add a refers-to relation to ${id}.`);
            continue;
          }
          if (!subjectMatches(ref.subject, target.file.body)) {
            ctx.report(p.file, at, `"${ref.text}" is about "${ref.subject.join(' ')}", but ${id} does not seem to be any more: renumbered?`);
          }
        }
      }
    },
  }),
});
