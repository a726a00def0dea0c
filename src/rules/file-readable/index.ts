import { defineRule } from '../define.js';

/** Files that cannot be read safely: not UTF-8, binary, too large, links, devices. */
export const fileReadable = defineRule({
  meta: {
    id: 'file-readable',
    description: 'Every corpus file is a readable UTF-8 text file within the size limit (no links, devices or binary content).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A corpus file is a Markdown text in UTF-8: a file saved as Latin-1 or UTF-16, one with NUL bytes (binary content), one over the size limit, a symbolic link, a device or a file that cannot be opened is reported, at the first offending byte where there is one, and nothing else is read from it. A byte-order mark and Windows line ends are accepted.',
    examples: [
      {
        title: 'Binary content in a paragraph',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'The member states shall conclude treaties.\u0000' }],
        reports: ['File contains NUL bytes: binary content, not a Markdown text.'],
      },
      {
        title: 'Accented text in UTF-8 is fine',
        changes: [{ file: 'paragraphs/draft/1.md', body: 'Los Estados miembros concluirán tratados de extradición.' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      for (const p of file.problems) if (p.ruleId === 'file-readable') ctx.report(file, p, p.message);
    },
  }),
});
