import { scanAcronyms } from '../../text/acronyms.js';
import { EDITORIAL_MARKERS } from '../editorial-note/index.js';
import type { LegacyRule as Rule } from '../types.js';

/**
 * An acronym is spelled out ("Full Name (ACR)") before its first use in a
 * document, or is known to the corpus: an acronym of a body in bodies/ or a
 * short title of an instrument.
 */
export const acronymDefined: Rule = {
  id: 'acronym-defined',
  description: 'An acronym is not used before the text spells it out, and one the text never spells out is in the registry of bodies or a short title of an instrument.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    const known = new Set<string>();
    for (const b of ctx.corpus.bodies.values()) for (const a of b.fm.acronyms ?? []) known.add(a);
    for (const i of ctx.corpus.instruments.values()) for (const s of i.fm['short-titles'] ?? []) if (/^[A-Z][A-Za-z0-9-]+$/.test(s)) known.add(s);
    for (const [, paras] of ctx.corpus.paragraphsByDocument) {
      if (!paras.some((p) => ctx.wanted(p.file))) continue;
      const defined = new Map<string, string>();
      const hits = paras.map((p) => ({ p, hits: scanAcronyms(p.file.body) }));
      for (const { p, hits: hs } of hits) for (const h of hs) if (h.defines && !defined.has(h.acronym)) defined.set(h.acronym, p.id);
      const seen = new Set<string>();
      const definedSoFar = new Set<string>();
      for (const { p, hits: hs } of hits) {
        for (const h of hs) {
          if (h.defines) {
            definedSoFar.add(h.acronym);
            continue;
          }
          // TBD, TODO...: an editorial note (editorial-note reports it), not an acronym.
          if (definedSoFar.has(h.acronym) || seen.has(h.acronym) || EDITORIAL_MARKERS.has(h.acronym)) continue;
          seen.add(h.acronym);
          const where = defined.get(h.acronym);
          if (where) {
            ctx.report(p.file, { body: [h.start, h.end] }, `${h.acronym} is used before the text spells it out (in ${where}).`);
          } else if (!known.has(h.acronym)) {
            ctx.report(p.file, { body: [h.start, h.end] }, `${h.acronym} is never spelled out in this text and is not in the registry of bodies (bodies/) or an instrument's short titles.`);
          }
        }
      }
    }
  },
};
