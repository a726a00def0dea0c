import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** A paragraph's document exists and is its folder; a document's builds-on resolve. */
export const knownDocument: Rule = {
  id: 'known-document',
  description: 'Every paragraph belongs to an existing document (its folder), and `builds-on` names existing documents or is marked unresolved.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    for (const p of c.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      const folder = p.file.pathId.split('/')[0]!;
      if (p.fm.document !== folder) {
        ctx.report(p.file, { path: ['document'] }, `Document \`${p.fm.document}\` does not match the folder \`${folder}\` the file is in.`);
      } else if (!exists(c, 'document', p.fm.document)) {
        ctx.report(p.file, { path: ['document'] }, `Unknown document \`${p.fm.document}\`: no documents/${p.fm.document}.md${didYouMean(p.fm.document, c.documents.keys()) || '.'}`);
      }
    }
    for (const d of c.documents.values()) {
      if (!ctx.wanted(d.file)) continue;
      (d.fm['builds-on'] ?? []).forEach((b, i) => {
        if (typeof b === 'string' && !exists(c, 'document', b)) {
          ctx.report(d.file, { path: ['builds-on', i] }, `Unknown document \`${b}\` in builds-on${didYouMean(b, c.documents.keys()) || '; if the text is not in the corpus, write {target, resolved: false, description}.'}`);
        }
      });
    }
  },
};
