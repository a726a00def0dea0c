import { scanInternalRefs, subjectMatches } from '../../text/internal-refs.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * "Paragraph 9 of this Plan" must point at a paragraph that exists, be declared
 * as a `refers-to` relation to it, and the paragraph it points at should still
 * be about what the sentence says (a renumbering moves the subject away).
 */
export const internalReference: Rule = {
  id: 'internal-reference',
  description: 'A reference such as "paragraph 9 of this Plan" points to an existing paragraph of the same text, is declared as a refers-to relation, and its subject still matches after renumbering.',
  severity: 'error',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
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
    }
  },
};
