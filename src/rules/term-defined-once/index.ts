import { scanTermDefinitions, termKey } from '../../text/definitions.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * A term is defined once in a text: "“organized criminal group” means …",
 * "(hereinafter “the Convention”)", "(the “Plan”)". A second definition
 * (case, spacing and a leading "the" aside) is reported.
 */
export const termDefinedOnce: Rule = {
  id: 'term-defined-once',
  description: 'A term is defined once in a text ("“serious crime” means …", "(hereinafter “the Convention”)", "(the “Plan”)"); a second definition of the same term is reported with the first.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const [, paras] of ctx.corpus.paragraphsByDocument) {
      if (!paras.some((p) => ctx.wanted(p.file))) continue;
      const first = new Map<string, string>();
      for (const p of paras) {
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
    }
  },
};
