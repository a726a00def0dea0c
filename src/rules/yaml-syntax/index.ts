import type { LegacyRule as Rule } from '../types.js';

/** YAML errors and warnings at their real line and column; no aliases, unknown tags or deep nesting. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'Front matter is well-formed plain YAML: no duplicate keys, aliases, custom tags or excessive nesting.',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    for (const p of file.problems) if (p.ruleId === 'yaml-syntax') ctx.report(file, p, p.message);
  },
};
