import { scanTermDefinitions, termKey } from '../../text/definitions.js';
import { defineRule } from '../define.js';

/** A term is defined once in a text; a second definition is reported. */
export const termDefinedOnce = defineRule({
  meta: {
    id: 'term-defined-once',
    description: 'A term is defined once in a text ("“serious crime” means …", "(hereinafter “the Convention”)", "(the “Plan”)"); a second definition of the same term is reported with the first.',
    severity: 'warn',
    reads: 'document',
    docs: 'A term is defined once in a text — "“organized criminal group” means …", "(hereinafter “the Convention”)", "(the “Plan”)" — and used as defined after. A second definition in the same document is reported with the paragraph of the first; case, spacing and a leading "the" do not make a different term ("the Convention" and "Convention" are one). A quoted title alone — without "means", "hereinafter" or "(the “…”)" — is not a definition.',
    examples: [
      {
        title: 'A term defined twice',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: '“Serious crime” means conduct constituting an offence punishable by a maximum deprivation of liberty of at least four years.' },
          { file: 'paragraphs/adopted/2.md', body: 'For this Strategy, "serious crime" shall mean serious crime as the Palermo Convention defines it.' },
        ],
        reports: ['“serious crime” is defined a second time (first in adopted/1): define it once and use it as defined after.'],
      },
      {
        title: 'Two conventions called “the Convention”',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'Member states should ratify the United Nations Convention against Transnational Organized Crime (hereinafter “the Convention”).' },
          { file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority under the Inter-American Convention on Mutual Assistance in Criminal Matters (the “Convention”).' },
        ],
        reports: ['“Convention” is defined a second time (first in adopted/1)'],
      },
      {
        title: 'Defined once, used after',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'Member states should ratify the United Nations Convention against Transnational Organized Crime (hereinafter “the Convention”).' },
          { file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority under the Convention.' },
        ],
        reports: [],
      },
      {
        title: 'A quoted title is not a definition',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Recalling resolutions “Fighting Transnational Organized Crime” and “Fighting Transnational Organized Crime in the Hemisphere”, member states consider designating a national authority.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    document({ paragraphs }) {
      const first = new Map<string, string>();
      for (const p of paragraphs) {
        for (const d of scanTermDefinitions(p.file.body)) {
          const key = termKey(d.term);
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, p.id);
            continue;
          }
          ctx.report(p.file, { body: [d.start, d.end] }, `“${d.term}” is defined a second time (first in ${earlier}): define it once and use it as defined after.`);
        }
      }
    },
  }),
});
