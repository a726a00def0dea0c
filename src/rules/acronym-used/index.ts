import { scanAcronyms } from '../../text/acronyms.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * An acronym the text spells out ("… Materials (CIFTA)") is used somewhere
 * in the text; otherwise the "(CIFTA)" is noise for the reader. Uses the
 * definition scanner of acronym-defined.
 */
export const acronymUsed: Rule = {
  id: 'acronym-used',
  description: 'An acronym the text spells out ("Full Name (ACR)") is used in it at least once; one defined and never used is reported at its definition.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const [, paras] of ctx.corpus.paragraphsByDocument) {
      if (!paras.some((p) => ctx.wanted(p.file))) continue;
      const used = new Set<string>();
      const defs: { p: (typeof paras)[number]; acronym: string; start: number; end: number }[] = [];
      const seen = new Set<string>();
      for (const p of paras) {
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
    }
  },
};
