import type { RuleMeta } from '../define.js';

/**
 * A suppression (inline directive or baseline entry) that no longer matches any finding. The
 * lint engine applies suppressions after every rule has run and reports these itself
 * (src/lint/engine.ts); this is the rule's id, severity, description and examples, so that the
 * configuration can set its severity or turn it off, and the docs list it with the others.
 */
export const unusedSuppression: RuleMeta = {
  id: 'unused-suppression',
  description: 'An inline `plan-lint-disable-next-line` comment or a baseline entry that no longer matches any finding, or that gives no reason.',
  severity: 'warn',
  reads: 'document',
  examples: [
    {
      title: 'A directive over a line with nothing to suppress',
      changes: [{ file: 'paragraphs/draft/1.md', body: '<!-- plan-lint-disable-next-line bracketed-text -- the options are the delegations\' -->\nThe member states shall conclude treaties.' }],
      reports: ['Suppression of `bracketed-text` matches no finding on the next line; remove it.'],
    },
    {
      title: 'A directive that gives no reason',
      changes: [{ file: 'paragraphs/draft/1.md', body: '<!-- plan-lint-disable-next-line bracketed-text -->\nThe member states shall conclude treaties [to the extent possible].' }],
      reports: ['A suppression needs a reason'],
    },
    {
      title: 'A directive with its reason, over the finding it suppresses',
      changes: [{ file: 'paragraphs/draft/1.md', body: '<!-- plan-lint-disable-next-line bracketed-text -- as circulated by the Chair -->\nThe member states shall conclude treaties [to the extent possible].' }],
      reports: [],
    },
  ],
};
