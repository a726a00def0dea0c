import type { Paragraph } from '../../model/model.js';
import { scanRelativeRefs, subjectMatches } from '../../text/internal-refs.js';
import { defineRule } from '../define.js';

/** The paragraph `step` places away in reading order (footnotes left out), or undefined. */
function neighbour(reading: readonly Paragraph[], index: ReadonlyMap<Paragraph, number>, p: Paragraph, step: -1 | 1): Paragraph | undefined {
  const i = index.get(p);
  return i === undefined ? undefined : reading[i + step];
}

/** In a working draft, "the previous paragraph" still points at a paragraph about what the sentence says. */
export const relativeReference = defineRule({
  meta: {
    id: 'relative-reference',
    description: 'In a working draft, "the previous paragraph", "the preceding paragraph", "the paragraph above" ("the following paragraph", "the paragraph below") points to a paragraph that is there, is the one a declared refers-to relation names, and is still about what the sentence says after a paragraph was moved or inserted. Circulated and adopted texts stand as written.',
    severity: 'error',
    reads: 'document',
    docs: '`plan move` and `plan insert` change which paragraph comes before or after another, so in a working draft "the previous paragraph" (or "the preceding paragraph", "the paragraph above", "the following paragraph", "the paragraph below") must still point at a paragraph, in reading order with footnotes left out. When the paragraph declares a `refers-to` relation whose `text` holds the phrase, the neighbour must be that relation\'s target; otherwise the neighbour must be about what the sentence names ("the treaties referred to in the previous paragraph"). Numbered references ("paragraph 9 above") are left to `internal-reference`. Circulated and adopted texts stand as written.',
    examples: [
      {
        title: 'The paragraph now before the reference is about something else',
        changes: [
          { file: 'documents/adopted.md', replace: [['status: adopted', 'status: working-draft']] },
          { file: 'paragraphs/adopted/2.md', body: 'The extradition treaties referred to in the previous paragraph should be published.' },
        ],
        reports: ['"the previous paragraph" is about "extradition treaties", but the paragraph now before this one (adopted/1) is not: was a paragraph moved or inserted?'],
      },
      {
        title: 'Nothing comes before the first paragraph',
        changes: [
          { file: 'documents/draft.md', replace: [['status: circulated-draft', 'status: working-draft']] },
          { file: 'paragraphs/draft/1.md', body: 'As provided in the preceding paragraph, the member states shall conclude extradition treaties.' },
        ],
        reports: ['"the preceding paragraph" points to nothing: no paragraph comes before this one in the text.'],
      },
      {
        title: 'The previous paragraph is still about the conventions',
        changes: [
          { file: 'documents/adopted.md', replace: [['status: adopted', 'status: working-draft']] },
          { file: 'paragraphs/adopted/2.md', body: 'The conventions listed in the previous paragraph should be ratified without reservations.' },
        ],
        reports: [],
      },
      {
        title: 'A circulated draft stands as written',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'As provided in the preceding paragraph, the member states shall conclude extradition treaties.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    document({ document, paragraphs: paras }) {
      if (document?.fm.status !== 'working-draft') return;
      const reading = paras.filter((q) => q.fm.type !== 'footnote');
      const index = new Map(reading.map((q, i) => [q, i] as const));
      for (const p of paras) {
        if (!index.has(p)) continue;
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
    },
  }),
});
