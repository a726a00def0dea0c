import { scanAcronyms } from '../../text/acronyms.js';
import type { Corpus } from '../../model/model.js';
import { EDITORIAL_MARKERS } from '../editorial-note/index.js';
import { defineRule } from '../define.js';

/** The acronyms the corpus knows without a text spelling them out: bodies' acronyms, instruments' one-word short titles. */
function knownAcronyms(corpus: Corpus): Set<string> {
  const known = new Set<string>();
  for (const b of corpus.bodies.values()) for (const a of b.fm.acronyms ?? []) known.add(a);
  for (const i of corpus.instruments.values()) for (const s of i.fm['short-titles'] ?? []) if (/^[A-Z][A-Za-z0-9-]+$/.test(s)) known.add(s);
  return known;
}

/** An acronym is spelled out before its first use in a text, or known to the corpus. */
export const acronymDefined = defineRule({
  meta: {
    id: 'acronym-defined',
    description: 'An acronym is not used before the text spells it out, and one the text never spells out is in the registry of bodies or a short title of an instrument.',
    severity: 'warn',
    reads: 'document',
    docs: 'A reader meets an acronym once it has been spelled out ("Full Name (ACR)") in the same text — any paragraph of the document, read in order. An acronym the text never spells out is accepted when the corpus knows it: an acronym of a body in `bodies/` or a one-word short title of an instrument (UNTOC). Each acronym is reported once per text, at its first use. Editorial markers in capitals (TBD, TODO) are left to `editorial-note`; document symbols (AG/RES. 2026 (XXXIV-O/04)), roman numerals and the capitalised words that open a preambular or operative paragraph (NOTING WITH SATISFACTION) are not acronyms.',
    examples: [
      {
        title: 'Used before the text spells it out',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'Member states should report to CEDOT on the measures taken.' },
          { file: 'paragraphs/adopted/2.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will review the reports.' },
        ],
        reports: ['CEDOT is used before the text spells it out (in adopted/2).'],
      },
      {
        title: 'Never spelled out and unknown to the corpus',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider joining the MLA network.' }],
        reports: ['MLA is never spelled out in this text and is not in the registry of bodies (bodies/) or an instrument\'s short titles.'],
      },
      {
        title: 'Spelled out first, used after',
        changes: [
          { file: 'paragraphs/adopted/1.md', body: 'The Special Committee on Transnational Organized Crime (CEDOT) will meet.' },
          { file: 'paragraphs/adopted/2.md', body: 'CEDOT will report to the member states.' },
        ],
        reports: [],
      },
      {
        title: 'An instrument\'s short title needs no spelling out',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider ratifying the UNTOC.' }],
        reports: [],
      },
    ],
  },
  create(ctx) {
    let known: Set<string> | undefined;
    return {
      document({ paragraphs }) {
        known ??= knownAcronyms(ctx.corpus);
        const defined = new Map<string, string>();
        const hits = paragraphs.map((p) => ({ p, hits: scanAcronyms(p.file.body) }));
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
      },
    };
  },
});
