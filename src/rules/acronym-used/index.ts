import { scanAcronyms } from '../../text/acronyms.js';
import type { Paragraph } from '../../model/model.js';
import { defineRule } from '../define.js';

/** An acronym a text spells out is used in it. */
export const acronymUsed = defineRule({
  meta: {
    id: 'acronym-used',
    description: 'An acronym the text spells out ("Full Name (ACR)") is used in it at least once; one defined and never used is reported at its definition.',
    severity: 'warn',
    reads: 'document',
    docs: 'Spelling out an acronym ("… Materials (CIFTA)") promises the reader that the text uses it; an acronym defined and never used in the same text is noise, and is reported at its first definition. A use in another document does not count: each text is read on its own.',
    examples: [
      {
        title: 'Spelled out, never used',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states support the Multilateral Evaluation Mechanism (MEM).' }],
        reports: ['MEM is spelled out here but never used in this text: remove “(MEM)”, or use MEM where the name comes again.'],
      },
      {
        title: 'Used only in another text',
        changes: [
          { file: 'paragraphs/adopted/2.md', body: 'Member states support the Multilateral Evaluation Mechanism (MEM).' },
          { file: 'paragraphs/draft/1.md', body: 'The member states shall take part in the MEM.' },
        ],
        reports: ['MEM is spelled out here but never used in this text'],
      },
      {
        title: 'Spelled out, then used in a later paragraph',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/adopted/2.md', body: 'CEDOT will report to the member states.' },
        ],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    document({ paragraphs }) {
      const used = new Set<string>();
      const defs: { p: Paragraph; acronym: string; start: number; end: number }[] = [];
      const seen = new Set<string>();
      for (const p of paragraphs) {
        for (const h of scanAcronyms(p.file.body)) {
          if (!h.defines) used.add(h.acronym);
          else if (!seen.has(h.acronym)) {
            seen.add(h.acronym);
            defs.push({ p, acronym: h.acronym, start: h.start - 1, end: h.end + 1 });
          }
        }
      }
      for (const d of defs) {
        if (used.has(d.acronym)) continue;
        ctx.report(d.p.file, { body: [d.start, d.end] }, `${d.acronym} is spelled out here but never used in this text: remove “(${d.acronym})”, or use ${d.acronym} where the name comes again.`);
      }
    },
  }),
});
