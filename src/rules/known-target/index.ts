import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** Relation targets and priority sources resolve, or are marked unresolved with a description. */
export const knownTarget: Rule = {
  id: 'known-target',
  description: 'Every relation points to an existing paragraph or document, or is marked `resolved: false` with a description.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    const found = (id: string) => exists(c, 'paragraph', id) || exists(c, 'document', id);
    for (const p of c.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      (p.fm.relations ?? []).forEach((r, i) => {
        if (r.resolved === false) {
          if (!r.description) ctx.report(p.file, { path: ['relations', i] }, `Unresolved ${r.type} target \`${r.target}\` needs a \`description\` of the text it points to.`);
          else if (found(r.target)) ctx.report(p.file, { path: ['relations', i, 'resolved'] }, `Target \`${r.target}\` is in the corpus: remove \`resolved: false\`.`);
          return;
        }
        if (!found(r.target)) {
          const doc = r.target.split('/')[0]!;
          const pool = c.paragraphsByDocument.get(doc)?.map((x) => x.id) ?? [...c.documents.keys()];
          ctx.report(p.file, { path: ['relations', i, 'target'] }, `${r.type} target \`${r.target}\` does not exist${didYouMean(r.target, pool) || '; if it is outside the corpus, add `resolved: false` and a description.'}`);
        }
        if (r.type === 'derived-from' && !r.basis) ctx.report(p.file, { path: ['relations', i] }, `derived-from \`${r.target}\` needs a \`basis\`: quoted, paraphrased or same-topic.`);
        if (r.target === p.id) ctx.report(p.file, { path: ['relations', i, 'target'] }, `Paragraph ${r.type} itself.`);
      });
      (p.fm.priority ?? []).forEach((pr, i) => {
        if (!exists(c, 'paragraph', pr.source)) ctx.report(p.file, { path: ['priority', i, 'source'] }, `Priority source \`${pr.source}\` is not a paragraph of the corpus.`);
      });
    }
  },
};
