import type { Paragraph } from '../../model/model.js';
import { scanRelativeRefs, subjectMatches } from '../../text/internal-refs.js';
import type { LegacyRule as Rule } from '../types.js';

/** The paragraph `step` places away in reading order (footnotes left out), or undefined. */
function neighbour(reading: readonly Paragraph[], index: ReadonlyMap<Paragraph, number>, p: Paragraph, step: -1 | 1): Paragraph | undefined {
  const i = index.get(p);
  return i === undefined ? undefined : reading[i + step];
}

/**
 * In a working draft, "the previous paragraph" (or "the preceding
 * paragraph", "the paragraph above", "the following paragraph", "the
 * paragraph below") must still point at a paragraph about what the sentence
 * says: `plan move` and `plan insert` change which paragraph is before or
 * after. Circulated and adopted texts stand as written.
 */
export const relativeReference: Rule = {
  id: 'relative-reference',
  description: 'In a working draft, "the previous paragraph", "the preceding paragraph", "the paragraph above" ("the following paragraph", "the paragraph below") points to a paragraph that is there, is the one a declared refers-to relation names, and is still about what the sentence says after a paragraph was moved or inserted. Circulated and adopted texts stand as written.',
  severity: 'error',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const [docId, paras] of ctx.corpus.paragraphsByDocument) {
      if (ctx.corpus.documents.get(docId)?.fm.status !== 'working-draft') continue;
      const reading = paras.filter((q) => q.fm.type !== 'footnote');
      const index = new Map(reading.map((q, i) => [q, i] as const));
      for (const p of paras) {
        if (!ctx.wanted(p.file) || !index.has(p)) continue;
        for (const ref of scanRelativeRefs(p.file.body)) {
          const at = { body: [ref.start, ref.end] as [number, number] };
          const where = ref.step < 0 ? 'before' : 'after';
          const target = neighbour(reading, index, p, ref.step);
          if (!target) {
            ctx.report(p.file, at, `"${ref.text}" points to nothing: no paragraph comes ${where} this one in the text.`);
            continue;
          }
          const declared = (p.fm.relations ?? []).find((r) => r.type === 'refers-to' && r.text !== undefined && r.text.toLowerCase().includes(ref.text.toLowerCase()));
          if (declared && declared.target !== target.id) {
            ctx.report(p.file, at, `"${ref.text}" was written about ${declared.target} (its refers-to relation), but the paragraph now ${where} this one is ${target.id}: was a paragraph moved or inserted? Refer to it by its number, or update the text and the link.`);
          } else if (!declared && !subjectMatches(ref.subject, target.file.body)) {
            ctx.report(p.file, at, `"${ref.text}" is about "${ref.subject.join(' ')}", but the paragraph now ${where} this one (${target.id}) is not: was a paragraph moved or inserted? Refer to it by its number, or update the text.`);
          }
        }
      }
    }
  },
};
