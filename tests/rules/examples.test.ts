/**
 * Every rule's `meta.examples` (what docs/rules.md shows) run as tests: each changes files of the
 * mini corpus, runs the rule alone, and must report exactly the fragments it lists, in order.
 */
import { describe, expect, it } from 'vitest';
import type { RuleExample } from '../../src/rules/define.js';
import { RULE_METAS, RULES } from '../../src/rules/index.js';
import { edit, mini, withBody } from '../helpers/mini-text.js';
import { runRule, type Overrides } from '../helpers/rule-tester.js';
import { MINI } from '../helpers/fixture.js';

/** The example's files: each change applied to the mini corpus's file (or to a new file). */
export function exampleFiles(ex: RuleExample): Overrides {
  const files: Overrides = {};
  for (const c of ex.changes) {
    const base = (files[c.file] as string | undefined) ?? (typeof MINI[c.file] === 'string' ? mini(c.file) : '');
    let text = edit(base, ...(c.replace ?? []));
    if (c.body !== undefined) text = withBody(text, c.body);
    files[c.file] = text;
  }
  return files;
}

describe('rule examples (docs/rules.md) hold', () => {
  for (const meta of RULE_METAS) {
    const rule = RULES.find((r) => r.meta.id === meta.id) ?? { meta };
    describe(meta.id, () => {
      it('has an example of a finding and one of none', () => {
        expect(meta.examples.some((e) => e.reports.length), 'an example that reports').toBe(true);
        expect(meta.examples.some((e) => !e.reports.length), 'an example that reports nothing').toBe(true);
      });
      for (const ex of meta.examples) {
        it(ex.title, async () => {
          const got = await runRule(rule, exampleFiles(ex));
          expect(got.map((g) => g.message)).toHaveLength(ex.reports.length);
          ex.reports.forEach((fragment, i) => expect(got[i]!.message).toContain(fragment));
        });
      }
    });
  }
});
