import type { Rule } from './types.js';

/**
 * A suppression (inline directive or baseline entry) that no longer matches
 * any finding. The lint runner applies suppressions after every rule has run,
 * so it reports these itself; this module carries the rule's id, severity and
 * description (and lets the configuration turn it off).
 */
export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  description: 'An inline `plan-lint-disable-next-line` comment or a baseline entry that no longer matches any finding, or that gives no reason.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'document',
  check() {
    /* reported by the runner after suppressions are applied */
  },
};
