import type { SourceFile } from '../../model/source-file.js';
import { defineRule } from '../define.js';

/** Folding that makes `MEX` and `mex`, or a composed and a decomposed `é`, the same key. */
function fold(id: string): string {
  // ASCII needs no normalisation (the common case, and NFKC on every id of a large corpus costs).
  return (/^[\x00-\x7f]*$/.test(id) ? id : id.normalize('NFKC')).toLowerCase();
}

/** Ids unique within their kind, also up to case and Unicode normalisation. */
export const idUnique = defineRule({
  meta: {
    id: 'id-unique',
    description: 'Ids are unique within their kind, also up to case and Unicode normalisation.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'Two files of one kind never share an id, and neither do two ids that differ only in case (`UNTOC` and `untoc`) or in Unicode normalisation (a composed and a decomposed `é`): on a case-insensitive file system, or to a reader, they are the same. The later file in corpus order is reported, pointing to the first. The same id in two kinds (an instrument and a body both `untoc`) is fine.',
    examples: [
      {
        title: 'An instrument given the id of another',
        changes: [{ file: 'instruments/ia-mla.md', replace: [['id: ia-mla', 'id: untoc']] }],
        reports: ['Duplicate instrument id `untoc`, first defined in instruments/ia-mla.md.'],
      },
      {
        title: 'Ids that differ only in case',
        changes: [{ file: 'bodies/mexico.md', replace: [['id: mexico', 'id: Member-States']] }],
        reports: ['Id differs only in case or Unicode normalisation from `member-states` in bodies/member-states.md.'],
      },
      {
        title: 'The same id in two kinds: a body and a state',
        changes: [{ file: 'bodies/mexico.md', replace: [['id: mexico', 'id: MEX']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    // Across the whole corpus: the first definition may be in a file the run does not report on.
    end() {
      const seen = new Map<string, SourceFile>();
      for (const file of ctx.corpus.files) {
        const id = file.data?.id;
        if (typeof id !== 'string' || file.kind === 'unknown') continue;
        const key = `${file.kind}\u0000${fold(id)}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, file);
          continue;
        }
        const firstId = String(first.data!.id);
        const how = firstId === id ? 'Duplicate' : 'Id differs only in case or Unicode normalisation from';
        ctx.report(file, { path: ['id'] }, `${how} ${how === 'Duplicate' ? `${file.kind} id \`${id}\`, first defined in ${first.rel}` : `\`${firstId}\` in ${first.rel}`}.`, {
          related: [{ file: first.path, line: 2, column: 1, message: 'first defined here' }],
        });
      }
    },
  }),
});
