import { detectForce } from '../../text/force.js';
import type { LegacyRule as Rule } from '../types.js';
import { offsetToPos } from '../../model/source-file.js';

/**
 * The `force` in front matter is the one the wording gives (shall, must,
 * should, may, consider, "urges", "it is recommended"...; the strongest governs
 * where a paragraph mixes several). A paragraph with no normative wording of
 * its own (a list item taking its lead-in's force) is not checked.
 */
export const forceMatchesText: Rule = {
  id: 'force-matches-text',
  description: 'The `force` recorded in front matter matches the normative wording of the text (the strongest governs).',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      if (!p.fm.force) continue;
      const d = detectForce(p.file.body);
      if (!d || d.force === p.fm.force) continue;
      ctx.report(p.file, { path: ['force'] }, `Force is \`${p.fm.force}\`, but the text says "${d.text}" (\`${d.force}\`): the strongest wording governs.`, {
        related: [{ file: p.file.path, ...offsetToPos(p.file.text, p.file.text.length - p.file.body.length + d.start), message: 'the wording' }],
      });
    }
  },
};
