import type { SourceFile } from '../../model/source-file.js';
import type { LegacyRule as Rule } from '../types.js';

/** Folding that makes `MEX` and `mex`, or a composed and a decomposed `é`, the same key. */
function fold(id: string): string {
  // ASCII needs no normalisation (the common case, and NFKC on every id of a large corpus costs).
  return (/^[\x00-\x7f]*$/.test(id) ? id : id.normalize('NFKC')).toLowerCase();
}

/** Ids unique within their kind, also up to case and Unicode normalisation. */
export const idUnique: Rule = {
  id: 'id-unique',
  description: 'Ids are unique within their kind, also up to case and Unicode normalisation.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
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
};
