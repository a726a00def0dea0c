import type { LegacyRule as Rule } from '../types.js';

/** Files that cannot be read safely: not UTF-8, binary, too large, links, devices. */
export const fileReadable: Rule = {
  id: 'file-readable',
  description: 'Every corpus file is a readable UTF-8 text file within the size limit (no links, devices or binary content).',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    for (const p of file.problems) if (p.ruleId === 'file-readable') ctx.report(file, p, p.message);
  },
};
