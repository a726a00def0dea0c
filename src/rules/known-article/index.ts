import type { InstrumentFM } from '../../model/types.js';
import type { LegacyRule as Rule } from '../types.js';

/** The article labels of an instrument, or undefined when no source gives them. */
export function articleLabels(fm: InstrumentFM): Set<string> | undefined {
  if (fm.articles === undefined) return undefined;
  if (typeof fm.articles === 'number') return new Set(Array.from({ length: fm.articles }, (_, i) => String(i + 1)));
  return new Set(fm.articles);
}

/** Cited articles exist in the instrument, where its articles are known. */
export const knownArticle: Rule = {
  id: 'known-article',
  description: 'Cited article numbers exist in the instrument (checked where a source gives its articles).',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const unchecked = new Map<string, number>();
    for (const [id, list] of ctx.corpus.citations) {
      const ins = ctx.corpus.instruments.get(id);
      if (!ins) continue;
      const labels = articleLabels(ins.fm);
      for (const { paragraph, cite, index } of list) {
        // Notes and findings are about the files linted (`plan lint <path>`: those only).
        if (!cite.articles?.length || !ctx.wanted(paragraph.file)) continue;
        if (!labels) {
          unchecked.set(id, (unchecked.get(id) ?? 0) + cite.articles.length);
          continue;
        }
        cite.articles.forEach((a, j) => {
          if (!labels.has(a)) {
            const range = typeof ins.fm.articles === 'number' ? `articles 1-${ins.fm.articles}` : `${labels.size} articles`;
            ctx.report(paragraph.file, { path: ['cites', index, 'articles', j] }, `Article ${a} does not exist in \`${id}\` (${range}).`);
          }
        });
      }
    }
    for (const [id, n] of [...unchecked].sort()) ctx.note(`${n} article citation(s) of \`${id}\` not checked: no source gives its articles.`);
  },
};
