import type { InstrumentFM } from '../../model/types.js';
import { defineRule } from '../define.js';

/** The article labels of an instrument, or undefined when no source gives them. */
export function articleLabels(fm: InstrumentFM): Set<string> | undefined {
  if (fm.articles === undefined) return undefined;
  if (typeof fm.articles === 'number') return new Set(Array.from({ length: fm.articles }, (_, i) => String(i + 1)));
  return new Set(fm.articles);
}

/** Cited articles exist in the instrument, where its articles are known. */
export const knownArticle = defineRule({
  meta: {
    id: 'known-article',
    description: 'Cited article numbers exist in the instrument (checked where a source gives its articles).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A citation\'s `articles` are checked against the instrument\'s `articles`: a count (`articles: 41`, articles 1 to 41) or the list of its labels (`["1", "14 bis"]`), as a source gives them. Where no source gives an instrument\'s articles, its article citations are not checked, and a note under the summary says how many were left unchecked.',
    examples: [
      {
        title: 'An article beyond the Palermo Convention\'s 41',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['articles: ["16"]', 'articles: ["16", "42"]']] }],
        reports: ['Article 42 does not exist in `untoc` (articles 1-41).'],
      },
      {
        title: 'A label missing from the instrument\'s list',
        changes: [
          { file: 'instruments/untoc.md', replace: [['articles: 41', 'articles: ["1", "16", "14 bis"]']] },
          { file: 'paragraphs/adopted/2.md', replace: [['articles: ["16"]', 'articles: ["14 ter"]']] },
        ],
        reports: ['Article 14 ter does not exist in `untoc` (3 articles).'],
      },
      {
        title: 'An instrument whose articles no source gives: not checked',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['instrument: untoc', 'instrument: ia-mla'], ['articles: ["16"]', 'articles: ["99"]']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    const labelsOf = new Map<string, Set<string> | undefined>();
    // A paragraph's citations by instrument in the order of corpus.citations, then by index, as
    // the rule always reported them (which findings the per-file cap keeps depends on it).
    const rank = new Map([...c.citations.keys()].map((id, i) => [id, i] as const));
    return {
      paragraph(p) {
        const cites = (p.fm.cites ?? []).map((cite, index) => ({ cite, index }));
        cites.sort((a, b) => rank.get(a.cite.instrument)! - rank.get(b.cite.instrument)! || a.index - b.index);
        for (const { cite, index } of cites) {
          const id = cite.instrument;
          const ins = c.instruments.get(id);
          if (!ins || !cite.articles?.length) continue;
          if (!labelsOf.has(id)) labelsOf.set(id, articleLabels(ins.fm));
          const labels = labelsOf.get(id);
          if (!labels) {
            // A counted note: the run sums it over the files it reports on.
            ctx.note(`{n} article citation(s) of \`${id}\` not checked: no source gives its articles.`, { file: p.file, count: cite.articles.length });
            continue;
          }
          cite.articles.forEach((a, j) => {
            if (!labels.has(a)) {
              const range = typeof ins.fm.articles === 'number' ? `articles 1-${ins.fm.articles}` : `${labels.size} articles`;
              ctx.report(p.file, { path: ['cites', index, 'articles', j] }, `Article ${a} does not exist in \`${id}\` (${range}).`);
            }
          });
        }
      },
    };
  },
});
