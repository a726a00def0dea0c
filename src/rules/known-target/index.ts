import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import { defineRule } from '../define.js';

/** Relation targets and priority sources resolve, or are marked unresolved with a description. */
export const knownTarget = defineRule({
  meta: {
    id: 'known-target',
    description: 'Every relation points to an existing paragraph or document, or is marked `resolved: false` with a description.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A relation\'s `target` is a paragraph (`draft/1`) or a document (`draft`) of the corpus; a misspelt one is answered with the nearest id of the same document. A text outside the corpus is written `resolved: false` with a `description` of what it is, and the mark is removed once the text is added. A `derived-from` relation says how the text was taken (`basis`: quoted, paraphrased or same-topic); a paragraph never relates to itself; a `priority` source is a paragraph of the corpus.',
    examples: [
      {
        title: 'A relation to a paragraph that does not exist',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['target: draft/1', 'target: draft/2']] }],
        reports: ['derived-from target `draft/2` does not exist; did you mean `draft/1`?'],
      },
      {
        title: 'Derived from a text without saying how',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['    basis: paraphrased\n', '']] }],
        reports: ['derived-from `draft/1` needs a `basis`: quoted, paraphrased or same-topic.'],
      },
      {
        title: 'A text outside the corpus, marked unresolved with a description',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['    target: draft/1\n', '    target: remja-conclusions#5\n    resolved: false\n    description: a recommendation of a REMJA meeting, not in the corpus\n']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    const found = (id: string) => exists(c, 'paragraph', id) || exists(c, 'document', id);
    return {
      paragraph(p) {
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
      },
    };
  },
});
