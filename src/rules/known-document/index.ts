import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import { defineRule } from '../define.js';

/** A paragraph's document exists and is its folder; a document's builds-on resolve. */
export const knownDocument = defineRule({
  meta: {
    id: 'known-document',
    description: 'Every paragraph belongs to an existing document (its folder), and `builds-on` names existing documents or is marked unresolved.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A paragraph lives in `paragraphs/<document>/` and its `document` names that folder; the document itself is `documents/<document>.md`. A misspelt id is answered with the nearest one ("did you mean `draft`?"). A document\'s `builds-on` lists the texts it continues: ids of documents of the corpus, or, for a text that is not in the corpus, `{target, resolved: false, description}`.',
    examples: [
      {
        title: 'A paragraph filed under another document\'s folder',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['document: adopted', 'document: draft']] }],
        reports: ['Document `draft` does not match the folder `adopted` the file is in.'],
      },
      {
        title: 'A misspelt document in builds-on',
        changes: [{ file: 'documents/adopted.md', replace: [['  - draft\n', '  - draf\n']] }],
        reports: ['Unknown document `draf` in builds-on; did you mean `draft`?'],
      },
      {
        title: 'A text outside the corpus, marked unresolved',
        changes: [{ file: 'documents/adopted.md', replace: [['  - draft\n', '  - {target: remja-conclusions, resolved: false, description: "the conclusions of a REMJA meeting, not in the corpus"}\n']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    return {
      paragraph(p) {
        const folder = p.file.pathId.split('/')[0]!;
        if (p.fm.document !== folder) {
          ctx.report(p.file, { path: ['document'] }, `Document \`${p.fm.document}\` does not match the folder \`${folder}\` the file is in.`);
        } else if (!exists(c, 'document', p.fm.document)) {
          ctx.report(p.file, { path: ['document'] }, `Unknown document \`${p.fm.document}\`: no documents/${p.fm.document}.md${didYouMean(p.fm.document, c.documents.keys()) || '.'}`);
        }
      },
      document({ document: d }) {
        if (!d) return;
        (d.fm['builds-on'] ?? []).forEach((b, i) => {
          if (typeof b === 'string' && !exists(c, 'document', b)) {
            ctx.report(d.file, { path: ['builds-on', i] }, `Unknown document \`${b}\` in builds-on${didYouMean(b, c.documents.keys()) || '; if the text is not in the corpus, write {target, resolved: false, description}.'}`);
          }
        });
      },
    };
  },
});
