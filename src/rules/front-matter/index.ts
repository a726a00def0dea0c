import { defineRule } from '../define.js';

/** Front matter present, fenced by plain `---` lines, and a mapping. */
export const frontMatter = defineRule({
  meta: {
    id: 'front-matter',
    description: 'Every file starts with YAML front matter fenced by `---` lines, holding a mapping.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A corpus file opens with a line `---`, then YAML, then a line `---`; the body follows. The front matter must be closed, by exactly `---` (not `-----` or the YAML end marker `...`), and hold a mapping of keys to values, not a single value or a list. Front matter in another language (`---js`, `---coffee`) is refused and never run.',
    examples: [
      {
        title: 'Front matter closed by the YAML end marker',
        changes: [{ file: 'instruments/ia-mla.md', replace: [['sources: [test fixture]\n---\n', 'sources: [test fixture]\n...\n']] }],
        reports: ['Front matter must close with `---`, not the YAML end marker `...`.'],
      },
      {
        title: 'A list instead of a mapping',
        changes: [{ file: 'bodies/member-states.md', replace: [['id: member-states\nname: Member states\nkind: member-states', '- member-states\n- Member states']] }],
        reports: ['Front matter must be a mapping of keys to values; found a list.'],
      },
      {
        title: 'A body after well-fenced front matter',
        changes: [{ file: 'instruments/ia-mla.md', body: 'Adopted at Nassau on 23 May 1992.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      for (const p of file.problems) if (p.ruleId === 'front-matter') ctx.report(file, p, p.message);
    },
  }),
});
