import { scanAcronyms } from '../../text/acronyms.js';
import { spelledOutBefore } from '../../text/definitions.js';
import { defineRule } from '../define.js';

/** An acronym is spelled out once in a text; a second definition is reported. */
export const acronymDefinedOnce = defineRule({
  meta: {
    id: 'acronym-defined-once',
    description: 'An acronym is spelled out once in a text ("Full Name (ACR)"), not again further on; a second definition that spells it out differently is quoted with the first.',
    severity: 'warn',
    reads: 'document',
    docs: 'An acronym is spelled out once in a text ("Special Committee on Transnational Organized Crime (CEDOT)"), at its first use, and written as the acronym after. Every paragraph of the document counts, in reading order; another document spells out its own. A second definition is reported; when the two spell the acronym out differently, both names are quoted, so that the text can settle on one. A name that only runs further back than the other ("the Consultative Committee of …") is the same name.',
    examples: [
      {
        title: 'Spelled out a second time',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/adopted/2.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will report to the member states.' },
        ],
        reports: ['CEDOT is spelled out a second time (first in adopted/1): spell it out once, at its first use, and write CEDOT after.'],
      },
      {
        title: 'Spelled out a second time, and differently',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/adopted/2.md', body: 'The Special Committee against Transnational Organized Crime (CEDOT) will report.' },
        ],
        reports: ['CEDOT is spelled out a second time, and differently: “Special Committee against Transnational Organized Crime” here, “Special Committee on Transnational Organized Crime” in adopted/1.'],
      },
      {
        title: 'Spelled out once, used after',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/adopted/2.md', body: 'CEDOT will report to the member states.' },
        ],
        reports: [],
      },
      {
        title: 'Each text spells out its own',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/draft/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will report.' },
        ],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    document({ paragraphs }) {
      const first = new Map<string, { id: string; name: string }>();
      for (const p of paragraphs) {
        const body = p.file.body;
        for (const h of scanAcronyms(body)) {
          if (!h.defines) continue;
          const name = spelledOutBefore(body, h.start - 1);
          const earlier = first.get(h.acronym);
          if (!earlier) {
            first.set(h.acronym, { id: p.id, name });
            continue;
          }
          // One capture may run further back than the other ("Consultative Committee of the …"): a name that ends the other is the same name.
          const differs = name !== '' && earlier.name !== '' && !name.endsWith(earlier.name) && !earlier.name.endsWith(name);
          ctx.report(p.file, { body: [h.start - 1, h.end + 1] }, differs
            ? `${h.acronym} is spelled out a second time, and differently: “${name}” here, “${earlier.name}” in ${earlier.id}. Spell it out once, the same way, at its first use.`
            : `${h.acronym} is spelled out a second time (first in ${earlier.id}): spell it out once, at its first use, and write ${h.acronym} after.`);
        }
      }
    },
  }),
});
