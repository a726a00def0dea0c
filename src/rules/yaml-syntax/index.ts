import { defineRule } from '../define.js';

/** YAML errors and warnings at their real line and column; no aliases, unknown tags or deep nesting. */
export const yamlSyntax = defineRule({
  meta: {
    id: 'yaml-syntax',
    description: 'Front matter is well-formed plain YAML: no duplicate keys, aliases, custom tags or excessive nesting.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'YAML errors are reported at their real line and column in the file, in a drafter\'s words with what to do, the parser\'s own words after them: a value with an unquoted `: ` is to be quoted whole, a duplicate key names the line of its first use, a tab used to indent is to be spaces. Plain YAML only: aliases (`*name`), custom or local tags (`!!js/function`, `!foo`) and nesting deeper than the limit are refused, the last before parsing.',
    examples: [
      {
        title: 'An unquoted colon in a value',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['summary: Conclude extradition treaties', 'summary: Extradition: conclude treaties']] }],
        reports: ['This value contains \': \' — put the whole value in quotes: summary: "Extradition: conclude treaties".'],
      },
      {
        title: 'A key given twice',
        changes: [{ file: 'instruments/untoc.md', replace: [['articles: 41\n', 'articles: 41\nshort-titles: [Palermo Convention]\n']] }],
        reports: ['Duplicate key `short-titles`: it is already used on line 4; keep one of the two (merge their values).'],
      },
      {
        title: 'A value with a colon, quoted whole',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['summary: Conclude extradition treaties', 'summary: "Extradition: conclude treaties"']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      for (const p of file.problems) if (p.ruleId === 'yaml-syntax') ctx.report(file, p, p.message);
    },
  }),
});
