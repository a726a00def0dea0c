import type { LegacyRule as Rule } from '../types.js';

/** The id is the file's path: analysts cite ids, and tools find files by them. */
export const idMatchesPath: Rule = {
  id: 'id-matches-path',
  description: 'A file\'s `id` equals the id its path implies (paragraphs/<document>/<number>.md is `<document>/<number>`).',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    const d = file.data;
    if (!d || file.kind === 'unknown' || typeof d.id !== 'string') return;
    if (d.id !== file.pathId) {
      ctx.report(file, { path: ['id'] }, `Id \`${d.id}\` does not match the file's path, which implies \`${file.pathId}\`.`);
    }
    if (file.kind === 'paragraph' && typeof d.document === 'string' && typeof d.number === 'string') {
      const expected = `${d.document}/${d.number}`;
      if (d.id !== expected) ctx.report(file, { path: ['number'] }, `Id \`${d.id}\` does not agree with document \`${d.document}\` and number \`${d.number}\` (expected \`${expected}\`).`);
    }
    if (file.kind === 'commitment' && typeof d.state === 'string' && typeof d.id === 'string' && !d.id.startsWith(`${d.state}/`)) {
      ctx.report(file, { path: ['state'] }, `State \`${d.state}\` does not agree with id \`${d.id}\`.`);
    }
  },
};
