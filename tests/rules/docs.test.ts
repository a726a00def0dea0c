import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown, withRulesTable } from '../../src/rules/docs.js';
import { RULE_METAS } from '../../src/rules/index.js';

describe('the rule docs are generated from meta (node scripts/gen-rule-docs.mjs)', () => {
  it('docs/rules.md is what the metas give', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesMarkdown(RULE_METAS));
  });
  it("the README's rule table is what the metas give, one row per rule", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withRulesTable(readme, RULE_METAS));
    for (const m of RULE_METAS) expect(readme).toContain(`| [\`${m.id}\`](docs/rules.md#${m.id}) |`);
  });
  it('shows each example: its changes and what is reported', () => {
    const md = rulesMarkdown(RULE_METAS);
    for (const m of RULE_METAS) {
      for (const e of m.examples) {
        expect(md).toContain(`#### ${e.title}\n`);
        for (const r of e.reports) expect(md).toContain(`“${r}”`);
      }
    }
  });
});
