import type { LegacyRule as Rule } from '../types.js';

/** Front matter present, fenced by plain `---` lines, and a mapping. */
export const frontMatter: Rule = {
  id: 'front-matter',
  description: 'Every file starts with YAML front matter fenced by `---` lines, holding a mapping.',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    for (const p of file.problems) if (p.ruleId === 'front-matter') ctx.report(file, p, p.message);
  },
};
