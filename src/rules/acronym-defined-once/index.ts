import { scanAcronyms } from '../../text/acronyms.js';
import { spelledOutBefore } from '../../text/definitions.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * An acronym is spelled out once in a text ("Special Committee on
 * Transnational Organized Crime (CEDOT)"), at its first use; a second
 * definition is reported, and if the two spell it out differently, both are
 * quoted. Uses the definition scanner of acronym-defined.
 */
export const acronymDefinedOnce: Rule = {
  id: 'acronym-defined-once',
  description: 'An acronym is spelled out once in a text ("Full Name (ACR)"), not again further on; a second definition that spells it out differently is quoted with the first.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const [, paras] of ctx.corpus.paragraphsByDocument) {
      if (!paras.some((p) => ctx.wanted(p.file))) continue;
      const first = new Map<string, { id: string; name: string }>();
      for (const p of paras) {
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
    }
  },
};
