import { detectForce } from '../../text/force.js';
import { defineRule } from '../define.js';
import { offsetToPos } from '../../model/source-file.js';

/** The `force` in front matter is the one the wording gives (the strongest governs). */
export const forceMatchesText = defineRule({
  meta: {
    id: 'force-matches-text',
    description: 'The `force` recorded in front matter matches the normative wording of the text (the strongest governs).',
    severity: 'warn',
    reads: 'document',
    docs: 'The `force` a paragraph records is the one its wording gives: "shall", "must", "should", "may", "consider", "urges", "it is recommended"… Where a paragraph mixes several, the strongest governs ("may and must" is `must`). The finding points at `force`, with the wording as a related location. A paragraph with no normative wording of its own, such as a list item that takes its lead-in\'s force, is not checked.',
    examples: [
      {
        title: 'The front matter says should, the text says shall',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['Member states should ratify', 'Member states shall ratify']] }],
        reports: ['Force is `should`, but the text says "shall" (`shall`): the strongest wording governs.'],
      },
      {
        title: 'The strongest wording governs',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['Member states should ratify', 'Member states may, and where their law allows must, ratify']] }],
        reports: ['the text says "must" (`must`)'],
      },
      {
        title: 'A list item with no wording of its own is not checked',
        changes: [{ file: 'paragraphs/adopted/1.md', body: 'the Palermo Convention;' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      if (!p.fm.force) return;
      const d = detectForce(p.file.body);
      if (!d || d.force === p.fm.force) return;
      ctx.report(p.file, { path: ['force'] }, `Force is \`${p.fm.force}\`, but the text says "${d.text}" (\`${d.force}\`): the strongest wording governs.`, {
        related: [{ file: p.file.path, ...offsetToPos(p.file.text, p.file.text.length - p.file.body.length + d.start), message: 'the wording' }],
      });
    },
  }),
});
